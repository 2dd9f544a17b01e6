/**
 * The one file layer for every read and write fzlint does (reports, configs, packs, ignore files,
 * the cache, output files, --fix):
 *
 * - reads open without blocking and check with fstat before reading: only regular files are read
 *   (a FIFO, device or socket is refused, never waited on), and the size is checked before a byte is
 *   read, so a huge file costs nothing and /dev/zero cannot grow memory;
 * - writes never follow a symbolic link: the new bytes go to a temporary file in the same folder,
 *   then replace the target by rename — after checking that the target is still the file that was
 *   read (size, mtime, content hash) and is not marked read-only.
 */
import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

export { FileAccessError, fileProblemMessage, type FileProblem } from './file-problem';
import { FileAccessError, type FileProblem } from './file-problem';

export interface ReadFile {
  bytes: Buffer;
  /** What the file was when read: a write checks the target still matches it. */
  stamp: FileStamp;
}

export interface FileStamp {
  size: number;
  mtimeMs: number;
  hash: string;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function errnoKind(error: unknown): FileProblem {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'missing';
    case 'EISDIR':
      return 'directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission';
    case 'ELOOP':
      return 'symlink';
    case 'EROFS':
      return 'read-only';
    default:
      return 'io';
  }
}

function wrap(error: unknown, file: string): FileAccessError {
  if (error instanceof FileAccessError) return error;
  const kind = errnoKind(error);
  return new FileAccessError(kind, file, kind === 'io' ? (error as Error).message : ((error as NodeJS.ErrnoException).code ?? ''));
}

const O_NONBLOCK = fs.constants.O_NONBLOCK ?? 0;
const O_NOFOLLOW = fs.constants.O_NOFOLLOW ?? 0;

/**
 * Read a regular file of at most `maxBytes` bytes. Throws FileAccessError (missing, directory,
 * not-regular, too-large, permission, io); never blocks on a FIFO or reads a device.
 */
export function readRegularFile(file: string, maxBytes: number): ReadFile {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
    fd = fs.openSync(file, fs.constants.O_RDONLY | O_NONBLOCK);
  } catch (error) {
    throw wrap(error, file);
  }
  try {
    const st = fs.fstatSync(fd);
    if (st.isDirectory()) throw new FileAccessError('directory', file);
    if (!st.isFile()) throw new FileAccessError('not-regular', file);
    if (st.size > maxBytes) throw new FileAccessError('too-large', file, '', st.size, maxBytes);
    // Read what fstat promised, plus one byte to see whether the file grew meanwhile.
    const buf = Buffer.allocUnsafe(st.size + 1);
    let n = 0;
    for (;;) {
      const got = fs.readSync(fd, buf, n, buf.length - n, n);
      if (got === 0) break;
      n += got;
      if (n === buf.length) throw new FileAccessError('too-large', file, 'grew while read', n, maxBytes);
    }
    const bytes = buf.subarray(0, n);
    return { bytes, stamp: { size: n, mtimeMs: st.mtimeMs, hash: sha256(bytes) } };
  } catch (error) {
    throw wrap(error, file);
  } finally {
    fs.closeSync(fd);
  }
}

/** As readRegularFile, but undefined for a file that does not exist or is a directory. */
export function readRegularFileIfExists(file: string, maxBytes: number): ReadFile | undefined {
  try {
    return readRegularFile(file, maxBytes);
  } catch (error) {
    if (error instanceof FileAccessError && (error.kind === 'missing' || error.kind === 'directory')) return undefined;
    throw error;
  }
}

export interface WriteOptions {
  /** The target must still be this file (as read): otherwise 'changed' and nothing is written. */
  expect?: FileStamp;
  /** Replace a file marked read-only (no write permission bits). Default: refuse. */
  allowReadOnly?: boolean;
  /** Permission bits of a new file (default 0o666, less the umask); an existing file keeps its own. */
  mode?: number;
}

/**
 * Write `data` to `file` atomically and never through a symbolic link: a temporary file in the same
 * folder, flushed, then renamed over the target. Throws FileAccessError: symlink, not-regular,
 * read-only, changed (the file is not the one read), permission, io (disk full, read-only file
 * system…); in every case the target is left as it was and no temporary file stays behind.
 */
export function writeFileSafely(file: string, data: string | Uint8Array, options: WriteOptions = {}): void {
  const before = targetState(file, options);
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.fzlint-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  const mode = before ? before.mode & 0o7777 : (options.mode ?? 0o666);
  let fd: number | undefined;
  try {
    // wx (O_EXCL) never opens an existing file or link; O_NOFOLLOW says the same for the last part.
    fd = fs.openSync(temp, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | O_NOFOLLOW, mode);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let done = 0;
    while (done < bytes.length) done += fs.writeSync(fd, bytes, done, bytes.length - done);
    if (before) {
      try {
        fs.fchmodSync(fd, mode);
      } catch {
        // the umask already applied a near mode
      }
    }
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    // The target may have changed while the temporary file was written: look once more.
    const now = lstatOrUndefined(file);
    if (before && (!now || now.ino !== before.ino || now.size !== before.size || now.mtimeMs !== before.mtimeMs)) {
      throw new FileAccessError('changed', file);
    }
    if (!before && now) throw new FileAccessError(now.isSymbolicLink() ? 'symlink' : 'changed', file);
    fs.renameSync(temp, file);
  } catch (error) {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        // already closed
      }
    }
    try {
      fs.unlinkSync(temp);
    } catch {
      // not created, or already renamed
    }
    throw wrap(error, file);
  }
}

function lstatOrUndefined(file: string): fs.Stats | undefined {
  try {
    return fs.lstatSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw wrap(error, file);
  }
}

/** The target's lstat, after the checks a write needs; undefined when it does not exist yet. */
function targetState(file: string, options: WriteOptions): fs.Stats | undefined {
  const st = lstatOrUndefined(file);
  if (!st) {
    if (options.expect) throw new FileAccessError('changed', file, 'deleted');
    return undefined;
  }
  if (st.isSymbolicLink()) throw new FileAccessError('symlink', file);
  if (!st.isFile()) throw new FileAccessError('not-regular', file);
  if (!options.allowReadOnly) {
    if ((st.mode & 0o222) === 0) throw new FileAccessError('read-only', file);
    try {
      fs.accessSync(file, fs.constants.W_OK);
    } catch (error) {
      throw wrap(error, file);
    }
  }
  const expect = options.expect;
  if (expect) {
    if (st.size !== expect.size || st.mtimeMs !== expect.mtimeMs) throw new FileAccessError('changed', file);
    const again = readRegularFile(file, Math.max(expect.size, 1));
    if (again.stamp.hash !== expect.hash) throw new FileAccessError('changed', file);
  }
  return st;
}
