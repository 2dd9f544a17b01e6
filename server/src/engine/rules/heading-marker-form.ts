import type { ReportDocument } from '../document/report-document';
import type { HeadingMarker } from '../document/types';
import type { Rule, RuleContext } from '../rule';
import { NO_OPTIONS } from '../rule';

const ASCII_PAREN = /[()]/;

/** The punctuation written after a marker's closing parenthesis: `（一）、` → `、`. */
function trailingAfterParen(marker: HeadingMarker): string {
  const close = Math.max(marker.text.lastIndexOf('）'), marker.text.lastIndexOf(')'));
  return close >= 0 ? marker.text.slice(close + 1) : '';
}

/** Which message fits the marker, and whether its only evidence is a parenthesis a scraper may have made. */
function classify(marker: HeadingMarker): { messageId: string; parenWidthOnly: boolean; extra: string } | undefined {
  switch (marker.form) {
    case 'canonical':
      return undefined;
    case 'ascii-parens':
    case 'mixed-parens':
    case 'trailing-punct': {
      const trailing = trailingAfterParen(marker);
      // Punctuation after a bracketed marker is wrong in either width: never demoted.
      if (trailing) return { messageId: 'punctAfterParens', parenWidthOnly: false, extra: trailing };
      return {
        messageId: marker.form === 'ascii-parens' ? 'asciiParens' : 'mixedParens',
        parenWidthOnly: true,
        extra: '',
      };
    }
    case 'dunhao-after-digit':
      return { messageId: 'dunhaoAfterDigit', parenWidthOnly: false, extra: '' };
    case 'fullwidth-dot':
      return { messageId: 'fullwidthDot', parenWidthOnly: false, extra: '' };
    case 'wrong-punct-after-chinese':
      return { messageId: 'chineseNumeralPunct', parenWidthOnly: false, extra: marker.text.slice(-1) };
  }
}

export const headingMarkerForm: Rule = {
  meta: {
    id: 'heading-marker-form',
    catalogue: ['FMT-004', 'PUN-008'],
    category: 'format',
    severity: 'error',
    fixable: 'certain',
    optionsSchema: NO_OPTIONS,
    description: {
      'zh-CN': '标题序号的写法：“一、”“（一）”“1.”“（1）”',
      en: 'Heading markers are written 一、 （一） 1. （1）',
    },
    messages: {
      asciiParens: {
        'zh-CN': '序号“{marker}”使用了半角括号，应为全角“{canonical}”（GB/T 9704—2012 7.3.3；GB/T 15834—2011 附录B）。',
        en: 'The marker "{marker}" uses half-width parentheses; write the full-width "{canonical}" (GB/T 9704-2012 7.3.3; GB/T 15834-2011 Annex B).',
      },
      mixedParens: {
        'zh-CN': '序号“{marker}”的括号全角、半角混用，应为“{canonical}”（GB/T 9704—2012 7.3.3；GB/T 15834—2011 附录B）。',
        en: 'The marker "{marker}" mixes full-width and half-width parentheses; write "{canonical}" (GB/T 9704-2012 7.3.3; GB/T 15834-2011 Annex B).',
      },
      punctAfterParens: {
        'zh-CN': '带括号的序号后不加任何点号：“{marker}”中的“{extra}”应删去，写作“{canonical}”（GB/T 15834—2011 附录B）。',
        en: 'A bracketed marker takes no punctuation after it: drop the "{extra}" in "{marker}" and write "{canonical}" (GB/T 15834-2011 Annex B).',
      },
      dunhaoAfterDigit: {
        'zh-CN': '阿拉伯数字序号后用下脚点，不用顿号：“{marker}”应为“{canonical}”（GB/T 15834—2011 附录B；GB/T 9704—2012 7.3.3）。',
        en: 'An Arabic-numeral marker takes a full stop (.), not the enumeration comma: "{marker}" should be "{canonical}" (GB/T 15834-2011 Annex B; GB/T 9704-2012 7.3.3).',
      },
      fullwidthDot: {
        'zh-CN': '序号“{marker}”使用了全角点“．”，规范写法为半角下脚点“{canonical}”（GB/T 9704—2012 7.3.3）；全角点可以接受，仅作提示。',
        en: 'The marker "{marker}" uses the full-width point "．"; the standard form is "{canonical}" (GB/T 9704-2012 7.3.3). Acceptable; shown as a hint only.',
      },
      chineseNumeralPunct: {
        'zh-CN': '不带括号的汉字数字序号后用顿号：“{marker}”应为“{canonical}”（GB/T 15834—2011 附录B；GB/T 9704—2012 7.3.3）。',
        en: 'A Chinese-numeral marker without brackets takes the enumeration comma 、: "{marker}" should be "{canonical}" (GB/T 15834-2011 Annex B; GB/T 9704-2012 7.3.3).',
      },
    },
  },
  check(doc: ReportDocument, context: RuleContext) {
    for (const h of doc.headings) {
      const marker = h.marker;
      if (!marker || marker.text === marker.canonical) continue;
      const kind = classify(marker);
      if (!kind) continue;
      const demoted = kind.parenWidthOnly && context.source === 'published-copy' && ASCII_PAREN.test(marker.text);
      const change = {
        title: { 'zh-CN': `改为“${marker.canonical}”`, en: `Change to "${marker.canonical}"` },
        edits: [{ start: marker.span.start, end: marker.span.end, text: marker.canonical }],
      };
      context.report({
        span: marker.span,
        messageId: kind.messageId,
        data: { marker: marker.text, canonical: marker.canonical, extra: kind.extra },
        severity: kind.messageId === 'fullwidthDot' ? 'info' : undefined,
        publishedCopyDemoted: demoted || undefined,
        // `1．` is an accepted form: offer the change, but fix-all leaves it alone.
        ...(kind.messageId === 'fullwidthDot' ? { suggestions: [change] } : { fix: change }),
      });
    }
  },
};
