import * as fs from 'node:fs';

/** Files larger than this are refused with a clear message rather than checked slowly or partly. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export interface DecodedInput {
  text: string;
  hadBom: boolean;
}

export class InputError extends Error {}

/** Decode UTF-8 strictly; refuse binary data and invalid UTF-8 with one clear message. */
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
    throw new InputError(zh ? `${name}：是二进制文件，不是文本报告，未检查。` : `${name}: binary file, not a text report; not checked.`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new InputError(
      zh
        ? `${name}：不是有效的 UTF-8 文本（可能是 GBK/GB18030 编码，请先转存为 UTF-8），未检查。`
        : `${name}: not valid UTF-8 (perhaps GBK/GB18030: save it as UTF-8 first); not checked.`,
    );
  }
  const hadBom = text.charCodeAt(0) === 0xfeff;
  return { text: hadBom ? text.slice(1) : text, hadBom };
}

export function readInputFile(file: string, locale: 'zh-CN' | 'en'): DecodedInput {
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
  return decodeInput(bytes, file, locale);
}
