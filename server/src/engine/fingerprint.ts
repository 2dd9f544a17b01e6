/**
 * Stable finding fingerprints: which finding this is, independent of where the report puts it.
 *
 * A fingerprint is made of the rule id, the text of the span and the text around it (up to
 * CONTEXT_CHARS characters before and after, on the same line), each normalised: whitespace runs
 * collapse to one space and full-width digits count as half-width ones. Line numbers and offsets are
 * not part of it, so inserting lines above a finding or editing other text keeps its fingerprint;
 * changing the span or the words right beside it gives a new one. Findings with the same rule and the
 * same normalised context are told apart by an occurrence index (0, 1, … in document order).
 *
 * Shape: `<16 hex digits>:<occurrence>`. Pure code: no Node or editor imports.
 */
import type { Finding } from './finding';

/** How many characters of context either side of the span go into the fingerprint. */
export const CONTEXT_CHARS = 16;

/** The fingerprint format's version (SARIF partialFingerprints key `fzlint/v1`). */
export const FINGERPRINT_VERSION = 1;

/** Whitespace runs as one space, full-width digits as half-width ones; trimmed. */
export function normaliseForFingerprint(text: string): string {
  return text
    .replace(/[\uff10-\uff19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/[\s\u3000\u200b\ufeff]+/g, ' ')
    .trim();
}

function isLineBreak(ch: string | undefined): boolean {
  return ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029';
}

/** The text before and after a span on its line: CONTEXT_CHARS non-space characters at most either side. */
export function spanContext(source: string, start: number, end: number): { before: string; text: string; after: string } {
  const s = Math.max(0, Math.min(start, source.length));
  const e = Math.max(s, Math.min(end, source.length));
  let from = s;
  let taken = 0;
  while (from > 0 && !isLineBreak(source[from - 1]) && taken < CONTEXT_CHARS) {
    from--;
    if (!/\s/.test(source[from])) taken++;
  }
  let to = e;
  taken = 0;
  while (to < source.length && !isLineBreak(source[to]) && taken < CONTEXT_CHARS) {
    if (!/\s/.test(source[to])) taken++;
    to++;
  }
  return {
    before: normaliseForFingerprint(source.slice(from, s)),
    text: normaliseForFingerprint(source.slice(s, e)),
    after: normaliseForFingerprint(source.slice(e, to)),
  };
}

/** 64 bits of a string as 16 hex digits (two 32-bit FNV-1a style lanes with a final mix). */
export function hash64(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 0x85ebca6b);
  h1 = Math.imul(h1 ^ (h1 >>> 13), 0xc2b2ae35) ^ (h1 >>> 16);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 0x85ebca6b);
  h2 = Math.imul(h2 ^ (h2 >>> 13), 0xc2b2ae35) ^ (h2 >>> 16);
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

/** The fingerprint of each finding (same order as `findings`). */
export function fingerprintFindings(source: string, findings: readonly Pick<Finding, 'ruleId' | 'span'>[]): string[] {
  const keys = findings.map((f) => {
    const c = spanContext(source, f.span.start, f.span.end);
    return hash64([f.ruleId, c.before, c.text, c.after].join('\u0000'));
  });
  // Occurrences of one key are numbered in document order, whatever order the findings came in.
  const order = findings
    .map((_, i) => i)
    .sort((a, b) => findings[a].span.start - findings[b].span.start || findings[a].span.end - findings[b].span.end || a - b);
  const seen = new Map<string, number>();
  const out = new Array<string>(findings.length);
  for (const i of order) {
    const n = seen.get(keys[i]) ?? 0;
    seen.set(keys[i], n + 1);
    out[i] = `${keys[i]}:${n}`;
  }
  return out;
}
