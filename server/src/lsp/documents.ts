import type { TextDocument } from 'vscode-languageserver-textdocument';
import { detectDocument, isCheckedKind, languageForPath, type DocumentKind } from '../engine/project/detection';
import { LSP_MAX_CHARS } from './size-limit';
import type { DocumentLanguage } from '../engine/document/report-document';

const REPORT_EXTENSIONS = new Set(['.txt', '.md', '.markdown']);
/** `fzreport` is the extension's language for report .txt files (syntaxes/fzreport.tmLanguage.json). */
const REPORT_LANGUAGES = new Set(['plaintext', 'markdown', 'fzreport']);

export { filePathOf } from './file-path';

/** The extension of a URI path's last segment, with its dot (as path.posix.extname: none for `.hidden`). */
function extensionOf(uriPath: string): string {
  const name = uriPath.slice(uriPath.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot) : '';
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
  return REPORT_EXTENSIONS.has(extensionOf(uriPath(uri)).toLowerCase());
}

const kinds = new Map<string, { version: number; languageId: string; kind: DocumentKind }>();

/**
 * The document's kind, from the engine's detector (the same answer as the CLI's for the same text).
 * Computed once per version.
 */
export function documentKind(doc: TextDocument): DocumentKind {
  const hit = kinds.get(doc.uri);
  if (hit && hit.version === doc.version && hit.languageId === doc.languageId) return hit.kind;
  const text = doc.getText();
  const kind = detectDocument(text.length > LSP_MAX_CHARS ? text.slice(0, LSP_MAX_CHARS) : text, documentLanguage(doc)).kind;
  kinds.set(doc.uri, { version: doc.version, languageId: doc.languageId, kind });
  return kind;
}

export function forgetKind(uri: string): void {
  kinds.delete(uri);
}

/**
 * Only official documents are linted — 法治政府建设年度报告 and other 公文 (通知, 意见, 政府工作报告 …):
 * other Markdown and text files (a README) get no diagnostics.
 */
export function isReportDocument(doc: TextDocument): boolean {
  return isReportCandidate(doc.uri, doc.languageId) && isCheckedKind(documentKind(doc));
}

export function documentLanguage(doc: TextDocument): DocumentLanguage {
  if (doc.languageId === 'markdown') return 'markdown';
  if (doc.languageId === 'plaintext' || doc.languageId === 'fzreport') return 'plaintext';
  return languageForPath(uriPath(doc.uri));
}
