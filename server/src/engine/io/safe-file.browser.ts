/**
 * safe-file.ts in a browser bundle: there is no file system to read or write. The shared modules
 * that name a reader here (the project API's problem reports) get a FileAccessError, which they
 * already handle; the web worker server reads through the workspace API instead (lsp/web-configs.ts).
 */
import { FileAccessError } from './file-problem';
import type { ReadFile } from './safe-file';

export { FileAccessError, fileProblemMessage, type FileProblem } from './file-problem';

export function readRegularFile(file: string, _maxBytes: number): ReadFile {
  throw new FileAccessError('io', file, 'no file system in a browser');
}

export function readRegularFileIfExists(_file: string, _maxBytes: number): ReadFile | undefined {
  return undefined;
}
