import type { Locale } from '../../engine/rule';
import type { LedgerEntry } from '../../engine/io/ledger-file';
import type { FileResult } from '../result';
import type { SkippedFile } from '../skipped';

export interface FormatContext {
  locale: Locale;
  color: boolean;
  cwd: string;
  /** Show every info finding in stylish output instead of examples. */
  showAllInfo?: boolean;
  /** Files a folder or glob run found and did not lint, with the reason: every format lists them. */
  skipped?: SkippedFile[];
  /** Rule pages are linked under this base (`--docs-base`); absent: the pages installed with fzlint. */
  docsBase?: string;
  /** The verdict ledger the run applied (--ledger): the HTML report's export starts from it. */
  ledgerEntries?: readonly LedgerEntry[];
}

export type Formatter = (results: FileResult[], context: FormatContext) => string;

/** Findings listed per file by the formats people read (stylish, html); the rest are counted in one line. */
export const MAX_SHOWN = 1000;
