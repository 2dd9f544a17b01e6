/**
 * Fingerprints for every finding of a run, and what a verdict ledger and a baseline say of each:
 * dismissed (suppressed), confirmed, known from the baseline (suppressed) or new.
 */
import { fingerprintFindings } from '../../engine/fingerprint';
import type { FileResult, FindingReview } from '../result';
import type { Ledger, LedgerEntry } from '../../engine/io/ledger-file';

export interface ReviewSources {
  ledger?: Ledger;
  baseline?: Ledger;
}

/** The text a result's findings point into: after --fix, the fixed text (findings are those that remain). */
function findingsText(r: FileResult): string {
  return r.output !== undefined ? r.output.replace(/^\uFEFF/, '') : r.source;
}

function index(ledger: Ledger | undefined): Map<string, LedgerEntry> {
  return new Map((ledger?.entries ?? []).map((e) => [e.fingerprint, e]));
}

/** Set `review` on each result (fingerprints always; verdicts and new/baseline marks when given). */
export function applyReviews(results: FileResult[], sources: ReviewSources): void {
  const verdicts = index(sources.ledger);
  const known = index(sources.baseline);
  const marksNew = Boolean(sources.ledger || sources.baseline);
  for (const r of results) {
    const prints = fingerprintFindings(findingsText(r), r.findings);
    r.review = prints.map((fingerprint, i): FindingReview => {
      const entry = verdicts.get(fingerprint);
      // A verdict is for this rule: a ledger edited by hand cannot move it to another rule's finding.
      const verdict = entry && entry.ruleId === r.findings[i].ruleId && entry.verdict !== 'baseline' ? entry : undefined;
      const baseline = known.has(fingerprint) || (entry?.verdict === 'baseline' && entry.ruleId === r.findings[i].ruleId);
      return {
        fingerprint,
        ...(verdict
          ? {
              verdict: {
                status: verdict.verdict as 'confirmed' | 'dismissed',
                reason: verdict.reason,
                ...(verdict.by ? { by: verdict.by } : {}),
                date: verdict.date,
              },
            }
          : {}),
        ...(baseline ? { baseline: true } : {}),
        ...(marksNew && !verdict && !baseline ? { new: true } : {}),
      };
    });
  }
}

/** The text of a finding's span as the ledger keeps it for people: at most 200 characters. */
export function spanText(source: string, span: { start: number; end: number }): string {
  const text = source.slice(span.start, span.end);
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

/** Ledger entries (verdict "baseline") for every finding of a run: the --write-baseline file. */
export function baselineEntries(results: readonly FileResult[], fileName: (r: FileResult) => string, date: string): LedgerEntry[] {
  const out: LedgerEntry[] = [];
  for (const r of results) {
    const text = findingsText(r);
    const prints = r.review?.map((v) => v.fingerprint) ?? fingerprintFindings(text, r.findings);
    r.findings.forEach((f, i) => {
      out.push({ fingerprint: prints[i], ruleId: f.ruleId, verdict: 'baseline', reason: '', date, file: fileName(r), text: spanText(text, f.span) });
    });
  }
  return out;
}
