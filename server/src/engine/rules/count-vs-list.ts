import { toChineseNumeral } from '../document/chinese-numerals';
import type { ReportDocument } from '../document/report-document';
import { analyzeFigures, type CountCheck } from '../figures/analysis';
import { lexiconFor } from '../figures/lexicon';
import type { Rule, RuleContext } from '../rule';
import { NO_OPTIONS } from '../rule';
import { inNumberContext } from './support/number-contexts';

/** The listed count written like the stated one: 五项 → 四项, 3个 → 2个, 两次 → 三次. */
export function rewriteCount(check: CountCheck): string {
  const n = check.items.length;
  if (check.count.script === 'arabic') return String(n);
  if (n === 2 && check.count.unit !== '级') return '两';
  return toChineseNumeral(n);
}

export const countVsList: Rule = {
  meta: {
    id: 'count-vs-list',
    catalogue: ['ENUM-002', 'FIG-004'],
    category: 'enumeration',
    severity: 'warning',
    fixable: 'suggestion',
    optionsSchema: NO_OPTIONS,
    description: {
      'zh-CN': '“A、B和C三个领域”“……五项程序”中所述数目应与列举的项数一致',
      en: 'A stated count (三个领域, 五项程序, 两次会议) matches the number of items listed with it',
    },
    messages: {
      mismatch: {
        'zh-CN': '所述数目“{stated}”与列举的{n}项不符（{items}）。请核对数目或补全列举内容（《党政机关公文处理工作条例》要求审核数字是否准确）。',
        en: 'The text says "{stated}" but lists {n} item(s) ({items}). Correct the count or complete the list (the 公文条例 asks reviewers to check that figures are accurate).',
      },
    },
  },
  check(doc: ReportDocument, context: RuleContext) {
    for (const c of analyzeFigures(doc, lexiconFor(context.data)).counts) {
      if (c.ok) continue;
      // 劣五类水体, 三级公立医院, 两位数增长: a grade or a set phrase, not the count of a list.
      if (inNumberContext(doc.prose, c.count.numberSpan, 'count-vs-list', context.data)) continue;
      const replacement = rewriteCount(c);
      const items = c.items.map((it) => it.text.trim()).join('、');
      // The noun reader keeps up to four characters after the measure word; two name the thing counted.
      const noun = c.count.nounAfter?.text.slice(0, 2) ?? '';
      context.report({
        span: { start: c.count.span.start, end: c.count.span.end + noun.length },
        messageId: 'mismatch',
        data: { stated: c.count.text + noun, n: c.items.length, items },
        suggestions: [
          {
            title: {
              'zh-CN': `将“${c.count.text}”改为“${replacement}${c.count.unit ?? ''}”（与列举的${c.items.length}项一致）`,
              en: `Change "${c.count.text}" to "${replacement}${c.count.unit ?? ''}" (the ${c.items.length} items listed)`,
            },
            edits: [{ start: c.count.numberSpan.start, end: c.count.numberSpan.end, text: replacement }],
          },
        ],
        related: c.items.map((it, i) => ({
          span: it.span,
          message: { 'zh-CN': `列举的第${i + 1}项`, en: `listed item ${i + 1}` },
        })),
      });
    }
  },
};
