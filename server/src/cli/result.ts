import type { DocumentKind } from '../engine/document/detect';
import type { Finding } from '../engine/finding';

/** What the CLI knows about one linted file. */
export interface FileResult {
  filePath: string;
  findings: Finding[];
  /** The text that was linted (without BOM). */
  source: string;
  /** The fixed text, when --fix or --fix-dry-run changed something. */
  output?: string;
  /** The file's text encoding (a .docx counts as utf-8). */
  encoding?: 'utf-8' | 'gb18030';
  /** The kind of document the detector found (config problems carry none). */
  kind?: DocumentKind;
  /** Per finding (same order as `findings`): its fingerprint and what the ledger or baseline says of it. */
  review?: FindingReview[];
}

/** A finding's fingerprint and, with --ledger or --baseline, its standing. */
export interface FindingReview {
  fingerprint: string;
  /** The ledger's verdict on this finding. */
  verdict?: { status: 'confirmed' | 'dismissed'; reason: string; by?: string; date: string };
  /** In the --baseline file: known, not counted. */
  baseline?: boolean;
  /** A ledger or baseline was given and holds nothing on this finding. */
  new?: boolean;
}

/** Dismissed in the ledger or known from the baseline: shown, but neither counted nor failing the run. */
export function isSuppressed(review: FindingReview | undefined): boolean {
  return Boolean(review && (review.verdict?.status === 'dismissed' || review.baseline));
}

/** The findings that count (totals, exit code): all but dismissed and baseline ones. */
export function countedFindings(r: FileResult): Finding[] {
  return r.review ? r.findings.filter((_, i) => !isSuppressed(r.review![i])) : r.findings;
}

/** How many findings are dismissed and how many are known from the baseline. */
export function suppressedCounts(results: readonly FileResult[]): { dismissed: number; baseline: number } {
  let dismissed = 0;
  let baseline = 0;
  for (const r of results)
    for (const v of r.review ?? []) {
      if (v.verdict?.status === 'dismissed') dismissed++;
      else if (v.baseline) baseline++;
    }
  return { dismissed, baseline };
}

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
  fixableErrors: number;
  fixableWarnings: number;
  fixableInfos: number;
}

export function countFindings(findings: readonly Finding[]): Counts {
  const c: Counts = { errors: 0, warnings: 0, infos: 0, fixableErrors: 0, fixableWarnings: 0, fixableInfos: 0 };
  for (const f of findings) {
    const fixable = Boolean(f.fix) && !f.fixExcludedFromFixAll;
    if (f.severity === 'error') {
      c.errors++;
      if (fixable) c.fixableErrors++;
    } else if (f.severity === 'warning') {
      c.warnings++;
      if (fixable) c.fixableWarnings++;
    } else {
      c.infos++;
      if (fixable) c.fixableInfos++;
    }
  }
  return c;
}

export function sumCounts(all: Counts[]): Counts {
  return all.reduce(
    (a, b) => ({
      errors: a.errors + b.errors,
      warnings: a.warnings + b.warnings,
      infos: a.infos + b.infos,
      fixableErrors: a.fixableErrors + b.fixableErrors,
      fixableWarnings: a.fixableWarnings + b.fixableWarnings,
      fixableInfos: a.fixableInfos + b.fixableInfos,
    }),
    countFindings([]),
  );
}
