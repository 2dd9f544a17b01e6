import * as fs from 'node:fs';
import * as path from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { isTitleText } from '../engine/document/metadata';
import { isWithin } from '../engine/paths';
import { detectAndDecode } from './inputs/encoding';

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

/** A .txt or .md file found by walking a directory is a report when a report title opens it. */
export function looksLikeReport(file: string): boolean {
  let head: string;
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const buf = Buffer.alloc(16384);
      const n = fs.readSync(fd, buf, 0, buf.length, 0);
      head = decodeHead(buf.subarray(0, n), n === buf.length);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return false;
  }
  return head
    .split(/\r?\n|\r/)
    .slice(0, 40)
    .some((line) => isTitleText(line.replace(/^[\s\u00a0\u3000\ufeff#]+|[\s\u00a0\u3000]+$/g, '')));
}

export interface Expanded {
  files: string[];
  /** Targets that matched nothing, with the reason. */
  problems: { target: string; reason: 'missing' | 'no-reports' | 'no-match' }[];
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
export function expandTargets(targets: string[], cwd: string): Expanded {
  const files: string[] = [];
  const problems: Expanded['problems'] = [];
  const unverified = new Set<string>();
  const roots = new Map<string, string>();
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
      const found = globSync('**/*.{txt,md,markdown,docx}', { cwd: abs, absolute: true, ignore: IGNORED_DIRS })
        .sort()
        .filter((f) => !WORD_LOCK.test(f))
        .filter((f) => (/\.docx$/i.test(f) ? unverified.add(f) : looksLikeReport(f)));
      if (found.length === 0) problems.push({ target, reason: 'no-reports' });
      found.forEach(add);
    } else if (isDynamicPattern(target)) {
      root = rootFor(globBase(target, cwd));
      const found = globSync(target, { cwd, absolute: true, ignore: IGNORED_DIRS })
        .filter((f) => REPORT_EXTENSIONS.test(f) && !WORD_LOCK.test(f))
        .sort();
      if (found.length === 0) problems.push({ target, reason: 'no-match' });
      found.forEach(add);
    } else {
      problems.push({ target, reason: 'missing' });
    }
  }
  return { files, problems, unverified, roots };
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
