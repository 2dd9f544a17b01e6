/**
 * A .docx file's text in the page: the CLI's paragraph rule (server/src/cli/inputs/docx-paragraphs.ts)
 * over mammoth's document reader, with a ZIP reader of the browser's own (DecompressionStream
 * 'deflate-raw') that keeps the CLI's expansion limits (zip-limits.ts) while inflating.
 */
import { docxText, type DocxElement, type DocxText, type MammothResult } from '../../server/src/cli/inputs/docx-paragraphs';
import { MAX_DOCX_RATIO, MAX_DOCX_UNCOMPRESSED, RATIO_FREE_BYTES } from '../../server/src/cli/inputs/zip-limits';
// mammoth's reader of a document already unzipped (its own unzipping, jszip, is left out of the page).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const docxReader = require('mammoth/lib/docx/docx-reader') as { read(zip: unknown): PromiseLike<MammothResult<DocxElement>> };

interface Entry {
  method: number;
  compressedSize: number;
  localOffset: number;
}

function centralDirectory(bytes: Uint8Array): Map<string, Entry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a ZIP file (no end of central directory)');
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff) throw new Error('ZIP64 archives are not supported');
  if (offset + size > bytes.length) throw new Error('damaged ZIP file (central directory out of range)');
  const entries = new Map<string, Entry>();
  const utf8 = new TextDecoder('utf-8');
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) throw new Error('damaged ZIP file (central directory entry)');
    const nameLength = view.getUint16(p + 28, true);
    const name = utf8.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    entries.set(name, { method: view.getUint16(p + 10, true), compressedSize: view.getUint32(p + 20, true), localOffset: view.getUint32(p + 42, true) });
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return entries;
}

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

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** mammoth's zip-file interface (exists, read) over the archive's bytes. */
function openZip(bytes: Uint8Array): { exists(name: string): boolean; read(name: string, encoding?: string): Promise<Uint8Array | string> } {
  const entries = centralDirectory(bytes);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let used = 0;
  const bytesOf = async (name: string): Promise<Uint8Array> => {
    const e = entries.get(name);
    if (!e) throw new Error(`no ${name} in the archive`);
    const h = e.localOffset;
    if (h + 30 > bytes.length || view.getUint32(h, true) !== 0x04034b50) throw new Error(`damaged ZIP file (local header of ${name})`);
    const start = h + 30 + view.getUint16(h + 26, true) + view.getUint16(h + 28, true);
    const end = start + e.compressedSize;
    if (end > bytes.length) throw new Error(`damaged ZIP file (${name} out of range)`);
    const data = bytes.subarray(start, end);
    const remaining = MAX_DOCX_UNCOMPRESSED - used;
    const allowed = Math.min(remaining, Math.max(RATIO_FREE_BYTES, e.compressedSize * MAX_DOCX_RATIO));
    const tooLarge = () =>
      new Error(
        allowed === remaining
          ? `expands to more than ${Math.round(MAX_DOCX_UNCOMPRESSED / 1048576)} MB`
          : `${name} expands more than ${MAX_DOCX_RATIO} times its compressed size`,
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
    read: async (name, encoding) => {
      const out = await bytesOf(name);
      if (encoding === 'base64') return base64(out);
      if (encoding) return new TextDecoder(encoding).decode(out);
      return out;
    },
  };
}

/** The text of a .docx file, one line per paragraph, as the CLI reads it. */
export async function readDocxText(bytes: Uint8Array): Promise<DocxText> {
  return docxText(await docxReader.read(openZip(bytes)));
}
