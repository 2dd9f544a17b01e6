import { LRUCache } from 'lru-cache';
import { builtDictionary, compileFromSources, DICTIONARY_FILE, loadDomainDictionary } from './dictionary-files';
import { JiebaDictionary } from './jieba/dictionary';
import { JiebaSegmenter, SharedJiebaSegmenter, type UserWord } from './jieba/word-segmenter';
import type { Segmenter } from './types';

export { JiebaSegmenter } from './jieba/word-segmenter';

export type { Segmenter } from './types';

// The compiled dictionary and the domain dictionary come from ./dictionary-files: on disk in Node,
// embedded in the browser build (dictionary-files.browser.ts). The segmenter itself (./jieba/) and
// this file use no Node built-ins.

export { compileFromSources, DICTIONARY_FILE, findRulesDir, loadDomainDictionary } from './dictionary-files';
export { parseUserDictionary } from './user-dictionary';

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

/**
 * The compiled dictionary, opened once per thread: views over dist/jieba.dict's bytes (or over the
 * buffer given to useDictionaryBuffer). From a source tree whose dist/ is missing or stale, it is
 * compiled from the packages (about 1 s).
 */
export function loadJiebaDictionary(): JiebaDictionary {
  if (dictionary) return dictionary;
  if (dictionaryBytes) return (dictionary = new JiebaDictionary(dictionaryBytes));
  const built = builtDictionary();
  const file = built?.file;
  let problem = 'not found';
  if (built) {
    const bytes = built.bytes;
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
