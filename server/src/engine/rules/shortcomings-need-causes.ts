import type { ReportDocument } from '../document/report-document';
import { countBefore } from '../document/sorted';
import type { Paragraph, Section, Span } from '../document/types';
import type { Rule, RuleContext } from '../rule';
import { NO_OPTIONS } from '../rule';
import { classifySections, itemMatches } from './report-required-parts';

/**
 * The last body paragraph inside `span` (paragraphs are in text order and do not overlap): a binary
 * search and a short walk back, so that a long document with many such parts stays linear.
 */
function lastBodyParagraph(doc: ReportDocument, span: Span): Paragraph | undefined {
  const ps = doc.paragraphs;
  const lo = countBefore(ps.length, (i) => ps[i].span.end <= span.end); // first paragraph that ends after span.end
  for (let i = lo - 1; i >= 0 && ps[i].span.start >= span.start; i--) if (ps[i].kind === 'body') return ps[i];
  return undefined;
}

export const shortcomingsNeedCauses: Rule = {
  meta: {
    id: 'shortcomings-need-causes',
    appliesTo: 'annual-report',
    catalogue: ['RPT-002'],
    category: 'structure',
    severity: 'info',
    fixable: 'suggestion',
    optionsSchema: NO_OPTIONS,
    description: {
      'zh-CN': '不足部分要分析原因',
      en: 'The shortcomings part analyses causes',
    },
    messages: {
      noCauses: {
        'zh-CN':
          '“{heading}”部分只列举了问题，未见原因分析（如“究其原因”“主要是”“由于”）：《法治政府建设与责任落实督察工作规定》要求报告“存在的不足和原因”。请补写原因，例如“究其原因，一是……”。',
        en: 'The part “{heading}” lists problems but gives no causes (no 究其原因, 主要是, 由于 …); the Provisions on Inspection of Law-Based Government Building ask for the shortcomings and their causes. Add a cause analysis, e.g. “究其原因，一是……”.',
      },
    },
  },
  check(doc: ReportDocument, context: RuleContext) {
    const items = context.data.sections.filter((i) => i.causeMarkers && i.causeMarkers.length > 0);
    if (items.length === 0) return;
    const classified = classifySections(doc, context.data.sections);
    for (const item of items) {
      for (const c of classified) {
        if (!c.strong.has(item.id)) continue;
        // A combined part (问题与打算) with a sub-heading of its own for the shortcomings: check that one.
        const child = c.section.children.find((s) => s.heading && s.heading.title.length <= 30 && itemMatches(item, s.heading.title, doc.meta.year));
        const scope: Section = c.via.get(item.id) ?? child ?? c.section;
        const heading = scope.heading;
        if (!heading) continue;
        const bodyText = doc.prose.slice(heading.titleSpan.end, scope.span.end);
        if (bodyText.trim() === '') continue;
        if ((item.causeMarkers ?? []).some((m) => bodyText.includes(m))) continue;
        // Suggest a cause sentence at the end of the part's last paragraph.
        const lastParagraph = lastBodyParagraph(doc, scope.span);
        const suggestions = lastParagraph
          ? [
              {
                title: { 'zh-CN': '补写原因分析', en: 'Add a cause analysis' },
                edits: [{ start: lastParagraph.span.end, end: lastParagraph.span.end, text: '究其原因，一是……；二是……。' }],
              },
            ]
          : undefined;
        context.report({
          span: heading.titleSpan,
          messageId: 'noCauses',
          data: { heading: heading.title },
          suggestions,
        });
      }
    }
  },
};
