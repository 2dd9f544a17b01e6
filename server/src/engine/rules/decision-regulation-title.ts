import type { ReportDocument } from '../document/report-document';
import type { Rule, RuleContext } from '../rule';
import { NO_OPTIONS } from '../rule';

const TITLE_MARKS = /《([^《》\n]{1,60})》/g;
/**
 * Text between 《 and 》 that holds these is not one title (《法治政府〉，５０，重大行政决策条例》): sentence
 * marks, 〈〉, or full-width digits and letters (another rule fixes those; a whole-title replacement
 * would overlap its fix).
 */
const NOT_ONE_TITLE = /[〈〉，。；：！？、“”\uff01-\uff07\uff0a-\uff5e]/;

export const decisionRegulationTitle: Rule = {
  meta: {
    id: 'decision-regulation-title',
    catalogue: ['DEC-003'],
    category: 'style',
    severity: 'error',
    fixable: 'certain',
    optionsSchema: NO_OPTIONS,
    description: {
      'zh-CN': '《重大行政决策程序暂行条例》的名称须准确',
      en: 'The exact title of the Interim Regulation on Major Administrative Decision-Making Procedures',
    },
    messages: {
      wrongTitle: {
        'zh-CN': '法规名称有误：“《{found}》”应为“《{title}》”（{source}）。',
        en: 'Wrong title: “《{found}》” should be “《{title}》” ({sourceEn}).',
      },
    },
  },
  check(doc: ReportDocument, context: RuleContext) {
    const prose = doc.prose;
    for (const proc of context.data.procedures) {
      const t = proc.regulationTitle;
      if (!t || t.match.length === 0) continue;
      const source = proc.source ?? { 'zh-CN': proc.name['zh-CN'], en: proc.name.en };
      for (const m of prose.matchAll(TITLE_MARKS)) {
        const inner = m[1];
        if (inner === t.title || NOT_ONE_TITLE.test(inner)) continue;
        if (!t.match.every((f) => inner.includes(f))) continue;
        if ((t.notIf ?? []).some((f) => inner.includes(f))) continue;
        const last = t.match[t.match.length - 1];
        if (!inner.endsWith(last)) continue;
        const start = (m.index as number) + 1;
        const end = start + inner.length;
        // The source names the regulation itself; the message cites its decree number.
        const decree = /（([^（）]+)）$/.exec(source['zh-CN'])?.[1] ?? source['zh-CN'];
        context.report({
          span: { start, end },
          messageId: 'wrongTitle',
          data: {
            found: inner,
            title: t.title,
            source: decree,
            sourceEn: source.en,
          },
          fix: {
            title: { 'zh-CN': `改为《${t.title}》`, en: `Replace with 《${t.title}》` },
            edits: [{ start, end, text: t.title }],
          },
        });
      }
    }
  },
};
