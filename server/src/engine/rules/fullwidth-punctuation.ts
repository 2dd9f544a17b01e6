import { isAsciiDigit, isCjk } from '../document/chars';
import type { ReportDocument } from '../document/report-document';
import { countBefore } from '../document/sorted';
import type { Rule, RuleContext } from '../rule';
import { NO_OPTIONS } from '../rule';
import { docNumberBracketOffsets } from './doc-number-format';

const FULLWIDTH: Partial<Record<string, string>> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };

function inMarker(doc: ReportDocument, offset: number): boolean {
  for (const h of doc.headings) {
    if (h.marker && offset >= h.marker.span.start && offset < h.marker.span.end) return true;
  }
  return false;
}

/** Is the ASCII mark at `i` part of a number, time or URL (never full-width)? */
function inNumberOrUrl(text: string, i: number): boolean {
  const ch = text[i];
  if ((ch === ',' || ch === ':') && isAsciiDigit(text[i - 1]) && isAsciiDigit(text[i + 1])) return true; // 1,000 · 15:16
  return ch === ':' && text[i + 1] === '/' && text[i + 2] === '/';
}

/** Is the ASCII mark at `i` in Chinese context and not part of a number, time or URL? */
function chineseContext(text: string, i: number): boolean {
  if (inNumberOrUrl(text, i)) return false;
  return isCjk(text[i - 1]) || isCjk(text[i + 1]);
}

/** The ASCII marks this rule may make full-width. */
const MARKS = /[,;:?!()]/g;

/** Offsets of all ASCII marks in `text`, ascending (one native scan instead of a loop per character). */
function markOffsets(text: string): number[] {
  const out: number[] = [];
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(text); m; m = MARKS.exec(text)) out.push(m.index);
  return out;
}

/** Pair ASCII parentheses among the marks marks[from, to) of one paragraph; returns partner offsets. */
function pairParens(text: string, marks: readonly number[], from: number, to: number): Map<number, number> {
  const partner = new Map<number, number>();
  const stack: number[] = [];
  for (let k = from; k < to; k++) {
    const i = marks[k];
    if (text[i] === '(') stack.push(i);
    else if (text[i] === ')' && stack.length) {
      const open = stack.pop() as number;
      partner.set(open, i);
      partner.set(i, open);
    }
  }
  return partner;
}

export const fullwidthPunctuation: Rule = {
  meta: {
    id: 'fullwidth-punctuation',
    catalogue: ['PUN-001'],
    category: 'punctuation',
    severity: 'error',
    fixable: 'certain',
    optionsSchema: NO_OPTIONS,
    description: {
      'zh-CN': '中文文本使用全角标点 ，；：？！（）',
      en: 'Chinese text uses the full-width marks ，；：？！（）',
    },
    messages: {
      halfwidth: {
        'zh-CN': '中文语境中的半角“{mark}”应为全角“{fullwidth}”（GB/T 15834—2011 第4章；《党政机关公文处理工作条例》要求标点符号用法规范）。',
        en: 'Half-width "{mark}" in Chinese text should be the full-width "{fullwidth}" (GB/T 15834-2011 §4).',
      },
    },
  },
  check(doc: ReportDocument, context: RuleContext) {
    const text = doc.prose;
    // The brackets of 汕府(2021)9号 become 〔〕, not （）: doc-number-format fixes them.
    let docNumberBrackets: Set<number> | undefined;
    const all = markOffsets(text);
    if (all.length === 0) return;
    for (const p of doc.paragraphs) {
      // The marks inside this paragraph: all[from, to).
      const from = countBefore(all.length, (n) => all[n] < p.span.start);
      const to = from + countBefore(all.length - from, (n) => all[from + n] < p.span.end);
      if (from === to) continue;
      const partner = pairParens(text, all, from, to);
      const marks = new Set<number>();
      const flagged: number[] = [];
      for (let n = from; n < to; n++) {
        const i = all[n];
        const ch = text[i];
        if (inMarker(doc, i)) continue;
        marks.add(i);
        let chinese = chineseContext(text, i);
        if (!chinese && (ch === '(' || ch === ')')) {
          const other = partner.get(i);
          chinese = other !== undefined && chineseContext(text, other);
        }
        if (chinese) flagged.push(i);
      }
      if (flagged.length === 0) continue;
      // A mark beside one that becomes full-width (or the partner of a paren that does) is in Chinese
      // context after the fix: flag it now, so that one fix-all pass is final (中文::: → 中文：：：).
      const isFlagged = new Set(flagged);
      for (let k = 0; k < flagged.length; k++) {
        const i = flagged[k];
        for (const j of [i - 1, i + 1, partner.get(i)]) {
          if (j === undefined || !marks.has(j) || isFlagged.has(j) || inNumberOrUrl(text, j)) continue;
          isFlagged.add(j);
          flagged.push(j);
        }
      }
      for (const i of [...isFlagged].sort((a, b) => a - b)) {
        const ch = text[i];
        const fullwidth = FULLWIDTH[ch] as string;
        if (ch === '(' || ch === ')') {
          docNumberBrackets ??= docNumberBracketOffsets(text);
          if (docNumberBrackets.has(i)) continue;
        }
        const demoted = context.source === 'published-copy';
        context.report({
          span: { start: i, end: i + 1 },
          messageId: 'halfwidth',
          data: { mark: ch, fullwidth },
          publishedCopyDemoted: demoted || undefined,
          fix: {
            title: { 'zh-CN': `改为全角“${fullwidth}”`, en: `Replace with full-width "${fullwidth}"` },
            edits: [{ start: i, end: i + 1, text: fullwidth }],
          },
        });
      }
    }
  },
};
