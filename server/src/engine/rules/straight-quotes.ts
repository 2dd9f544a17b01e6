import { isAsciiDigit, isCjk, isHan, isLatinLetter } from '../document/chars';
import type { ReportDocument } from '../document/report-document';
import type { Paragraph } from '../document/types';
import type { LocalizedText, Rule, RuleContext, Suggestion } from '../rule';
import { NO_OPTIONS } from '../rule';

type Kind = 'double' | 'single';

interface KindMarks {
  straight: string;
  open: string;
  close: string;
}

const KINDS: Record<Kind, KindMarks> = {
  double: { straight: '"', open: '“', close: '”' },
  single: { straight: "'", open: '‘', close: '’' },
};

/** One quote mark of a kind, straight or curly, in paragraph order. */
interface Token {
  offset: number;
  /** `straight` marks get their direction from the walk; curly marks have a fixed one. */
  mark: 'straight' | 'open' | 'close';
  /** Direction given by position (straight marks only). */
  role?: 'open' | 'close';
  /** The token that closes / opens this one, when the walk pairs them. */
  partner?: Token;
}

/**
 * Is the straight mark at `i` something other than a quotation mark: an apostrophe inside a Latin
 * word (People's, Xi'an), a prime or inch mark after a digit in Latin context (5'30", 15"), or an
 * abbreviated year ('98)?
 */
function notAQuote(text: string, i: number, kind: Kind): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  if (isAsciiDigit(prev) && !isCjk(next)) return true; // 15" · 5'30"
  if (kind === 'single') {
    if (isLatinLetter(prev) && isLatinLetter(next)) return true; // People's · Xi'an
    if (isLatinLetter(prev) && !isCjk(next)) return true; // workers' rights
    // 's after a name in English prose about Chinese terms (江北's report): a possessive.
    if (next === 's' && !isLatinLetter(text[i + 2]) && prev !== undefined && !/\s/.test(prev) && !isCjk(text[i + 2])) return true;
    // '98 (an abbreviated year), unless a closing ' follows the digits ('98' as a quoted number).
    if (!isAsciiDigit(prev) && !isLatinLetter(prev) && /^\d{2}(?![\d'])/.test(text.slice(i + 1, i + 4))) return true;
  }
  return false;
}

/** A curly ’ between Latin letters is an apostrophe (People’s), not a closing quote. */
function curlyApostrophe(text: string, i: number): boolean {
  return text[i] === '’' && isLatinLetter(text[i - 1]) && isLatinLetter(text[i + 1]);
}

function touchesCjk(text: string, i: number): boolean {
  return isCjk(text[i - 1]) || isCjk(text[i + 1]);
}

function containsHan(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isHan(text[i])) return true;
  return false;
}

/**
 * Walk the quote marks of one kind through a paragraph. Curly marks keep their direction; a straight
 * mark opens when no quotation is open and closes the open one otherwise. Returns the tokens and
 * whether everything paired up.
 */
function walk(text: string, p: Paragraph, kind: Kind): { tokens: Token[]; paired: boolean; straightCount: number } {
  const marks = KINDS[kind];
  const tokens: Token[] = [];
  let open: Token | undefined;
  let paired = true;
  let straightCount = 0;
  for (let i = p.span.start; i < p.span.end; i++) {
    const ch = text[i];
    if (ch === marks.straight) {
      if (notAQuote(text, i, kind)) continue;
      straightCount++;
      const t: Token = { offset: i, mark: 'straight' };
      if (open) {
        t.role = 'close';
        t.partner = open;
        open.partner = t;
        open = undefined;
      } else {
        t.role = 'open';
        open = t;
      }
      tokens.push(t);
    } else if (ch === marks.open) {
      if (open) paired = false;
      const t: Token = { offset: i, mark: 'open' };
      open = t;
      tokens.push(t);
    } else if (ch === marks.close && !curlyApostrophe(text, i)) {
      const t: Token = { offset: i, mark: 'close' };
      if (open) {
        t.partner = open;
        open.partner = t;
        open = undefined;
      } else {
        paired = false;
      }
      tokens.push(t);
    }
  }
  if (open) paired = false;
  if (straightCount % 2 !== 0) paired = false;
  return { tokens, paired, straightCount };
}

/** Is this straight mark used in Chinese text (itself or its pair next to CJK, or Han inside)? */
function inChineseContext(text: string, t: Token): boolean {
  if (touchesCjk(text, t.offset)) return true;
  const other = t.partner;
  if (!other) return false;
  if (other.mark !== 'straight') return true; // paired with a curly mark
  if (touchesCjk(text, other.offset)) return true;
  const [a, b] = t.offset < other.offset ? [t.offset, other.offset] : [other.offset, t.offset];
  return containsHan(text, a + 1, b);
}

/** A quotation mark quoted with the other kind, so that it stays readable: ‘“’ and “‘”. */
function quoted(mark: string): string {
  return mark === '“' || mark === '”' ? `‘${mark}’` : `“${mark}”`;
}

function title(replacement: string): LocalizedText {
  return { 'zh-CN': `改为${quoted(replacement)}`, en: `Replace with "${replacement}"` };
}

export const straightQuotes: Rule = {
  meta: {
    id: 'straight-quotes',
    catalogue: ['PUN-002'],
    category: 'punctuation',
    severity: 'error',
    fixable: 'certain',
    optionsSchema: NO_OPTIONS,
    description: {
      'zh-CN': '中文文本使用弯引号“”‘’，不用直引号 " \'',
      en: 'Chinese text uses the curly quotation marks “” ‘’, not straight quotes',
    },
    messages: {
      straight: {
        'zh-CN': '中文语境中的直引号 {mark} 应改为{roleName}{shown}（GB/T 15834—2011 4.8：引号的形式为双引号“ ”、单引号‘ ’）。',
        en: 'Straight quote {mark} in Chinese text should be the {roleNameEn} "{replacement}" (GB/T 15834-2011 4.8: quotation marks are “ ” and ‘ ’).',
      },
      straightUnpaired: {
        'zh-CN': '中文语境中的直引号 {mark} 应改为弯引号（GB/T 15834—2011 4.8：引号的形式为双引号“ ”、单引号‘ ’）。本段直引号不成对，按位置推断为{roleName}{shown}，请确认。',
        en: 'Straight quote {mark} in Chinese text should be a curly quotation mark (GB/T 15834-2011 4.8). The straight quotes of this paragraph do not pair up; by position it is the {roleNameEn} "{replacement}" — please check.',
      },
    },
  },
  check(doc: ReportDocument, context: RuleContext) {
    const text = doc.prose;
    // Most paragraphs hold no straight quotation mark at all: nothing to walk. (A scan of the
    // paragraph's own range: indexOf from its start would run on to the end of a text without one.)
    const hasStraight = (p: { span: { start: number; end: number } }) => {
      for (let i = p.span.start; i < p.span.end; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x22 || c === 0x27) return true;
      }
      return false;
    };
    for (const p of doc.paragraphs) {
      if (!hasStraight(p)) continue;
      const walks = (['double', 'single'] as const).map((kind) => ({ kind, ...walk(text, p, kind) }));
      if (walks[0].straightCount + walks[1].straightCount === 0) continue;
      const straight = new Map<number, { t: Token; paired: boolean }>();
      for (const w of walks) for (const t of w.tokens) if (t.mark === 'straight') straight.set(t.offset, { t, paired: w.paired });
      const flagged = new Set<Token>();
      for (const { t } of straight.values()) if (inChineseContext(text, t)) flagged.add(t);
      // A straight mark beside one that fix-all makes curly (a CJK mark) is in Chinese context after
      // the fix, and so is its partner: flag them now, so that one fix-all pass is final.
      const queue = [...flagged];
      for (let k = 0; k < queue.length; k++) {
        const t = queue[k];
        if (!straight.get(t.offset)?.paired) continue;
        for (const n of [straight.get(t.offset - 1)?.t, straight.get(t.offset + 1)?.t, t.partner]) {
          if (!n || n.mark !== 'straight' || flagged.has(n)) continue;
          flagged.add(n);
          queue.push(n);
        }
      }
      for (const { kind, tokens, paired } of walks) {
        const marks = KINDS[kind];
        for (const t of tokens) {
          if (t.mark !== 'straight' || !flagged.has(t)) continue;
          const role = t.role as 'open' | 'close';
          const replacement = role === 'open' ? marks.open : marks.close;
          const other = role === 'open' ? marks.close : marks.open;
          const kindName = kind === 'double' ? '双' : '单';
          const data = {
            mark: marks.straight,
            replacement,
            shown: quoted(replacement),
            roleName: `${role === 'open' ? '左' : '右'}${kindName}引号`,
            roleNameEn: `${role === 'open' ? 'opening' : 'closing'} ${kind === 'double' ? 'double' : 'single'} quotation mark`,
          };
          const edit = (s: string): Suggestion => ({ title: title(s), edits: [{ start: t.offset, end: t.offset + 1, text: s }] });
          if (paired) {
            context.report({ span: { start: t.offset, end: t.offset + 1 }, messageId: 'straight', data, fix: edit(replacement) });
          } else {
            context.report({
              span: { start: t.offset, end: t.offset + 1 },
              messageId: 'straightUnpaired',
              data,
              suggestions: [edit(replacement), edit(other)],
            });
          }
        }
      }
    }
  },
};
