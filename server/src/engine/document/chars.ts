/** Character classes for Chinese text. All checks take one UTF-16 code unit or a code point. */

const HAN = /\p{Script=Han}/u;

/** A Han character (including the astral CJK extensions when given a full code point). */
export function isHan(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  // The common case without a regular expression: it runs on every character of every document.
  const c = ch.charCodeAt(0);
  if (c >= 0x4e00 && c <= 0x9fff) return true;
  if (c < 0x2e80) return false;
  return HAN.test(ch);
}

/** Full-width and CJK punctuation that only occurs in Chinese text. */
export function isCjkPunctuation(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return (
    (c >= 0x3000 && c <= 0x303f) || // 、。〈〉《》「」『』【】〔〕〖〗〜 …
    (c >= 0xff01 && c <= 0xff0f) || // ！＂＃…／
    (c >= 0xff1a && c <= 0xff20) || // ：；＜＝＞？＠
    (c >= 0xff3b && c <= 0xff40) ||
    (c >= 0xff5b && c <= 0xff65) ||
    c === 0x201c ||
    c === 0x201d ||
    c === 0x2018 ||
    c === 0x2019 || // “”‘’
    c === 0x2026 ||
    c === 0x2014 ||
    c === 0x00b7 // … — ·
  );
}

/** A character that makes its neighbourhood "Chinese context". */
export function isCjk(ch: string | undefined): boolean {
  return isHan(ch) || isCjkPunctuation(ch);
}

export function isAsciiDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && ch >= '0' && ch <= '9';
}

export function isLatinLetter(ch: string | undefined): boolean {
  return ch !== undefined && /^[A-Za-z]$/.test(ch);
}

/** Spaces a drafter cannot see: ASCII space, tab, NBSP, ideographic space and the thin spaces. */
export function isBlank(ch: string | undefined): boolean {
  return ch !== undefined && /^[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]$/.test(ch);
}

/** Trim ASCII and non-ASCII blanks (NBSP, U+3000, BOM) from both ends. */
export function trimBlank(text: string): string {
  return text.replace(/^[\s\u00a0\u3000\ufeff]+|[\s\u00a0\u3000\ufeff]+$/g, '');
}

/** Index of the first non-blank character at or after `from`, or `text.length`. */
export function skipBlank(text: string, from: number): number {
  let i = from;
  while (i < text.length && isBlank(text[i])) i++;
  return i;
}
