import { isAsciiDigit, isCjk } from '../document/chars';
import type { ReportDocument } from '../document/report-document';
import type { Rule, RuleContext } from '../rule';

const FULLWIDTH: Partial<Record<string, string>> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };

function inMarker(doc: ReportDocument, offset: number): boolean {
  for (const h of doc.headings) {
    if (h.marker && offset >= h.marker.span.start && offset < h.marker.span.end) return true;
  }
  return false;
}

/** Is the ASCII mark at `i` in Chinese context and not part of a number, time or URL? */
function chineseContext(text: string, i: number): boolean {
  const ch = text[i];
  const prev = text[i - 1];
  const next = text[i + 1];
  if ((ch === ',' || ch === ':') && isAsciiDigit(prev) && isAsciiDigit(next)) return false; // 1,000 · 15:16
  if (ch === ':' && next === '/' && text[i + 2] === '/') return false;
  return isCjk(prev) || isCjk(next);
}

/** Pair ASCII parentheses inside one paragraph; returns partner offsets. */
function pairParens(text: string, start: number, end: number): Map<number, number> {
  const partner = new Map<number, number>();
  const stack: number[] = [];
  for (let i = start; i < end; i++) {
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
    for (const p of doc.paragraphs) {
      const partner = pairParens(text, p.span.start, p.span.end);
      for (let i = p.span.start; i < p.span.end; i++) {
        const ch = text[i];
        const fullwidth = FULLWIDTH[ch];
        if (fullwidth === undefined || inMarker(doc, i)) continue;
        let flagged = chineseContext(text, i);
        if (!flagged && (ch === '(' || ch === ')')) {
          const other = partner.get(i);
          flagged = other !== undefined && chineseContext(text, other);
        }
        if (!flagged) continue;
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
