/**
 * A small ZIP reader for .docx files with expansion limits checked while unzipping: each entry is
 * inflated with zlib's maxOutputLength, so a zip bomb (a 1 MB file that expands to 300 MB of XML,
 * which the XML parser then blows up to gigabytes) stops at the limit instead of filling the heap.
 * Implements the part of mammoth's zip-file interface its document reader uses (exists, read).
 */
import { inflateRawSync } from 'node:zlib';

import { centralDirectory, encoded, entryData, type ZipFile } from './zip-directory';
import { MAX_DOCX_RATIO, MAX_DOCX_UNCOMPRESSED, RATIO_FREE_BYTES } from './zip-limits';

export { MAX_DOCX_RATIO, MAX_DOCX_UNCOMPRESSED } from './zip-limits';

export class ZipLimitError extends Error {}

export { centralDirectoryStart, type ZipFile } from './zip-directory';

/** Open a ZIP archive held in memory, with a budget of uncompressed bytes shared by its entries. */
export function openZip(bytes: Uint8Array, limits = { total: MAX_DOCX_UNCOMPRESSED, ratio: MAX_DOCX_RATIO }): ZipFile {
  const entries = centralDirectory(bytes);
  let used = 0;
  const bytesOf = (name: string): Uint8Array => {
    const e = entries.get(name);
    if (!e) throw new Error(`no ${name} in the archive`);
    const data = entryData(bytes, name, e);
    const remaining = limits.total - used;
    const byRatio = Math.max(RATIO_FREE_BYTES, e.compressedSize * limits.ratio);
    const allowed = Math.min(remaining, byRatio);
    let out: Uint8Array;
    if (e.method === 0) out = data;
    else if (e.method === 8) {
      try {
        // One byte more than allowed: reaching it means the entry is over the limit.
        out = inflateRawSync(data, { maxOutputLength: Math.max(1, allowed + 1) });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ERR_BUFFER_TOO_LARGE')
          throw new Error(`damaged ZIP file (${name}: ${(error as Error).message})`, { cause: error });
        throw new ZipLimitError(
          allowed === remaining
            ? `expands to more than ${Math.round(limits.total / 1048576)} MB`
            : `${name} expands more than ${limits.ratio} times its compressed size`,
        );
      }
    } else throw new Error(`unsupported compression method ${e.method} (${name})`);
    if (out.length > allowed) {
      throw new ZipLimitError(
        out.length > remaining
          ? `expands to more than ${Math.round(limits.total / 1048576)} MB`
          : `${name} expands more than ${limits.ratio} times its compressed size`,
      );
    }
    used += out.length;
    return out;
  };
  return {
    exists: (name) => entries.has(name),
    read: async (name, encoding) => {
      const out = bytesOf(name);
      return encoded(new Uint8Array(out.buffer, out.byteOffset, out.byteLength), encoding);
    },
  };
}
