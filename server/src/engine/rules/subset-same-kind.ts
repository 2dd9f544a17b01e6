import type { ReportDocument } from '../document/report-document';
import { analyzeFigures } from '../figures/analysis';
import { lexiconFor } from '../figures/lexicon';
import type { Rule, RuleContext } from '../rule';
import { NO_OPTIONS } from '../rule';

export const subsetSameKind: Rule = {
  meta: {
    id: 'subset-same-kind',
    catalogue: ['FIG-005'],
    category: 'numbers',
    severity: 'info',
    fixable: 'none',
    optionsSchema: NO_OPTIONS,
    description: {
      'zh-CN': '“其中”之后的分项应与总数计数的是同一类事物',
      en: 'After 其中, the subset counts the same kind of thing as the total',
    },
    messages: {
      otherKind: {
        'zh-CN': '“其中”之后的“{part}”计数的是“{partNoun}”，而总数“{total}”计数的是“{totalNoun}”，二者不是同一类事物，读者可能误以为前者是后者的一部分。建议改写，使“其中”后的分项与总数同类。',
        en: 'After 其中, "{part}" counts {partNoun}, while the total "{total}" counts {totalNoun}: not the same kind of thing, so readers may take one for a part of the other. Rephrase so that the subset matches the total.',
      },
    },
  },
  check(doc: ReportDocument, context: RuleContext) {
    for (const s of analyzeFigures(doc, lexiconFor(context.data)).subsets) {
      context.report({
        span: { start: s.part.span.start, end: s.part.nounAfter?.span.end ?? s.part.span.end },
        messageId: 'otherKind',
        data: {
          part: s.part.text + (s.part.nounAfter?.text ?? ''),
          partNoun: s.partNoun,
          total: (s.total.nounBefore?.text.slice(-6) ?? '') + s.total.text,
          totalNoun: s.totalNoun,
        },
        related: [{ span: s.total.span, message: { 'zh-CN': `总数 ${s.total.text}`, en: `the total ${s.total.text}` } }],
      });
    }
  },
};
