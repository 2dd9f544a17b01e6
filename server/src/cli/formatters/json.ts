import type { Finding } from '../../engine/finding';
import type { TextEdit } from '../../engine/rule';
import { countedFindings, countFindings, isSuppressed, type FileResult, type FindingReview } from '../result';
import { skipMessage } from '../skipped';
import { pdfPosition, type PdfSegment } from '../inputs/pdf-layout';
import type { Formatter } from './types';

/** ESLint's fix shape: one range and its replacement; several edits merge into one range. */
function eslintFix(source: string, edits: readonly TextEdit[]): { range: [number, number]; text: string } {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const start = sorted[0].start;
  const end = sorted[sorted.length - 1].end;
  let text = '';
  let pos = start;
  for (const e of sorted) {
    text += source.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return { range: [start, end], text };
}

const SEVERITY = { error: 2, warning: 1, info: 0 } as const;

/** The finding's fingerprint and its standing against --ledger / --baseline. */
function reviewFields(v: FindingReview | undefined) {
  if (!v) return {};
  return {
    fingerprint: v.fingerprint,
    ...(v.verdict
      ? { verdict: { status: v.verdict.status, reason: v.verdict.reason, ...(v.verdict.by ? { by: v.verdict.by } : {}), date: v.verdict.date } }
      : {}),
    ...(isSuppressed(v) ? { suppressed: true } : {}),
    ...(v.baseline ? { baseline: true } : {}),
    ...(v.new ? { new: true } : {}),
  };
}

function message(source: string, f: Finding, locale: 'zh-CN' | 'en', pdf?: PdfSegment[][], review?: FindingReview) {
  const at = pdf ? pdfPosition(pdf, f.line, f.column) : undefined;
  return {
    ruleId: f.ruleId,
    severity: SEVERITY[f.severity],
    level: f.severity,
    message: f.messages[locale],
    messageId: f.messageId,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    ...(at ? { pdf: at } : {}),
    url: f.url,
    ...(f.fix && !f.fixExcludedFromFixAll ? { fix: eslintFix(source, f.fix.edits) } : {}),
    ...(f.suggestions || (f.fix && f.fixExcludedFromFixAll)
      ? {
          suggestions: [...(f.fix && f.fixExcludedFromFixAll ? [f.fix] : []), ...(f.suggestions ?? [])].map((s) => ({
            desc: s.title[locale],
            fix: eslintFix(source, s.edits),
          })),
        }
      : {}),
    ...(f.related ? { related: f.related.map((r) => ({ line: r.line, column: r.column, message: r.message[locale] })) } : {}),
    ...reviewFields(review),
  };
}

/**
 * ESLint's JSON formatter shape, plus `level` ("error" | "warning" | "info") on each message,
 * `infoCount` and `documentKind` on each file, and a record with `skipped: {reason, message}` for each
 * file that was found and not linted. A PDF input's messages carry `pdf: {page, line}` (where the
 * finding starts in the PDF; `line`/`column` count paragraphs of the extracted text) and the file a
 * `notes` list (that a PDF's layout can hide defects). Each message has its `fingerprint`; with
 * --ledger / --baseline also `verdict: {status, reason}`, `suppressed: true` (dismissed or in the
 * baseline; not counted in errorCount etc., but in `suppressedCount`) or `new: true`. Info findings have severity 0. Ranges are UTF-16 offsets into
 * the text without its BOM.
 */
export const jsonFormatter: Formatter = (results, { locale, skipped }) => {
  const out: object[] = results.map((r: FileResult) => {
    // Dismissed and baseline findings are listed (suppressed: true) and not counted.
    const c = countFindings(countedFindings(r));
    const suppressed = r.findings.length - countedFindings(r).length;
    return {
      filePath: r.filePath,
      ...(r.kind ? { documentKind: r.kind } : {}),
      messages: r.findings.map((f, i) => message(r.source, f, locale, r.pdf, r.review?.[i])),
      ...(r.notes?.length ? { notes: r.notes.map((n) => n[locale]) } : {}),
      errorCount: c.errors,
      fatalErrorCount: 0,
      warningCount: c.warnings,
      infoCount: c.infos,
      fixableErrorCount: c.fixableErrors,
      fixableWarningCount: c.fixableWarnings,
      ...(suppressed ? { suppressedCount: suppressed } : {}),
      ...(r.output !== undefined ? { output: r.output } : {}),
    };
  });
  // A record per file a folder or glob run found and did not lint: no messages, the reason.
  for (const s of skipped ?? []) {
    out.push({
      filePath: s.filePath,
      messages: [],
      errorCount: 0,
      fatalErrorCount: 0,
      warningCount: 0,
      infoCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      skipped: { reason: s.reason, message: skipMessage(s, locale) },
    });
  }
  return JSON.stringify(out) + '\n';
};
