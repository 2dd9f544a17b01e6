import type { ReportDocument } from '../document/report-document';
import { analyzeFigures, formatSum, shownValue, type TotalCheck } from '../figures/analysis';
import { lexiconFor } from '../figures/lexicon';
import type { Rule, RuleContext, Severity } from '../rule';
import { NO_OPTIONS } from '../rule';

/** How sure the check is that the parts should add up to the total. */
export function totalSeverity(t: TotalCheck): Severity | undefined {
  if (t.status === 'ok') return undefined;
  if (t.status === 'above') return t.exhaustive ? 'warning' : 'info';
  if (t.exhaustive === 'other') return 'warning';
  if (t.exhaustive === 'levels') return 'info';
  return undefined;
}

function partsText(t: TotalCheck): string {
  return t.parts.map((p) => `${p.nounBefore?.text.slice(-6) ?? ''}${shownValue(p)}`).join(' + ');
}

export const totalEqualsParts: Rule = {
  meta: {
    id: 'total-equals-parts',
    catalogue: ['FIG-001'],
    category: 'numbers',
    severity: 'warning',
    fixable: 'suggestion',
    optionsSchema: NO_OPTIONS,
    description: {
      'zh-CN': '“共N个，其中A个、B个……”的分项之和应与总数一致',
      en: 'The parts listed after 其中 (or before 合计) add up to the stated total',
    },
    messages: {
      above: {
        'zh-CN': '分项之和大于总数：{parts} = {sum}{unit}，而总数为{total}{unit}。请核对总数或各分项（《党政机关公文处理工作条例》要求审核数字是否准确）。',
        en: 'The parts add up to more than the total: {parts} = {sum}{unit}, but the total is {total}{unit}. Check the total or the parts (the 公文条例 asks reviewers to check that figures are accurate).',
      },
      below: {
        'zh-CN': '分项之和小于总数：{parts} = {sum}{unit}，而总数为{total}{unit}（{why}，各分项应合计为总数）。请核对总数或各分项（《党政机关公文处理工作条例》要求审核数字是否准确）。',
        en: 'The parts add up to less than the total: {parts} = {sum}{unit}, but the total is {total}{unit} ({whyEn}, so the parts should make up the total). Check the total or the parts (the 公文条例 asks reviewers to check that figures are accurate).',
      },
    },
  },
  check(doc: ReportDocument, context: RuleContext) {
    for (const t of analyzeFigures(doc, lexiconFor(context.data)).totals) {
      const severity = totalSeverity(t);
      if (!severity) continue;
      const sum = formatSum(t);
      const unit = t.total.unit ?? '';
      const first = t.form === 'qizhong' ? t.total : t.parts[0];
      const last = t.form === 'qizhong' ? t.parts[t.parts.length - 1] : t.total;
      const why = t.exhaustive === 'other' ? '列有“其他”项' : t.exhaustive === 'levels' ? '按层级（市级、县级等）分列' : '';
      const whyEn = t.exhaustive === 'other' ? 'a part is named 其他' : t.exhaustive === 'levels' ? 'the parts are levels such as 市级 and 县级' : '';
      const numberText = doc.text.slice(t.total.numberSpan.start, t.total.numberSpan.end);
      const canSuggest = t.total.script === 'arabic' && !t.total.multiplier && t.parts.every((p) => !p.multiplier) && /^[0-9.]+$/.test(numberText);
      context.report({
        span: { start: first.span.start, end: last.span.end },
        messageId: t.status === 'above' ? 'above' : 'below',
        severity,
        data: { parts: partsText(t), sum, total: shownValue(t.total), unit, why, whyEn },
        suggestions: canSuggest
          ? [
              {
                title: { 'zh-CN': `将总数改为分项之和 ${sum}`, en: `Change the total to the sum of the parts (${sum})` },
                edits: [{ start: t.total.numberSpan.start, end: t.total.numberSpan.end, text: sum }],
              },
            ]
          : undefined,
        related: [
          { span: t.total.span, message: { 'zh-CN': `总数 ${t.total.text}`, en: `the total ${t.total.text}` } },
          ...t.parts.map((p) => ({ span: p.span, message: { 'zh-CN': `分项 ${p.text}`, en: `a part: ${p.text}` } })),
        ],
      });
    }
  },
};
