import * as fs from 'node:fs';
import * as path from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { isTitleText } from '../engine/document/metadata';
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
}

/**
 * Turn CLI targets into files: a file is linted as given; a directory contributes the .txt/.md files
 * under it that are reports; a glob contributes every .txt/.md file it matches.
 */
export function expandTargets(targets: string[], cwd: string): Expanded {
  const files: string[] = [];
  const problems: Expanded['problems'] = [];
  const unverified = new Set<string>();
  const add = (f: string) => {
    if (!files.includes(f)) files.push(f);
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
      add(abs);
    } else if (stat?.isDirectory()) {
      const found = globSync('**/*.{txt,md,markdown,docx}', { cwd: abs, absolute: true, ignore: IGNORED_DIRS })
        .sort()
        .filter((f) => !WORD_LOCK.test(f))
        .filter((f) => (/\.docx$/i.test(f) ? unverified.add(f) : looksLikeReport(f)));
      if (found.length === 0) problems.push({ target, reason: 'no-reports' });
      found.forEach(add);
    } else if (isDynamicPattern(target)) {
      const found = globSync(target, { cwd, absolute: true, ignore: IGNORED_DIRS })
        .filter((f) => REPORT_EXTENSIONS.test(f) && !WORD_LOCK.test(f))
        .sort();
      if (found.length === 0) problems.push({ target, reason: 'no-match' });
      found.forEach(add);
    } else {
      problems.push({ target, reason: 'missing' });
    }
  }
  return { files, problems, unverified };
}
