/**
 * The verdict ledger (and CI baseline) file: JSON, versioned, with a stable key order and entries
 * sorted by file and fingerprint so that it diffs well in git. One format for both uses: a baseline
 * is a ledger whose entries have the verdict "baseline".
 *
 *   { "fzlintLedger": 1, "entries": [ { "fingerprint", "ruleId", "verdict", "reason", "by"?, "date", "file", "text" } ] }
 */
import * as fs from 'node:fs';
import type { Locale } from '../rule';
import { FileAccessError, fileProblemMessage, readRegularFile, writeFileSafely } from './safe-file';

export const LEDGER_VERSION = 1;
export const DEFAULT_LEDGER_NAME = '.fzlint-verdicts.json';
/** A ledger larger than this is refused (a ledger of 100,000 findings is about 30 MB). */
const MAX_LEDGER_BYTES = 64 * 1048576;

export type VerdictStatus = 'confirmed' | 'dismissed' | 'baseline';
const STATUSES: readonly VerdictStatus[] = ['confirmed', 'dismissed', 'baseline'];

export interface LedgerEntry {
  fingerprint: string;
  ruleId: string;
  verdict: VerdictStatus;
  reason: string;
  by?: string;
  /** ISO date (YYYY-MM-DD) the verdict was given. */
  date: string;
  /** The report the finding was in (for people reading the ledger; not part of the key). */
  file: string;
  /** The text of the finding's span (for people). */
  text: string;
}

export interface Ledger {
  entries: LedgerEntry[];
}

/** A ledger or baseline file that cannot be used: the message names the file and the problem. */
export class LedgerError extends Error {}

function problem(file: string, locale: Locale, zh: string, en: string): LedgerError {
  return new LedgerError(locale === 'zh-CN' ? `${file}：${zh}` : `${file}: ${en}`);
}

/** Parse a ledger's text; throws LedgerError naming `file` and what is wrong. */
export function parseLedger(text: string, file: string, locale: Locale): Ledger {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw problem(
      file,
      locale,
      `不是有效的 JSON（${(error as Error).message}），无法读取核查记录。`,
      `not valid JSON (${(error as Error).message}); cannot read the verdict ledger.`,
    );
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || !('fzlintLedger' in data)) {
    throw problem(file, locale, '不是 fzlint 核查记录（缺少 "fzlintLedger" 版本字段）。', 'not an fzlint verdict ledger (no "fzlintLedger" version field).');
  }
  const record = data as Record<string, unknown>;
  if (record.fzlintLedger !== LEDGER_VERSION) {
    throw problem(
      file,
      locale,
      `核查记录版本 ${JSON.stringify(record.fzlintLedger)} 不受支持（本版 fzlint 读取版本 ${LEDGER_VERSION}）。`,
      `ledger version ${JSON.stringify(record.fzlintLedger)} is not supported (this fzlint reads version ${LEDGER_VERSION}).`,
    );
  }
  if (!Array.isArray(record.entries)) throw problem(file, locale, '"entries" 应为数组。', '"entries" must be an array.');
  const entries = record.entries.map((e: unknown, i: number): LedgerEntry => {
    const o = (typeof e === 'object' && e !== null ? e : {}) as Record<string, unknown>;
    const str = (k: string, required: boolean): string | undefined => {
      const v = o[k];
      if (v === undefined && !required) return undefined;
      if (typeof v !== 'string' || (required && k === 'fingerprint' && v === '')) {
        throw problem(file, locale, `第 ${i + 1} 条记录的 "${k}" 应为字符串。`, `entry ${i + 1}: "${k}" must be a string.`);
      }
      return v;
    };
    const verdict = str('verdict', true) as VerdictStatus;
    if (!STATUSES.includes(verdict)) {
      throw problem(
        file,
        locale,
        `第 ${i + 1} 条记录的 verdict “${verdict}”无效（应为 confirmed、dismissed 或 baseline）。`,
        `entry ${i + 1}: verdict "${verdict}" is not confirmed, dismissed or baseline.`,
      );
    }
    const by = str('by', false);
    return {
      fingerprint: str('fingerprint', true)!,
      ruleId: str('ruleId', true)!,
      verdict,
      reason: str('reason', false) ?? '',
      ...(by !== undefined ? { by } : {}),
      date: str('date', false) ?? '',
      file: str('file', false) ?? '',
      text: str('text', false) ?? '',
    };
  });
  return { entries };
}

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

/** The ledger's text: keys always in one order, entries sorted by file, then fingerprint; one verdict per fingerprint. */
export function serializeLedger(ledger: Ledger): string {
  const byFingerprint = new Map<string, LedgerEntry>();
  for (const e of ledger.entries) byFingerprint.set(e.fingerprint, e);
  const entries = [...byFingerprint.values()]
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0))
    .map((e) => ({
      fingerprint: e.fingerprint,
      ruleId: e.ruleId,
      verdict: e.verdict,
      reason: e.reason,
      ...(e.by ? { by: e.by } : {}),
      date: e.date,
      file: e.file,
      text: e.text,
    }));
  return JSON.stringify({ fzlintLedger: LEDGER_VERSION, entries }, null, 2) + '\n';
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
