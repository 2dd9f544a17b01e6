import type { ReportDocument } from '../document/report-document';
import { absentAreas, indicatorCoverage } from '../coverage/indicator-coverage';
import type { Rule, RuleContext } from '../rule';

/**
 * The areas of the pack's indicator systems (the eight 体系 of the 2021–2025 纲要 in the built-in
 * pack) that the report's account of its work does not touch at all: one summary at the title.
 * Information only: following the 体系 is usual, not required; and only when the report's year is
 * known and in the system's years.
 */
export const indicatorCoverageRule: Rule = {
  meta: {
    id: 'indicator-coverage',
    appliesTo: 'annual-report',
    catalogue: ['TERM-008'],
    category: 'structure',
    severity: 'info',
    fixable: 'none',
    optionsSchema: {
      type: 'object',
      properties: {
        systems: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          examples: [['outline-2021-2025-systems']],
          description: 'Ids of the indicator systems to report on (default: every system of the packs). 只对照这些指标体系（默认：规则包中的全部指标体系）。',
        },
      },
      additionalProperties: false,
    },
    description: {
      'zh-CN': '工作情况涵盖指标体系的各个领域（如2021—2025年纲要的八个体系）',
      en: 'The account of the work covers the areas of the indicator system (e.g. the eight systems of the 2021–2025 Outline)',
    },
    messages: {
      absent: {
        'zh-CN':
          '对照{system}，本报告的工作情况部分未涉及{count}个领域：{areas}。报告通常按这些领域逐项报告（非强制要求）；如确有相关工作，建议补写。',
        en: 'Against {systemEn}, the account of the work does not touch {count} area(s): {areasEn}. Reports usually cover each area (not a legal requirement); add the work done if there was any.',
      },
    },
  },
  check(doc: ReportDocument, context: RuleContext) {
    const only = context.options.systems as string[] | undefined;
    if (doc.meta.year === undefined) return;
    const at = doc.meta.title?.span ?? doc.paragraphs[0]?.span;
    if (!at) return;
    for (const coverage of indicatorCoverage(doc, context.data, { applyingOnly: true })) {
      if (only && !only.includes(coverage.id)) continue;
      const absent = absentAreas(coverage);
      if (absent.length === 0) continue;
      context.report({
        span: at,
        messageId: 'absent',
        data: {
          system: coverage.name['zh-CN'],
          systemEn: coverage.name.en ?? coverage.name['zh-CN'],
          count: String(absent.length),
          areas: absent.map((a) => `“${a.name['zh-CN']}”`).join('、'),
          areasEn: absent.map((a) => a.name.en ?? a.name['zh-CN']).join('; '),
        },
      });
    }
  },
};
