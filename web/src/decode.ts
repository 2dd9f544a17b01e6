/**
 * A chosen or dropped file's bytes as text, by the CLI's rule (server/src/cli/inputs/encoding.ts):
 * valid UTF-8 first (a BOM dropped); a file that is mostly UTF-8 with a few bad bytes is damaged,
 * not GB18030; otherwise GB18030 when it decodes without a replacement character and holds Han
 * characters. The browser's own GB18030 decoder (the Encoding Standard's) does the decoding.
 */
export type Decoded = { text: string; encoding: 'utf-8' | 'gb18030'; hadBom: boolean } | { error: 'damaged-utf8' | 'not-text'; offset?: number };

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[\u{20000}-\u{3134f}]/u;

function utf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  const text = utf8(bytes);
  if (text !== undefined) return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, encoding: 'utf-8', hadBom: text.charCodeAt(0) === 0xfeff };
  const loose = new TextDecoder('utf-8').decode(bytes);
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < loose.length; i++) {
    const c = loose.charCodeAt(i);
    if (c === 0xfffd) invalid++;
    else if (c >= 0x80 && !(c >= 0xdc00 && c <= 0xdfff)) valid++;
  }
  if (valid >= 4 * invalid) return { error: 'damaged-utf8' };
  let gb: string;
  try {
    gb = new TextDecoder('gb18030', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { error: 'not-text' };
  }
  if (!HAN.test(gb)) return { error: 'not-text' };
  return { text: gb.charCodeAt(0) === 0xfeff ? gb.slice(1) : gb, encoding: 'gb18030', hadBom: gb.charCodeAt(0) === 0xfeff };
}
