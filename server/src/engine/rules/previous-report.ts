import type { ReportDocument } from '../document/report-document';
import type { Rule, RuleContext } from '../rule';

/**
 * Cross-year checks were asked for (`--previous auto`) and last year's report of the same issuer was
 * not found, or several files could be it: said once, on the title, and nothing is guessed.
 */
export const previousReport: Rule = {
  meta: {
    id: 'previous-report',
    appliesTo: 'annual-report',
    catalogue: [],
    category: 'structure',
    severity: 'info',
    fixable: 'none',
    optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
    description: {
      'zh-CN': '找到同一单位上一年度的报告，用于跨年度对照',
      en: "Last year's report of the same issuer is found for the cross-year checks",
    },
    messages: {
      missing: {
        'zh-CN': '未找到本单位{year}年度的报告，跨年度对照（去年报告的照搬段落等）未进行。可用 --previous（编辑器中为设置 fzlint.previousReport）指定去年报告。',
        en: "No report of this issuer for {year} was found, so the cross-year checks (paragraphs copied from last year's report …) did not run. Name it with --previous (in the editor, the setting fzlint.previousReport).",
      },
      ambiguous: {
        'zh-CN': '有{count}个文件都像本单位{year}年度的报告（{files}），无法确定用哪一个，跨年度对照未进行。请用 --previous（编辑器中为设置 fzlint.previousReport）指定。',
        en: '{count} files look like this issuer\'s report for {year} ({files}); none was taken, so the cross-year checks did not run. Name one with --previous (in the editor, the setting fzlint.previousReport).',
      },
    },
  },
  check(doc: ReportDocument, context: RuleContext) {
    const link = context.previous;
    if (!link || (link.status !== 'missing' && link.status !== 'ambiguous')) return;
    const at = doc.meta.title?.span ?? doc.paragraphs[0]?.span;
    if (!at) return;
    if (link.status === 'missing') context.report({ span: at, messageId: 'missing', data: { year: link.year } });
    else context.report({ span: at, messageId: 'ambiguous', data: { year: link.year, count: link.files.length, files: link.files.join('、') } });
  },
};
