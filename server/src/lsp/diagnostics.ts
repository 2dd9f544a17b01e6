import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation, type Range, type TextEdit as LspTextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Fix, Locale, ReportDocument, Severity, TextEdit } from '../engine';
import { rebaseDocsUrl } from '../engine/docs';
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

export const DIAGNOSTIC_SOURCE = 'fzlint';

/** A fix or suggestion converted to LSP edits against the document version it was computed for. */
export interface LspFix {
  title: string;
  edits: LspTextEdit[];
}

/** What a diagnostic carries in `data`, so that code actions need no second lint run. */
export interface DiagnosticData {
  /** The document version the edits apply to; edits are dropped for any other version. */
  version: number;
  fix?: LspFix;
  suggestions?: LspFix[];
  /** The finding's fingerprint (engine/fingerprint.ts): the code action that dismisses it records this. */
  fingerprint?: string;
  /**
   * The finding refers to last year's report (Finding.previous) and the server has it: its file URI
   * and the 0-based line to show ("对照去年报告", lsp/code-actions.ts).
   */
  previous?: { uri: string; line: number };
}

export interface DiagnosticOptions {
  locale: Locale;
  /** The client shows `relatedInformation` (a finding that points at another place). */
  relatedInformation: boolean;
  /** Link rule pages under this docs base (settings.docsBase); empty or absent: the bundled pages. */
  docsBase?: string;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function toLspEdit(doc: TextDocument, edit: TextEdit): LspTextEdit {
  return { range: { start: doc.positionAt(edit.start), end: doc.positionAt(edit.end) }, newText: edit.text };
}

function toLspFix(doc: TextDocument, fix: Fix, locale: Locale): LspFix {
  return { title: fix.title[locale], edits: fix.edits.map((e) => toLspEdit(doc, e)) };
}

/** The engine's 1-based UTF-16 line/column become LSP's 0-based UTF-16 positions. */
export function findingRange(finding: Finding): Range {
  return {
    start: { line: finding.line - 1, character: finding.column - 1 },
    end: { line: finding.endLine - 1, character: finding.endColumn - 1 },
  };
}

/** One finding as an LSP diagnostic. `doc` must be the text the finding was computed on. */
export function toDiagnostic(finding: Finding, doc: TextDocument, options: DiagnosticOptions): Diagnostic {
  const data: DiagnosticData = { version: doc.version };
  if (finding.fix && finding.fix.edits.length > 0) data.fix = toLspFix(doc, finding.fix, options.locale);
  if (finding.suggestions?.length) data.suggestions = finding.suggestions.map((s) => toLspFix(doc, s, options.locale));
  const diagnostic: Diagnostic = {
    range: findingRange(finding),
    severity: SEVERITY[finding.severity],
    source: DIAGNOSTIC_SOURCE,
    code: finding.ruleId,
    message: finding.messages[options.locale],
    data,
  };
  if (finding.url) diagnostic.codeDescription = { href: rebaseDocsUrl(finding.url, options.docsBase) };
  if (options.relatedInformation && finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map((r): DiagnosticRelatedInformation => ({
      location: { uri: doc.uri, range: { start: doc.positionAt(r.span.start), end: doc.positionAt(r.span.end) } },
      message: r.message[options.locale],
    }));
  }
  return diagnostic;
}

/** Type guard for the `data` of diagnostics coming back from the client. */
export function diagnosticData(diagnostic: Diagnostic): DiagnosticData | undefined {
  const data = diagnostic.data as Partial<DiagnosticData> | undefined;
  return data && typeof data === 'object' && typeof data.version === 'number' ? (data as DiagnosticData) : undefined;
}

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
