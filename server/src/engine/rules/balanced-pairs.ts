import { isBlank, isLatinLetter } from '../document/chars';
import type { ReportDocument } from '../document/report-document';
import type { Paragraph } from '../document/types';
import type { Rule, RuleContext } from '../rule';
import { NO_OPTIONS } from '../rule';

/** A family of paired marks. ASCII ( ) balance with （ ） here: their width is PUN-001's job. */
interface Family {
  id: string;
  opens: string;
  closes: string;
  openName: LocalizedName;
  closeName: LocalizedName;
}

interface LocalizedName {
  zh: string;
  en: string;
}

const FAMILIES: Family[] = [
  { id: 'double-quote', opens: '“', closes: '”', openName: { zh: '左双引号', en: 'opening double quotation mark' }, closeName: { zh: '右双引号', en: 'closing double quotation mark' } },
  { id: 'single-quote', opens: '‘', closes: '’', openName: { zh: '左单引号', en: 'opening single quotation mark' }, closeName: { zh: '右单引号', en: 'closing single quotation mark' } },
  { id: 'title', opens: '《', closes: '》', openName: { zh: '左书名号', en: 'opening title mark' }, closeName: { zh: '右书名号', en: 'closing title mark' } },
  { id: 'inner-title', opens: '〈', closes: '〉', openName: { zh: '左单书名号', en: 'opening single title mark' }, closeName: { zh: '右单书名号', en: 'closing single title mark' } },
  { id: 'paren', opens: '（(', closes: '）)', openName: { zh: '左括号', en: 'opening parenthesis' }, closeName: { zh: '右括号', en: 'closing parenthesis' } },
  { id: 'tortoise', opens: '〔', closes: '〕', openName: { zh: '左六角括号', en: 'opening tortoise-shell bracket' }, closeName: { zh: '右六角括号', en: 'closing tortoise-shell bracket' } },
  { id: 'lenticular', opens: '【', closes: '】', openName: { zh: '左方头括号', en: 'opening lenticular bracket' }, closeName: { zh: '右方头括号', en: 'closing lenticular bracket' } },
];

const BY_CHAR = new Map<string, { family: Family; side: 'open' | 'close'; index: number }>();
for (const family of FAMILIES) {
  [...family.opens].forEach((ch, index) => BY_CHAR.set(ch, { family, side: 'open', index }));
  [...family.closes].forEach((ch, index) => BY_CHAR.set(ch, { family, side: 'close', index }));
}
/** Any paired mark: the scan jumps from one to the next natively instead of looking at every character. */
const ANY_MARK = new RegExp(`[${[...BY_CHAR.keys()].map((c) => c.replace(/[()\\\][^-]/g, '\\$&')).join('')}]`, 'g');

/** A quotation mark is quoted with the other kind, so that it stays readable: ‘“’ and “‘”. */
function quoted(mark: string): string {
  return mark === '“' || mark === '”' ? `‘${mark}’` : `“${mark}”`;
}

/**
 * A closing parenthesis after a bare enumerator (`1)`, `a)`, `一)`) at the start of the paragraph or
 * after a separator: a list marker, not half of a pair. Its form is another rule's job.
 */
function enumeratorParen(text: string, p: Paragraph, i: number): boolean {
  // `before` is shorter than 6 characters only at the start of the paragraph, where `^` matches.
  const before = text.slice(Math.max(p.span.start, i - 6), i);
  return /(^|[\s\u3000：:；;，,。、])(\d{1,2}|[A-Za-z]|[一二三四五六七八九十]{1,3})$/.test(before);
}

interface Unmatched {
  offset: number;
  family: Family;
  side: 'open' | 'close';
  index: number;
}

function scanParagraph(doc: ReportDocument, p: Paragraph): Unmatched[] {
  const text = doc.prose;
  const stacks = new Map<Family, Unmatched[]>();
  const out: Unmatched[] = [];
  // Searched in the paragraph's own text, so that the native search cannot run on past its end.
  const own = text.slice(p.span.start, p.span.end);
  ANY_MARK.lastIndex = 0;
  for (let m = ANY_MARK.exec(own); m; m = ANY_MARK.exec(own)) {
    const i = p.span.start + m.index;
    const ch = m[0];
    const hit = BY_CHAR.get(ch)!;
    const { family, side, index } = hit;
    // ’ between Latin letters is an apostrophe (People’s), not a closing quotation mark.
    if (ch === '’' && isLatinLetter(text[i - 1]) && isLatinLetter(text[i + 1])) continue;
    let stack = stacks.get(family);
    if (!stack) stacks.set(family, (stack = []));
    if (side === 'open') {
      stack.push({ offset: i, family, side, index });
    } else if (stack.length) {
      stack.pop();
    } else {
      if (ch === '’' && isLatinLetter(text[i - 1])) continue; // workers’ rights
      if (family.id === 'paren' && enumeratorParen(text, p, i)) continue;
      out.push({ offset: i, family, side, index });
    }
  }
  for (const stack of stacks.values()) out.push(...stack);
  return out.sort((a, b) => a.offset - b.offset);
}

/** The first character of a paragraph that is not blank. */
function firstChar(text: string, p: Paragraph): string | undefined {
  for (let i = p.span.start; i < p.span.end; i++) if (!isBlank(text[i])) return text[i];
  return undefined;
}

/**
 * A plain-text paragraph is one line, so a hard-wrapped text (copied from a PDF) splits
 * `《……》` over two "paragraphs". When two paragraphs are adjacent lines (no blank line between),
 * marks left open at the end of the first are closed by marks left unopened in the second.
 */
function joinWrappedLines(paragraphs: Paragraph[], results: Unmatched[][]): void {
  for (let i = 0; i + 1 < paragraphs.length; i++) {
    if (paragraphs[i + 1].firstLine !== paragraphs[i].lastLine + 1) continue;
    for (const family of FAMILIES) {
      const opens = results[i].filter((u) => u.family === family && u.side === 'open');
      const closes = results[i + 1].filter((u) => u.family === family && u.side === 'close');
      const k = Math.min(opens.length, closes.length);
      if (k === 0) continue;
      const matched = new Set<Unmatched>([...opens.slice(opens.length - k), ...closes.slice(0, k)]);
      results[i] = results[i].filter((u) => !matched.has(u));
      results[i + 1] = results[i + 1].filter((u) => !matched.has(u));
    }
  }
}

export const balancedPairs: Rule = {
  meta: {
    id: 'balanced-pairs',
    catalogue: ['PUN-010'],
    category: 'punctuation',
    severity: 'error',
    fixable: 'none',
    optionsSchema: NO_OPTIONS,
    description: {
      'zh-CN': '成对标号（引号、书名号、括号等）在段内配对',
      en: 'Paired marks (quotation marks, title marks, brackets) balance within a paragraph',
    },
    messages: {
      unclosed: {
        'zh-CN': '本段的{markName}{mark}没有配对的{missingName}{missing}：成对使用的标号应前后配对（GB/T 15834—2011 第4章）。请补上{missingName}，或删去多余的{markName}。',
        en: 'The {markNameEn} {markEn} in this paragraph has no matching {missingNameEn} {missingEn}: paired marks come in pairs (GB/T 15834-2011 §4). Add the {missingNameEn} or remove the extra {markNameEn}.',
      },
      unopened: {
        'zh-CN': '本段的{markName}{mark}前面没有配对的{missingName}{missing}：成对使用的标号应前后配对（GB/T 15834—2011 第4章）。请补上{missingName}，或删去多余的{markName}。',
        en: 'The {markNameEn} {markEn} in this paragraph has no matching {missingNameEn} {missingEn} before it: paired marks come in pairs (GB/T 15834-2011 §4). Add the {missingNameEn} or remove the extra {markNameEn}.',
      },
      quoteContinues: {
        'zh-CN': '本段的左双引号‘“’在段末仍未闭合，下一段以‘“’开头：如为跨段引文（每段开头用前引号，只在最后一段末尾用后引号），可以不改；否则请补上右双引号‘”’（GB/T 15834—2011 第4章）。',
        en: 'The opening double quotation mark “ is still open at the end of this paragraph, and the next paragraph starts with “: fine for a quotation that runs over several paragraphs (each paragraph opens with “, only the last one closes with ”); otherwise add the closing ” (GB/T 15834-2011 §4).',
      },
    },
  },
  check(doc: ReportDocument, context: RuleContext) {
    const text = doc.prose;
    const results = doc.paragraphs.map((p) => scanParagraph(doc, p));
    joinWrappedLines(doc.paragraphs, results);
    doc.paragraphs.forEach((p, pi) => {
      const unmatched = results[pi];
      if (unmatched.length === 0) return;
      // The long-citation convention: a quotation that stays open and the next paragraph opens with “.
      const next = doc.paragraphs[pi + 1];
      const continues = next !== undefined && firstChar(text, next) === '“';
      const lastOpenQuote = continues
        ? [...unmatched].reverse().find((u) => u.family.id === 'double-quote' && u.side === 'open')
        : undefined;
      for (const u of unmatched) {
        const span = { start: u.offset, end: u.offset + 1 };
        if (u === lastOpenQuote) {
          context.report({ span, messageId: 'quoteContinues', severity: 'warning' });
          continue;
        }
        const mark = text[u.offset];
        const missing = u.side === 'open' ? u.family.closes[u.index] : u.family.opens[u.index];
        const markName = u.side === 'open' ? u.family.openName : u.family.closeName;
        const missingName = u.side === 'open' ? u.family.closeName : u.family.openName;
        context.report({
          span,
          messageId: u.side === 'open' ? 'unclosed' : 'unopened',
          data: {
            mark: quoted(mark),
            markEn: `"${mark}"`,
            missing: quoted(missing),
            missingEn: `"${missing}"`,
            markName: markName.zh,
            markNameEn: markName.en,
            missingName: missingName.zh,
            missingNameEn: missingName.en,
          },
        });
      }
    });
  },
};
