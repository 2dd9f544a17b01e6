/**
 * A ZIP archive's central directory read from bytes in memory (a Buffer or any Uint8Array): where it
 * starts and what each entry is. No Node built-in: the CLI's reader (zip.ts), its browser sibling and
 * the annotated-copy writer (annotate/zip-package.ts) share it.
 */

export interface DirectoryEntry {
  method: number;
  compressedSize: number;
  localOffset: number;
}

export function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * Where a ZIP file's central directory starts and how many entries it has, from the
 * end-of-central-directory record (at least 22 bytes from the end, after a comment of at most
 * 64 KB). Not ZIP64. Throws on a file that is not a ZIP archive or whose directory is out of range.
 */
export function centralDirectoryStart(bytes: Uint8Array): { count: number; offset: number } {
  const view = viewOf(bytes);
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
  return { count, offset };
}

/** The entries of the central directory by name (not ZIP64). */
export function centralDirectory(bytes: Uint8Array): Map<string, DirectoryEntry> {
  const { count, offset } = centralDirectoryStart(bytes);
  const view = viewOf(bytes);
  const utf8 = new TextDecoder('utf-8');
  const entries = new Map<string, DirectoryEntry>();
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

/** The stored (compressed) bytes of an entry, after its local header. */
export function entryData(bytes: Uint8Array, name: string, e: DirectoryEntry): Uint8Array {
  const view = viewOf(bytes);
  const h = e.localOffset;
  if (h + 30 > bytes.length || view.getUint32(h, true) !== 0x04034b50) throw new Error(`damaged ZIP file (local header of ${name})`);
  const start = h + 30 + view.getUint16(h + 26, true) + view.getUint16(h + 28, true);
  const end = start + e.compressedSize;
  if (end > bytes.length) throw new Error(`damaged ZIP file (${name} out of range)`);
  return bytes.subarray(start, end);
}

/** mammoth's zip-file interface (the part its document reader uses). */
export interface ZipFile {
  exists(name: string): boolean;
  read(name: string, encoding?: string): Promise<Uint8Array | string>;
}

/** An entry's bytes in an encoding, as mammoth asks for them (base64, a text encoding, or raw). */
export function encoded(bytes: Uint8Array, encoding: string | undefined): Uint8Array | string {
  if (encoding === 'base64') {
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  }
  if (encoding) return new TextDecoder(encoding).decode(bytes);
  return bytes;
}
