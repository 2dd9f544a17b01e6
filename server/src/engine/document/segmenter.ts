import * as fs from 'node:fs';
import * as path from 'node:path';

/** Splits Chinese text into words. The words, concatenated, give back the input exactly. */
export interface Segmenter {
  segment(text: string): string[];
  /** Add words (from rule packs or the domain dictionary) so that they stay one token. */
  addWords(words: readonly string[]): void;
}

interface JiebaModule {
  cut(text: string, hmm?: boolean | null): string[];
  add_word(word: string, freq?: number | null, tag?: string | null): number;
}

/** Find `rules/dict` from the running file: the source tree, the bundle in dist/, or the VSIX. */
export function findRulesDir(start: string = __dirname): string | undefined {
  let dir = start;
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'rules');
    if (fs.existsSync(path.join(candidate, 'dict'))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}

/** Parse a jieba user dictionary: one `word [frequency] [tag]` per line, `#` comments. */
export function parseUserDictionary(text: string): { word: string; freq?: number; tag?: string }[] {
  const out: { word: string; freq?: number; tag?: string }[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) continue;
    const [word, freq, tag] = line.split(/\s+/);
    out.push({ word, freq: freq ? Number(freq) : undefined, tag });
  }
  return out;
}

/** The domain words shipped in `rules/dict/*.txt`. */
export function loadDomainDictionary(rulesDir = findRulesDir()): { word: string; freq?: number; tag?: string }[] {
  if (!rulesDir) return [];
  const dictDir = path.join(rulesDir, 'dict');
  const files = fs.readdirSync(dictDir).filter((f) => f.endsWith('.txt')).sort();
  return files.flatMap((f) => parseUserDictionary(fs.readFileSync(path.join(dictDir, f), 'utf8')));
}

/**
 * A copy of `text` that shares no memory with the string it was sliced from (JSON round trip: V8
 * builds a new flat string; lone surrogates survive as escapes).
 */
function detachedCopy(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

/**
 * jieba (via jieba-wasm) with the domain dictionary. The WebAssembly module and its dictionary load
 * on first use (about 0.4 s), so a process that never needs tokens never pays for them.
 */
export class JiebaSegmenter implements Segmenter {
  private jieba: JiebaModule | undefined;
  private readonly pending: { word: string; freq?: number; tag?: string }[] = [];
  /**
   * Words per sentence text, least recently used first. Bounded by the characters of its keys (about
   * 40 bytes of heap per character with the token strings), not by entries: the language server lints
   * every keystroke, and each edit adds the edited sentence once.
   */
  private readonly cache = new Map<string, { key: string; words: string[] }>();
  private cachedChars = 0;
  static readonly CACHE_CHARS = 128 * 1024;

  constructor(words: { word: string; freq?: number; tag?: string }[] = loadDomainDictionary()) {
    this.pending.push(...words);
  }

  private load(): JiebaModule {
    if (!this.jieba) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      this.jieba = require('jieba-wasm') as JiebaModule;
      for (const w of this.pending) this.jieba.add_word(w.word, w.freq ?? null, w.tag ?? null);
      this.pending.length = 0;
    }
    return this.jieba;
  }

  private readonly added = new Set<string>();

  addWords(words: readonly string[]): void {
    const fresh = words.filter((w) => w !== '' && !this.added.has(w));
    if (fresh.length === 0) return;
    for (const w of fresh) this.added.add(w);
    if (this.jieba) for (const w of fresh) this.jieba.add_word(w, null, null);
    else for (const word of fresh) this.pending.push({ word }); // no spread: a pack may give 100,000+ words
    this.clearCache();
  }

  segment(text: string): string[] {
    if (text === '') return [];
    const hit = this.cache.get(text);
    if (hit) {
      // Most recently used goes last; re-insert under the stored key, never under `text` (see below).
      this.cache.delete(text);
      this.cache.set(hit.key, hit);
      return hit.words;
    }
    const words = this.load().cut(text, true);
    if (text.length <= JiebaSegmenter.CACHE_CHARS / 8) {
      // `text` is usually a slice of the whole document's prose, and V8 keeps the parent string alive
      // for as long as the slice lives: a cached slice held a full copy of the document per edit (the
      // language server grew ~12 KB per keystroke on the reference report). Cache a detached copy.
      const key = detachedCopy(text);
      this.cache.set(key, { key, words });
      this.cachedChars += key.length;
      for (const [oldest] of this.cache) {
        if (this.cachedChars <= JiebaSegmenter.CACHE_CHARS) break;
        this.cache.delete(oldest);
        this.cachedChars -= oldest.length;
      }
    }
    return words;
  }

  clearCache(): void {
    this.cache.clear();
    this.cachedChars = 0;
  }

  /** Entries and key characters in the word cache (for memory tests). */
  cacheStats(): { entries: number; chars: number } {
    return { entries: this.cache.size, chars: this.cachedChars };
  }
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

let shared: JiebaSegmenter | undefined;

/** One segmenter per process: the dictionary is large and loading it twice wastes memory. */
export function defaultSegmenter(): JiebaSegmenter {
  if (!shared) shared = new JiebaSegmenter();
  return shared;
}
