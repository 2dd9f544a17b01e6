/**
 * The jieba segmenter behind the engine's `Segmenter` interface: jieba's algorithm (jieba.ts) over a
 * compiled dictionary, with user words (the domain dictionary, a pack's words) and a token cache
 * bounded by size. Pure: the dictionary comes from a function the caller supplies (a file in Node, a
 * fetched buffer in a browser).
 */
import { LRUCache } from 'lru-cache';
import type { Segmenter } from '../types';
import type { JiebaDictionary } from './dictionary';
import { Jieba } from './jieba';

export interface UserWord {
  word: string;
  freq?: number;
  tag?: string;
}

/**
 * A copy of `text` that shares no memory with the string it was sliced from (JSON round trip: V8
 * builds a new flat string; lone surrogates survive as escapes).
 */
function detachedCopy(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

/** A frequency as jieba takes it: a whole number ≥ 0, else none (jieba suggests one). */
function validFreq(freq: number | undefined): number | undefined {
  return freq !== undefined && Number.isFinite(freq) && freq >= 0 ? Math.floor(freq) : undefined;
}

export class JiebaSegmenter implements Segmenter {
  private jieba: Jieba | undefined;
  private readonly pending: UserWord[] = [];
  private readonly added = new Set<string>();
  /**
   * Words per sentence text, least recently used evicted first. Bounded by the characters of its keys
   * (about 40 bytes of heap per character with the token strings), not by entries: the language
   * server lints every keystroke, and each edit adds the edited sentence once.
   */
  static readonly CACHE_CHARS = 128 * 1024;
  private readonly cache = new LRUCache<string, string[]>({ maxSize: JiebaSegmenter.CACHE_CHARS, sizeCalculation: (_words, key) => key.length });

  /**
   * @param open gives the compiled dictionary; called on first use, so a run that never needs words
   *   never opens it.
   * @param words user words added in order, with jieba's add-word arithmetic (no frequency: suggested).
   * @param readOnly a segmenter shared by every lint with the same words: `addWords` on it throws
   *   (ask for a segmenter with those words instead), so one configuration cannot change another's.
   */
  constructor(
    private readonly open: () => JiebaDictionary,
    words: readonly UserWord[] = [],
    private readonly readOnly = false,
  ) {
    // No spread: a pack may give 100,000+ words, more arguments than a call takes.
    for (const w of words) this.pending.push(w);
  }

  private load(): Jieba {
    if (!this.jieba) {
      const jieba = new Jieba(this.open());
      for (const w of this.pending) jieba.addWord(w.word, validFreq(w.freq));
      this.pending.length = 0;
      this.jieba = jieba;
    }
    return this.jieba;
  }

  addWords(words: readonly string[]): void {
    if (this.readOnly) throw new Error('this segmenter is shared by other configurations; use segmenterFor(words) for a segmenter with these words');
    this.add(words);
  }

  /** Add words (empty or already added ones are skipped). */
  protected add(words: readonly string[]): void {
    const fresh = words.filter((w) => w !== '' && !this.added.has(w));
    if (fresh.length === 0) return;
    for (const w of fresh) this.added.add(w);
    if (this.jieba) for (const w of fresh) this.jieba.addWord(w);
    else for (const word of fresh) this.pending.push({ word });
    this.clearCache();
  }

  segment(text: string): string[] {
    if (text === '') return [];
    const hit = this.cache.get(text);
    if (hit) return hit;
    const words = this.load().cut(text, true);
    if (text.length <= JiebaSegmenter.CACHE_CHARS / 8) {
      // `text` is usually a slice of the whole document's prose, and V8 keeps the parent string alive
      // for as long as the slice lives: a cached slice held a full copy of the document per edit (the
      // language server grew ~12 KB per keystroke on the reference report). Cache a detached copy
      // (a hit later finds it by value and keeps this key).
      this.cache.set(detachedCopy(text), words);
    }
    return words;
  }

  clearCache(): void {
    this.cache.clear();
  }

  /** Entries and key characters in the word cache (for memory tests). */
  cacheStats(): { entries: number; chars: number } {
    return { entries: this.cache.size, chars: this.cache.calculatedSize };
  }
}

/** A read-only segmenter with the given user words followed by a pack's words. */
export class SharedJiebaSegmenter extends JiebaSegmenter {
  constructor(open: () => JiebaDictionary, words: readonly UserWord[], packWords: readonly string[]) {
    super(open, words, true);
    this.add(packWords);
  }
}
