/**
 * Findings as LSP diagnostics: the conversion only, with no configuration or file access, so that the
 * web worker server (browser-server.ts) uses it too. diagnostics.ts re-exports it.
 */
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation, type Range, type TextEdit as LspTextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Fix, Locale, Severity, TextEdit } from '../engine';
import { rebaseDocsUrl } from '../engine/docs';

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
