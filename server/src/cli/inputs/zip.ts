/**
 * A small ZIP reader for .docx files with expansion limits checked while unzipping: each entry is
 * inflated with zlib's maxOutputLength, so a zip bomb (a 1 MB file that expands to 300 MB of XML,
 * which the XML parser then blows up to gigabytes) stops at the limit instead of filling the heap.
 * Implements the part of mammoth's zip-file interface its document reader uses (exists, read).
 */
import { inflateRawSync } from 'node:zlib';

import { MAX_DOCX_RATIO, MAX_DOCX_UNCOMPRESSED, RATIO_FREE_BYTES } from './zip-limits';

export { MAX_DOCX_RATIO, MAX_DOCX_UNCOMPRESSED } from './zip-limits';

export class ZipLimitError extends Error {}

interface Entry {
  method: number;
  compressedSize: number;
  localOffset: number;
}

/**
 * Where a ZIP file's central directory starts and how many entries it has, from the
 * end-of-central-directory record (at least 22 bytes from the end, after a comment of at most
 * 64 KB). Not ZIP64. Throws on a file that is not a ZIP archive or whose directory is out of range.
 */
export function centralDirectoryStart(buf: Buffer): { count: number; offset: number } {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a ZIP file (no end of central directory)');
  const count = buf.readUInt16LE(eocd + 10);
  const size = buf.readUInt32LE(eocd + 12);
  const offset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) throw new Error('ZIP64 archives are not supported');
  if (offset + size > buf.length) throw new Error('damaged ZIP file (central directory out of range)');
  return { count, offset };
}

/** Parse the central directory of a ZIP file (not ZIP64). */
function centralDirectory(buf: Buffer): Map<string, Entry> {
  const { count, offset } = centralDirectoryStart(buf);
  const entries = new Map<string, Entry>();
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) throw new Error('damaged ZIP file (central directory entry)');
    const method = buf.readUInt16LE(p + 10);
    const compressedSize = buf.readUInt32LE(p + 20);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const localOffset = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLength);
    entries.set(name, { method, compressedSize, localOffset });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

export interface ZipFile {
  exists(name: string): boolean;
  read(name: string, encoding?: string): Promise<Uint8Array | string>;
}

/** Open a ZIP archive held in memory, with a budget of uncompressed bytes shared by its entries. */
export function openZip(buf: Buffer, limits = { total: MAX_DOCX_UNCOMPRESSED, ratio: MAX_DOCX_RATIO }): ZipFile {
  const entries = centralDirectory(buf);
  let used = 0;
  const bytesOf = (name: string): Buffer => {
    const e = entries.get(name);
    if (!e) throw new Error(`no ${name} in the archive`);
    const h = e.localOffset;
    if (h + 30 > buf.length || buf.readUInt32LE(h) !== 0x04034b50) throw new Error(`damaged ZIP file (local header of ${name})`);
    const start = h + 30 + buf.readUInt16LE(h + 26) + buf.readUInt16LE(h + 28);
    const end = start + e.compressedSize;
    if (end > buf.length) throw new Error(`damaged ZIP file (${name} out of range)`);
    const data = buf.subarray(start, end);
    const remaining = limits.total - used;
    const byRatio = Math.max(RATIO_FREE_BYTES, e.compressedSize * limits.ratio);
    const allowed = Math.min(remaining, byRatio);
    let out: Buffer;
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
      const bytes = bytesOf(name);
      if (encoding === 'base64') return bytes.toString('base64');
      if (encoding) return new TextDecoder(encoding).decode(bytes);
      return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    },
  };
}
