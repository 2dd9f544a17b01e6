import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { readDocx, isDocxPath } from './inputs/docx';
import { detectAndDecode, type TextEncoding } from './inputs/encoding';

/** Files larger than this are refused with a clear message rather than checked slowly or partly. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export interface DecodedInput {
  text: string;
  hadBom: boolean;
  /** The file's text encoding; --fix writes back in it. */
  encoding: TextEncoding;
  /** Text extracted from a Word file: read-only, --fix refuses it. */
  docx?: boolean;
  /** SHA-256 of the file's bytes (files only), for --cache. */
  hash?: string;
}

export class InputError extends Error {
  constructor(
    message: string,
    /** The bytes are binary data (a folder walk lists such a file as skipped, not as an error). */
    readonly binary = false,
  ) {
    super(message);
  }
}

/**
 * Decode UTF-8 (with or without BOM), or else GB18030/GBK when the bytes are valid GB18030 with Han
 * characters; refuse binary data and anything else with one clear message.
 */
export function decodeInput(bytes: Uint8Array, name: string, locale: 'zh-CN' | 'en'): DecodedInput {
  const zh = locale === 'zh-CN';
  if (bytes.length > MAX_FILE_BYTES) {
    throw new InputError(
      zh
        ? `${name}：文件过大（${(bytes.length / 1048576).toFixed(1)} MB），超过 ${MAX_FILE_BYTES / 1048576} MB 上限，未检查。`
        : `${name}: file too large (${(bytes.length / 1048576).toFixed(1)} MB, limit ${MAX_FILE_BYTES / 1048576} MB); not checked.`,
    );
  }
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) {
    throw new InputError(zh ? `${name}：是二进制文件，不是文本报告，未检查。` : `${name}: binary file, not a text report; not checked.`, true);
  }
  const detected = detectAndDecode(bytes);
  if (!detected) {
    throw new InputError(
      zh
        ? `${name}：不是有效的 UTF-8 文本，也不是 GB18030/GBK 编码的中文文本，未检查。`
        : `${name}: neither valid UTF-8 nor GB18030/GBK Chinese text; not checked.`,
    );
  }
  return detected;
}

function readBytes(file: string, locale: 'zh-CN' | 'en'): Buffer {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const zh = locale === 'zh-CN';
    if (code === 'ENOENT') throw new InputError(zh ? `${file}：文件不存在。` : `${file}: no such file.`);
    if (code === 'EISDIR') throw new InputError(zh ? `${file}：是目录。` : `${file}: is a directory.`);
    if (code === 'EACCES') throw new InputError(zh ? `${file}：没有读取权限。` : `${file}: permission denied.`);
    throw new InputError(`${file}: ${(error as Error).message}`);
  }
  return bytes;
}

/** Read a text report (UTF-8 or GB18030). */
export function readInputFile(file: string, locale: 'zh-CN' | 'en'): DecodedInput {
  const bytes = readBytes(file, locale);
  return { ...decodeInput(bytes, file, locale), hash: sha256(bytes) };
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Read a report: a text file, or the paragraphs of a Word (.docx) file one per line. */
export async function readInput(file: string, locale: 'zh-CN' | 'en'): Promise<DecodedInput> {
  if (!isDocxPath(file)) return readInputFile(file, locale);
  const bytes = readBytes(file, locale);
  const zh = locale === 'zh-CN';
  if (bytes.length > MAX_FILE_BYTES) {
    throw new InputError(zh ? `${file}：文件过大，超过 ${MAX_FILE_BYTES / 1048576} MB 上限，未检查。` : `${file}: file too large (limit ${MAX_FILE_BYTES / 1048576} MB); not checked.`);
  }
  try {
    const { text } = await readDocx(bytes);
    return { text, hadBom: false, encoding: 'utf-8', docx: true, hash: sha256(bytes) };
  } catch (error) {
    throw new InputError(
      zh
        ? `${file}：无法读取 Word 文件（${(error as Error).message}），未检查。只支持 .docx，旧版 .doc 请先另存为 .docx。`
        : `${file}: cannot read the Word file (${(error as Error).message}); not checked. Only .docx is supported: save a .doc as .docx first.`,
    );
  }
}
