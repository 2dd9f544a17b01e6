import * as fs from 'node:fs';
import * as path from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { isWithin, REPORT_EXTENSIONS } from '../engine/paths';
import type { SkippedFile } from './skipped';

/** Folders a walk never enters. */
const SKIPPED_DIR_NAMES = new Set(['node_modules', '.git', 'dist']);

export interface WalkOptions {
  /** Enter symbolically linked folders (each real folder once, so a link loop ends). Default false. */
  followSymlinks?: boolean;
}

/**
 * The files under `dir` (not hidden ones, not in hidden folders), sorted. Linked folders are not
 * entered unless followSymlinks; linked files count only when they lead to a regular file. Only
 * regular files are returned: FIFOs, devices and sockets are never opened, and are returned in
 * `skipped` with the folders and files that cannot be read.
 */
export function walkFiles(dir: string, options: WalkOptions = {}): { files: string[]; skipped: SkippedFile[] } {
  const files: string[] = [];
  const skipped: SkippedFile[] = [];
  const visited = new Set<string>();
  const stack = [dir];
  const regular = (full: string) => {
    try {
      fs.accessSync(full, fs.constants.R_OK);
      files.push(full);
    } catch (error) {
      skipped.push({ filePath: full, reason: 'unreadable', detail: (error as NodeJS.ErrnoException).code });
    }
  };
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
      skipped.push({ filePath: current, reason: 'unreadable', detail: (error as NodeJS.ErrnoException).code ?? (error as Error).message });
      continue;
    }
    for (const e of entries) {
      // Hidden files and folders are not walked (configuration, version control).
      if (e.name.startsWith('.')) continue;
      const full = path.join(current, e.name);
      if (e.isDirectory()) {
        if (!SKIPPED_DIR_NAMES.has(e.name)) stack.push(full);
      } else if (e.isFile()) {
        regular(full);
      } else if (e.isSymbolicLink()) {
        let st: fs.Stats;
        try {
          st = fs.statSync(full);
        } catch {
          skipped.push({ filePath: full, reason: 'unreadable', detail: 'dangling link' });
          continue;
        }
        if (st.isDirectory()) {
          if (options.followSymlinks && !SKIPPED_DIR_NAMES.has(e.name)) stack.push(full);
        } else if (st.isFile()) regular(full);
        else skipped.push({ filePath: full, reason: 'not-regular' });
      } else {
        // A FIFO, device or socket: never opened.
        skipped.push({ filePath: full, reason: 'not-regular' });
      }
    }
  }
  files.sort();
  return { files, skipped };
}

/** .wps is not among them: a folder run lists it as skipped (no reader), a file named as such gets an error with advice. */
export { REPORT_EXTENSIONS };
/** Word's lock files (~$name.docx, ~$name.doc) are not documents. */
const WORD_LOCK = /(^|[\\/])~\$[^\\/]*$/;
const IGNORED_DIRS = ['**/node_modules/**', '**/.git/**', '**/dist/**'];

export interface Expanded {
  files: string[];
  /** Targets that matched nothing or cannot be checked, with the reason. */
  problems: { target: string; reason: 'missing' | 'no-files' | 'no-match' | 'not-regular' }[];
  /**
   * Files found by walking a folder or matching a glob (not named one by one): linted only when the
   * detector finds an official document in them (unless --all-files).
   */
  found: Set<string>;
  /** Files found that cannot be linted at all (another file type, a Word lock file, unreadable, not a regular file). */
  skipped: SkippedFile[];
  /**
   * For each file, where its path is checked for symbolic links (the working folder, or the parent
   * folder of a target outside it): --fix writes nothing reached through a link below it (safeToWrite).
   */
  roots: Map<string, string>;
}

/**
 * Turn CLI targets into files: a file is linted as given; a folder contributes every file under it
 * and a glob every file it matches — .txt/.md/.docx/.doc/.odt/.fodt/.pdf files to be checked for their kind, anything
 * else listed as skipped.
 */
/** The line that says why a target gave no file. */
export function targetProblemMessage(p: Expanded['problems'][number], locale: 'zh-CN' | 'en'): string {
  const zh = locale === 'zh-CN';
  if (p.reason === 'not-regular')
    return zh ? `${p.target}：不是普通文件（命名管道、设备或套接字），未读取。` : `${p.target}: not a regular file (a FIFO, device or socket); not read.`;
  if (p.reason === 'missing') return zh ? `${p.target}：文件或目录不存在。` : `${p.target}: no such file or directory.`;
  if (p.reason === 'no-files') return zh ? `${p.target}：目录中没有文件。` : `${p.target}: the folder holds no files.`;
  return zh ? `${p.target}：没有匹配的文件。` : `${p.target}: matched no files.`;
}

export function expandTargets(targets: string[], cwd: string, options: WalkOptions = {}): Expanded {
  const files: string[] = [];
  const fileSet = new Set<string>();
  const problems: Expanded['problems'] = [];
  const found = new Set<string>();
  const skipped: SkippedFile[] = [];
  const skippedPaths = new Set<string>();
  const roots = new Map<string, string>();
  let root = cwd;
  /** Links are checked from the working folder down, or from the target's parent folder when it lies outside. */
  const rootFor = (p: string) => (isWithin(cwd, p) ? cwd : path.dirname(p));
  const add = (f: string) => {
    if (!fileSet.has(f)) {
      fileSet.add(f);
      files.push(f);
      roots.set(f, root);
    }
  };
  const skip = (s: SkippedFile) => {
    if (skippedPaths.has(s.filePath) || fileSet.has(s.filePath)) return;
    skipped.push(s);
    skippedPaths.add(s.filePath);
  };
  const addFound = (matches: string[]) => {
    for (const f of matches.sort()) {
      if (fileSet.has(f) || skippedPaths.has(f)) continue;
      const reason = WORD_LOCK.test(f) ? 'word-lock' : !REPORT_EXTENSIONS.test(f) ? 'unsupported-type' : undefined;
      if (reason) {
        skip({ filePath: f, reason });
        continue;
      }
      found.add(f);
      add(f);
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
      found.delete(abs);
      add(abs);
    } else if (stat?.isDirectory()) {
      root = rootFor(abs);
      const walked = walkFiles(abs, options);
      if (walked.files.length === 0 && walked.skipped.length === 0) problems.push({ target, reason: 'no-files' });
      walked.skipped.forEach(skip);
      addFound(walked.files);
    } else if (isDynamicPattern(target)) {
      root = rootFor(globBase(target, cwd));
      const matches = globSync(target, { cwd, absolute: true, ignore: IGNORED_DIRS, onlyFiles: true, followSymbolicLinks: Boolean(options.followSymlinks) });
      if (matches.length === 0) problems.push({ target, reason: 'no-match' });
      addFound(matches);
    } else if (stat) {
      problems.push({ target, reason: 'not-regular' });
    } else {
      problems.push({ target, reason: 'missing' });
    }
  }
  return { files, problems, found, skipped, roots };
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
