/**
 * Text from a legacy Word (.doc) file: one line per paragraph, like the .docx reader (docx.ts). The
 * library is loaded on the first .doc only (word-extractor-raw.ts).
 */
/* eslint-disable @typescript-eslint/no-require-imports */

export interface DocText {
  /** Paragraphs joined by "\n". */
  text: string;
}

export async function readDoc(bytes: Buffer): Promise<DocText> {
  const { extractDocBody } = require('./word-extractor-raw') as typeof import('./word-extractor-raw');
  const body = (await extractDocBody(bytes)).replace(/\r\n?/g, '\n');
  // Word ends the body with a paragraph mark: no empty line after the last paragraph.
  return { text: body.replace(/\n$/, '') };
}

export function isDocPath(file: string): boolean {
  return /\.doc$/i.test(file);
}

/** An OLE compound file (Word 97–2003, or an encrypted Office 2007+ file): D0 CF 11 E0 A1 B1 1A E1. */
export function isOleFile(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0 && bytes[4] === 0xa1 && bytes[5] === 0xb1;
}

/**
 * An encrypted .docx/.odt is an OLE compound file that holds an "EncryptedPackage" stream (its
 * directory entry names are UTF-16LE).
 */
export function isEncryptedOfficeFile(bytes: Uint8Array): boolean {
  if (!isOleFile(bytes)) return false;
  const name = Buffer.from('EncryptedPackage', 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(name);
}

/** A ZIP archive starts with PK\3\4. */
export function isZipFile(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
