/**
 * Read-only views over a compiled jieba dictionary (format.ts). Opening one allocates no per-word
 * objects: the trie, the frequencies and the HMM tables stay in the buffer, which may be shared
 * between worker threads (SharedArrayBuffer) or come from a browser fetch.
 */
import { HEADER_BYTES, HMM_SPAN, MAGIC, VERSION, sections } from './format';

export class JiebaDictionary {
  /** Sum of the frequencies of all words. */
  readonly total: number;
  readonly nodes: number;
  private readonly chars: Uint16Array;
  private readonly next: Uint32Array;
  private readonly freqOf: Uint16Array;
  private readonly freqs: Uint32Array;
  /** Root child per first code unit (0: none): one lookup instead of a search among ~20,000 children. */
  private readonly rootChild: Uint32Array;
  readonly hmmStart: Float64Array;
  readonly hmmTrans: Float64Array;
  readonly hmmEmitRow: Uint16Array;
  readonly hmmEmit: Float64Array;

  /** Views over `data` (an ArrayBuffer, a SharedArrayBuffer or a byte view of one; not copied when 8-byte aligned). */
  constructor(data: ArrayBufferLike | Uint8Array) {
    let bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    if (bytes.byteOffset % 8 !== 0) bytes = bytes.slice();
    const { buffer, byteOffset: at, byteLength } = bytes;
    if (byteLength < HEADER_BYTES) throw new Error('jieba dictionary: the buffer is too short');
    const header = new Uint32Array(buffer, at, 8);
    if (header[0] !== MAGIC) throw new Error('jieba dictionary: not a compiled fzlint dictionary');
    if (header[1] !== VERSION) throw new Error(`jieba dictionary: format version ${header[1]}, this build reads ${VERSION}`);
    const [nodes, freqs, hmmRows] = [header[2], header[3], header[4]];
    const s = sections(nodes, freqs, hmmRows);
    if (byteLength < s.end) throw new Error(`jieba dictionary: ${byteLength} bytes, the header needs ${s.end}`);
    this.nodes = nodes;
    this.total = new Float64Array(buffer, at + 32, 1)[0];
    this.chars = new Uint16Array(buffer, at + s.chars, nodes);
    this.next = new Uint32Array(buffer, at + s.next, nodes + 1);
    this.freqOf = new Uint16Array(buffer, at + s.freqOf, nodes);
    this.freqs = new Uint32Array(buffer, at + s.freqs, freqs);
    this.hmmStart = new Float64Array(buffer, at + s.start, 4);
    this.hmmTrans = new Float64Array(buffer, at + s.trans, 16);
    this.hmmEmitRow = new Uint16Array(buffer, at + s.emitRow, HMM_SPAN);
    this.hmmEmit = new Float64Array(buffer, at + s.emit, hmmRows * 4);
    this.rootChild = new Uint32Array(0x10000);
    for (let n = this.next[0]; n < this.next[1]; n++) this.rootChild[this.chars[n]] = n;
  }

  /** The child of `node` along code unit `c`, or 0. */
  child(node: number, c: number): number {
    if (node === 0) return this.rootChild[c];
    let lo = this.next[node];
    let hi = this.next[node + 1] - 1;
    const chars = this.chars;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const m = chars[mid];
      if (m < c) lo = mid + 1;
      else if (m > c) hi = mid - 1;
      else return mid;
    }
    return 0;
  }

  /** The frequency of the word ending at `node`, or −1 when no word ends there. */
  freqAt(node: number): number {
    const k = this.freqOf[node];
    return k === 0 ? -1 : this.freqs[k];
  }

  /** The frequency of text[start, end) as a word, or −1. */
  freq(text: string, start: number, end: number): number {
    let node = 0;
    for (let i = start; i < end; i++) {
      node = this.child(node, text.charCodeAt(i));
      if (node === 0) return -1;
    }
    return end > start ? this.freqAt(node) : -1;
  }
}
