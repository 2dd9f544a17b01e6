/**
 * The reference segmenter for equivalence tests: jieba-wasm (jieba-rs 0.7 compiled to WebAssembly,
 * the segmenter fzlint used before its own implementation), a devDependency used only here.
 *
 * jieba-wasm keeps one dictionary per loaded module, so `freshJiebaWasm()` loads a new instance of
 * the module for each reference segmenter: words added to one never reach another.
 */
import type { Segmenter } from '../../server/src/engine/document/segmenter';
import type { UserWord } from '../../server/src/engine/document/jieba/word-segmenter';

export interface JiebaWasm {
  cut(text: string, hmm?: boolean | null): string[];
  add_word(word: string, freq?: number | null, tag?: string | null): number;
}

/** A new instance of the jieba-wasm module with its own dictionary. */
export function freshJiebaWasm(): JiebaWasm {
  const id = require.resolve('jieba-wasm');
  delete require.cache[id];
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(id) as JiebaWasm;
}

/** Lone surrogates (jieba-wasm cannot take them: its strings are UTF-8). */
const LONE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * jieba-wasm behind the `Segmenter` interface, with the domain words added as fzlint adds them. A
 * lone surrogate is not a Han or alphanumeric character, so jieba would make it a token of its own
 * and cut the text on either side independently; the reference does exactly that, since the
 * WebAssembly module cannot receive one.
 */
export class WasmSegmenter implements Segmenter {
  readonly jieba = freshJiebaWasm();
  constructor(words: readonly UserWord[] = []) {
    for (const w of words) this.jieba.add_word(w.word, w.freq ?? null, w.tag ?? null);
  }

  segment(text: string): string[] {
    const out: string[] = [];
    let last = 0;
    for (const m of text.matchAll(LONE)) {
      if (m.index > last) out.push(...this.jieba.cut(text.slice(last, m.index), true));
      out.push(m[0]);
      last = m.index + 1;
    }
    if (last < text.length) out.push(...this.jieba.cut(text.slice(last), true));
    return out;
  }

  private readonly added = new Set<string>();

  /** As fzlint's segmenter: empty words and words added before are skipped. */
  addWords(words: readonly string[]): void {
    for (const w of words) {
      if (w === '' || this.added.has(w)) continue;
      this.added.add(w);
      this.jieba.add_word(w, null, null);
    }
  }
}
