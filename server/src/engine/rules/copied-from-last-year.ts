import type { ReportDocument } from '../document/report-document';
import type { Rule, RuleContext } from '../rule';
import { findSimilarParagraphs } from '../similarity';

/**
 * Paragraphs that repeat last year's report of the same issuer verbatim or nearly (the same measure
 * as the batch triage's copy detection: shingles, MinHash, confirmed by Jaccard similarity). Runs
 * only when the lint has last year's report (`--previous`); information, naming last year's place.
 * Headings on their own line are left out: a report's part titles repeat every year by design.
 */
export const copiedFromLastYear: Rule = {
  meta: {
    id: 'copied-from-last-year',
    appliesTo: 'annual-report',
    catalogue: [],
    category: 'structure',
    severity: 'info',
    fixable: 'none',
    refersToPrevious: { line: 'line' },
    optionsSchema: {
      type: 'object',
      properties: {
        threshold: {
          type: 'number',
          minimum: 0.5,
          maximum: 1,
          default: 0.8,
          examples: [0.9],
          description: 'Jaccard similarity (character 5-grams) at or above which a paragraph counts as repeated (default 0.8). 段落相似度（5字片段的杰卡德系数）达到此值即视为重复，默认 0.8。',
        },
      },
      additionalProperties: false,
    },
    description: {
      'zh-CN': '段落不照搬上一年度报告',
      en: "Paragraphs do not repeat last year's report",
    },
    messages: {
      verbatim: {
        'zh-CN': '本段与上一年度报告（{file}第{line}行）完全相同：{part}应写本年度的情况。请核实是否照搬了去年的文字。',
        en: "This paragraph is the same as last year's report ({file}, line {line}); {partEn} should describe this year. Check whether last year's text was copied.",
      },
      near: {
        'zh-CN': '本段与上一年度报告（{file}第{line}行）基本相同（相似度{percent}%）：{part}应写本年度的情况。请核实是否照搬了去年的文字。',
        en: "This paragraph is nearly the same as last year's report ({file}, line {line}; {percent}% similar); {partEn} should describe this year. Check whether last year's text was copied.",
      },
    },
  },
  check(doc: ReportDocument, context: RuleContext) {
    const threshold = typeof context.options.threshold === 'number' ? context.options.threshold : undefined;
    const link = context.previous;
    if (link?.status !== 'found') return;
    const previous = link.report;
    // A run-in heading (（一）按照……。) carries body text: its paragraph is compared as a whole.
    const body = (d: ReportDocument) => d.paragraphs.filter((p) => (p.kind === 'body' || p.kind === 'heading') && (!p.heading || p.heading.runIn));
    const mine = body(doc);
    const theirs = body(previous.doc);
    const result = findSimilarParagraphs(
      [
        { id: 'this', paragraphs: mine.map((p) => ({ text: p.text, line: p.firstLine + 1 })) },
        { id: 'previous', paragraphs: theirs.map((p) => ({ text: p.text, line: p.firstLine + 1 })) },
      ],
      threshold === undefined ? {} : { threshold },
    );
    const reported = new Set<number>();
    for (const pair of result.pairs) {
      const [here, there] = pair.a.document === 'this' ? [pair.a, pair.b] : [pair.b, pair.a];
      if (here.document !== 'this' || there.document !== 'previous' || reported.has(here.paragraph)) continue;
      reported.add(here.paragraph);
      const shortcomings = /不足|问题|短板|差距/.test(sectionTitle(doc, mine[here.paragraph].span.start));
      context.report({
        span: mine[here.paragraph].span,
        messageId: pair.verbatim ? 'verbatim' : 'near',
        data: {
          file: previous.filePath,
          line: there.line,
          percent: Math.round(pair.similarity * 100),
          part: shortcomings ? '“存在的不足和原因”' : '年度报告',
          partEn: shortcomings ? 'the shortcomings part' : 'an annual report',
        },
      });
    }
  },
};

/** The title of the top-level part holding an offset ('' outside any). */
function sectionTitle(doc: ReportDocument, offset: number): string {
  const part = doc.root.children.find((s) => offset >= s.span.start && offset < s.span.end);
  return part?.heading?.title ?? '';
}
