import { iconv } from '../../lazy/modules';

/** The text encodings fzlint reads and writes back. */
export type TextEncoding = 'utf-8' | 'gb18030';

export interface Detected {
  text: string;
  encoding: TextEncoding;
  hadBom: boolean;
}

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[\u{20000}-\u{3134f}]/u;

/** Why bytes were not taken as text. */
export type DecodeFailure =
  /** Mostly valid UTF-8 with a few bytes that are not: a damaged UTF-8 file, not GB18030. */
  | { reason: 'stray-bytes'; offset: number }
  /** Decodes as GB18030 but would not be written back byte for byte (e.g. a lone 0x80). */
  | { reason: 'gb18030-roundtrip'; offset: number }
  | { reason: 'unknown' };

/** Byte offset of the first byte that is not part of a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let len: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [len, min] = [2, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [len, min] = [3, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [len, min] = [4, 0x10000];
    else return i;
    if (i + len > n) return i;
    let cp = b & (0xff >> (len + 1));
    for (let k = 1; k < len; k++) {
      const c = bytes[i + k];
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += len;
  }
  return -1;
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The bytes as UTF-8 (a BOM kept), or undefined when they are not valid UTF-8 — the same bytes
 * firstInvalidUtf8 refuses; the platform's decoder checks them without a pass of our own.
 */
function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** Non-ASCII characters that decode as UTF-8, and spots that do not. */
function utf8Shape(bytes: Uint8Array): { valid: number; invalid: number } {
  const text = new TextDecoder('utf-8').decode(bytes);
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) invalid++;
    else if (c >= 0x80 && !(c >= 0xdc00 && c <= 0xdfff)) valid++;
  }
  return { valid, invalid };
}

/**
 * Decode a text file: valid UTF-8 first (with or without BOM); otherwise GB18030 (a superset of GBK
 * and GB2312) only when the bytes are not mostly UTF-8 (a UTF-8 file with a few stray bytes is an
 * error naming the first one), decode without replacement characters, contain Han characters, and
 * encode back to exactly the same bytes (so --fix changes nothing outside its fixes).
 */
export function decodeText(bytes: Uint8Array): Detected | DecodeFailure {
  const utf8 = strictUtf8(bytes);
  if (utf8 !== undefined) {
    const hadBom = utf8.charCodeAt(0) === 0xfeff;
    return { text: hadBom ? utf8.slice(1) : utf8, encoding: 'utf-8', hadBom };
  }
  const bad = firstInvalidUtf8(bytes);
  const shape = utf8Shape(bytes);
  // GBK text decoded as UTF-8 is mostly replacement characters; damaged UTF-8 is mostly not.
  if (shape.valid >= 4 * shape.invalid) return { reason: 'stray-bytes', offset: bad };
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // GB18030's own BOM (84 31 95 33) is decoded by iconv-lite as U+FEFF when stripBOM is off.
  const text = iconv.decode(buf, 'gb18030', { stripBOM: false });
  if (text.includes('\ufffd') || !HAN.test(text)) return { reason: 'unknown' };
  const back = iconv.encode(text, 'gb18030', { addBOM: false });
  if (!back.equals(buf)) {
    let i = 0;
    while (i < back.length && i < buf.length && back[i] === buf[i]) i++;
    // Report the start of the character whose bytes differ.
    return { reason: 'gb18030-roundtrip', offset: gbCharStart(buf, i) };
  }
  const hadBom = text.charCodeAt(0) === 0xfeff;
  return { text: hadBom ? text.slice(1) : text, encoding: 'gb18030', hadBom };
}

/** The offset of the GB18030 character that contains byte `at` (walking from the start). */
function gbCharStart(buf: Buffer, at: number): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i];
    const len = b < 0x80 || b === 0x80 || b === 0xff ? 1 : i + 1 < buf.length && buf[i + 1] >= 0x30 && buf[i + 1] <= 0x39 ? 4 : 2;
    if (at < i + len) return i;
    i += len;
  }
  return at;
}

/** As decodeText; undefined when the bytes are not text fzlint reads. */
export function detectAndDecode(bytes: Uint8Array): Detected | undefined {
  const d = decodeText(bytes);
  return 'text' in d ? d : undefined;
}

/** UTF-16 (with a BOM, or ASCII-range text with a NUL in every other byte). */
export function looksLikeUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return false;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const half = n / 2;
  return (evenNul > half * 0.4 && oddNul < half * 0.05) || (oddNul > half * 0.4 && evenNul < half * 0.05);
}

export class EncodeError extends Error {
  constructor(
    message: string,
    /** The first character that cannot be written, and its UTF-16 offset. */
    readonly char: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** Encode text (without BOM) back to bytes; throws EncodeError when a character does not survive. */
export function encodeText(text: string, encoding: TextEncoding, hadBom: boolean): Buffer {
  const full = (hadBom ? '\ufeff' : '') + text;
  if (encoding === 'utf-8') return Buffer.from(full, 'utf8');
  const bytes = iconv.encode(full, 'gb18030', { addBOM: false });
  const back = iconv.decode(bytes, 'gb18030', { stripBOM: false });
  if (back !== full) {
    let i = 0;
    while (i < full.length && full[i] === back[i]) i++;
    const cp = full.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    throw new EncodeError(`cannot encode U+${cp.toString(16).toUpperCase().padStart(4, '0')} in ${encoding}`, ch, i - (hadBom ? 1 : 0));
  }
  return bytes;
}
