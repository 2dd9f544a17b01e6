import * as fs from 'node:fs';
import * as path from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { isTitleText } from '../engine/document/metadata';
import { isWithin } from '../engine/paths';
import { detectAndDecode } from './inputs/encoding';

/** Folders a walk never enters. */
const SKIPPED_DIR_NAMES = new Set(['node_modules', '.git', 'dist']);
const WALKED_FILE = /\.(txt|md|markdown|docx)$/i;

export interface WalkOptions {
  /** Enter symbolically linked folders (each real folder once, so a link loop ends). Default false. */
  followSymlinks?: boolean;
}

/**
 * The .txt/.md/.markdown/.docx files under `dir` (not hidden ones, not in hidden folders), sorted. Linked folders are not entered unless
 * followSymlinks; linked files count only when they lead to a regular file. Only regular files are
 * returned: FIFOs, devices and sockets are never listed (so never opened). Folders that cannot be
 * read are returned in `skipped`.
 */
export function walkReports(dir: string, options: WalkOptions = {}): { files: string[]; skipped: { file: string; reason: string }[] } {
  const files: string[] = [];
  const skipped: { file: string; reason: string }[] = [];
  const visited = new Set<string>();
  const stack = [dir];
  while (stack.length) {
    const current = stack.pop()!;
    if (options.followSymlinks) {
      let real: string;
      try {
        real = fs.realpathSync(current);
      } catch {
        continue;
      }
      if (visited.has(real)) continue; // a link loop, or a folder reached twice
      visited.add(real);
    }
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(current, { withFileTypes: true });
    } catch (error) {
      skipped.push({ file: current, reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message });
      continue;
    }
    for (const e of entries) {
      // Hidden files and folders are not walked (as before, when the walk was a glob without dot).
      if (e.name.startsWith('.')) continue;
      const full = path.join(current, e.name);
      if (e.isDirectory()) {
        if (!SKIPPED_DIR_NAMES.has(e.name)) stack.push(full);
      } else if (e.isFile()) {
        if (WALKED_FILE.test(e.name)) files.push(full);
      } else if (e.isSymbolicLink()) {
        let st: fs.Stats;
        try {
          st = fs.statSync(full);
        } catch {
          continue; // a dangling link
        }
        if (st.isDirectory()) {
          if (options.followSymlinks && !SKIPPED_DIR_NAMES.has(e.name)) stack.push(full);
        } else if (WALKED_FILE.test(e.name)) {
          if (st.isFile()) files.push(full);
          else skipped.push({ file: full, reason: 'not a regular file' });
        }
      } else if (WALKED_FILE.test(e.name)) {
        // A FIFO, device or socket named like a report: never opened.
        skipped.push({ file: full, reason: 'not a regular file' });
      }
    }
  }
  files.sort();
  return { files, skipped };
}

const REPORT_EXTENSIONS = /\.(txt|md|markdown|docx)$/i;
/** Word's lock files (~$name.docx) are not documents. */
const WORD_LOCK = /(^|[\\/])~\$[^\\/]*$/;
const IGNORED_DIRS = ['**/node_modules/**', '**/.git/**', '**/dist/**'];

/** Decode the first bytes of a file (UTF-8 or GB18030); a multi-byte character may be cut at the end. */
function decodeHead(bytes: Buffer, truncated: boolean): string {
  for (let cut = 0; cut <= (truncated ? 3 : 0); cut++) {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, bytes.length - cut));
    } catch {
      // try a shorter prefix, then GB18030
    }
  }
  for (let cut = 0; cut <= (truncated ? 3 : 0); cut++) {
    const d = detectAndDecode(bytes.subarray(0, bytes.length - cut));
    if (d) return d.text;
  }
  return bytes.toString('utf8');
}

/**
 * A .txt or .md file found by walking a directory is a report when a report title opens it;
 * 'unreadable' when it cannot be opened (no permission…) or is not a regular file.
 */
export function looksLikeReport(file: string): boolean | 'unreadable' {
  let head: string;
  try {
    const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    try {
      if (!fs.fstatSync(fd).isFile()) return 'unreadable';
      const buf = Buffer.alloc(16384);
      const n = fs.readSync(fd, buf, 0, buf.length, 0);
      head = decodeHead(buf.subarray(0, n), n === buf.length);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return 'unreadable';
  }
  return head
    .split(/\r?\n|\r/)
    .slice(0, 40)
    .some((line) => isTitleText(line.replace(/^[\s\u00a0\u3000\ufeff#]+|[\s\u00a0\u3000]+$/g, '')));
}

export interface Expanded {
  files: string[];
  /** Targets that matched nothing or cannot be checked, with the reason. */
  problems: { target: string; reason: 'missing' | 'no-reports' | 'no-match' | 'not-regular' }[];
  /** Files and folders a folder walk could not read, with the reason (errno code). */
  skipped: { file: string; reason: string }[];
  /** Word files found in a directory: checked only if a report title opens their text. */
  unverified: Set<string>;
  /**
   * For each file, where its path is checked for symbolic links (the working folder, or the parent
   * folder of a target outside it): --fix writes nothing reached through a link below it (safeToWrite).
   */
  roots: Map<string, string>;
}

/**
 * Turn CLI targets into files: a file is linted as given; a directory contributes the .txt/.md files
 * under it that are reports; a glob contributes every .txt/.md file it matches.
 */
export function expandTargets(targets: string[], cwd: string, options: WalkOptions = {}): Expanded {
  const files: string[] = [];
  const problems: Expanded['problems'] = [];
  const unverified = new Set<string>();
  const roots = new Map<string, string>();
  const skipped: Expanded['skipped'] = [];
  let root = cwd;
  /** Links are checked from the working folder down, or from the target's parent folder when it lies outside. */
  const rootFor = (p: string) => (isWithin(cwd, p) ? cwd : path.dirname(p));
  const add = (f: string) => {
    if (!files.includes(f)) {
      files.push(f);
      roots.set(f, root);
    }
  };
  for (const target of targets) {
    const abs = path.resolve(cwd, target);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(abs);
    } catch {
      stat = undefined;
    }
    if (stat?.isFile()) {
      root = rootFor(abs);
      add(abs);
    } else if (stat?.isDirectory()) {
      root = rootFor(abs);
      const walked = walkReports(abs, options);
      skipped.push(...walked.skipped);
      const found = walked.files
        .filter((f) => !WORD_LOCK.test(f))
        .filter((f) => {
          if (/\.docx$/i.test(f)) return unverified.add(f);
          const head = looksLikeReport(f);
          if (head === 'unreadable') skipped.push({ file: f, reason: unreadableReason(f) });
          return head === true;
        });
      if (found.length === 0) problems.push({ target, reason: 'no-reports' });
      found.forEach(add);
    } else if (isDynamicPattern(target)) {
      root = rootFor(globBase(target, cwd));
      const found = globSync(target, { cwd, absolute: true, ignore: IGNORED_DIRS, followSymbolicLinks: Boolean(options.followSymlinks) })
        .filter((f) => REPORT_EXTENSIONS.test(f) && !WORD_LOCK.test(f))
        .sort();
      if (found.length === 0) problems.push({ target, reason: 'no-match' });
      found.forEach(add);
    } else if (stat) {
      problems.push({ target, reason: 'not-regular' });
    } else {
      problems.push({ target, reason: 'missing' });
    }
  }
  return { files, problems, unverified, roots, skipped };
}

function unreadableReason(file: string): string {
  try {
    fs.accessSync(file, fs.constants.R_OK);
    return fs.statSync(file).isFile() ? 'EIO' : 'not a regular file';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? 'unreadable';
  }
}

/** The fixed folder a glob starts from: its segments before the first one with a wildcard. */
function globBase(pattern: string, cwd: string): string {
  const segments = pattern.split(/[\\/]/);
  const fixed: string[] = [];
  for (const s of segments.slice(0, -1)) {
    if (isDynamicPattern(s)) break;
    fixed.push(s);
  }
  return path.resolve(cwd, fixed.join('/') || '.');
}

/**
 * --fix writes a file only when neither the file nor any folder between `root` (the working folder,
 * or the parent of a target outside it) and the file is a symbolic link: a link in a linted folder
 * never leads a write outside it, and no file is written through a link. False also when the file
 * cannot be checked.
 */
export function safeToWrite(file: string, root: string): boolean {
  try {
    // The real path must be the path itself: a link anywhere from `root` down (the file included) changes it.
    if (!isWithin(root, file)) return false;
    return fs.realpathSync(file) === path.join(fs.realpathSync(root), path.relative(root, file));
  } catch {
    return false;
  }
}
