/**
 * The verdict ledger (and CI baseline) file: JSON, versioned, with a stable key order and entries
 * sorted by file and fingerprint so that it diffs well in git. One format for both uses: a baseline
 * is a ledger whose entries have the verdict "baseline".
 *
 *   { "fzlintLedger": 1, "entries": [ { "fingerprint", "ruleId", "verdict", "reason", "by"?, "date", "file", "text" } ] }
 */
import * as fs from 'node:fs';
import type { Locale } from '../rule';
import { LedgerError, MAX_LEDGER_BYTES, parseLedger, problem, serializeLedger, type Ledger } from './ledger-format';
import { FileAccessError, fileProblemMessage, readRegularFile, writeFileSafely } from './safe-file';

export {
  DEFAULT_LEDGER_NAME,
  dismissedKeys,
  LEDGER_VERSION,
  LedgerError,
  parseLedger,
  serializeLedger,
  type Ledger,
  type LedgerEntry,
  type VerdictStatus,
} from './ledger-format';

/** Read a ledger file; throws LedgerError (one line naming the file) when it cannot be used. */
export function readLedger(file: string, locale: Locale): Ledger {
  let text: string;
  try {
    text = Buffer.from(readRegularFile(file, MAX_LEDGER_BYTES).bytes).toString('utf8');
  } catch (error) {
    if (error instanceof FileAccessError) throw new LedgerError(fileProblemMessage(error, locale, 'read'));
    throw problem(file, locale, (error as Error).message, (error as Error).message);
  }
  return parseLedger(text, file, locale);
}

/** Read a ledger file, or an empty ledger when there is none yet (the verdict command adds to it). */
export function readLedgerIfExists(file: string, locale: Locale): Ledger {
  try {
    return readLedger(file, locale);
  } catch (error) {
    if (error instanceof LedgerError && !existsAsEntry(file)) return { entries: [] };
    throw error;
  }
}

function existsAsEntry(file: string): boolean {
  try {
    fs.lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

/** Write a ledger atomically (a temporary file renamed over the target; never through a symbolic link). */
export function writeLedger(file: string, ledger: Ledger): void {
  writeFileSafely(file, serializeLedger(ledger));
}

/** Today's date as YYYY-MM-DD (UTC), or SOURCE_DATE_EPOCH's when set (reproducible files). */
export function today(env: NodeJS.ProcessEnv): string {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  const d = Number.isFinite(epoch) && env.SOURCE_DATE_EPOCH ? new Date(epoch * 1000) : new Date();
  return d.toISOString().slice(0, 10);
}
