import type { DocumentKind } from '../engine/document/detect';
import type { Finding } from '../engine/finding';
import type { LintConfig } from '../engine/config';
import type { LocalizedText } from '../engine/types';
import type { SystemCoverage } from '../engine/project';
import type { PdfSegment } from './inputs/pdf-layout';
import type { ReportFacts } from '../engine/triage';

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
  /** The report's coverage of the indicator systems that apply to it (annual reports; the HTML report's 指标覆盖). */
  coverage?: SystemCoverage[];
  /** A PDF input: for each line of `source` (one paragraph), the page and line its pieces come from. */
  pdf?: PdfSegment[][];
  /** Notes about the input itself, shown once with the file (a PDF's layout can hide defects). */
  notes?: LocalizedText[];
  /** The pack rules written as data (`data.checks`, not built in) that have findings here, for the HTML report's explanations. */
  packRules?: PackRuleText[];
  /** Per finding (same order as `findings`): its fingerprint and what the ledger or baseline says of it. */
  review?: FindingReview[];
  /** fzlint triage: what the batch triage reads from the report. */
  facts?: ReportFacts;
}

/** What a pack's declarative rule says about itself: its one-line description and its longer docs text. */
export interface PackRuleText {
  id: string;
  description: LocalizedText;
  docs?: LocalizedText;
}

/** The pack rules among the findings' rules, from the configuration the file was linted with. */
export function packRuleTexts(findings: readonly Finding[], config: LintConfig, builtin: ReadonlySet<string>): PackRuleText[] | undefined {
  const ids = new Set(findings.map((f) => f.ruleId).filter((id) => !builtin.has(id)));
  if (ids.size === 0) return undefined;
  const out: PackRuleText[] = [];
  for (const def of config.data?.checks ?? []) {
    if (!ids.has(def.id)) continue;
    out.push(def.docs ? { id: def.id, description: def.description, docs: def.docs } : { id: def.id, description: def.description });
  }
  return out.length ? out : undefined;
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
