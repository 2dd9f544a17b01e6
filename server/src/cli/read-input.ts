import { FileAccessError, fileProblemMessage, readRegularFile, type FileStamp, type ReadFile } from '../engine/io/safe-file';
import { DocumentProblem, documentFormat, isWpsPath, readDocument, type DocumentFormat } from './inputs/document';
import type { PdfSegment } from './inputs/pdf-layout';
import { decodeText, looksLikeUtf16, type TextEncoding } from './inputs/encoding';

/** Files larger than this are refused with a clear message rather than checked slowly or partly. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export interface DecodedInput {
  text: string;
  hadBom: boolean;
  /** The file's text encoding; --fix writes back in it. */
  encoding: TextEncoding;
  /** Text extracted from a document (.docx, .doc, .odt, .pdf): read-only, --fix refuses it. */
  document?: DocumentFormat;
  /** PDF only: for each line of the text, the page and line on the page its pieces come from. */
  pdf?: PdfSegment[][];
  /** SHA-256 of the file's bytes (files only), for --cache. */
  hash?: string;
  /** What the file was when read (files only): --fix writes only while it is unchanged. */
  stamp?: FileStamp;
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
 * characters and not mostly UTF-8; refuse binary data, UTF-16 and anything else with one clear message.
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
  if (looksLikeUtf16(bytes)) {
    throw new InputError(zh ? `${name}：不支持 UTF-16 编码，请另存为 UTF-8 后再检查。` : `${name}: UTF-16 is not supported, save as UTF-8.`);
  }
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) {
    throw new InputError(zh ? `${name}：是二进制文件，不是文本报告，未检查。` : `${name}: binary file, not a text report; not checked.`, true);
  }
  const detected = decodeText(bytes);
  if ('text' in detected) return detected;
  if (detected.reason === 'stray-bytes') {
    throw new InputError(
      zh
        ? `${name}：是 UTF-8 文本，但第 ${detected.offset} 字节（0x${hex(bytes[detected.offset])}）起不是有效的 UTF-8，文件可能已损坏；未检查。请修正该处后再检查。`
        : `${name}: UTF-8 text with an invalid byte at offset ${detected.offset} (0x${hex(bytes[detected.offset])}); the file may be damaged. Not checked: correct that spot first.`,
    );
  }
  if (detected.reason === 'gb18030-roundtrip') {
    throw new InputError(
      zh
        ? `${name}：按 GB18030 解码时第 ${detected.offset} 字节（0x${hex(bytes[detected.offset])}）不是标准的 GB18030 字符，写回时会被改变；未检查。请另存为 UTF-8。`
        : `${name}: the byte at offset ${detected.offset} (0x${hex(bytes[detected.offset])}) is not standard GB18030 and would not be written back unchanged; not checked. Save the file as UTF-8.`,
    );
  }
  throw new InputError(
    zh
      ? `${name}：不是有效的 UTF-8 文本，也不是 GB18030/GBK 编码的中文文本，未检查。`
      : `${name}: neither valid UTF-8 nor GB18030/GBK Chinese text; not checked.`,
  );
}

function hex(b: number | undefined): string {
  return (b ?? 0).toString(16).toUpperCase().padStart(2, '0');
}

/** Read a file through the safe layer: regular files only, size checked before reading. */
export function readFileBytes(file: string, locale: 'zh-CN' | 'en'): ReadFile {
  try {
    return readRegularFile(file, MAX_FILE_BYTES);
  } catch (error) {
    if (error instanceof FileAccessError) throw new InputError(fileProblemMessage(error, locale));
    throw error;
  }
}

/** Read a text report (UTF-8 or GB18030). */
export function readInputFile(file: string, locale: 'zh-CN' | 'en'): DecodedInput {
  const { bytes, stamp } = readFileBytes(file, locale);
  return { ...decodeInput(bytes, file, locale), hash: stamp.hash, stamp };
}

/** Read a report: a text file, or the paragraphs of a document (.docx, .doc, .odt, .pdf) one per line. */
export async function readInput(file: string, locale: 'zh-CN' | 'en'): Promise<DecodedInput> {
  const zh = locale === 'zh-CN';
  if (isWpsPath(file)) {
    throw new InputError(
      zh
        ? `${file}：不支持 WPS 文字的 .wps 格式（没有可靠的读取程序），未检查。请在 WPS 中另存为 .docx 后再检查。`
        : `${file}: the WPS Writer .wps format is not supported (no reliable reader exists); not checked. Save it as .docx in WPS first.`,
    );
  }
  const format = documentFormat(file);
  if (!format) return readInputFile(file, locale);
  const { bytes, stamp } = readFileBytes(file, locale);
  try {
    const { text, pdf } = await readDocument(file, bytes, format, locale);
    return { text, hadBom: false, encoding: 'utf-8', document: format, ...(pdf ? { pdf } : {}), hash: stamp.hash, stamp };
  } catch (error) {
    if (error instanceof DocumentProblem) throw new InputError(error.message);
    throw error;
  }
}
