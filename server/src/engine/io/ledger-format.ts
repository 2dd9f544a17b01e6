/**
 * The verdict ledger's format (ledger-file.ts reads and writes the file): parsing and serializing, no
 * file access, so that the web worker server (which reads the file through its client) shares it.
 */
import type { Locale } from '../rule';

export const LEDGER_VERSION = 1;
export const DEFAULT_LEDGER_NAME = '.fzlint-verdicts.json';
/** A ledger larger than this is refused (a ledger of 100,000 findings is about 30 MB). */
export const MAX_LEDGER_BYTES = 64 * 1048576;

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

export function problem(file: string, locale: Locale, zh: string, en: string): LedgerError {
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

/** `ruleId\u0000fingerprint` of the findings a ledger dismisses (its dismissed and baseline verdicts): not shown in the editor. */
export function dismissedKeys(ledger: Ledger): Set<string> {
  return new Set(ledger.entries.filter((e) => e.verdict === 'dismissed' || e.verdict === 'baseline').map((e) => `${e.ruleId}\u0000${e.fingerprint}`));
}
