/**
 * The entry that 忽略此问题（记入核查记录） adds to the verdict ledger, for both servers (lsp/ledger.ts
 * writes it with node:fs, lsp/web-ledger.ts through the web client): no file access here.
 */
import type { Ledger, LedgerEntry } from '../engine/io/ledger-format';
import type { Locale } from '../engine/rule';

/** What the code action knows of the finding it dismisses. */
export interface DismissedFinding {
  fingerprint: string;
  ruleId: string;
  /** The text of the finding's span. */
  text: string;
}

/** Longer span texts are cut (the ledger names the finding for people; the fingerprint is the key). */
const MAX_TEXT = 200;

/** The dismissal of `finding` in the report at `file` (relative to the ledger's folder, with `/`) on `date` (YYYY-MM-DD). */
export function dismissalEntry(finding: DismissedFinding, file: string, locale: Locale, date: string): LedgerEntry {
  return {
    fingerprint: finding.fingerprint,
    ruleId: finding.ruleId,
    verdict: 'dismissed',
    reason: locale === 'zh-CN' ? '在编辑器中忽略' : 'dismissed in the editor',
    date,
    file,
    text: finding.text.length > MAX_TEXT ? `${finding.text.slice(0, MAX_TEXT - 1)}…` : finding.text,
  };
}

/** The ledger with `entry` in place of any earlier verdict on the same finding. */
export function withEntry(ledger: Ledger, entry: LedgerEntry): Ledger {
  return { entries: [...ledger.entries.filter((e) => e.fingerprint !== entry.fingerprint), entry] };
}
