import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { defaultConfig, languageForPath, type LintOptions } from '../engine';
import { projectConfigs } from './project-config';
import { trimBlank } from '../engine/document/chars';
import { isTitleText } from '../engine/document/metadata';
import type { DocumentLanguage } from '../engine/document/report-document';
import type { FzlintSettings } from './settings';

const REPORT_EXTENSIONS = new Set(['.txt', '.md', '.markdown']);
/** `fzreport` is the extension's language for report .txt files (syntaxes/fzreport.tmLanguage.json). */
const REPORT_LANGUAGES = new Set(['plaintext', 'markdown', 'fzreport']);
/** The engine looks for the title in the first 40 non-empty lines; so do we. */
const TITLE_WINDOW = 40;

/** The file-system path of a `file:` URI, or undefined for other schemes (untitled, …). */
export function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

function uriPath(uri: string): string {
  try {
    return decodeURIComponent(new URL(uri).pathname);
  } catch {
    return uri;
  }
}

/**
 * A document may be a report when it is a .txt/.md file, or an untitled buffer in plain text or
 * Markdown mode (it has no name yet).
 */
export function isReportCandidate(uri: string, languageId: string): boolean {
  if (uri.startsWith('untitled:')) return REPORT_LANGUAGES.has(languageId);
  return REPORT_EXTENSIONS.has(path.posix.extname(uriPath(uri)).toLowerCase());
}

/** True when one of the first 40 non-empty lines is a report title (…法治…报告). Reads no further. */
export function hasReportTitle(text: string): boolean {
  let seen = 0;
  let start = 0;
  while (start <= text.length && seen < TITLE_WINDOW) {
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    const line = trimBlank(text.slice(start, end).replace(/^[\s\u00a0\u3000\ufeff#]+/, ''));
    if (line !== '') {
      if (isTitleText(line)) return true;
      seen++;
    }
    if (end >= text.length) break;
    start = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
  }
  return false;
}

/** Only reports are linted: other Markdown and text files (a README) get no diagnostics. */
export function isReportDocument(doc: TextDocument): boolean {
  return isReportCandidate(doc.uri, doc.languageId) && hasReportTitle(doc.getText());
}

export function documentLanguage(doc: TextDocument): DocumentLanguage {
  if (doc.languageId === 'markdown') return 'markdown';
  if (doc.languageId === 'plaintext' || doc.languageId === 'fzreport') return 'plaintext';
  return languageForPath(uriPath(doc.uri));
}


/** True when the nearest config's `ignores` or a `.fzlintignore` excludes the document. */
export function ignoredByConfig(doc: TextDocument, settings: FzlintSettings): boolean {
  return projectConfigs.lintConfig(filePathOf(doc.uri), settings.locale, settings.configFile).ignored === true;
}

/** The engine options for a document: the same as the CLI's for the same file and settings. */
export function lintOptionsFor(doc: TextDocument, settings: FzlintSettings): LintOptions {
  const filePath = filePathOf(doc.uri);
  // Config files (project-config.ts) first, then the editor's settings on top. Code rules from packs:
  // only in a trusted workspace with fzlint.allowCodeRules on.
  const project = projectConfigs.forReport(filePath, settings.locale, settings.configFile, settings.allowCodeRules);
  return {
    filePath,
    language: documentLanguage(doc),
    config: { ...defaultConfig(), ...project.config, locale: settings.locale, rules: { ...project.config.rules, ...settings.rules } },
    rules: project.rules,
  };
}
