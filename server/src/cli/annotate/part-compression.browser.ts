/**
 * The browser's form of part-compression.ts: deflated with the browser's CompressionStream
 * ('deflate-raw'); the CRC-32 (the ZIP polynomial, 0xEDB88320 reflected) computed here, as the
 * browser has none.
 */
export interface CompressedPart {
  method: number;
  data: Uint8Array;
  crc: number;
}

let table: Uint32Array | undefined;

function crcTable(): Uint32Array {
  if (table) return table;
  table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
}

export function crc32(bytes: Uint8Array): number {
  const t = crcTable();
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = t[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export async function compressPart(content: Uint8Array): Promise<CompressedPart> {
  const stream = new Blob([content as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const data = new Uint8Array(await new Response(stream).arrayBuffer());
  return { method: 8, data, crc: crc32(content) };
}
