import type { ReportDocument } from '../document/report-document';
import { analyzeFigures } from '../figures/analysis';
import { lexiconFor } from '../figures/lexicon';
import type { Rule, RuleContext } from '../rule';
import { NO_OPTIONS } from '../rule';

export const rateBounds: Rule = {
  meta: {
    id: 'rate-bounds',
    catalogue: ['FIG-003'],
    category: 'numbers',
    severity: 'error',
    fixable: 'none',
    optionsSchema: NO_OPTIONS,
    description: {
      'zh-CN': '占比、满意率、覆盖率、办结率等比率不超过100%（增长率、完成率除外）',
      en: 'Shares and rates such as 占比, 满意率, 覆盖率 and 办结率 stay within 100% (growth and completion rates excepted)',
    },
    messages: {
      over: {
        'zh-CN': '“{name}”为{value}，超过了{limit}：部分不可能多于整体。请核对数字（《党政机关公文处理工作条例》要求审核数字是否准确）；若指增长幅度，请写明“增长”“同比”等。',
        en: '"{name}" is {value}, more than {limit}: a part cannot exceed the whole. Check the figure (the 公文条例 asks reviewers to check that figures are accurate); if a growth is meant, say 增长 or 同比.',
      },
    },
  },
  check(doc: ReportDocument, context: RuleContext) {
    for (const b of analyzeFigures(doc, lexiconFor(context.data)).bounds) {
      context.report({
        span: b.rate.span,
        messageId: 'over',
        severity: b.strict ? undefined : 'warning',
        data: { name: b.label, value: b.rate.text, limit: b.rate.percent === 'permille' ? '1000‰' : '100%' },
      });
    }
  },
};
