import * as fs from 'node:fs';
import * as path from 'node:path';
import { LRUCache } from 'lru-cache';
import { compileDictionary } from './jieba/compile';
import { JiebaDictionary } from './jieba/dictionary';
import { JiebaSegmenter, SharedJiebaSegmenter, type UserWord } from './jieba/word-segmenter';
import type { Segmenter } from './types';

export { JiebaSegmenter } from './jieba/word-segmenter';

export type { Segmenter } from './types';

// This file is the Node side of the segmenter: it finds the compiled dictionary and the domain
// dictionary on disk. The segmenter itself (./jieba/) uses no Node built-ins.

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

/** Parse a jieba user dictionary: one `word [frequency] [tag]` per line, `#` comments. */
export function parseUserDictionary(text: string): UserWord[] {
  const out: UserWord[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) continue;
    const [word, freq, tag] = line.split(/\s+/);
    out.push({ word, freq: freq ? Number(freq) : undefined, tag });
  }
  return out;
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

let dictionaryBytes: Uint8Array | undefined;
let dictionary: JiebaDictionary | undefined;

/**
 * Use this buffer as the compiled dictionary (a batch worker gets the main thread's
 * SharedArrayBuffer, so the dictionary is in memory once for all threads).
 */
export function useDictionaryBuffer(buffer: ArrayBufferLike | Uint8Array): void {
  dictionaryBytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
  dictionary = undefined;
}

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

/**
 * The compiled dictionary, opened once per thread: views over dist/jieba.dict's bytes (or over the
 * buffer given to useDictionaryBuffer). From a source tree whose dist/ is missing or stale, it is
 * compiled from the packages (about 1 s).
 */
export function loadJiebaDictionary(): JiebaDictionary {
  if (dictionary) return dictionary;
  if (dictionaryBytes) return (dictionary = new JiebaDictionary(dictionaryBytes));
  const file = builtDictionaryFile();
  let problem = 'not found';
  if (file) {
    const bytes = readShared(file);
    try {
      dictionary = new JiebaDictionary(bytes);
      dictionaryBytes = bytes;
      return dictionary;
    } catch (error) {
      problem = (error as Error).message;
    }
  }
  const compiled = compileFromSources();
  if (!compiled)
    throw new Error(
      `fzlint: the word dictionary ${file ?? DICTIONARY_FILE} cannot be used (${problem}); reinstall fzlint, or run npm run build in a source tree`,
    );
  dictionaryBytes = compiled;
  return (dictionary = new JiebaDictionary(compiled));
}

/** The compiled dictionary's bytes, in a SharedArrayBuffer when read from the file (for worker threads). */
export function dictionaryBuffer(): Uint8Array {
  loadJiebaDictionary();
  return dictionaryBytes as Uint8Array;
}

let domainWords: UserWord[] | undefined;
const domain = () => (domainWords ??= loadDomainDictionary());

/** Segmenters by pack words, the least recently used evicted first; each has its own token cache. */
const MAX_SEGMENTERS = 4;
const segmenters = new LRUCache<string, JiebaSegmenter>({ max: MAX_SEGMENTERS });

/**
 * The segmenter for the domain dictionary plus a configuration's pack words. Segmenters are shared
 * by every lint with the same words and never changed afterwards: a pack's words affect only the
 * lints that use that pack.
 */
export function segmenterFor(packWords: readonly string[] = []): JiebaSegmenter {
  const key = packWords.join('\n');
  let seg = segmenters.get(key);
  if (!seg) {
    seg = new SharedJiebaSegmenter(loadJiebaDictionary, domain(), packWords);
    segmenters.set(key, seg);
  }
  return seg;
}

/** The segmenter with the domain dictionary and no pack words. */
export function defaultSegmenter(): JiebaSegmenter {
  return segmenterFor([]);
}

/**
 * A segmenter that needs no dictionary: runs of Han characters, of Latin letters and digits, of
 * blanks, and single other characters. Used when no enabled rule needs words, so that a run without
 * such rules does not pay for loading jieba.
 */
export class ScriptSegmenter implements Segmenter {
  segment(text: string): string[] {
    return text.match(/\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+|[\s\u00a0\u3000]+|[\s\S]/gu) ?? [];
  }

  addWords(): void {
    // Script runs do not use a dictionary.
  }
}

export const scriptSegmenter = new ScriptSegmenter();
