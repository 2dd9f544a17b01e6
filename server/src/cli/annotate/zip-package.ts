/**
 * A ZIP archive rewritten entry by entry: entries that are not replaced keep their compressed bytes,
 * CRC and sizes exactly as read (so their content is byte-identical); replaced and added entries are
 * deflated anew. Used to write an annotated copy of a .docx without touching its other parts.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import { centralDirectoryStart } from '../inputs/zip';

export interface RawEntry {
  name: string;
  /** The name's bytes as stored (keeps the original encoding). */
  nameBytes: Buffer;
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
  data: Buffer;
}

/** The entry is encrypted (ZIP encryption): it cannot be copied or read. */
export class EncryptedZipError extends Error {}

/** The entries of a ZIP archive in central-directory order, their data not inflated. */
export function readRawEntries(buf: Buffer): RawEntry[] {
  const { count, offset } = centralDirectoryStart(buf);
  const entries: RawEntry[] = [];
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) throw new Error('damaged ZIP file (central directory entry)');
    const flags = buf.readUInt16LE(p + 8);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const nameBytes = Buffer.from(buf.subarray(p + 46, p + 46 + nameLength));
    const name = nameBytes.toString('utf8');
    if (flags & 1) throw new EncryptedZipError(`${name} is encrypted`);
    const compressedSize = buf.readUInt32LE(p + 20);
    const localOffset = buf.readUInt32LE(p + 42);
    if (localOffset + 30 > buf.length || buf.readUInt32LE(localOffset) !== 0x04034b50) throw new Error(`damaged ZIP file (local header of ${name})`);
    const start = localOffset + 30 + buf.readUInt16LE(localOffset + 26) + buf.readUInt16LE(localOffset + 28);
    if (start + compressedSize > buf.length) throw new Error(`damaged ZIP file (${name} out of range)`);
    entries.push({
      name,
      nameBytes,
      versionMadeBy: buf.readUInt16LE(p + 4),
      versionNeeded: buf.readUInt16LE(p + 6),
      flags,
      method: buf.readUInt16LE(p + 10),
      time: buf.readUInt16LE(p + 12),
      date: buf.readUInt16LE(p + 14),
      crc: buf.readUInt32LE(p + 16),
      compressedSize,
      size: buf.readUInt32LE(p + 24),
      internalAttributes: buf.readUInt16LE(p + 36),
      externalAttributes: buf.readUInt32LE(p + 38),
      data: buf.subarray(start, start + compressedSize),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** A new entry holding `content`, deflated, dated like `like` when given. */
export function newEntry(name: string, content: Buffer, like?: RawEntry): RawEntry {
  const data = deflateRawSync(content);
  return {
    name,
    nameBytes: Buffer.from(name, 'utf8'),
    versionMadeBy: like?.versionMadeBy ?? 20,
    versionNeeded: 20,
    // bit 11: the name is UTF-8
    flags: 0x0800,
    method: 8,
    time: like?.time ?? 0,
    date: like?.date ?? 0x21,
    crc: crc32(content) >>> 0,
    compressedSize: data.length,
    size: content.length,
    internalAttributes: like?.internalAttributes ?? 0,
    externalAttributes: like?.externalAttributes ?? 0,
    data,
  };
}

/** Write the entries as a ZIP archive (no data descriptors, no extra fields). */
export function writeZip(entries: readonly RawEntry[]): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    // Sizes and CRC are known: the data-descriptor flag (bit 3) is dropped.
    const flags = e.flags & ~0x0008;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(e.versionNeeded, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt16LE(e.time, 10);
    local.writeUInt16LE(e.date, 12);
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(e.compressedSize, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(e.nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    chunks.push(local, e.nameBytes, e.data);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(e.versionMadeBy, 4);
    c.writeUInt16LE(e.versionNeeded, 6);
    c.writeUInt16LE(flags, 8);
    c.writeUInt16LE(e.method, 10);
    c.writeUInt16LE(e.time, 12);
    c.writeUInt16LE(e.date, 14);
    c.writeUInt32LE(e.crc, 16);
    c.writeUInt32LE(e.compressedSize, 20);
    c.writeUInt32LE(e.size, 24);
    c.writeUInt16LE(e.nameBytes.length, 28);
    c.writeUInt16LE(e.internalAttributes, 36);
    c.writeUInt32LE(e.externalAttributes, 38);
    c.writeUInt32LE(offset, 42);
    central.push(c, e.nameBytes);
    offset += 30 + e.nameBytes.length + e.data.length;
  }
  const centralBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, centralBytes, end]);
}
