import type { ReportDocument } from '../document/report-document';
import { inferIssuerLevel, type IssuerLevel } from '../document/issuer-level';
import { effectiveLevel, isAfterDeadline, submissionDeadlineFor, writtenDay } from '../document/submission-deadline';
import type { Rule, RuleContext } from '../rule';

export type { IssuerLevel };

export const submissionDeadline: Rule = {
  meta: {
    id: 'submission-deadline',
    appliesTo: 'annual-report',
    catalogue: ['RPT-004', 'GUIDE-003', 'RPT-007'],
    category: 'meta',
    severity: 'warning',
    fixable: 'none',
    optionsSchema: {
      type: 'object',
      properties: {
        deadline: {
          type: 'string',
          // What parseDeadline accepts: a month 1–12 and a day 1–31.
          pattern: '^\\s*(0?[1-9]|1[0-2])-(0?[1-9]|[12][0-9]|3[01])\\s*$',
          examples: ['03-01'],
          description: 'MM-DD in the year after the report year (overrides the deadline the issuer level implies). 报送期限（次年 月-日）。',
        },
        issuerLevel: {
          type: 'string',
          enum: ['province', 'city', 'county', 'township', 'department'],
          description: 'The issuer level (default: inferred from the issuer names). 报告主体层级（默认按发文机关推断）。',
        },
        demonstrationArea: {
          type: 'boolean',
          default: false,
          description: 'A 示范创建 area: reports are due by 31 January. 示范创建地区（1月31日前报送）。',
        },
      },
      additionalProperties: false,
    },
    description: {
      'zh-CN': '成文日期在报告期限之前：下一年3月1日（省级4月1日，可配置），且不早于报告年度',
      en: 'The date of writing falls before the deadline: 1 March of the next year (provinces: 1 April; configurable), and not within the report year',
    },
    messages: {
      late: {
        'zh-CN':
          '成文日期“{date}”晚于报告期限{deadline}：{who}应在每年{deadlineShort}之前报告上一年度法治政府建设情况（督察规定；省级法治政府建设年度报告工作指引）。请核实成文日期，或在配置中设置 deadline / issuerLevel。',
        en: 'The date of writing "{date}" is after the deadline {deadlineEn}: {whoEn} report on the past year before {deadlineShortEn} (督察规定). Check the date, or set the deadline / issuerLevel options.',
      },
      tooEarly: {
        'zh-CN': '成文日期“{date}”在报告年度{year}年之内或更早：年度报告总结整个{year}年，应在{next}年成文（督察规定“上一年度”）。请核实成文日期和标题年份。',
        en: 'The date of writing "{date}" lies in or before the report year {year}: an annual report covers all of {year} and is written in {next}. Check the date and the year in the title.',
      },
      december: {
        'zh-CN': '成文日期“{date}”在{year}年12月，报告年度尚未结束：通常在{next}年成文，请核实（督察规定“上一年度”）。',
        en: 'The date of writing "{date}" is in December {year}, before the report year has ended: reports are usually written in {next}. Check it.',
      },
    },
  },
  check(doc: ReportDocument, context: RuleContext) {
    const { year, date } = doc.meta;
    const written = writtenDay(date);
    if (year === undefined || !date || !written) return;
    const next = year + 1;
    const data = { date: date.text, year, next };
    if (written[0] <= year) {
      const december = written[0] === year && written[1] === 12;
      context.report({ span: date.span, messageId: december ? 'december' : 'tooEarly', severity: december ? 'info' : 'error', data });
      return;
    }
    const level = effectiveLevel(context.options, inferIssuerLevel(doc.meta.issuers ?? []));
    const due = submissionDeadlineFor(year, level, context.options);
    if (!isAfterDeadline(written, due)) return;
    const { month, day } = due;
    const configured = due.basis === 'configured';
    const province = level === 'province' && !configured;
    context.report({
      span: date.span,
      messageId: 'late',
      data: {
        ...data,
        deadline: `${next}年${month}月${day}日`,
        deadlineEn: `${next}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
        deadlineShort: `${month}月${day}日`,
        deadlineShortEn: `${month}/${day}`,
        who: configured ? '按配置' : province ? '省（区、市）党委和政府' : '县级以上政府部门和省级以下地方各级党委、政府',
        whoEn: configured ? 'as configured, reports are due' : province ? 'provincial Party committees and governments' : 'departments and local governments below the provincial level',
      },
    });
  },
};
