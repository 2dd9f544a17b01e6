/** A part's bytes as a ZIP entry stores them: deflated (method 8), with the CRC-32 of the content. */
import { crc32, deflateRawSync } from 'node:zlib';

export interface CompressedPart {
  method: number;
  data: Uint8Array;
  crc: number;
}

export async function compressPart(content: Uint8Array): Promise<CompressedPart> {
  return { method: 8, data: deflateRawSync(content), crc: crc32(content) >>> 0 };
}
