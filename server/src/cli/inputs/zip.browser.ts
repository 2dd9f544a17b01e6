/**
 * The browser's ZIP reader for .docx files (the sibling of zip.ts in the browser builds): the same
 * directory reading and expansion limits, inflating with the browser's DecompressionStream
 * ('deflate-raw'), which stops with an error as soon as an entry passes its budget.
 */
import { centralDirectory, encoded, entryData, type ZipFile } from './zip-directory';
import { MAX_DOCX_RATIO, MAX_DOCX_UNCOMPRESSED, RATIO_FREE_BYTES } from './zip-limits';

export { MAX_DOCX_RATIO, MAX_DOCX_UNCOMPRESSED } from './zip-limits';
export { centralDirectoryStart, type ZipFile } from './zip-directory';

export class ZipLimitError extends Error {}

/** Inflate raw deflate data, stopping with an error once more than `allowed` bytes come out. */
async function inflate(data: Uint8Array, allowed: number, tooLarge: () => Error): Promise<Uint8Array> {
  const reader = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > allowed) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Open a ZIP archive held in memory, with a budget of uncompressed bytes shared by its entries. */
export function openZip(bytes: Uint8Array, limits = { total: MAX_DOCX_UNCOMPRESSED, ratio: MAX_DOCX_RATIO }): ZipFile {
  const entries = centralDirectory(bytes);
  let used = 0;
  const bytesOf = async (name: string): Promise<Uint8Array> => {
    const e = entries.get(name);
    if (!e) throw new Error(`no ${name} in the archive`);
    const data = entryData(bytes, name, e);
    const remaining = limits.total - used;
    const allowed = Math.min(remaining, Math.max(RATIO_FREE_BYTES, e.compressedSize * limits.ratio));
    const tooLarge = () =>
      new ZipLimitError(
        allowed === remaining
          ? `expands to more than ${Math.round(limits.total / 1048576)} MB`
          : `${name} expands more than ${limits.ratio} times its compressed size`,
      );
    let out: Uint8Array;
    if (e.method === 0) out = data;
    else if (e.method === 8) out = await inflate(data, allowed, tooLarge);
    else throw new Error(`unsupported compression method ${e.method} (${name})`);
    if (out.length > allowed) throw tooLarge();
    used += out.length;
    return out;
  };
  return {
    exists: (name) => entries.has(name),
    read: async (name, encoding) => encoded(await bytesOf(name), encoding),
  };
}
