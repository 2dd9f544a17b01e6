/**
 * The number reader: every figure in the prose with its value, shown precision, unit or measure
 * word, approximation markers, the noun it counts and its UTF-16 span. Pure: no rule logic.
 *
 * Forms read: 7619, 216297, 1,109, 98.7, 2.7亿, 4.6万, 两, 十, 二十五, 一百零八, 三千, 二〇二〇,
 * 98.7%, 百分之九十, 1.5‰, 98%～99%, 近300人, 约, 300余人, 300多人, 70%以上, 左右.
 */
import { builtinLexicon, type Lexicon } from '../figures/lexicon';
import { listedAt, listedEndingAt, type WordIndex } from '../figures/word-index';
import { CHINESE_DIGITS as CN_DIGITS } from './chinese-numerals';
import type { Paragraph, Sentence, Span } from './types';

/** What the figure reader takes from a lexicon. */
type FigureLexicon = Pick<Lexicon, 'notUnit' | 'index'>;

export type FigureRole =
  /** A count or amount with a unit or measure word: 7619个, 2.7亿元, 两次. */
  | 'quantity'
  /** 98.7%, 百分之九十, 1.5‰. */
  | 'percent'
  /** 2020年, 2021年度. */
  | 'year'
  /** 2月12日, 2021-02-26. */
  | 'date'
  /** 第三次, 第二批. */
  | 'ordinal'
  /** A bare number: 12345 (a hotline), 9号, 15:16. */
  | 'code';

export type Approximation =
  | 'near' // 近 将近 接近
  | 'about' // 约 大约 左右 上下
  | 'over' // 超过 逾 以上 余 多 之多 开外 不少于 至少
  | 'under'; // 不足 不到 以下 以内

export interface NounPhrase {
  text: string;
  span: Span;
}

export interface Figure {
  /** From an approximation prefix (近, 约) to the unit or suffix (以上). */
  span: Span;
  /** The numeral itself with its multiplier and percent sign (for ranges: both ends). */
  numberSpan: Span;
  /** The prose of `span`. */
  text: string;
  /** The value: multipliers applied (2.7亿 → 270000000); for percentages the number before % (98.7). */
  value: number;
  /** The upper end of a range (98%～99% → 99). */
  high?: number;
  /** Decimal places shown (98.7 → 1, 89.10 → 2, 7619 → 0). */
  decimals: number;
  script: 'arabic' | 'chinese';
  percent?: 'percent' | 'permille';
  /** 1e4 for 万, 1e8 for 亿. */
  multiplier?: number;
  /** The unit or measure word after the number (个, 件, 人次, 元, 个月 …). */
  unit?: string;
  approx?: Approximation;
  /** The approximation words as written: 近, 以上, 余 … */
  approxWords?: string[];
  role: FigureRole;
  /** A total marker right before the number: 共, 共计, 合计, 总计, 累计, 达, 为 … */
  lead?: string;
  /** The Han run that ends right before the number (or before its lead word), 其中 removed. */
  nounBefore?: NounPhrase;
  /** The noun right after the measure word (两次会议 → 会议), up to four characters. */
  nounAfter?: NounPhrase;
  /** The sentence (。！？； delimited) holding the figure. */
  sentence: Sentence;
  /** The paragraph holding the figure. */
  paragraph: Paragraph;
}

// ---------------------------------------------------------------------------------------------
// Chinese numerals

const CN_SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/**
 * Parse a Chinese numeral with 十 百 千 万 亿: 两 → 2, 十 → 10, 二十五 → 25, 一百零八 → 108,
 * 三千 → 3000, 四万六千 → 46000, 二〇二〇 → 2020 (positional). Undefined when not a numeral.
 */
export function parseChineseNumber(text: string): number | undefined {
  if (text === '') return undefined;
  let total = 0;
  let section = 0;
  let num = 0;
  let lastWasDigit = false;
  let sawAny = false;
  for (const ch of text) {
    if (ch in CN_DIGITS) {
      num = lastWasDigit ? num * 10 + CN_DIGITS[ch] : CN_DIGITS[ch];
      lastWasDigit = true;
      sawAny = true;
    } else if (ch in CN_SMALL_UNITS) {
      section += (lastWasDigit ? num : 1) * CN_SMALL_UNITS[ch];
      num = 0;
      lastWasDigit = false;
      sawAny = true;
    } else if (ch === '万') {
      if (!sawAny) return undefined;
      total += (section + num) * 1e4;
      section = 0;
      num = 0;
      lastWasDigit = false;
    } else if (ch === '亿') {
      if (!sawAny) return undefined;
      total = (total + section + num) * 1e8;
      section = 0;
      num = 0;
      lastWasDigit = false;
    } else {
      return undefined;
    }
  }
  return total + section + num;
}

// ---------------------------------------------------------------------------------------------
// Lexicon

// Units, measure words and the words that are no unit come from the vocabulary (rules/recommended.yaml
// `data.vocabulary`, extended by packs) through the lexicon the caller passes (figures/lexicon.ts).

const MULTIPLIERS: [string, number][] = [
  ['万亿', 1e12],
  ['千万', 1e7],
  ['百万', 1e6],
  ['亿', 1e8],
  ['万', 1e4],
];

// The words of approximation (近, 约, 超过 … before a number; 以上, 左右 … after it) are the vocabulary's.

const DIGIT = /[0-9０-９]/;
const CN_NUMERAL = /[〇零一二两三四五六七八九十百千万亿]/;

/** A table of UTF-16 code units: 1 for the given characters. Tests on code units allocate nothing (`text[i]` of a Han character does). */
function codeTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}

/** Han characters of the basic block and extension A, by code unit. */
const isHanCode = (c: number) => c >= 0x3400 && c <= 0x9fff;
const CN_NUMERAL_CODES = codeTable('〇零一二两三四五六七八九十百千万亿');
const DIGIT_CODES = codeTable('0123456789０１２３４５６７８９');
/** Characters before a digit that make it part of a code or a longer number (A4, v2, 3.5, 2-1, x/2), not a figure of its own. */
const NOT_BEFORE_DIGIT_CODES = codeTable('0123456789０１２３４５６７８９.．ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_/\\-');
/** Characters that end a noun after a measure word (blanks are no Han characters, so they end it too). */
const NOUN_STOP_CODES = codeTable('的是在已将并和与及等由为对向把被从到就都也还均全了中里内近约逾共，、。；：,;:（）()“”《》');

function toAscii(digits: string): string {
  return digits.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

const ARABIC_AT = /(?:[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9０-９]+)(?:[.．][0-9０-９]+)?/y;
const CHINESE_AT = /[〇零一二两三四五六七八九十百千万亿]+(?:点[〇零一二三四五六七八九]+)?/y;

function matchAt(re: RegExp, text: string, at: number): string | undefined {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? m[0] : undefined;
}

function startsWithAny<T>(text: string, at: number, list: readonly (readonly [string, T])[]): readonly [string, T] | undefined {
  for (const entry of list) if (text.startsWith(entry[0], at)) return entry;
  return undefined;
}

/** A unit or measure word read at `at`: at most 6 characters, and not a word the lexicon says is no unit there. */
function unitAt(text: string, at: number, units: WordIndex<string>, notUnit: RegExp): string | undefined {
  const unit = listedAt(units, text, at, 6);
  if (!unit || notUnit.test(text.slice(at, at + 6))) return undefined;
  return unit[0];
}

interface ParsedNumber {
  end: number;
  value: number;
  decimals: number;
  multiplier?: number;
}

function parseArabic(text: string, at: number): ParsedNumber | undefined {
  const raw = matchAt(ARABIC_AT, text, at);
  if (!raw) return undefined;
  const ascii = toAscii(raw).replace(/,/g, '');
  const value = Number(ascii);
  if (!Number.isFinite(value)) return undefined;
  const dot = ascii.indexOf('.');
  const decimals = dot < 0 ? 0 : ascii.length - dot - 1;
  let end = at + raw.length;
  let multiplier: number | undefined;
  const mul = startsWithAny(text, end, MULTIPLIERS);
  if (mul) {
    multiplier = mul[1];
    end += mul[0].length;
  }
  return { end, value: multiplier ? value * multiplier : value, decimals, multiplier };
}

function parseChineseAt(text: string, at: number): ParsedNumber | undefined {
  const raw = matchAt(CHINESE_AT, text, at);
  if (!raw) return undefined;
  const [int, frac] = raw.split('点');
  const whole = parseChineseNumber(int);
  if (whole === undefined) return undefined;
  let value = whole;
  let decimals = 0;
  if (frac) {
    decimals = frac.length;
    value = Number(`${whole}.${[...frac].map((c) => CN_DIGITS[c]).join('')}`);
  }
  return { end: at + raw.length, value, decimals };
}

function nounBeforeAt(text: string, end: number, floor: number): NounPhrase | undefined {
  let start = end;
  while (start > floor && isHanCode(text.charCodeAt(start - 1)) && end - start < 24) start--;
  let phrase = text.slice(start, end);
  const cut = phrase.lastIndexOf('其中');
  if (cut >= 0) {
    start += cut + 2;
    phrase = phrase.slice(cut + 2);
  }
  if (phrase === '') return undefined;
  return { text: phrase, span: { start, end } };
}

function nounAfterAt(text: string, at: number, limit: number): NounPhrase | undefined {
  let end = at;
  while (end < limit && end - at < 4) {
    const c = text.charCodeAt(end);
    if (!isHanCode(c) || NOUN_STOP_CODES[c] === 1 || CN_NUMERAL_CODES[c] === 1) break;
    end++;
  }
  if (end === at) return undefined;
  return { text: text.slice(at, end), span: { start: at, end } };
}

/** Characters a figure can start with: 1 at their UTF-16 code unit. */
const CANDIDATE_CHARS = codeTable('0123456789０１２３４５６７８９〇零一二两三四五六七八九十百千');

/** The offset of the first character in [at, end) a figure can start with; `end` when none. */
function nextCandidate(text: string, at: number, end: number): number {
  let i = at;
  while (i < end && CANDIDATE_CHARS[text.charCodeAt(i)] === 0) i++;
  return i;
}

/**
 * Read the figures of one sentence. `text` is the whole prose (offsets are document offsets); the
 * units, measure words and lead words are the lexicon's.
 */
export function readSentenceFigures(text: string, sentence: Sentence, paragraph: Paragraph, lexicon: FigureLexicon = builtinLexicon()): Figure[] {
  const out: Figure[] = [];
  const { start: from, end: to } = sentence.span;
  let i = from;
  while (i < to) {
    // The next candidate inside this sentence only: a search through the rest of the document for
    // every sentence made numeral-free text quadratic.
    i = nextCandidate(text, i, to);
    if (i >= to) break;
    const code = text.charCodeAt(i);
    const prevCode = i > 0 ? text.charCodeAt(i - 1) : -1;
    let parsed: ParsedNumber | undefined;
    let script: 'arabic' | 'chinese' = 'arabic';
    let percentPrefix: 'percent' | 'permille' | undefined;
    const numberStart = i;
    if (DIGIT_CODES[code] === 1) {
      if (prevCode >= 0 && NOT_BEFORE_DIGIT_CODES[prevCode] === 1) {
        i++;
        continue;
      }
      parsed = parseArabic(text, i);
    } else if ((text.startsWith('百分之', i) || text.startsWith('千分之', i)) && CN_NUMERAL.test(text[i + 3] ?? '')) {
      percentPrefix = text[i] === '百' ? 'percent' : 'permille';
      parsed = parseChineseAt(text, i + 3);
      script = 'chinese';
    } else if (CN_NUMERAL_CODES[code] === 1 && !(prevCode >= 0 && CN_NUMERAL_CODES[prevCode] === 1)) {
      const raw = matchAt(CHINESE_AT, text, i) ?? '';
      // A numeral needs a digit (十 alone is fine); 千家万户, 百姓 are words.
      if (/[〇零一二两三四五六七八九]/.test(raw) || raw.startsWith('十')) {
        parsed = parseChineseAt(text, i);
        script = 'chinese';
      }
    }
    if (!parsed) {
      i++;
      continue;
    }
    let end = parsed.end;
    let value = parsed.value;
    let high: number | undefined;
    let decimals = parsed.decimals;
    let percent = percentPrefix;
    const approxWords: string[] = [];
    let approx: Approximation | undefined;
    let role: FigureRole | undefined;

    // Time 15:16 and ISO dates 2021-02-26.
    if (script === 'arabic' && /^[:：][0-9]/.test(text.slice(end, end + 2))) role = 'code';
    if (script === 'arabic' && /^-[0-9]{1,2}-[0-9]{1,2}/.test(text.slice(end, end + 6))) {
      const m = /^-[0-9]{1,2}-[0-9]{1,2}/.exec(text.slice(end))!;
      end += m[0].length;
      role = 'date';
    }

    if (!role && script === 'arabic') {
      const mid = /^[余多](?=[^0-9])/.exec(text.slice(end, end + 2));
      if (mid && unitAt(text, end + 1, lexicon.index.arabicUnits, lexicon.notUnit)) {
        approxWords.push(mid[0]);
        approx = 'over';
        end += 1;
      }
      if (/^[%％]/.test(text[end] ?? '')) {
        percent = 'percent';
        end++;
      } else if (text[end] === '‰') {
        percent = 'permille';
        end++;
      }
      // Ranges: 98%～99%, 5—10人, 2016-2020年.
      const range = /^[ \t]*[～~—－\-至到][ \t]*/.exec(text.slice(end, end + 4));
      if (range && DIGIT.test(text[end + range[0].length] ?? '')) {
        const second = parseArabic(text, end + range[0].length);
        if (
          second &&
          (second.value >= value || (parsed.multiplier === undefined && second.multiplier !== undefined && second.value >= value * second.multiplier))
        ) {
          if (parsed.multiplier === undefined && second.multiplier !== undefined && !percent) value *= second.multiplier;
          high = second.value;
          decimals = Math.max(decimals, second.decimals);
          end = second.end;
          if (/^[%％]/.test(text[end] ?? '')) {
            percent = 'percent';
            end++;
          } else if (text[end] === '‰') {
            percent = 'permille';
            end++;
          }
        }
      }
    }
    if (script === 'chinese' && !percent) {
      const mid = /^[余多]/.exec(text.slice(end, end + 1));
      if (mid && unitAt(text, end + 1, lexicon.index.chineseUnits, lexicon.notUnit)) {
        approxWords.push(mid[0]);
        approx = 'over';
        end += 1;
      }
    }

    const numEnd = end;
    let unit: string | undefined;
    if (!role && !percent) {
      const blank = script === 'arabic' && /^[ \u00a0]/.test(text[end] ?? '') && !/^[ \u00a0]{2}/.test(text.slice(end, end + 2)) ? 1 : 0;
      unit = unitAt(text, end + blank, script === 'arabic' ? lexicon.index.arabicUnits : lexicon.index.chineseUnits, lexicon.notUnit);
      if (unit && parsed.multiplier && (unit === '万' || unit === '亿')) unit = undefined;
      if (unit) end += blank + unit.length;
      if (!unit && script === 'chinese') {
        i = end;
        continue;
      }
    }
    if (!role && !percent && !unit && parsed.multiplier) {
      // 2.7亿 without a unit: still an amount.
      unit = '';
    }

    if (!approx) {
      const mid = /^[余多](?![0-9])/.exec(text.slice(end, end + 1));
      if (mid && unit && script === 'arabic' && !/^[余多][少数样种次元项]/.test(text.slice(end, end + 2))) {
        approxWords.push(mid[0]);
        approx = 'over';
        end += 1;
      }
    }
    const suffix = listedAt(lexicon.index.approxAfter, text, end);
    if (suffix && (unit !== undefined || percent)) {
      approxWords.push(suffix[0]);
      approx = suffix[1];
      end += suffix[0].length;
    }

    // Prefixes: 近300人, 约, 超过.
    let start = numberStart;
    // The first listed word (at most 3 characters) ending where the number starts; 近 of 最近, 附近… is none.
    const notNear = (w: string) => !(w === '近' && /(?:最近|临近|附近|近年|近期)$/.test(text.slice(Math.max(from, start - 2), start)));
    const beforeWord = listedEndingAt(lexicon.index.approxBefore, text, start, from, 3, notNear);
    if (beforeWord) {
      approxWords.unshift(beforeWord[0]);
      approx = approx ?? beforeWord[1];
      start -= beforeWord[0].length;
    }

    if (!role) {
      if (text[numberStart - 1] === '第' || text[start - 1] === '第') role = 'ordinal';
      else if (unit === '月' || unit === '日') role = 'date';
      else if (/^[月日号]/.test(text[end] ?? '') && !unit) role = 'date';
      else if (!unit && script === 'arabic' && text.startsWith('年度', end) && value >= 1900 && value <= 2100) role = 'year';
      else if (unit === '年' && Number.isInteger(value) && value >= 1900 && value <= 2100 && script === 'arabic') role = 'year';
      else if (unit === '年' && script === 'chinese' && /^[〇零]|[〇零]/.test(text.slice(numberStart, parsed.end)) && value >= 1900) role = 'year';
      else if (percent) role = 'percent';
      else if (unit !== undefined) role = 'quantity';
      else role = 'code';
    }

    // Lead word and the noun before.
    let nounEnd = start;
    const leadWord = listedEndingAt(lexicon.index.leadWords, text, nounEnd, from);
    const lead = leadWord?.[0];
    if (lead) nounEnd -= lead.length;
    const nounBefore = nounBeforeAt(text, nounEnd, from);
    const nounAfter = unit !== undefined && !percent ? nounAfterAt(text, end, to) : undefined;

    out.push({
      span: { start, end },
      numberSpan: { start: numberStart, end: numEnd },
      text: text.slice(start, end),
      value,
      high,
      decimals,
      script,
      percent,
      multiplier: parsed.multiplier,
      unit: unit === '' ? undefined : unit,
      approx,
      approxWords: approxWords.length ? approxWords : undefined,
      role,
      lead,
      nounBefore,
      nounAfter,
      sentence,
      paragraph,
    });
    i = Math.max(end, i + 1);
  }
  return out;
}

/** Every figure in the document, in text order. Cached per document and lexicon. */
const CACHE = new WeakMap<object, WeakMap<FigureLexicon, Figure[]>>();

export function readFigures(doc: { prose: string; paragraphs: Paragraph[] }, lexicon: FigureLexicon = builtinLexicon()): Figure[] {
  let byLexicon = CACHE.get(doc);
  if (!byLexicon) CACHE.set(doc, (byLexicon = new WeakMap()));
  const cached = byLexicon.get(lexicon);
  if (cached) return cached;
  const out: Figure[] = [];
  for (const p of doc.paragraphs) {
    if (p.kind === 'doc-number' || p.kind === 'date') continue;
    for (const s of p.sentences) out.push(...readSentenceFigures(doc.prose, s, p, lexicon));
  }
  byLexicon.set(lexicon, out);
  return out;
}

/** Read the figures of a bare string (one paragraph, sentences split at 。！？；). For tests and tools. */
export function readFiguresInText(text: string, lexicon: FigureLexicon = builtinLexicon()): Figure[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || /[。！？；;!?\n]/.test(text[i])) {
      const end = i < text.length ? i + 1 : i;
      if (end > start) sentences.push({ span: { start, end }, text: text.slice(start, end) });
      start = end;
    }
  }
  const paragraph: Paragraph = { span: { start: 0, end: text.length }, text, firstLine: 0, lastLine: 0, kind: 'body', sentences };
  return sentences.flatMap((s) => readSentenceFigures(text, s, paragraph, lexicon));
}
