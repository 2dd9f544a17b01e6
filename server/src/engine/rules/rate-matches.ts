import type { ReportDocument } from '../document/report-document';
import { formatValue, analyzeFigures } from '../figures/analysis';
import { lexiconFor } from '../figures/lexicon';
import type { Rule, RuleContext } from '../rule';
import { NO_OPTIONS } from '../rule';

export const rateMatches: Rule = {
  meta: {
    id: 'rate-matches',
    catalogue: ['FIG-002'],
    category: 'numbers',
    severity: 'warning',
    fixable: 'none',
    optionsSchema: NO_OPTIONS,
    description: {
      'zh-CN': '同一句中给出分子和分母的比率，应等于两数相除（按所示位数四舍五入）',
      en: 'A rate given next to its numerator and denominator equals their ratio, rounded to the digits shown',
    },
    messages: {
      mismatch: {
        'zh-CN': '{name}与所列数字不符：{num} / {den} = {ratio}{sign}，按所示位数应为{rounded}{sign}，文中为{shown}{sign}。请核对比率或其分子、分母（《党政机关公文处理工作条例》要求审核数字是否准确）。',
        en: 'The rate {name} does not match the counts given: {num} / {den} = {ratio}{sign}, which rounds to {rounded}{sign}, but the text says {shown}{sign}. Check the rate or its counts (the 公文条例 asks reviewers to check that figures are accurate).',
      },
    },
  },
  check(doc: ReportDocument, context: RuleContext) {
    for (const r of analyzeFigures(doc, lexiconFor(context.data)).rates) {
      if (r.ok) continue;
      const sign = r.rate.percent === 'permille' ? '‰' : '%';
      context.report({
        span: r.rate.span,
        messageId: 'mismatch',
        // A share after 其中 is tied to its part by position only (catalogue: I when the rate does not repeat the part's label).
        severity: r.kind === 'share' ? 'info' : undefined,
        data: {
          name: r.kind === 'share' ? '占比' : `${r.label}率`,
          num: formatValue(r.numerator.value, r.numerator.decimals),
          den: formatValue(r.denominator.value, r.denominator.decimals),
          ratio: r.ratio.toFixed(r.rate.decimals + 1),
          rounded: r.rounded.toFixed(r.rate.decimals),
          shown: r.rate.value.toFixed(r.rate.decimals),
          sign,
        },
        related: [
          { span: r.numerator.span, message: { 'zh-CN': `分子 ${r.numerator.text}`, en: `numerator ${r.numerator.text}` } },
          { span: r.denominator.span, message: { 'zh-CN': `分母 ${r.denominator.text}`, en: `denominator ${r.denominator.text}` } },
        ],
      });
    }
  },
};
