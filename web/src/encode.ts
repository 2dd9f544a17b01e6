/**
 * The text back to the bytes of the encoding it was read in, as `fzlint --fix` writes a file back
 * (server/src/cli/inputs/encoding.ts): UTF-8, or GB18030. Browsers only decode GB18030, so the
 * encoder's table is made once, on the first GB18030 download, by decoding every two-byte code and
 * every four-byte code of the Basic Multilingual Plane with the browser's own decoder (the Encoding
 * Standard's, the one the page read the file with); the planes above are one arithmetic range.
 */
export type TextEncoding = 'utf-8' | 'gb18030';

let table: Map<number, number[]> | undefined;

function gbTable(): Map<number, number[]> {
  if (table) return table;
  const decoder = new TextDecoder('gb18030', { fatal: true, ignoreBOM: true });
  const map = new Map<number, number[]>();
  const add = (bytes: number[]) => {
    let ch: string;
    try {
      ch = decoder.decode(new Uint8Array(bytes));
    } catch {
      return;
    }
    const cp = ch.codePointAt(0)!;
    // The first code that decodes to a character is the one to write it with.
    if (ch.length === 1 && cp >= 0x80 && !map.has(cp)) map.set(cp, bytes);
  };
  for (let a = 0x81; a <= 0xfe; a++) for (let b = 0x40; b <= 0xfe; b++) if (b !== 0x7f) add([a, b]);
  for (let a = 0x81; a <= 0x84; a++) for (let b = 0x30; b <= 0x39; b++) for (let c = 0x81; c <= 0xfe; c++) for (let d = 0x30; d <= 0x39; d++) add([a, b, c, d]);
  table = map;
  return map;
}

export class EncodeError extends Error {
  constructor(
    readonly char: string,
    readonly offset: number,
  ) {
    super(`cannot encode U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')} in GB18030`);
  }
}

/** The text's bytes in `encoding` (a BOM first when the file had one). Throws EncodeError for a character GB18030 cannot hold. */
export function encodeText(text: string, encoding: TextEncoding, hadBom = false): Uint8Array<ArrayBuffer> {
  const full = (hadBom ? '\ufeff' : '') + text;
  if (encoding === 'utf-8') return new TextEncoder().encode(full);
  const map = gbTable();
  const out: number[] = [];
  let i = 0;
  for (const ch of full) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out.push(cp);
    else if (cp >= 0x10000) {
      let l = cp - 0x10000;
      const d = 0x30 + (l % 10);
      l = Math.floor(l / 10);
      const c = 0x81 + (l % 126);
      l = Math.floor(l / 126);
      const b = 0x30 + (l % 10);
      out.push(0x90 + Math.floor(l / 10), b, c, d);
    } else {
      const bytes = map.get(cp);
      // A lone surrogate: no encoding holds it.
      if (!bytes) throw new EncodeError(ch, i - (hadBom ? 1 : 0));
      out.push(...bytes);
    }
    i += ch.length;
  }
  return new Uint8Array(out);
}
