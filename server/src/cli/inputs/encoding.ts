import { iconv } from '../../lazy/modules';

/** The text encodings fzlint reads and writes back. */
export type TextEncoding = 'utf-8' | 'gb18030';

export interface Detected {
  text: string;
  encoding: TextEncoding;
  hadBom: boolean;
}

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[\u{20000}-\u{3134f}]/u;

/**
 * Detect the encoding of a text file: valid UTF-8 first (with or without BOM); otherwise GB18030
 * (a superset of GBK and GB2312) when it decodes without replacement characters and has Han
 * characters. Returns undefined when the bytes are neither.
 */
export function detectAndDecode(bytes: Uint8Array): Detected | undefined {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    const hadBom = text.charCodeAt(0) === 0xfeff;
    return { text: hadBom ? text.slice(1) : text, encoding: 'utf-8', hadBom };
  } catch {
    // not UTF-8: try GB18030 below
  }
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // GB18030's own BOM (84 31 95 33) is decoded by iconv-lite as U+FEFF when stripBOM is off.
  const text = iconv.decode(buf, 'gb18030', { stripBOM: false });
  if (text.includes('\ufffd') || !HAN.test(text)) return undefined;
  const hadBom = text.charCodeAt(0) === 0xfeff;
  return { text: hadBom ? text.slice(1) : text, encoding: 'gb18030', hadBom };
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
