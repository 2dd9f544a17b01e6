import { compareDates, fullYear, impossibleDate } from '../document/dates';
import type { ReportDocument } from '../document/report-document';
import type { Report, Rule, RuleContext, TextEdit } from '../rule';
import { NO_OPTIONS } from '../rule';

const ARABIC = /^(\d{2,4})(\s*)年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/;
const SEPARATED = /^(\d{2,4})([.\-/．])(\d{1,2})[.\-/．](\d{1,2})$/;
const CHINESE = /^[〇零○一二三四五六七八九]{2,4}年/;
/** A date in the body: optional year, month, optional day. */
const BODY_DATE = /(?<![\d.．])(?:(\d{2,4})年)?(\d{1,2})月(?:(\d{1,2})日)?/g;
const SIGNATURE_SOURCE = 'GB/T 9704—2012 7.3.5.1';
/** GB/T 9704—2012 replaced GB/T 9704—1999 on this day. */
const GBT_9704_2012_IN_FORCE: [number, number, number] = [2012, 7, 1];

function canonical(year: number, month: number, day: number): string {
  return `${year}年${month}月${day}日`;
}

export const dateFormat: Rule = {
  meta: {
    id: 'date-format',
    catalogue: ['FMT-005', 'NUM-004', 'NUM-011'],
    category: 'numbers',
    severity: 'error',
    fixable: 'certain',
    optionsSchema: NO_OPTIONS,
    description: {
      'zh-CN': '成文日期写作“2021年1月31日”：阿拉伯数字，年份标全称，月、日不编虚位；正文日期同样不编虚位、不简写年份',
      en: 'The date of writing reads 2021年1月31日: Arabic digits, full year, no leading zeros; dates in the body likewise',
    },
    messages: {
      separator: {
        'zh-CN': `成文日期“{text}”应用“年”“月”“日”标全，写为“{fixed}”（${SIGNATURE_SOURCE}：用阿拉伯数字将年、月、日标全，月、日不编虚位）。`,
        en: 'Write the date of writing "{text}" with 年, 月 and 日: "{fixed}" (GB/T 9704-2012 7.3.5.1).',
      },
      leadingZero: {
        'zh-CN': `成文日期“{text}”的月、日不编虚位（1不编为01），应写为“{fixed}”（${SIGNATURE_SOURCE}）。`,
        en: 'The month and day of the date of writing "{text}" take no leading zero (1, not 01): write "{fixed}" (GB/T 9704-2012 7.3.5.1).',
      },
      shortYear: {
        'zh-CN': `成文日期“{text}”的年份未标全称，应写全四位，如“{fixed}”（${SIGNATURE_SOURCE}：年份应标全称）。请核实年份。`,
        en: 'The year of the date of writing "{text}" is shortened: write all four digits, e.g. "{fixed}" (GB/T 9704-2012 7.3.5.1). Check the year.',
      },
      shortYearNoGuess: {
        'zh-CN': `成文日期“{text}”的年份未标全称，应写全四位并用“年”“月”“日”标全，如“2021年1月31日”（${SIGNATURE_SOURCE}）。`,
        en: 'The year of the date of writing "{text}" is shortened: write the full date with a four-digit year, e.g. 2021年1月31日 (GB/T 9704-2012 7.3.5.1).',
      },
      invalidForm: {
        'zh-CN': `成文日期“{text}”应用阿拉伯数字将年、月、日标全，如“2021年1月31日”（${SIGNATURE_SOURCE}）；该日期本身也不存在，请核实。`,
        en: 'Write the date of writing "{text}" in full Arabic form, e.g. 2021年1月31日 (GB/T 9704-2012 7.3.5.1); the date itself does not exist, check it.',
      },
      oldStyle: {
        'zh-CN': `成文日期“{text}”是旧式汉字写法；GB/T 9704—2012 7.3.5.1 规定用阿拉伯数字将年、月、日标全，应写为“{fixed}”。`,
        en: 'The date of writing "{text}" uses the old Chinese-numeral style; GB/T 9704-2012 7.3.5.1 asks for Arabic digits: "{fixed}".',
      },
      bodyLeadingZero: {
        'zh-CN': '日期“{text}”的月、日不编虚位，应写为“{fixed}”（参照 GB/T 9704—2012 7.3.5.1）。',
        en: 'The month and day in "{text}" take no leading zero: write "{fixed}" (by analogy with GB/T 9704-2012 7.3.5.1).',
      },
      bodyShortYear: {
        'zh-CN': '日期“{text}”的年份简写了，年份应写全，如“{fixed}”（GB/T 15835—1995 5.1.1.1：年份不能简写）。请核实世纪。',
        en: 'The year in "{text}" is shortened: write it in full, e.g. "{fixed}" (GB/T 15835-1995 5.1.1.1). Check the century.',
      },
    },
  },
  check(doc: ReportDocument, context: RuleContext) {
    const date = doc.meta.date;
    const text = doc.prose;
    if (date) checkClosingDate(date.text, date.span.start, date.year, date.month, date.day, context);

    BODY_DATE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = BODY_DATE.exec(text))) {
      const start = m.index;
      const end = start + m[0].length;
      if (date && start < date.span.end && date.span.start < end) continue;
      const [whole, year, month, day] = m;
      if (year !== undefined && year.length === 3) continue;
      // A two-digit year before a month: 21年3月 (a bare 21年 may mean “21 years”).
      if (year !== undefined && year.length === 2) {
        const fixedYear = String(fullYear(Number(year)));
        context.report({
          span: { start, end: start + year.length + 1 },
          messageId: 'bodyShortYear',
          severity: 'warning',
          data: { text: whole, fixed: fixedYear + whole.slice(2) },
          suggestions: [
            {
              title: { 'zh-CN': `改为“${fixedYear}年”（请核实世纪）`, en: `Change to "${fixedYear}年" (check the century)` },
              edits: [{ start, end: start + 2, text: fixedYear }],
            },
          ],
        });
      }
      const edits: TextEdit[] = [];
      const monthAt = start + (year !== undefined ? year.length + 1 : 0);
      const dayAt = monthAt + month.length + 1;
      // 2021年03月: only with a 4-digit year before it; 3月01日: a day after a month. 00 is a wrong
      // date, not a leading zero (impossible-date reports it).
      if (year !== undefined && year.length === 4 && /^0[1-9]$/.test(month)) edits.push({ start: monthAt, end: monthAt + 1, text: '' });
      if (day !== undefined && /^0[1-9]$/.test(day)) edits.push({ start: dayAt, end: dayAt + 1, text: '' });
      if (edits.length === 0) continue;
      let fixed = whole;
      for (const e of [...edits].reverse()) fixed = fixed.slice(0, e.start - start) + fixed.slice(e.end - start);
      const report: Report = {
        span: { start: edits[0].start, end },
        messageId: 'bodyLeadingZero',
        severity: 'warning',
        data: { text: whole, fixed },
        fix: { title: { 'zh-CN': `改为“${fixed}”`, en: `Change to "${fixed}"` }, edits },
      };
      context.report(report);
    }
  },
};

function checkClosingDate(
  text: string,
  at: number,
  year: number | undefined,
  month: number | undefined,
  day: number | undefined,
  context: RuleContext,
): void {
  const span = { start: at, end: at + text.length };
  if (year === undefined || month === undefined || day === undefined) return;
  const y4 = fullYear(year);
  const valid = impossibleDate(month, day, y4) === undefined;
  const fixed = canonical(y4, month, day);
  const replace = (zh: string, en: string) => [{ title: { 'zh-CN': zh, en }, edits: [{ start: span.start, end: span.end, text: fixed }] }];

  if (CHINESE.test(text)) {
    // GB/T 9704—2012 took effect on 1 July 2012; GB/T 9704—1999 wrote the date in Chinese numerals.
    if (compareDates([y4, month, day], GBT_9704_2012_IN_FORCE) < 0) return;
    context.report({
      span,
      messageId: 'oldStyle',
      severity: 'warning',
      data: { text, fixed },
      suggestions: valid ? replace(`改为“${fixed}”`, `Change to "${fixed}"`) : undefined,
    });
    return;
  }
  const arabic = ARABIC.exec(text);
  const separated = SEPARATED.exec(text);
  const yearText = arabic?.[1] ?? separated?.[1] ?? '';
  if (yearText.length !== 4) {
    if (yearText.length === 2 && valid) {
      context.report({
        span,
        messageId: 'shortYear',
        data: { text, fixed },
        suggestions: replace(`改为“${fixed}”（请核实年份）`, `Change to "${fixed}" (check the year)`),
      });
    } else {
      context.report({ span, messageId: 'shortYearNoGuess', data: { text } });
    }
    return;
  }
  if (separated) {
    if (!valid) {
      context.report({ span, messageId: 'invalidForm', data: { text } });
      return;
    }
    context.report({
      span,
      messageId: 'separator',
      data: { text, fixed },
      fix: { title: { 'zh-CN': `改为“${fixed}”`, en: `Change to "${fixed}"` }, edits: [{ start: span.start, end: span.end, text: fixed }] },
    });
    return;
  }
  if (arabic && (/^0/.test(arabic[3]) || /^0/.test(arabic[4]))) {
    if (!valid) {
      context.report({ span, messageId: 'invalidForm', data: { text } });
      return;
    }
    context.report({
      span,
      messageId: 'leadingZero',
      data: { text, fixed },
      fix: { title: { 'zh-CN': `改为“${fixed}”`, en: `Change to "${fixed}"` }, edits: [{ start: span.start, end: span.end, text: fixed }] },
    });
  }
}
