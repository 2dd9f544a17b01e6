/**
 * The compact jieba dictionary: one binary buffer, compiled at build time (compile.ts) and read as
 * typed-array views (dictionary.ts). No Node built-ins: the buffer may come from a file, a worker's
 * SharedArrayBuffer or a browser fetch.
 *
 * Layout, little-endian, every section 8-byte aligned:
 *
 *   header   Uint32[8]  magic, version, nodes, freqs, hmmRows, 0, 0, 0
 *            Float64    total of all word frequencies
 *   chars    Uint16[nodes]        code unit on the edge into each trie node (node 0 is the root)
 *   next     Uint32[nodes + 1]    children of node n are the nodes next[n] … next[n + 1] − 1 (breadth-first order)
 *   freqOf   Uint16[nodes]        0: no word ends here; k: the word's frequency is freqs[k]
 *   freqs    Uint32[freqs]        the distinct frequencies (freqs[0] unused)
 *   start    Float64[4]           HMM start log-probabilities, states B E M S
 *   trans    Float64[16]          HMM transition log-probabilities, from × 4 + to
 *   emitRow  Uint16[HMM_SPAN]     per character U+4E00 … U+9FD5: 0 none, k: row k − 1 of emit
 *   emit     Float64[hmmRows × 4] emission log-probabilities per state (MIN_FLOAT where the model has none)
 */
export const MAGIC = 0x424a5a46; // "FZJB"
export const VERSION = 1;
export const HEADER_BYTES = 40;
/** The characters the HMM runs on (jieba's finalseg range). */
export const HMM_FIRST = 0x4e00;
export const HMM_LAST = 0x9fd5;
export const HMM_SPAN = HMM_LAST - HMM_FIRST + 1;
/** jieba's stand-in for log(0). */
export const MIN_FLOAT = -3.14e100;

export interface Sections {
  chars: number;
  next: number;
  freqOf: number;
  freqs: number;
  start: number;
  trans: number;
  emitRow: number;
  emit: number;
  end: number;
}

const align8 = (n: number) => (n + 7) & ~7;

/** Byte offsets of the sections for the given counts. */
export function sections(nodes: number, freqs: number, hmmRows: number): Sections {
  const chars = HEADER_BYTES;
  const next = align8(chars + nodes * 2);
  const freqOf = align8(next + (nodes + 1) * 4);
  const freqsAt = align8(freqOf + nodes * 2);
  const start = align8(freqsAt + freqs * 4);
  const trans = start + 4 * 8;
  const emitRow = trans + 16 * 8;
  const emit = align8(emitRow + HMM_SPAN * 2);
  const end = emit + hmmRows * 4 * 8;
  return { chars, next, freqOf, freqs: freqsAt, start, trans, emitRow, emit, end };
}
