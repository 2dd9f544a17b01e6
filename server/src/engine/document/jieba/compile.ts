/**
 * Compiles jieba's dictionary (dict.txt: `word frequency [tag]` per line) and HMM model (cppjieba's
 * hmm_model.utf8, the same file jieba-rs embeds) into the compact buffer described in format.ts.
 * Runs at build time (scripts/build.mjs); pure, no Node built-ins.
 */
import { HEADER_BYTES, HMM_FIRST, HMM_LAST, HMM_SPAN, MAGIC, MIN_FLOAT, VERSION, sections } from './format';

interface TrieNode {
  freq: number;
  children: Map<number, TrieNode>;
}

/** Words and frequencies as jieba-rs's load_dict reads them: a later line for a word replaces its frequency. */
export function parseDictionary(text: string): Map<string, number> {
  const words = new Map<string, number>();
  let lineNo = 0;
  for (const line of text.split('\n')) {
    lineNo++;
    const parts = line.trim().split(/\s+/u);
    const word = parts[0];
    if (!word) continue;
    const freq = parts[1] === undefined ? 0 : Number(parts[1]);
    if (!/^\d+$/.test(parts[1] ?? '0') || !Number.isSafeInteger(freq))
      throw new Error(`dictionary line ${lineNo}: frequency "${parts[1]}" is not a whole number`);
    words.set(word, freq);
  }
  return words;
}

export interface HmmModel {
  start: number[];
  trans: number[][];
  /** Per state (B E M S), character → log-probability. */
  emit: Map<string, number>[];
}

/** cppjieba's hmm_model.utf8: `#` comments, the start line, four transition lines, four emission lines. */
export function parseHmmModel(text: string): HmmModel {
  const lines = text.split(/\r?\n/).filter((l) => l !== '' && !l.startsWith('#'));
  if (lines.length < 9) throw new Error(`HMM model: expected 9 data lines, found ${lines.length}`);
  const numbers = (l: string) => l.trim().split(/\s+/).map(Number);
  const start = numbers(lines[0]);
  const trans = lines.slice(1, 5).map(numbers);
  const emit = lines.slice(5, 9).map((l) => {
    const m = new Map<string, number>();
    for (const pair of l.split(',')) {
      const colon = pair.indexOf(':');
      m.set(pair.slice(0, colon), Number(pair.slice(colon + 1)));
    }
    return m;
  });
  if (start.length !== 4 || trans.some((r) => r.length !== 4) || [...start, ...trans.flat()].some((x) => Number.isNaN(x))) {
    throw new Error('HMM model: the start and transition lines need four numbers each');
  }
  return { start, trans, emit };
}

/** The compiled buffer for a dictionary and an HMM model. */
export function compileDictionary(dictText: string, hmmText: string): Uint8Array {
  const words = parseDictionary(dictText);
  const hmm = parseHmmModel(hmmText);

  // Trie over UTF-16 code units, laid out breadth-first so each node's children are contiguous.
  const root: TrieNode = { freq: -1, children: new Map() };
  let total = 0;
  for (const [word, freq] of words) {
    let node = root;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      let child = node.children.get(c);
      if (!child) {
        child = { freq: -1, children: new Map() };
        node.children.set(c, child);
      }
      node = child;
    }
    node.freq = freq;
    total += freq;
  }
  const order: TrieNode[] = [root];
  const chars: number[] = [0];
  for (let i = 0; i < order.length; i++) {
    const keys = [...order[i].children.keys()].sort((a, b) => a - b);
    for (const k of keys) {
      order.push(order[i].children.get(k)!);
      chars.push(k);
    }
  }
  const nodes = order.length;
  const distinct = [...new Set(order.filter((n) => n.freq >= 0).map((n) => n.freq))].sort((a, b) => a - b);
  if (distinct.length >= 0xffff) throw new Error(`dictionary: ${distinct.length} distinct frequencies, at most 65,534 fit`);
  const freqIndex = new Map(distinct.map((f, i) => [f, i + 1]));

  // HMM emission rows for the characters the HMM runs on.
  const rowOf = new Map<number, number>();
  for (const m of hmm.emit) {
    for (const ch of m.keys()) {
      const c = ch.length === 1 ? ch.charCodeAt(0) : -1;
      if (c >= HMM_FIRST && c <= HMM_LAST && !rowOf.has(c)) rowOf.set(c, rowOf.size);
    }
  }

  const s = sections(nodes, distinct.length + 1, rowOf.size);
  const buffer = new ArrayBuffer(s.end);
  const header = new Uint32Array(buffer, 0, 8);
  header.set([MAGIC, VERSION, nodes, distinct.length + 1, rowOf.size, 0, 0, 0]);
  new Float64Array(buffer, 32, 1)[0] = total;
  new Uint16Array(buffer, s.chars, nodes).set(chars);
  const next = new Uint32Array(buffer, s.next, nodes + 1);
  const freqOf = new Uint16Array(buffer, s.freqOf, nodes);
  let childStart = 1;
  for (let n = 0; n < nodes; n++) {
    next[n] = childStart;
    childStart += order[n].children.size;
    if (order[n].freq >= 0) freqOf[n] = freqIndex.get(order[n].freq)!;
  }
  next[nodes] = childStart;
  new Uint32Array(buffer, s.freqs, distinct.length + 1).set([0, ...distinct]);
  new Float64Array(buffer, s.start, 4).set(hmm.start);
  new Float64Array(buffer, s.trans, 16).set(hmm.trans.flat());
  const emitRow = new Uint16Array(buffer, s.emitRow, HMM_SPAN);
  const emit = new Float64Array(buffer, s.emit, rowOf.size * 4).fill(MIN_FLOAT);
  for (const [c, row] of rowOf) {
    emitRow[c - HMM_FIRST] = row + 1;
    for (let state = 0; state < 4; state++) {
      const p = hmm.emit[state].get(String.fromCharCode(c));
      if (p !== undefined) emit[row * 4 + state] = p;
    }
  }
  if (HEADER_BYTES > s.chars) throw new Error('dictionary header overlaps its sections');
  return new Uint8Array(buffer);
}
