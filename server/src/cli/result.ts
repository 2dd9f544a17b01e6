import type { DocumentKind } from '../engine/document/detect';
import type { Finding } from '../engine/finding';
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
  /** fzlint triage: what the batch triage reads from the report. */
  facts?: ReportFacts;
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
