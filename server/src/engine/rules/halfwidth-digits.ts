import type { ReportDocument } from '../document/report-document';
import type { Rule, RuleContext } from '../rule';
import { NO_OPTIONS } from '../rule';

/** A run of full-width digits; a full-width point counts only between full-width digits (２．５). */
const FULLWIDTH_RUN = /[０-９]+(?:．[０-９]+)*/g;

function toHalfwidth(run: string): string {
  return run.replace(/[０-９．]/g, (ch) => (ch === '．' ? '.' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
}

export const halfwidthDigits: Rule = {
  meta: {
    id: 'halfwidth-digits',
    catalogue: ['NUM-005'],
    category: 'numbers',
    severity: 'error',
    fixable: 'certain',
    optionsSchema: NO_OPTIONS,
    description: {
      'zh-CN': '阿拉伯数字用半角：2020年，不写为２０２０年',
      en: 'Arabic digits are half-width: 2020年, not ２０２０年',
    },
    messages: {
      fullwidth: {
        'zh-CN': '全角数字“{text}”应改为半角“{fixed}”：阿拉伯数字用半角（二分字身）书写（依据 GB/T 15835—2011《出版物上数字用法》，条款号待核实；《党政机关公文处理工作条例》要求数字用法规范）。',
        en: 'Full-width digits "{text}" should be half-width "{fixed}": Arabic digits are set half-width (GB/T 15835-2011, clause to be verified).',
      },
    },
  },
  check(doc: ReportDocument, context: RuleContext) {
    const text = doc.prose;
    FULLWIDTH_RUN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = FULLWIDTH_RUN.exec(text))) {
      const run = m[0];
      const fixed = toHalfwidth(run);
      context.report({
        span: { start: m.index, end: m.index + run.length },
        messageId: 'fullwidth',
        data: { text: run, fixed },
        fix: {
          title: { 'zh-CN': `改为半角数字“${fixed}”`, en: `Replace with half-width digits "${fixed}"` },
          edits: [{ start: m.index, end: m.index + run.length, text: fixed }],
        },
      });
    }
  },
};
