import type { ReportDocument } from '../document/report-document';
import { matchPromises, MAX_TERMS, WINDOW, type PromiseMatch } from '../across-years/promises';
import type { Related } from '../types';
import type { Rule, RuleContext } from '../rule';

const DEFAULT_THRESHOLD = 0.5;

function percent(score: number): number {
  return Math.round(score * 100);
}

function explain(m: PromiseMatch): { zh: string; en: string } {
  const n = m.promise.terms.length;
  const found = m.found.length;
  return {
    zh: `关键词命中${found}/${n}${m.found.length ? `（${m.found.join('、')}）` : ''}${m.missing.length ? `，未见${m.missing.join('、')}` : ''}`,
    en: `${found} of ${n} key terms found${m.found.length ? ` (${m.found.join(', ')})` : ''}${m.missing.length ? `; not found: ${m.missing.join(', ')}` : ''}`,
  };
}

/**
 * Last year's 下一年度安排, followed through: each item of the plan part of last year's report (its
 * sub-headings and 一是/二是 items) is looked for in this year's account of the work by its key terms
 * (across-years/promises.ts). The items found nowhere — fewer than `threshold` of their key terms
 * within three consecutive sentences — are listed in one finding, each with its best candidate
 * passage and score. Information only: a promise may be kept in words the matcher does not see.
 */
export const promiseFollowThrough: Rule = {
  meta: {
    id: 'promise-follow-through',
    appliesTo: 'annual-report',
    catalogue: [],
    category: 'structure',
    severity: 'info',
    fixable: 'none',
    // "对照去年报告" opens last year's report at the first item listed.
    refersToPrevious: { line: 'line' },
    optionsSchema: {
      type: 'object',
      properties: {
        threshold: {
          type: 'number',
          minimum: 0.1,
          maximum: 1,
          default: DEFAULT_THRESHOLD,
          examples: [0.4],
          description: `Share of a promise's key terms (up to ${MAX_TERMS}) that must appear within ${WINDOW} consecutive sentences of this year's account of the work for the promise to count as reported (default ${DEFAULT_THRESHOLD}). 去年一项安排的关键词（最多${MAX_TERMS}个）在本年度工作情况连续${WINDOW}句内出现的比例达到此值，即视为已报告落实情况，默认 ${DEFAULT_THRESHOLD}。`,
        },
      },
      additionalProperties: false,
    },
    description: {
      'zh-CN': '上一年度报告的下一年度安排，在本年度报告中有落实情况',
      en: "The plans in last year's report are followed up in this year's report",
    },
    messages: {
      unreported: {
        'zh-CN': '上一年度报告（{file}）的下一年度安排中，有{count}项在本年度报告的工作情况中未找到对应内容：{items}。请核实这些安排是否已落实并写入报告。',
        en: "{count} item(s) of the plans in last year's report ({file}) were not found in this year's account of the work: {itemsEn}. Check whether they were carried out and reported.",
      },
    },
  },
  check(doc: ReportDocument, context: RuleContext) {
    const option = context.options.threshold;
    const threshold = typeof option === 'number' ? option : DEFAULT_THRESHOLD;
    const link = context.previous;
    if (link?.status !== 'found') return;
    const at = doc.meta.title?.span ?? doc.paragraphs[0]?.span;
    if (!at) return;
    const open = matchPromises(doc, link.report.doc, context.data).filter((m) => m.score < threshold);
    if (open.length === 0) return;
    const related: Related[] = [];
    const zh: string[] = [];
    const en: string[] = [];
    open.forEach((m, i) => {
      const n = i + 1;
      const why = explain(m);
      zh.push(`（${n}）去年第${m.promise.line}行“${m.promise.excerpt}”（${why.zh}）`);
      en.push(`(${n}) line ${m.promise.line} of last year's report, “${m.promise.excerpt}” (${why.en})`);
      if (m.passage) {
        related.push({
          span: m.passage,
          message: {
            'zh-CN': `（${n}）去年安排“${m.promise.excerpt}”最接近的段落：得分${percent(m.score)}%，${why.zh}`,
            en: `(${n}) the passage closest to last year's plan “${m.promise.excerpt}”: score ${percent(m.score)}%, ${why.en}`,
          },
        });
      }
    });
    context.report({
      span: at,
      messageId: 'unreported',
      data: { file: link.report.filePath, count: open.length, items: zh.join('；'), itemsEn: en.join('; '), line: open[0].promise.line },
      related,
    });
  },
};
