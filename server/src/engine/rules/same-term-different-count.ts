import type { ReportDocument } from '../document/report-document';
import { analyzeFigures } from '../figures/analysis';
import { lexiconFor } from '../figures/lexicon';
import type { Rule, RuleContext } from '../rule';
import { NO_OPTIONS } from '../rule';

export const sameTermDifferentCount: Rule = {
  meta: {
    id: 'same-term-different-count',
    catalogue: ['FIG-006', 'FIG-007'],
    category: 'numbers',
    severity: 'info',
    fixable: 'none',
    optionsSchema: NO_OPTIONS,
    description: {
      'zh-CN': '同一事物在报告中出现不同的数量时提示核对口径',
      en: 'The same counted thing with different numbers in one report: check the scope',
    },
    messages: {
      different: {
        'zh-CN': '“{phrase}”在第{firstLine}行为{first}，此处为{second}。若二者统计口径不同（如目录事项与实际审查事项），请在文中写明；否则请统一数字。',
        en: '"{phrase}" is {first} on line {firstLine} but {second} here. If the two figures have different scopes, say so in the text; otherwise make them agree.',
      },
    },
  },
  check(doc: ReportDocument, context: RuleContext) {
    for (const s of analyzeFigures(doc, lexiconFor(context.data)).sameEntity) {
      const firstLine = doc.index.toPoint(s.first.span.start).line;
      context.report({
        span: s.second.span,
        messageId: 'different',
        data: { phrase: s.phrase, first: s.first.text, second: s.second.text, firstLine },
        related: [
          {
            span: s.first.span,
            message: { 'zh-CN': `“${s.phrase}”${s.first.text}`, en: `"${s.phrase}" ${s.first.text}` },
          },
        ],
      });
    }
  },
};
