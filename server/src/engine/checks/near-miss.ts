/**
 * Near misses of canonical formulations (提法): a span of text that is not one of the phrases but is
 * one or two edits away from one — a character dropped, added or replaced, or two neighbours swapped
 * (restricted Damerau–Levenshtein, "optimal string alignment", each counted as one edit).
 *
 * Precision first:
 * - phrases under 5 characters are matched exactly only (too many real words lie one edit away);
 *   5–9 characters allow one edit, 10 and more two;
 * - the span's first and last characters are the phrase's: edits are interior, so a correct shorter
 *   phrase (习近平新时代中国特色社会主义 without 思想) or a phrase with a neighbour is never a near miss;
 * - at most one character added: two added characters usually make another correct phrase
 *   (习近平新时代中国特色社会主义经济思想);
 * - a span as near to two phrases as to each other (法制体系: 法治体系 or 法律体系?) is left alone;
 * - a span overlapping an exact occurrence of any listed phrase, inside one of its phrase's `unless`
 *   strings, or holding a blank or a punctuation mark the phrase lacks, is not reported.
 *
 * Speed: linear in the text for a fixed list, never text × phrases. By the pigeonhole principle a
 * string within k edits of a phrase contains at least one of k + 1 disjoint pieces of the phrase
 * intact. The pieces are indexed by their text; the text is probed once per position for each
 * distinct piece length, and only windows around a piece hit are verified, each with an edit-distance
 * check bounded by k.
 */

export interface Formulation {
  phrase: string;
  /** Longer correct strings that contain a near-miss span and are fine. */
  unless?: readonly string[];
}

export interface NearMiss {
  start: number;
  end: number;
  /** The canonical phrase. */
  phrase: string;
  edits: number;
}

export interface NearMissMatcher {
  find(text: string): NearMiss[];
}

/** Edits allowed for a phrase of this length (see the file comment). */
export function allowedEdits(length: number, cap: 1 | 2 = 2): number {
  if (length < 5) return 0;
  return Math.min(length < 10 ? 1 : 2, cap);
}

/** Restricted Damerau–Levenshtein distance, or `limit + 1` as soon as it must exceed `limit`. */
export function boundedDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const n = a.length;
  const m = b.length;
  let prev2: number[] = new Array<number>(m + 1).fill(0);
  let prev: number[] = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= n; i++) {
    const row = new Array<number>(m + 1).fill(limit + 1);
    row[0] = i;
    let best = row[0];
    const from = Math.max(1, i - limit);
    const to = Math.min(m, i + limit);
    for (let j = from; j <= to; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      row[j] = v;
      if (v < best) best = v;
    }
    if (best > limit) return limit + 1;
    prev2 = prev;
    prev = row;
  }
  return Math.min(prev[m], limit + 1);
}

/** A blank or a punctuation mark or symbol. */
const NOT_A_LETTER = /[\s\p{P}\p{S}]/u;

const PIECE_START = 1;
const PHRASE_START = 2;

interface Piece {
  formulation: number;
  /** Offset of the piece in its phrase. */
  offset: number;
}

class Matcher implements NearMissMatcher {
  private readonly edits: number[];
  private readonly pieces = new Map<string, Piece[]>();
  /** The lengths of the pieces that start with a character, longest last: positions whose character starts no piece cost one lookup. */
  private readonly pieceLengths = new Map<number, number[]>();
  /** Exact phrases by first character, for masking exact occurrences. (Maps keyed by UTF-16 code unit: a lookup allocates no string.) */
  private readonly byFirst = new Map<number, string[]>();
  /** 1 at the code units that start a piece (bit 1) or a phrase (bit 2): most positions are rejected without a map lookup. */
  private readonly starts = new Uint8Array(0x10000);

  constructor(
    private readonly formulations: readonly Formulation[],
    cap: 1 | 2,
  ) {
    this.edits = formulations.map((f) => allowedEdits(f.phrase.length, cap));
    formulations.forEach((f, index) => {
      const phrase = f.phrase;
      if (!phrase) return;
      const list = this.byFirst.get(phrase.charCodeAt(0)) ?? [];
      list.push(phrase);
      this.byFirst.set(phrase.charCodeAt(0), list);
      const k = this.edits[index];
      if (k === 0) return;
      // k + 1 disjoint pieces covering the phrase.
      const size = Math.floor(phrase.length / (k + 1));
      for (let p = 0; p <= k; p++) {
        const offset = p * size;
        const text = phrase.slice(offset, p === k ? phrase.length : offset + size);
        const hits = this.pieces.get(text) ?? [];
        hits.push({ formulation: index, offset });
        this.pieces.set(text, hits);
        const lengths = this.pieceLengths.get(text.charCodeAt(0)) ?? [];
        if (!lengths.includes(text.length)) lengths.push(text.length);
        this.pieceLengths.set(text.charCodeAt(0), lengths);
      }
    });
    for (const lengths of this.pieceLengths.values()) lengths.sort((a, b) => a - b);
    for (const c of this.pieceLengths.keys()) this.starts[c] |= PIECE_START;
    for (const c of this.byFirst.keys()) this.starts[c] |= PHRASE_START;
  }

  /** Spans of exact occurrences of any phrase. */
  private exact(text: string): { start: number; end: number }[] {
    const out: { start: number; end: number }[] = [];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if ((this.starts[c] & PHRASE_START) === 0) continue;
      const list = this.byFirst.get(c);
      if (!list) continue;
      for (const phrase of list) if (text.startsWith(phrase, i)) out.push({ start: i, end: i + phrase.length });
    }
    return out;
  }

  private insideUnless(text: string, start: number, end: number, unless: readonly string[]): boolean {
    for (const u of unless) {
      for (let t = Math.max(0, end - u.length); t <= start; t++) if (text.startsWith(u, t)) return true;
    }
    return false;
  }

  /** Does the window hold a character that cannot be part of a misspelt phrase? */
  private foreign(text: string, start: number, end: number, phrase: string): boolean {
    for (let i = start; i < end; i++) {
      const ch = text[i];
      if (ch === '\n' || ch === '\r') return true;
      if (NOT_A_LETTER.test(ch) && !phrase.includes(ch)) return true;
    }
    return false;
  }

  find(text: string): NearMiss[] {
    if (this.pieces.size === 0) return [];
    const exact = this.exact(text);
    const overlapsExact = (s: number, e: number) => exact.some((x) => s < x.end && x.start < e);
    const candidates: NearMiss[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if ((this.starts[c] & PIECE_START) === 0) continue;
      const lengths = this.pieceLengths.get(c);
      if (!lengths) continue;
      for (const length of lengths) {
        if (i + length > text.length) break;
        const hits = this.pieces.get(text.slice(i, i + length));
        if (!hits) continue;
        for (const hit of hits) {
          const f = this.formulations[hit.formulation];
          const phrase = f.phrase;
          const k = this.edits[hit.formulation];
          const around = i - hit.offset;
          for (let start = around - k; start <= around + k; start++) {
            if (start < 0 || text[start] !== phrase[0]) continue;
            // At most one character added: two added characters are usually a word that makes another
            // correct phrase (习近平新时代中国特色社会主义经济思想).
            for (let size = phrase.length - k; size <= phrase.length + Math.min(k, 1); size++) {
              const end = start + size;
              if (end > text.length || size < 2 || text[end - 1] !== phrase[phrase.length - 1]) continue;
              const key = `${hit.formulation}:${start}:${end}`;
              if (seen.has(key)) continue;
              seen.add(key);
              const window = text.slice(start, end);
              if (window === phrase) continue;
              const edits = boundedDistance(window, phrase, k);
              if (edits > k) continue;
              if (this.foreign(text, start, end, phrase) || overlapsExact(start, end)) continue;
              if (f.unless && this.insideUnless(text, start, end, f.unless)) continue;
              candidates.push({ start, end, phrase, edits });
            }
          }
        }
      }
    }
    // A span as near to two phrases (法制体系: 法治体系 or 法律体系?) has no certain right form: dropped.
    const bySpan = new Map<string, NearMiss[]>();
    for (const c of candidates) {
      const key = `${c.start}:${c.end}`;
      const list = bySpan.get(key) ?? [];
      list.push(c);
      bySpan.set(key, list);
    }
    const ambiguous = new Set<NearMiss>();
    for (const list of bySpan.values()) {
      const min = Math.min(...list.map((c) => c.edits));
      const nearest = list.filter((c) => c.edits === min);
      if (new Set(nearest.map((c) => c.phrase)).size > 1) for (const c of list) ambiguous.add(c);
    }
    // Overlapping candidates: fewest edits, then longest, then leftmost.
    candidates.sort((a, b) => a.edits - b.edits || b.end - b.start - (a.end - a.start) || a.start - b.start);
    const chosen: NearMiss[] = [];
    for (const c of candidates) {
      if (ambiguous.has(c)) continue;
      if (!chosen.some((x) => c.start < x.end && x.start < c.end)) chosen.push(c);
    }
    return chosen.sort((a, b) => a.start - b.start);
  }
}

export function compileNearMisses(formulations: readonly Formulation[], options: { maxEdits?: 1 | 2 } = {}): NearMissMatcher {
  return new Matcher(formulations, options.maxEdits ?? 2);
}
