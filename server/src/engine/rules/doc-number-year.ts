import type { ReportDocument } from '../document/report-document';
import type { Rule, RuleContext, Suggestion } from '../rule';
import { NO_OPTIONS } from '../rule';

export const docNumberYear: Rule = {
  meta: {
    id: 'doc-number-year',
    catalogue: ['FMT-002', 'RPT-007'],
    category: 'format',
    severity: 'error',
    fixable: 'suggestion',
    optionsSchema: NO_OPTIONS,
    description: {
      'zh-CN': '发文字号的年份与成文日期的年份一致',
      en: 'The year in the document number matches the year of the date of writing',
    },
    messages: {
      mismatch: {
        'zh-CN':
          '发文字号“{number}”的年份{numberYear}与成文日期“{date}”的年份{dateYear}不一致：发文字号的年份是成文（签发）的年份（GB/T 9704—2012 7.2.5、7.3.5.1）。请核实后把其中错误的一个改正。',
        en: 'The year {numberYear} of the document number "{number}" differs from the year {dateYear} of the date of writing "{date}": the number carries the year of signing (GB/T 9704-2012 7.2.5, 7.3.5.1). Check which one is wrong and correct it.',
      },
    },
  },
  check(doc: ReportDocument, context: RuleContext) {
    const { docNumber, date } = doc.meta;
    if (!docNumber || !date || date.year === undefined) return;
    if (docNumber.year < 1000 || date.year < 1000 || docNumber.year === date.year) return;
    const yearText = String(docNumber.year);
    const at = docNumber.text.indexOf(yearText);
    if (at < 0) return;
    const span = { start: docNumber.span.start + at, end: docNumber.span.start + at + 4 };
    const suggestions: Suggestion[] = [
      {
        title: {
          'zh-CN': `把发文字号的年份改为${date.year}（成文日期正确时）`,
          en: `Change the year of the document number to ${date.year} (if the date is right)`,
        },
        edits: [{ start: span.start, end: span.end, text: String(date.year) }],
      },
    ];
    if (date.text.startsWith(String(date.year))) {
      suggestions.push({
        title: {
          'zh-CN': `把成文日期的年份改为${docNumber.year}（发文字号正确时）`,
          en: `Change the year of the date of writing to ${docNumber.year} (if the number is right)`,
        },
        edits: [{ start: date.span.start, end: date.span.start + 4, text: yearText }],
      });
    }
    context.report({
      span,
      messageId: 'mismatch',
      data: { number: docNumber.text, numberYear: docNumber.year, date: date.text, dateYear: date.year },
      suggestions,
      related: [{ span: date.span, message: { 'zh-CN': '成文日期', en: 'date of writing' } }],
    });
  },
};
