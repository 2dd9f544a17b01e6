/**
 * Why a file cannot be read or written, and the one line that tells the user (safe-file.ts reads and
 * writes; this part has no Node import, so that a browser bundle shares the config resolver's messages).
 */
export type FileProblem = 'missing' | 'directory' | 'not-regular' | 'too-large' | 'permission' | 'symlink' | 'read-only' | 'changed' | 'io';

/** A file that cannot be read or written, with the reason. */
export class FileAccessError extends Error {
  constructor(
    readonly kind: FileProblem,
    readonly file: string,
    readonly detail: string = '',
    /** For 'too-large': the file's size in bytes. */
    readonly size?: number,
    readonly limit?: number,
  ) {
    super(`${file}: ${kind}${detail ? ` (${detail})` : ''}`);
  }
}

/** One line naming the file and the problem, in the user's language. */
export function fileProblemMessage(error: FileAccessError, locale: 'zh-CN' | 'en', action: 'read' | 'write' = 'read'): string {
  const zh = locale === 'zh-CN';
  const f = error.file;
  const mb = (n: number) => (n / 1048576).toFixed(1);
  switch (error.kind) {
    case 'missing':
      return zh ? `${f}：文件不存在。` : `${f}: no such file.`;
    case 'directory':
      return zh ? `${f}：是目录。` : `${f}: is a directory.`;
    case 'not-regular':
      return zh
        ? `${f}：不是普通文件（命名管道、设备或套接字），未${action === 'read' ? '读取' : '写入'}。`
        : `${f}: not a regular file (a FIFO, device or socket); not ${action === 'read' ? 'read' : 'written'}.`;
    case 'too-large':
      return zh
        ? `${f}：文件过大（${mb(error.size ?? 0)} MB），超过 ${mb(error.limit ?? 0)} MB 上限，未检查。`
        : `${f}: file too large (${mb(error.size ?? 0)} MB, limit ${mb(error.limit ?? 0)} MB); not checked.`;
    case 'permission':
      return zh ? `${f}：没有${action === 'read' ? '读取' : '写入'}权限。` : `${f}: permission denied (${action}).`;
    case 'symlink':
      return zh ? `${f}：是符号链接，fzlint 不通过符号链接写入，未写入。` : `${f}: a symbolic link; fzlint never writes through symbolic links. Not written.`;
    case 'read-only':
      return zh
        ? `${f}：文件只读（或位于只读文件系统），未写入。确需修改请先解除只读，或加 --fix-read-only。`
        : `${f}: the file is read-only (or on a read-only file system); not written. Make it writable first, or add --fix-read-only.`;
    case 'changed':
      return zh
        ? `${f}：检查期间文件已被修改，未写入（以免覆盖新的修改）；请重新运行。`
        : `${f}: the file changed while it was checked; not written (so no edit is lost). Run again.`;
    default:
      return zh ? `${f}：${action === 'read' ? '读取' : '写入'}失败（${error.detail}）。` : `${f}: cannot ${action} (${error.detail}).`;
  }
}
