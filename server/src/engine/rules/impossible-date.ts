import { daysInMonth, fullYear, impossibleDate as whyImpossible } from '../document/dates';
import type { ReportDocument } from '../document/report-document';
import type { Span } from '../document/types';
import type { Rule, RuleContext } from '../rule';
import { NO_OPTIONS } from '../rule';

/** A date in running text: optional year, month, optional day. */
const DATE = /(?<![\d.．])(?:(\d{4}|\d{2})年)?(\d{1,2})月(?:(\d{1,2})日)?/g;

export const impossibleDate: Rule = {
  meta: {
    id: 'impossible-date',
    catalogue: ['FMT-005'],
    category: 'numbers',
    severity: 'error',
    fixable: 'none',
    optionsSchema: NO_OPTIONS,
    description: {
      'zh-CN': '日期必须真实存在：没有13月、2月30日、4月31日，平年没有2月29日',
      en: 'Dates must exist: no 13月, no 2月30日 or 4月31日, no 2月29日 in a common year',
    },
    messages: {
      month: {
        'zh-CN': '日期“{text}”不存在：月份只有1月至12月。请核实后改正（《党政机关公文处理工作条例》要求时间准确；成文日期见 GB/T 9704—2012 7.3.5.1）。',
        en: 'The date "{text}" does not exist: months run from 1 to 12. Check and correct it.',
      },
      day: {
        'zh-CN': '日期“{text}”不存在：{month}月只有{days}日。请核实后改正（《党政机关公文处理工作条例》要求时间准确）。',
        en: 'The date "{text}" does not exist: month {month} has {days} days. Check and correct it.',
      },
      leap: {
        'zh-CN': '日期“{text}”不存在：{year}年不是闰年，2月只有28日。请核实后改正（《党政机关公文处理工作条例》要求时间准确）。',
        en: 'The date "{text}" does not exist: {year} is not a leap year, so February has 28 days. Check and correct it.',
      },
    },
  },
  check(doc: ReportDocument, context: RuleContext) {
    const closing = doc.meta.date;
    const check = (span: Span, text: string, year: number | undefined, month: number, day: number | undefined) => {
      const y = year === undefined ? undefined : fullYear(year);
      const why = whyImpossible(month, day, y);
      if (!why) return;
      context.report({ span, messageId: why, data: { text, month, days: daysInMonth(month), year: y ?? '' } });
    };
    if (closing && closing.month !== undefined) {
      check(closing.span, closing.text, closing.year, closing.month, closing.day);
    }
    DATE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = DATE.exec(doc.prose)) !== null) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (closing && span.start < closing.span.end && closing.span.start < span.end) continue;
      check(span, m[0], m[1] === undefined ? undefined : Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3]));
    }
  },
};
