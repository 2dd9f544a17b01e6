/**
 * A ZIP archive rewritten entry by entry: entries that are not replaced keep their compressed bytes,
 * CRC and sizes exactly as read (so their content is byte-identical); replaced and added entries are
 * deflated anew. Used to write an annotated copy of a .docx without touching its other parts.
 */
import { centralDirectoryStart, viewOf } from '../inputs/zip-directory';
import { compressPart } from './part-compression';

export interface RawEntry {
  name: string;
  /** The name's bytes as stored (keeps the original encoding). */
  nameBytes: Uint8Array;
  versionMadeBy: number;
  versionNeeded: number;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  size: number;
  internalAttributes: number;
  externalAttributes: number;
  /** The compressed data as stored. */
  data: Uint8Array;
}

/** The entry is encrypted (ZIP encryption): it cannot be copied or read. */
export class EncryptedZipError extends Error {}

/** The entries of a ZIP archive in central-directory order, their data not inflated. */
export function readRawEntries(bytes: Uint8Array): RawEntry[] {
  const { count, offset } = centralDirectoryStart(bytes);
  const view = viewOf(bytes);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const utf8 = new TextDecoder('utf-8');
  const entries: RawEntry[] = [];
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || u32(p) !== 0x02014b50) throw new Error('damaged ZIP file (central directory entry)');
    const flags = u16(p + 8);
    const nameLength = u16(p + 28);
    const extraLength = u16(p + 30);
    const commentLength = u16(p + 32);
    const nameBytes = bytes.slice(p + 46, p + 46 + nameLength);
    const name = utf8.decode(nameBytes);
    if (flags & 1) throw new EncryptedZipError(`${name} is encrypted`);
    const compressedSize = u32(p + 20);
    const localOffset = u32(p + 42);
    if (localOffset + 30 > bytes.length || u32(localOffset) !== 0x04034b50) throw new Error(`damaged ZIP file (local header of ${name})`);
    const start = localOffset + 30 + u16(localOffset + 26) + u16(localOffset + 28);
    if (start + compressedSize > bytes.length) throw new Error(`damaged ZIP file (${name} out of range)`);
    entries.push({
      name,
      nameBytes,
      versionMadeBy: u16(p + 4),
      versionNeeded: u16(p + 6),
      flags,
      method: u16(p + 10),
      time: u16(p + 12),
      date: u16(p + 14),
      crc: u32(p + 16),
      compressedSize,
      size: u32(p + 24),
      internalAttributes: u16(p + 36),
      externalAttributes: u32(p + 38),
      data: bytes.subarray(start, start + compressedSize),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** A new entry holding `content`, deflated, dated like `like` when given. */
export async function newEntry(name: string, content: Uint8Array, like?: RawEntry): Promise<RawEntry> {
  const { method, data, crc } = await compressPart(content);
  return {
    name,
    nameBytes: new TextEncoder().encode(name),
    versionMadeBy: like?.versionMadeBy ?? 20,
    versionNeeded: 20,
    // bit 11: the name is UTF-8
    flags: 0x0800,
    method,
    time: like?.time ?? 0,
    date: like?.date ?? 0x21,
    crc,
    compressedSize: data.length,
    size: content.length,
    internalAttributes: like?.internalAttributes ?? 0,
    externalAttributes: like?.externalAttributes ?? 0,
    data,
  };
}

/** Bytes laid out one after the other. */
function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A little-endian record: each field a [width in bytes, value] pair. */
function record(fields: readonly (readonly [2 | 4, number])[]): Uint8Array {
  const out = new Uint8Array(fields.reduce((n, [w]) => n + w, 0));
  const view = viewOf(out);
  let at = 0;
  for (const [w, v] of fields) {
    if (w === 2) view.setUint16(at, v, true);
    else view.setUint32(at, v >>> 0, true);
    at += w;
  }
  return out;
}

/** Write the entries as a ZIP archive (no data descriptors, no extra fields). */
export function writeZip(entries: readonly RawEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    // Sizes and CRC are known: the data-descriptor flag (bit 3) is dropped.
    const flags = e.flags & ~0x0008;
    const local = record([
      [4, 0x04034b50],
      [2, e.versionNeeded],
      [2, flags],
      [2, e.method],
      [2, e.time],
      [2, e.date],
      [4, e.crc],
      [4, e.compressedSize],
      [4, e.size],
      [2, e.nameBytes.length],
      [2, 0],
    ]);
    chunks.push(local, e.nameBytes, e.data);
    const c = record([
      [4, 0x02014b50],
      [2, e.versionMadeBy],
      [2, e.versionNeeded],
      [2, flags],
      [2, e.method],
      [2, e.time],
      [2, e.date],
      [4, e.crc],
      [4, e.compressedSize],
      [4, e.size],
      [2, e.nameBytes.length],
      [2, 0], // extra field length
      [2, 0], // comment length
      [2, 0], // disk number
      [2, e.internalAttributes],
      [4, e.externalAttributes],
      [4, offset],
    ]);
    central.push(c, e.nameBytes);
    offset += 30 + e.nameBytes.length + e.data.length;
  }
  const centralBytes = concat(central);
  const end = record([
    [4, 0x06054b50],
    [2, 0], // this disk
    [2, 0], // the directory's disk
    [2, entries.length],
    [2, entries.length],
    [4, centralBytes.length],
    [4, offset],
    [2, 0], // comment length
  ]);
  return concat([...chunks, centralBytes, end]);
}
