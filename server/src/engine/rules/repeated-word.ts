import { isHan } from '../document/chars';
import { sentencePieces } from '../document/nlcst';
import type { ReportDocument } from '../document/report-document';
import type { Span } from '../document/types';
import { loadBuiltinPack } from '../pack/builtin-pack';
import type { Vocabulary } from '../pack/vocabulary';
import type { Rule, RuleContext } from '../rule';
import { NO_OPTIONS } from '../rule';

interface Token {
  value: string;
  span: Span;
}

/** Punctuation that ends a clause. */
const CLAUSE_END = /^[，、；。：！？,;:!?]$/;
/** Quotation and title marks: repeated words inside or across them are quotations or names. */
const QUOTE = /[“”‘’《》〈〉「」『』"]/;
/** At most this many characters between the two occurrences in one clause. */
const MAX_GAP = 20;

function hasHan(value: string): boolean {
  for (const ch of value) if (isHan(ch)) return true;
  return false;
}

/**
 * One character between the two occurrences is a fixed frame, not a slip: 应公开尽公开, 能干事干成事,
 * 边整改边落实. Returns true for such frames (and for nothing at all between them).
 */
function framed(between: string): boolean {
  return between.replace(/[\s\u00a0\u3000]/g, '').length < 2;
}

/** A doubling that is ordinary Chinese: 常常, 天天, 件件, and 一个一个, 一步一步. */
function normalReduplication(value: string, functionWords: ReadonlySet<string>): boolean {
  if (value.length === 1) return !functionWords.has(value);
  return /^[一两].$/.test(value);
}

/** Numbers and ordinals (十九大和十九届) are not verbs. */
function numeric(value: string): boolean {
  return /[0-9０-９]/.test(value) || /^[〇零一二两三四五六七八九十百千万亿第]+$/.test(value);
}

const CLAUSE_ENDS = /[，、；。：！？,;:!?]/g;
const BLANK = /[\s\u00a0\u3000]/;
const BLANKS = /[\s\u00a0\u3000]+/g;

/**
 * The vocabulary's function words (never doubled on purpose: 的的, 了了, 在在) and coordinators (words
 * that join two parallel phrases: 社会效果和法律效果, 执法人员培训及业务考核), as sets built once per
 * vocabulary. `codes`: the one-character function words, for the candidate test.
 */
interface RepeatWords {
  functionWords: ReadonlySet<string>;
  codes: ReadonlySet<number>;
  coordinators: ReadonlySet<string>;
}
const repeatWordsCache = new WeakMap<Vocabulary, RepeatWords>();
function repeatWordsOf(vocabulary: Vocabulary = loadBuiltinPack().data.vocabulary): RepeatWords {
  let words = repeatWordsCache.get(vocabulary);
  if (!words) {
    const functionWords = new Set(vocabulary.functionWords);
    const codes = new Set([...functionWords].filter((w) => w.length === 1).map((w) => w.charCodeAt(0)));
    words = { functionWords, codes, coordinators: new Set(vocabulary.coordinators) };
    repeatWordsCache.set(vocabulary, words);
  }
  return words;
}
/** Beyond this many comparisons a clause counts as a candidate (it is then segmented, as before). */
const COMPARE_BUDGET = 1 << 15;

/**
 * Could the clause (blanks removed) hold a finding? A cheap, exact over-approximation of both checks,
 * so that only candidate sentences are segmented into words (and a document without any never loads
 * jieba): (a) a doubled word is a square `WW` in the clause — a function word doubled (的的) or a square
 * of two or more characters; (b) a repeat that closes the clause ends with the clause's last two
 * characters, which then occur earlier with at least two characters between.
 */
function clauseMayRepeat(clause: string, functionCodes: ReadonlySet<number>): boolean {
  const c = BLANK.test(clause) ? clause.replace(BLANKS, '') : clause;
  const n = c.length;
  if (n < 2) return false;
  if (n >= 6 && c.lastIndexOf(c.slice(n - 2), n - 6) >= 0) return true;
  let budget = COMPARE_BUDGET;
  for (let i = 0; i + 1 < n; i++) {
    const a = c.charCodeAt(i);
    const b = c.charCodeAt(i + 1);
    if (a === b && functionCodes.has(a)) return true;
    // A square of length d ≥ 2 at q = i − d: c[q, i) === c[i, i + d), so its first bigram recurs at i.
    for (let q = i - 2; q >= 0 && 2 * i - q <= n; q--) {
      if (--budget < 0) return true;
      if (c.charCodeAt(q) !== a || c.charCodeAt(q + 1) !== b) continue;
      let k = 2;
      const d = i - q;
      while (k < d && c.charCodeAt(q + k) === c.charCodeAt(i + k)) k++;
      budget -= k;
      if (k === d) return true;
    }
  }
  return false;
}

/** Whether any clause of the sentence may hold a finding (see clauseMayRepeat). */
export function sentenceMayRepeat(text: string, codes: ReadonlySet<number> = repeatWordsOf().codes): boolean {
  let start = 0;
  CLAUSE_ENDS.lastIndex = 0;
  for (let m = CLAUSE_ENDS.exec(text); ; m = CLAUSE_ENDS.exec(text)) {
    const i = m ? m.index : text.length;
    if (i - start >= 2 && clauseMayRepeat(text.slice(start, i), codes)) return true;
    if (!m) return false;
    start = i + 1;
  }
}

export const repeatedWord: Rule = {
  meta: {
    id: 'repeated-word',
    catalogue: [],
    category: 'style',
    severity: 'info',
    fixable: 'suggestion',
    optionsSchema: NO_OPTIONS,
    needsTokens: true,
    description: {
      'zh-CN': '同一个词连写两次，或在同一短分句中重复（通过办理……办理）',
      en: 'A word written twice in a row, or repeated within one short clause',
    },
    messages: {
      doubled: {
        'zh-CN': '“{word}”连写了两次，可能是笔误，请删去一个。',
        en: '"{word}" is written twice in a row, probably a typo; delete one.',
      },
      repeatedInClause: {
        'zh-CN': '“{word}”在同一分句中出现两次（“{excerpt}”），可能多写了一处，请核对后删去或改写。',
        en: '"{word}" occurs twice in one clause ("{excerpt}"); one is probably redundant. Check and delete or rephrase.',
      },
    },
  },
  check(doc: ReportDocument, context: RuleContext) {
    const prose = doc.prose;
    const words = repeatWordsOf(context.data.vocabulary);
    for (const paragraph of doc.paragraphs) {
      for (const s of paragraph.sentences) {
        // Only sentences that may hold a finding are segmented (the same words as doc.nlcst has).
        if (!sentenceMayRepeat(s.text, words.codes)) continue;
        const pieces = sentencePieces(s, doc.segmenter);
        let previous: Token | undefined; // the last word, if nothing but blanks came after it
        let clause: Token[] = [];
        let end = s.span.start;
        for (let n = 0; n < pieces.length; n++) {
          const [value, type] = pieces[n];
          const start = end;
          end += value.length;
          if (type === 'WhiteSpaceNode') continue;
          if (type !== 'WordNode') {
            previous = undefined;
            if (type === 'PunctuationNode' && CLAUSE_END.test(value)) clause = [];
            continue;
          }
          const token: Token = { value, span: { start, end } };

          // (a) The same word twice in a row: 的的, 进行进行.
          if (previous && previous.value === value && hasHan(value) && !normalReduplication(value, words.functionWords)) {
            context.report({
              span: { start: previous.span.start, end: token.span.end },
              messageId: 'doubled',
              data: { word: value },
              suggestions: [
                {
                  title: { 'zh-CN': `删去重复的“${value}”`, en: `Delete the repeated "${value}"` },
                  edits: [{ start: previous.span.end, end: token.span.end, text: '' }],
                },
              ],
            });
          } else if (value.length >= 2 && hasHan(value) && !numeric(value)) {
            // (b) The same word twice in one short clause, the second time closing the clause:
            // 通过办理行政复议案件办理，
            let m = n + 1; // the next piece that is not a blank (no copy of the rest: linear per sentence)
            while (m < pieces.length && pieces[m][1] === 'WhiteSpaceNode') m++;
            const next = pieces[m];
            const closesClause = !next || (next[1] === 'PunctuationNode' && CLAUSE_END.test(next[0]));
            const earlier = closesClause ? clause.find((c) => c.value === value) : undefined;
            if (earlier && earlier.span.end < token.span.start && token.span.start - earlier.span.end <= MAX_GAP) {
              const between = prose.slice(earlier.span.end, token.span.start);
              const startIdx = clause.indexOf(earlier);
              const wordsBetween = clause.slice(startIdx + 1).map((c) => c.value);
              const quoted = QUOTE.test(prose.slice(earlier.span.start, token.span.end));
              const coordinated = wordsBetween.some((w) => words.coordinators.has(w));
              if (!framed(between) && !quoted && !coordinated) {
                context.report({
                  span: token.span,
                  messageId: 'repeatedInClause',
                  data: { word: value, excerpt: prose.slice(earlier.span.start, token.span.end) },
                  related: [
                    {
                      span: earlier.span,
                      message: { 'zh-CN': `第一次出现的“${value}”`, en: `the first "${value}"` },
                    },
                  ],
                });
              }
            }
          }
          clause.push(token);
          previous = token;
        }
      }
    }
  },
};
