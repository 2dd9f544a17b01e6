import type { Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, ReportDocument } from '../engine';
import { lintWith, planFor, type FileConfig, type LintPlan } from '../engine/project';
import { documentLanguage, filePathOf, isReportDocument } from './documents';
import { currentParse, parsedFor } from './parsed';
import { projectConfigs } from './project-config';
import type { FzlintSettings } from './settings';
import { sizeLimitFinding } from './size-limit';
import { workspaceTrust } from './trust';
import { fingerprintFindings } from '../engine/fingerprint';
import { dismissedIn, findLedger } from './ledger';
import { previousReports } from './previous-report';
import { pathToFileURL } from 'node:url';

import { toDiagnostic, type DiagnosticData } from './diagnostic-convert';

export {
  DIAGNOSTIC_SOURCE,
  diagnosticData,
  findingRange,
  toDiagnostic,
  toLspEdit,
  type DiagnosticData,
  type DiagnosticOptions,
  type LspFix,
} from './diagnostic-convert';

interface CachedLint {
  version: number;
  key: string;
  findings: Finding[];
  /** The configuration the lint ran with (its one resolve) and the plan, for code actions of the same version. */
  plan: LintPlan;
}

/** The last lint per document: hover and code actions reuse the validator's run for the same version. */
const lastLint = new Map<string, CachedLint>();

function settingsKey(doc: TextDocument, settings: FzlintSettings): string {
  return JSON.stringify([
    doc.languageId,
    settings.locale,
    settings.rules,
    settings.configFile,
    settings.allowCodeRules,
    workspaceTrust.trusted,
    previousReports.of(doc.uri)?.key ?? '',
  ]);
}

/** The plan of a document: its configuration (engine/project) with the editor's settings on top, and last year's report if linked. */
function planOf(doc: TextDocument, fc: FileConfig): LintPlan {
  const plan = planFor(fc, filePathOf(doc.uri), documentLanguage(doc));
  const previous = previousReports.of(doc.uri)?.link;
  return previous ? { ...plan, previous } : plan;
}

/**
 * Link last year's report of a document (`fzlint.previousReport`) before its lint: reads files, so
 * asynchronous; the lint and the features then use the link this left (lsp/previous-report.ts).
 */
export async function preparePrevious(doc: TextDocument, settings: FzlintSettings): Promise<void> {
  if (!settings.enable || !isReportDocument(doc)) {
    previousReports.forget(doc.uri);
    return;
  }
  if (!settings.previousReport && !previousReports.of(doc.uri)) return;
  const file = filePathOf(doc.uri);
  const plan = planOf(doc, projectConfigs.forDocument(file, settings));
  await previousReports.refresh(doc.uri, { file, settings, folders: projectConfigs.folderPaths, plan, parse: () => parsedFor(doc, plan) });
}

/**
 * The configuration and plan a document is linted with: the last lint's for this version and
 * settings, else one resolve (engine/project).
 */
export function documentPlan(doc: TextDocument, settings: FzlintSettings): LintPlan {
  const cached = lastLint.get(doc.uri);
  if (cached && cached.version === doc.version && cached.key === settingsKey(doc, settings)) return cached.plan;
  return planOf(doc, projectConfigs.forDocument(filePathOf(doc.uri), settings));
}

/** The parse of this version for the outline, folding, hover and completion: the lint's, or parsed as the lint will. */
export function documentParse(doc: TextDocument, settings: FzlintSettings): ReportDocument {
  return currentParse(doc) ?? parsedFor(doc, documentPlan(doc, settings));
}

/**
 * The engine's findings for exactly this text and settings (the same as the CLI's for the same file),
 * or none when fzlint is disabled for the document, it is not a report, or the config ignores it.
 * One resolve of the configuration and one parse (shared with the features, parsed.ts) per version.
 */
export function lintDocument(doc: TextDocument, settings: FzlintSettings): Finding[] {
  if (!settings.enable || !isReportDocument(doc)) {
    lastLint.delete(doc.uri);
    return [];
  }
  const key = settingsKey(doc, settings);
  const cached = lastLint.get(doc.uri);
  if (cached && cached.version === doc.version && cached.key === key) return cached.findings;
  const fc = projectConfigs.forDocument(filePathOf(doc.uri), settings);
  const plan = planOf(doc, fc);
  const text = doc.getText();
  // Above the size limit: one finding saying that the document was not checked (size-limit.ts).
  const tooLarge = fc.ignored ? undefined : sizeLimitFinding(text, settings.locale);
  const findings = fc.ignored ? [] : tooLarge ? [tooLarge] : lintWith(text, plan, parsedFor(doc, plan)).findings;
  lastLint.set(doc.uri, { version: doc.version, key, findings, plan });
  return findings;
}

/** Forget a closed document's last lint. */
export function forgetLint(uri: string): void {
  lastLint.delete(uri);
  previousReports.forget(uri);
}

/** Forget every cached lint (configuration files or packs changed: the same text may lint differently). */
export function clearLintCache(): void {
  lastLint.clear();
}

/** The diagnostics of one document (none when it is not a report or fzlint is off for it). */
export function diagnose(doc: TextDocument, settings: FzlintSettings, relatedInformation: boolean): Diagnostic[] {
  const findings = lintDocument(doc, settings);
  if (findings.length === 0) return [];
  // Findings the workspace's verdict ledger dismisses are not shown (lsp/ledger.ts).
  const prints = fingerprintFindings(doc.getText(), findings);
  const file = filePathOf(doc.uri);
  const dismissed = dismissedIn(file ? findLedger(file) : undefined, settings.locale, (message) => process.stderr.write(`fzlint: ${message}\n`));
  const previous = previousReports.of(doc.uri);
  const out: Diagnostic[] = [];
  findings.forEach((f, i) => {
    if (dismissed.has(`${f.ruleId}\u0000${prints[i]}`)) return;
    const d = toDiagnostic(f, doc, { locale: settings.locale, relatedInformation, docsBase: settings.docsBase });
    (d.data as DiagnosticData).fingerprint = prints[i];
    if (f.previous && previous?.file)
      (d.data as DiagnosticData).previous = { uri: pathToFileURL(previous.file).href, line: Math.max((f.previous.line ?? 1) - 1, 0) };
    out.push(d);
  });
  return out;
}
