/**
 * Where the segmenter's dictionaries come from in Node: the compiled word dictionary (dist/jieba.dict,
 * written by scripts/build.mjs) and the domain dictionary (rules/dict/*.txt), found on disk from the
 * running file. The browser build replaces this module with dictionary-files.browser.ts (embedded data).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { compileDictionary } from './jieba/compile';
import type { UserWord } from './jieba/word-segmenter';
import { parseUserDictionary } from './user-dictionary';

/** Walk up from `start` to the first directory for which `test` holds. */
function findUp(start: string, test: (dir: string) => boolean, levels = 6): string | undefined {
  let dir = start;
  for (let i = 0; i < levels; i++) {
    if (test(dir)) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}

/** Find `rules/dict` from the running file: the source tree, the bundle in dist/, or the VSIX. */
export function findRulesDir(start: string = __dirname): string | undefined {
  const dir = findUp(start, (d) => fs.existsSync(path.join(d, 'rules', 'dict')));
  return dir && path.join(dir, 'rules');
}

/** The domain words shipped in `rules/dict/*.txt`. */
export function loadDomainDictionary(rulesDir = findRulesDir()): UserWord[] {
  if (!rulesDir) return [];
  const dictDir = path.join(rulesDir, 'dict');
  const files = fs
    .readdirSync(dictDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  return files.flatMap((f) => parseUserDictionary(fs.readFileSync(path.join(dictDir, f), 'utf8')));
}

/** The compiled dictionary's file name, next to the bundles in dist/ (scripts/build.mjs writes it). */
export const DICTIONARY_FILE = 'jieba.dict';

/** Read a file into a SharedArrayBuffer (so that worker threads can use the same memory). */
function readShared(file: string): Uint8Array {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const bytes = new Uint8Array(new SharedArrayBuffer(size));
    let at = 0;
    while (at < size) {
      const n = fs.readSync(fd, bytes, at, size - at, at);
      if (n === 0) throw new Error(`${file}: ended after ${at} of ${size} bytes`);
      at += n;
    }
    return bytes;
  } finally {
    fs.closeSync(fd);
  }
}

/** dist/jieba.dict: next to the running bundle, or found upwards from the source tree. */
function builtDictionaryFile(): string | undefined {
  const beside = path.join(__dirname, DICTIONARY_FILE);
  if (fs.existsSync(beside)) return beside;
  const root = findUp(__dirname, (d) => fs.existsSync(path.join(d, 'dist', DICTIONARY_FILE)));
  return root && path.join(root, 'dist', DICTIONARY_FILE);
}

/** Compile the dictionary from @node-rs/jieba's dict.txt and vendor/jieba/hmm_model.utf8 (a source tree only). */
export function compileFromSources(): Uint8Array | undefined {
  const root = findUp(__dirname, (d) => fs.existsSync(path.join(d, 'vendor', 'jieba', 'hmm_model.utf8')));
  const dictText = root && path.join(root, 'node_modules', '@node-rs', 'jieba', 'dict.txt');
  if (!root || !dictText || !fs.existsSync(dictText)) return undefined;
  return compileDictionary(fs.readFileSync(dictText, 'utf8'), fs.readFileSync(path.join(root, 'vendor', 'jieba', 'hmm_model.utf8'), 'utf8'));
}

/** The compiled dictionary's file and bytes (in a SharedArrayBuffer, for worker threads), if it is there. */
export function builtDictionary(): { file: string; bytes: Uint8Array } | undefined {
  const file = builtDictionaryFile();
  return file ? { file, bytes: readShared(file) } : undefined;
}
