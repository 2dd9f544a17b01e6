/**
 * jieba's segmentation (as jieba-rs 0.7 implements it, which jieba-wasm wraps) over a compiled
 * dictionary: prefix-dictionary DAG, maximum-probability route, HMM/Viterbi for runs of single
 * characters that are not a word, jieba's splitting of the text into Han/alphanumeric blocks and the
 * rest, and add-word with suggested frequencies. Pure: no Node built-ins, no per-word objects for the
 * base dictionary; words added to one instance stay in that instance.
 *
 * Offsets are UTF-16 code units; "one character" means one code point, as in jieba.
 */
import type { JiebaDictionary } from './dictionary';
import { HMM_FIRST, HMM_LAST, MIN_FLOAT } from './format';

const B = 0;
const E = 1;
const M = 2;
const S = 3;
/** The states that may precede each state, in jieba-rs's order (B, E, M, S). */
const PREV: readonly (readonly [number, number])[] = [
  [E, S],
  [B, M],
  [M, B],
  [S, E],
];

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const isAsciiAlnum = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isHmmHan = (c: number) => c >= HMM_FIRST && c <= HMM_LAST;

/** jieba-rs's RE_HAN_DEFAULT: CJK ideographs (BMP and the supplementary blocks) and a-zA-Z0-9+#&._%- */
function isBlockCodePoint(cp: number): boolean {
  if (cp < 0x80) return isAsciiAlnum(cp) || cp === 0x2b || cp === 0x23 || cp === 0x26 || cp === 0x2e || cp === 0x5f || cp === 0x25 || cp === 0x2d;
  if (cp < 0x10000) return (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0xf900 && cp <= 0xfaff);
  return (cp >= 0x20000 && cp <= 0x2a6df) || (cp >= 0x2a700 && cp <= 0x2ebef) || (cp >= 0x2f800 && cp <= 0x2fa1f);
}

/** The code point at `i` (a lone surrogate is its own code point) and its length in code units. */
function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (isHigh(c) && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (isLow(d)) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** jieba-rs's hmm RE_SKIP, `[a-zA-Z0-9]+(?:.\d+)?%?` (its `.` is any character but a line feed). */
const HMM_SKIP = /[a-zA-Z0-9]+(?:[^\n]\p{Nd}+)?%?/gu;

export class Jieba {
  private total: number;
  /** Frequencies given to words of the base dictionary by addWord, by trie node. */
  private readonly overrides = new Map<number, number>();
  /** Words not in the base dictionary, with their frequencies. */
  private readonly extra = new Map<string, number>();
  /** Lengths (code units, ascending) of the extra words, by their first code unit. */
  private readonly extraLengths = new Map<number, number[]>();
  // Work buffers, grown as needed.
  private routeValue = new Float64Array(256);
  private routeEnd = new Int32Array(256);
  private viterbiValue = new Float64Array(256);
  private viterbiPrev = new Uint8Array(256);
  private viterbiPath = new Uint8Array(64);

  constructor(private readonly dict: JiebaDictionary) {
    this.total = dict.total;
  }

  /** Sum of all word frequencies (jieba's `total`). */
  get totalFrequency(): number {
    return this.total;
  }

  /** The frequency of text[start, end) as a word, or −1 when it is not one. */
  private freqOf(text: string, start: number, end: number): number {
    let node = 0;
    for (let i = start; i < end; i++) {
      node = this.dict.child(node, text.charCodeAt(i));
      if (node === 0) break;
    }
    if (node !== 0 && end > start) {
      const f = this.dict.freqAt(node);
      if (f >= 0) return this.overrides.size ? (this.overrides.get(node) ?? f) : f;
    }
    if (this.extra.size === 0) return -1;
    return this.extra.get(text.slice(start, end)) ?? -1;
  }

  /** The frequency of `word`, or −1. */
  frequency(word: string): number {
    return this.freqOf(word, 0, word.length);
  }

  /**
   * Add a word, as jieba's add_word: without a frequency it gets the suggested one (enough to keep
   * it whole). Returns the frequency used.
   */
  addWord(word: string, freq?: number): number {
    const f = freq ?? this.suggestFreq(word);
    let node = 0;
    for (let i = 0; i < word.length && (i === 0 || node !== 0); i++) node = this.dict.child(node, word.charCodeAt(i));
    if (word.length > 0 && node !== 0 && this.dict.freqAt(node) >= 0) {
      const old = this.overrides.get(node) ?? this.dict.freqAt(node);
      this.overrides.set(node, f);
      this.total = this.total + f - old;
      return f;
    }
    const old = this.extra.get(word);
    if (old !== undefined) {
      this.total = this.total + f - old;
    } else {
      this.total += f;
      if (word.length > 0) {
        const first = word.charCodeAt(0);
        const lengths = this.extraLengths.get(first) ?? [];
        if (!lengths.includes(word.length)) {
          lengths.push(word.length);
          lengths.sort((a, b) => a - b);
        }
        this.extraLengths.set(first, lengths);
      }
    }
    this.extra.set(word, f);
    return f;
  }

  /** jieba's suggest_freq: the frequency that makes `segment` win over its split without HMM. */
  suggestFreq(segment: string): number {
    const logTotal = Math.log(this.total);
    let logFreq = 0;
    for (const w of this.cut(segment, false)) {
      const f = this.freqOf(w, 0, w.length);
      logFreq = logFreq + Math.log(f >= 0 ? f : 1) - logTotal;
    }
    const own = this.freqOf(segment, 0, segment.length);
    return Math.max(Math.floor(Math.exp(logFreq + logTotal)) + 1, own >= 0 ? own : 1);
  }

  /** Split `text` into words; concatenated they give back `text` exactly. */
  cut(text: string, hmm = true): string[] {
    const out: string[] = [];
    const n = text.length;
    let i = 0;
    while (i < n) {
      const cp = codePointAt(text, i);
      if (isBlockCodePoint(cp)) {
        let j = i + (cp > 0xffff ? 2 : 1);
        while (j < n) {
          const next = codePointAt(text, j);
          if (!isBlockCodePoint(next)) break;
          j += next > 0xffff ? 2 : 1;
        }
        this.cutBlock(text, i, j, hmm, out);
        i = j;
      } else if (cp === 0x0d && text.charCodeAt(i + 1) === 0x0a) {
        out.push('\r\n');
        i += 2;
      } else {
        const len = cp > 0xffff ? 2 : 1;
        out.push(text.slice(i, i + len));
        i += len;
      }
    }
    return out;
  }

  /** The maximum-probability route over text[start, end): routeEnd[k − start] is where the word from k ends. */
  private calc(text: string, start: number, end: number): void {
    const len = end - start;
    if (this.routeValue.length < len + 1) {
      this.routeValue = new Float64Array(len * 2 + 1);
      this.routeEnd = new Int32Array(len * 2 + 1);
    }
    const value = this.routeValue;
    const routeEnd = this.routeEnd;
    const dict = this.dict;
    const overrides = this.overrides.size ? this.overrides : undefined;
    const extraLengths = this.extraLengths.size ? this.extraLengths : undefined;
    const logTotal = Math.log(this.total);
    value[len] = 0;
    let nextStart = end;
    for (let p = end - 1; p >= start; p--) {
      if (isLow(text.charCodeAt(p)) && p > start && isHigh(text.charCodeAt(p - 1))) continue;
      let best = 0;
      let bestEnd = -1;
      let node = 0;
      for (let q = p; q < end; q++) {
        node = dict.child(node, text.charCodeAt(q));
        if (node === 0) break;
        let f = dict.freqAt(node);
        if (f < 0) continue;
        if (overrides) f = overrides.get(node) ?? f;
        const v = Math.log(f) - logTotal + value[q + 1 - start];
        if (bestEnd < 0 || v > best || (v === best && q + 1 > bestEnd)) {
          best = v;
          bestEnd = q + 1;
        }
      }
      const lengths = extraLengths?.get(text.charCodeAt(p));
      if (lengths) {
        for (const l of lengths) {
          if (p + l > end) break;
          const f = this.extra.get(text.slice(p, p + l));
          if (f === undefined) continue;
          const v = Math.log(f) - logTotal + value[p + l - start];
          if (bestEnd < 0 || v > best || (v === best && p + l > bestEnd)) {
            best = v;
            bestEnd = p + l;
          }
        }
      }
      if (bestEnd < 0) {
        bestEnd = nextStart;
        best = 0 - logTotal + value[nextStart - start];
      }
      value[p - start] = best;
      routeEnd[p - start] = bestEnd;
      nextStart = p;
    }
  }

  private static oneChar(text: string, x: number, y: number): boolean {
    return y - x === 1 || (y - x === 2 && isHigh(text.charCodeAt(x)));
  }

  private pushChars(text: string, start: number, end: number, out: string[]): void {
    for (let i = start; i < end;) {
      const len = i + 1 < end && isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1)) ? 2 : 1;
      out.push(text.slice(i, i + len));
      i += len;
    }
  }

  private cutBlock(text: string, start: number, end: number, hmm: boolean, out: string[]): void {
    this.calc(text, start, end);
    const routeEnd = this.routeEnd;
    let x = start;
    let left = -1;
    if (!hmm) {
      while (x < end) {
        const y = routeEnd[x - start];
        if (y - x === 1 && isAsciiAlnum(text.charCodeAt(x))) {
          if (left < 0) left = x;
        } else {
          if (left >= 0) {
            out.push(text.slice(left, x));
            left = -1;
          }
          out.push(text.slice(x, y));
        }
        x = y;
      }
      if (left >= 0) out.push(text.slice(left, end));
      return;
    }
    while (x < end) {
      const y = routeEnd[x - start];
      if (Jieba.oneChar(text, x, y)) {
        if (left < 0) left = x;
      } else {
        if (left >= 0) {
          this.flushSingles(text, left, x, out);
          left = -1;
        }
        out.push(text.slice(x, y));
      }
      x = y;
    }
    if (left >= 0) this.flushSingles(text, left, end, out);
  }

  /** A run of single characters on the route: one word if it is one, else the HMM's words, or the characters. */
  private flushSingles(text: string, start: number, end: number, out: string[]): void {
    if (Jieba.oneChar(text, start, end)) out.push(text.slice(start, end));
    else if (this.freqOf(text, start, end) < 0) this.hmmCut(text, start, end, out);
    else this.pushChars(text, start, end, out);
  }

  /** jieba-rs's hmm::cut: Viterbi over runs of U+4E00–U+9FD5; the rest split at alphanumeric runs. */
  private hmmCut(text: string, start: number, end: number, out: string[]): void {
    let i = start;
    while (i < end) {
      let j = i + 1;
      if (isHmmHan(text.charCodeAt(i))) {
        while (j < end && isHmmHan(text.charCodeAt(j))) j++;
        if (j - i === 1) out.push(text.slice(i, j));
        else this.viterbi(text, i, j, out);
      } else {
        while (j < end && !isHmmHan(text.charCodeAt(j))) j++;
        const piece = text.slice(i, j);
        let last = 0;
        HMM_SKIP.lastIndex = 0;
        for (let m = HMM_SKIP.exec(piece); m; m = HMM_SKIP.exec(piece)) {
          if (m.index > last) out.push(piece.slice(last, m.index));
          out.push(m[0]);
          last = m.index + m[0].length;
        }
        if (last < piece.length) out.push(piece.slice(last));
      }
      i = j;
    }
  }

  private viterbi(text: string, start: number, end: number, out: string[]): void {
    const n = end - start;
    if (this.viterbiValue.length < n * 4) {
      this.viterbiValue = new Float64Array(n * 8);
      this.viterbiPrev = new Uint8Array(n * 8);
    }
    if (this.viterbiPath.length < n) this.viterbiPath = new Uint8Array(n * 2);
    const v = this.viterbiValue;
    const prev = this.viterbiPrev;
    const { hmmStart, hmmTrans, hmmEmitRow, hmmEmit } = this.dict;
    let row = hmmEmitRow[text.charCodeAt(start) - HMM_FIRST];
    for (let y = 0; y < 4; y++) v[y] = hmmStart[y] + (row ? hmmEmit[(row - 1) * 4 + y] : MIN_FLOAT);
    for (let t = 1; t < n; t++) {
      row = hmmEmitRow[text.charCodeAt(start + t) - HMM_FIRST];
      const at = t * 4;
      const before = at - 4;
      for (let y = 0; y < 4; y++) {
        const em = row ? hmmEmit[(row - 1) * 4 + y] : MIN_FLOAT;
        const [a, b] = PREV[y];
        const pa = v[before + a] + hmmTrans[a * 4 + y] + em;
        const pb = v[before + b] + hmmTrans[b * 4 + y] + em;
        // jieba-rs takes the larger (probability, state) pair: on equal probabilities the larger state.
        const takeB = pb > pa || (pb === pa && b > a);
        v[at + y] = takeB ? pb : pa;
        prev[at + y] = takeB ? b : a;
      }
    }
    const last = (n - 1) * 4;
    let state = v[last + S] >= v[last + E] ? S : E;
    const path = this.viterbiPath;
    path[n - 1] = state;
    for (let t = n - 1; t > 0; t--) {
      state = prev[t * 4 + state];
      path[t - 1] = state;
    }
    let begin = start;
    let next = start;
    for (let k = 0; k < n; k++) {
      const s = path[k];
      if (s === B) begin = start + k;
      else if (s === E) {
        out.push(text.slice(begin, start + k + 1));
        next = start + k + 1;
      } else if (s === S) {
        out.push(text.slice(start + k, start + k + 1));
        next = start + k + 1;
      }
    }
    if (next < end) out.push(text.slice(next, end));
  }
}
