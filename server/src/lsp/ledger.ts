/**
 * The workspace's verdict ledger in the editor: findings dismissed in it are not shown, and the code
 * action 忽略此问题（记入核查记录） writes a dismissal to it. The ledger is the nearest
 * .fzlint-verdicts.json from the document's folder upwards (within its workspace folder); when there is
 * none, a new one is made in the workspace folder (or the document's folder).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_LEDGER_NAME, dismissedKeys, LedgerError, readLedger, readLedgerIfExists, today, writeLedger } from '../engine/io/ledger-file';
import type { Locale } from '../engine/rule';
import { dismissalEntry, withEntry, type DismissedFinding } from './ledger-dismissal';

interface Cached {
  mtimeMs: number;
  size: number;
  dismissed: Set<string>;
}

const cache = new Map<string, Cached>();

/** The nearest existing ledger above a document, not above `stop` (a workspace folder) when given. */
export function findLedger(documentPath: string, stop?: string): string | undefined {
  let dir = path.dirname(documentPath);
  for (;;) {
    const candidate = path.join(dir, DEFAULT_LEDGER_NAME);
    if (fs.existsSync(candidate)) return candidate;
    const up = path.dirname(dir);
    if (up === dir || (stop && path.resolve(dir) === path.resolve(stop))) return undefined;
    dir = up;
  }
}

/**
 * The fingerprints a ledger dismisses; empty when there is no ledger. A ledger that cannot be read
 * is reported through `onProblem` (once per change of the file) and dismisses nothing.
 */
export function dismissedIn(ledger: string | undefined, locale: Locale, onProblem: (message: string) => void): ReadonlySet<string> {
  if (!ledger) return new Set();
  let st: fs.Stats;
  try {
    st = fs.statSync(ledger);
  } catch {
    return new Set();
  }
  const hit = cache.get(ledger);
  if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) return hit.dismissed;
  let dismissed = new Set<string>();
  try {
    dismissed = dismissedKeys(readLedger(ledger, locale));
  } catch (error) {
    if (!(error instanceof LedgerError)) throw error;
    onProblem(error.message);
  }
  cache.set(ledger, { mtimeMs: st.mtimeMs, size: st.size, dismissed });
  return dismissed;
}

/** Record a dismissal; returns the ledger written. Throws LedgerError or FileAccessError. */
export function recordDismissal(documentPath: string, workspaceFolder: string | undefined, finding: DismissedFinding, locale: Locale): string {
  const ledger = findLedger(documentPath, workspaceFolder) ?? path.join(workspaceFolder ?? path.dirname(documentPath), DEFAULT_LEDGER_NAME);
  const current = readLedgerIfExists(ledger, locale);
  const file = path.relative(path.dirname(ledger), documentPath).split(path.sep).join('/');
  writeLedger(ledger, withEntry(current, dismissalEntry(finding, file, locale, today(process.env))));
  cache.delete(ledger);
  return ledger;
}
