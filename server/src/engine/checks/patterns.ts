/**
 * What a declarative check looks for (pack `data.checks`): literal words and RE2 patterns, compiled
 * once per check into one matcher.
 *
 * - Words go into one index keyed by their first two characters, with the lengths that occur after
 *   them: at each position of the text only those lengths are probed, so a list of 10,000 words
 *   costs about as much as a list of ten (linear in the text, never text × list).
 * - Patterns run on re2js (RE2): linear in the text whatever the pattern, so no pack can hang the
 *   linter. All patterns of a list are also compiled into one RE2 set (one DFA for all of them),
 *   run first: it says which patterns match anywhere in the text, and only those are then run for
 *   their places. A text that none of 500 patterns matches costs one scan. When the set is too
 *   large for RE2, groups of patterns joined into one alternation serve as the prefilter instead.
 */
import { RE2JS, RE2Set } from 're2js';
import type { CheckMatch } from '../pack/types';

/** One match in the text (UTF-16 offsets into the text given to `find`). */
export interface Hit {
  start: number;
  end: number;
  text: string;
  /** Groups of a pattern match ($1 … $9), for substitutions. */
  groups?: (string | undefined)[];
  /** Index of the word (words first) or pattern (after the words) that matched. */
  source: number;
}

/** A pattern RE2 cannot run (or refuses), with the reason in both languages. */
export interface PatternProblem {
  pattern: string;
  zh: string;
  en: string;
}

/** Why RE2 cannot take a pattern, in words a pack author understands; undefined when it can. */
export function patternProblem(pattern: string): PatternProblem | undefined {
  if (/\\[1-9]|\\k</.test(pattern)) {
    return {
      pattern,
      zh: `正则表达式“${pattern}”使用了反向引用（\\1、\\k<名称>）：规则包的模式由线性时间的 RE2 引擎运行，不支持反向引用。请改写为不需要反向引用的模式，或拆成几条字面词语。`,
      en: `The pattern "${pattern}" uses a backreference (\\1, \\k<name>): pack patterns run on the linear-time RE2 engine, which has no backreferences. Rewrite it without one, or list the literal words.`,
    };
  }
  if (/\(\?<?[=!]/.test(pattern)) {
    return {
      pattern,
      zh: `正则表达式“${pattern}”使用了前后查找（(?=…)、(?!…)、(?<=…)、(?<!…)）：RE2 引擎不支持。可用 unless 列出不应报告的更长写法。`,
      en: `The pattern "${pattern}" uses lookaround ((?=…), (?!…), (?<=…), (?<!…)), which the RE2 engine does not support. List longer correct forms in unless instead.`,
    };
  }
  try {
    RE2JS.compile(pattern);
    return undefined;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      pattern,
      zh: `正则表达式“${pattern}”无法由 RE2 引擎运行：${reason}。`,
      en: `The pattern "${pattern}" cannot be run by the RE2 engine: ${reason}.`,
    };
  }
}

/** Literal words, indexed by their first two characters (see the file comment). */
export class WordIndex {
  /**
   * Words of two or more code units keyed by their first two (c0 * 65536 + c1), one-unit words by
   * that unit: looking a position up allocates no string, and a pair of characters starts far fewer
   * words than one character does (市 starts many words, 市、 few).
   */
  private readonly byPair = new Map<number, { lengths: number[]; words: Map<string, number> }>();
  private readonly single = new Map<number, number>();
  /** 1 at the code units that start a word: most positions are rejected without a map lookup. */
  private readonly starts = new Uint8Array(0x10000);

  constructor(words: readonly string[]) {
    words.forEach((word, i) => {
      if (word === '') return;
      this.starts[word.charCodeAt(0)] = 1;
      if (word.length === 1) {
        if (!this.single.has(word.charCodeAt(0))) this.single.set(word.charCodeAt(0), i);
        return;
      }
      const key = word.charCodeAt(0) * 65536 + word.charCodeAt(1);
      let entry = this.byPair.get(key);
      if (!entry) this.byPair.set(key, (entry = { lengths: [], words: new Map() }));
      if (!entry.words.has(word)) entry.words.set(word, i);
      if (!entry.lengths.includes(word.length)) entry.lengths.push(word.length);
    });
    // Longest first: at a position the longest word wins.
    for (const entry of this.byPair.values()) entry.lengths.sort((a, b) => b - a);
  }

  get size(): number {
    return this.byPair.size + this.single.size;
  }

  /** Leftmost-longest, non-overlapping occurrences. */
  find(text: string): Hit[] {
    const out: Hit[] = [];
    if (this.size === 0) return out;
    const singles = this.single.size > 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (this.starts[c] === 0) continue;
      const entry = i + 1 < text.length ? this.byPair.get(c * 65536 + text.charCodeAt(i + 1)) : undefined;
      let found = false;
      if (entry) {
        for (const length of entry.lengths) {
          if (i + length > text.length) continue;
          const candidate = text.slice(i, i + length);
          const source = entry.words.get(candidate);
          if (source === undefined) continue;
          out.push({ start: i, end: i + length, text: candidate, source });
          i += length - 1;
          found = true;
          break;
        }
      }
      if (found || !singles) continue;
      const source = this.single.get(c);
      if (source !== undefined) out.push({ start: i, end: i + 1, text: text[i], source });
    }
    return out;
  }
}

/** How many patterns share one prefilter alternation. */
const GROUP = 32;

/** RE2 patterns, with one RE2 set (or else a prefilter per group of patterns) in front (see the file comment). */
export class PatternList {
  private readonly patterns: RE2JS[];
  private readonly set: RE2Set | undefined;
  private readonly groups: { filter: RE2JS; from: number; to: number }[] = [];

  /** Patterns must have passed `patternProblem` (the pack loader refuses the others). */
  constructor(sources: readonly string[]) {
    this.patterns = sources.map((p) => RE2JS.compile(p));
    if (sources.length > 1) this.set = patternSet(sources);
    if (this.set) return;
    for (let from = 0; from < sources.length; from += GROUP) {
      const to = Math.min(sources.length, from + GROUP);
      const slice = sources.slice(from, to);
      this.groups.push({ filter: slice.length === 1 ? this.patterns[from] : RE2JS.compile(slice.map((p) => `(?:${p})`).join('|')), from, to });
    }
  }

  get size(): number {
    return this.patterns.length;
  }

  /** Each pattern's non-empty, non-overlapping matches; `offset` is the base of the source numbers. */
  find(text: string, offset = 0): Hit[] {
    const out: Hit[] = [];
    if (this.set) {
      for (const i of this.set.match(text).sort((a, b) => a - b)) this.findOne(text, i, offset, out);
      return out;
    }
    for (const group of this.groups) {
      if (!group.filter.matcher(text).find()) continue;
      for (let i = group.from; i < group.to; i++) this.findOne(text, i, offset, out);
    }
    return out;
  }

  private findOne(text: string, i: number, offset: number, out: Hit[]): void {
    const re = this.patterns[i];
    const m = re.matcher(text);
    const groupCount = re.groupCount();
    while (m.find()) {
      const start = m.start();
      const end = m.end();
      if (end <= start) continue;
      const groups: (string | undefined)[] = [];
      for (let g = 1; g <= groupCount; g++) groups.push(m.group(g) ?? undefined);
      out.push({ start, end, text: text.slice(start, end), groups, source: offset + i });
    }
  }
}

/** All patterns in one RE2 set; undefined when RE2 cannot compile them together (too large). */
function patternSet(sources: readonly string[]): RE2Set | undefined {
  try {
    const set = new RE2Set(RE2Set.UNANCHORED, 0);
    for (const p of sources) set.add(p);
    set.compile();
    return set;
  } catch {
    return undefined;
  }
}

/** Words and patterns of one CheckMatch, with its `unless` strings. */
export class TextMatcher {
  private readonly words: WordIndex;
  private readonly patterns: PatternList;
  private readonly wordCount: number;

  constructor(
    match: CheckMatch,
    private readonly unless: readonly string[] = [],
  ) {
    const words = match.words ?? [];
    this.wordCount = words.length;
    this.words = new WordIndex(words);
    this.patterns = new PatternList(match.patterns ?? []);
  }

  get empty(): boolean {
    return this.words.size === 0 && this.patterns.size === 0;
  }

  /**
   * The hits in `text`, sorted by position and not overlapping (leftmost, then longest, wins); hits
   * inside an `unless` string are dropped.
   */
  find(text: string): Hit[] {
    const hits = [...this.words.find(text), ...this.patterns.find(text, this.wordCount)].filter((h) => !insideUnless(text, h, this.unless));
    hits.sort((a, b) => a.start - b.start || b.end - a.end || a.source - b.source);
    const out: Hit[] = [];
    for (const h of hits) if (out.length === 0 || h.start >= out[out.length - 1].end) out.push(h);
    return out;
  }
}

/** Is the hit part of one of the longer strings `unless` (each occurrence of the hit inside it checked)? */
function insideUnless(text: string, hit: Hit, unless: readonly string[]): boolean {
  for (const longer of unless) {
    let k = longer.indexOf(hit.text);
    while (k >= 0) {
      if (hit.start - k >= 0 && text.startsWith(longer, hit.start - k)) return true;
      k = longer.indexOf(hit.text, k + 1);
    }
  }
  return false;
}
