/**
 * A vocabulary (pack/vocabulary.ts) in the shapes the figure reader and the figure rules search with:
 * lists longest first, sets, and patterns. Built once per vocabulary object (cached by identity), so
 * a lint pays nothing for it after the first with the same configuration.
 */
import type { PackData } from '../pack/types';
import type { Vocabulary } from '../pack/vocabulary';
import { loadBuiltinPack } from '../pack/builtin-pack';
import { byFirstChar, byLastChar, wordEntries, type WordIndex } from './word-index';

export interface Lexicon {
  /** Units and measure words after Arabic digits, longest first (units ∪ measureWords). */
  arabicUnits: readonly string[];
  /** Measure words after Chinese numerals, longest first. */
  chineseUnits: readonly string[];
  /** Tests the text after a number: it starts with a word that is no unit (2 人民…) or no quantity (2020年底). */
  notUnit: RegExp;
  /** Tests the text after a number's blanks: it starts with a word that is no unit (number-unit-space). */
  notUnitWord: RegExp;
  countUnits: ReadonlySet<string>;
  nonCountUnits: ReadonlySet<string>;
  /** The name ends like a rate or share (…率, 占比). */
  rateName: RegExp;
  /** The name is a rate or share that cannot pass 100%. */
  boundedRate: RegExp;
  /** The clause holds a word of growth or over-fulfilment. */
  growth: RegExp;
  /** The words before a percentage make it a share of the part before it (占, 占比为, 占总数的). */
  shareName: RegExp;
  /** The part's label starts with a level (市级, 县直). */
  levelPart: RegExp;
  /** The part's label starts with a word for the rest (其他). */
  otherPart: RegExp;
  /** The label holds a word of change (同比, 增加). */
  change: RegExp;
  /** Lead words before a number, longest first. */
  leadWords: readonly string[];
  /** The scope words at the start of a noun (replace them by '' to get the bare noun). */
  scopePrefix: RegExp;
  /** The text holds a verb that goes on after a list. */
  clauseVerb: RegExp;
  /**
   * number-unit-space: a number (ASCII or full-width digits, a decimal point or thousands separators
   * between digits), blanks, then a unit, measure word or percent sign (groups: number, blanks, unit).
   */
  numberBlankUnit: RegExp;
  /** Words of approximation before a number with their kind, longest first. */
  approxBefore: readonly (readonly [string, Approximate])[];
  /** Words of approximation after a number (and its unit) with their kind, longest first. */
  approxAfter: readonly (readonly [string, Approximate])[];
  /** The lists above grouped by the character the figure reader looks at first (word-index.ts). */
  index: FigureIndex;
}

/** Word lists of the lexicon grouped for lookups at a position: units after a number, words before it. */
export interface FigureIndex {
  /** arabicUnits by first character. */
  arabicUnits: WordIndex<string>;
  /** chineseUnits by first character. */
  chineseUnits: WordIndex<string>;
  /** leadWords by last character (they end where the number's noun ends). */
  leadWords: WordIndex<string>;
  /** approxBefore by last character (they end where the number starts). */
  approxBefore: WordIndex<Approximate>;
  /** approxAfter by first character. */
  approxAfter: WordIndex<Approximate>;
}

/** How a figure is approximate (document/numbers.ts `Approximation`). */
export type Approximate = 'near' | 'about' | 'over' | 'under';

function kinded(groups: [readonly string[], Approximate][]): (readonly [string, Approximate])[] {
  const seen = new Set<string>();
  const out: [string, Approximate][] = [];
  for (const [words, kind] of groups) {
    for (const w of words) {
      if (!w || seen.has(w)) continue;
      seen.add(w);
      out.push([w, kind]);
    }
  }
  return out.sort((a, b) => b[0].length - a[0].length);
}

/** Spaces a drafter cannot see (the class of `isBlank`, without line breaks). */
const BLANK = '[ \\t\\u00a0\\u2000-\\u200b\\u202f\\u205f\\u3000\\ufeff]';

const NEVER = /(?!)/;

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** The words, longest first (stable: words of one length keep their order), without empty ones. */
export function longestFirst(words: readonly string[]): string[] {
  return [...new Set(words.filter((w) => w.length > 0))].sort((a, b) => b.length - a.length);
}

/** An alternation of the words as literals, longest first; undefined for no words. */
export function alternation(words: readonly string[]): string | undefined {
  const sorted = longestFirst(words);
  return sorted.length ? `(?:${sorted.map(escape).join('|')})` : undefined;
}

function pattern(words: readonly string[], make: (alt: string) => string): RegExp {
  const alt = alternation(words);
  return alt === undefined ? NEVER : new RegExp(make(alt));
}

export function compileLexicon(v: Vocabulary): Lexicon {
  const shares = alternation(v.shareWords);
  const wholes = alternation(v.shareWholes);
  const shareForms = [shares && `^${shares}(?:为|达)?$`, wholes && `^占${wholes}的?$`].filter(Boolean);
  const arabicUnits = longestFirst([...v.units, ...v.measureWords]);
  const chineseUnits = longestFirst(v.measureWords);
  const leadWords = longestFirst(v.leadWords);
  const approxBefore = kinded([
    [v.nearBefore, 'near'],
    [v.aboutBefore, 'about'],
    [v.overBefore, 'over'],
    [v.underBefore, 'under'],
  ]);
  const approxAfter = kinded([
    [v.overAfter, 'over'],
    [v.underAfter, 'under'],
    [v.aboutAfter, 'about'],
  ]);
  return {
    arabicUnits,
    chineseUnits,
    notUnit: pattern([...v.notUnits, ...v.notQuantity], (alt) => `^${alt}`),
    notUnitWord: pattern(v.notUnits, (alt) => `^${alt}`),
    countUnits: new Set(v.countWords),
    nonCountUnits: new Set(v.nonCountUnits),
    rateName: pattern(v.rateEndings, (alt) => `${alt}$`),
    boundedRate: pattern(v.boundedRates, (alt) => `${alt}$`),
    growth: pattern(v.growthWords, (alt) => alt),
    shareName: shareForms.length ? new RegExp(shareForms.join('|')) : NEVER,
    levelPart: pattern(v.levelParts, (alt) => `^${alt}`),
    otherPart: pattern(v.otherParts, (alt) => `^${alt}`),
    change: pattern(v.changeWords, (alt) => alt),
    leadWords,
    scopePrefix: pattern(v.scopeWords, (alt) => `^${alt}+`),
    clauseVerb: pattern(v.clauseVerbs, (alt) => alt),
    numberBlankUnit: new RegExp(
      // (?<!digit): one attempt per digit run, not one per digit (linear on long digit runs).
      `(?<![0-9０-９])([0-9０-９](?:[0-9０-９]|[.．,](?=[0-9０-９]))*)(${BLANK}+)(${alternation([...v.units, ...v.measureWords, '%', '％', '‰'])})`,
      'g',
    ),
    approxBefore,
    approxAfter,
    index: {
      arabicUnits: byFirstChar(wordEntries(arabicUnits)),
      chineseUnits: byFirstChar(wordEntries(chineseUnits)),
      leadWords: byLastChar(wordEntries(leadWords)),
      approxBefore: byLastChar(approxBefore),
      approxAfter: byFirstChar(approxAfter),
    },
  };
}

const compiled = new WeakMap<Vocabulary, Lexicon>();

/** The lexicon of a vocabulary, compiled on first use. */
export function lexiconOf(vocabulary: Vocabulary): Lexicon {
  let lexicon = compiled.get(vocabulary);
  if (!lexicon) {
    lexicon = compileLexicon(vocabulary);
    compiled.set(vocabulary, lexicon);
  }
  return lexicon;
}

/** The lexicon of the built-in pack's vocabulary. */
export function builtinLexicon(): Lexicon {
  return lexiconOf(loadBuiltinPack().data.vocabulary);
}

/** The lexicon a rule uses: its configuration's vocabulary (the built-in one when the data has none). */
export function lexiconFor(data: Pick<PackData, 'vocabulary'> | undefined): Lexicon {
  return data?.vocabulary ? lexiconOf(data.vocabulary) : builtinLexicon();
}
