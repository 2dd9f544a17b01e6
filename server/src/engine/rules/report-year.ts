import type { ReportDocument } from '../document/report-document';
import { walkSections } from '../document/sections';
import type { Heading } from '../document/types';
import type { Rule, RuleContext } from '../rule';
import { NO_OPTIONS } from '../rule';

/** A 4-digit year followed by 年 (or 年度). */
const YEAR = /((?:19|20)\d{2})(?=\s*年)/g;
/** Words that make a top-level heading the next-year plan. */
const PLAN = /打算|安排|计划|思路|工作重点|重点任务/;
/** Words that make it a look back at the past year instead (2020年重点工作完成情况). */
const LOOK_BACK = /情况|成效|完成|进展|成绩|回顾|执行|举措|做法|经验|问题|不足/;
/** A 成效 section (RPT-001 item 1). */
const RESULTS = /举措|成效|主要做法|主要工作|工作情况/;
const RANGE_BEFORE = /[—–\-－～~至到]\s*$/;
const RANGE_AFTER = /^\s*年?\s*[—–\-－～~至到]\s*\d/;

interface YearAt {
  year: number;
  start: number;
  end: number;
}

/** Years in `text` (from `offset`), leaving out both ends of ranges such as 2021—2025年. */
function standaloneYears(text: string, offset: number): YearAt[] {
  const out: YearAt[] = [];
  YEAR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = YEAR.exec(text)) !== null) {
    const end = m.index + 4;
    if (/\d$/.test(text.slice(0, m.index)) || RANGE_BEFORE.test(text.slice(0, m.index)) || RANGE_AFTER.test(text.slice(end))) continue;
    out.push({ year: Number(m[1]), start: offset + m.index, end: offset + end });
  }
  return out;
}

function countYear(text: string, year: number): number {
  return standaloneYears(text, 0).filter((y) => y.year === year).length;
}

export const reportYear: Rule = {
  meta: {
    id: 'report-year',
    appliesTo: 'annual-report',
    catalogue: ['RPT-007'],
    category: 'structure',
    severity: 'error',
    fixable: 'suggestion',
    optionsSchema: NO_OPTIONS,
    description: {
      'zh-CN': '年度一致：标题写报告年度Y，下一年度工作安排写Y+1年',
      en: 'Years agree: the title names the report year Y, the plan section names Y+1',
    },
    messages: {
      planYear: {
        'zh-CN':
          '本报告是{year}年度报告（见标题），“{heading}”是下一年度工作安排，应写“{next}年”而不是“{found}年”（督察规定：年度报告包括“下一年度推进法治政府建设的主要安排”）。',
        en: 'This is the report for {year} (see the title), so the plan section "{heading}" should name {next}, not {found} (督察规定: the report gives the main plans for the next year).',
      },
      resultsYear: {
        'zh-CN':
          '本报告是{year}年度报告，但“{heading}”部分提到“{next}年”{nextCount}次、“{year}年”只有{count}次，可能沿用了其他年度的文字，请核实（督察规定：年度报告总结上一年度的举措和成效）。',
        en: 'This is the report for {year}, but the section "{heading}" names {next} {nextCount} times and {year} only {count} times: text may come from another year. Check it.',
      },
    },
  },
  check(doc: ReportDocument, context: RuleContext) {
    const y = doc.meta.year;
    if (y === undefined) return;
    const next = y + 1;
    const top = doc.headings.filter((h) => h.level <= 1);
    const plans: Heading[] = [];
    for (const h of top) {
      const years = standaloneYears(h.title, h.titleSpan.start);
      years.forEach((at, i) => {
        // The words from this year up to the next year say what the year labels.
        const segment = doc.prose.slice(at.end, i + 1 < years.length ? years[i + 1].start : h.titleSpan.end);
        if (!PLAN.test(segment) || LOOK_BACK.test(segment)) return;
        plans.push(h);
        if (at.year === next || years.some((o) => o.year === next)) return;
        context.report({
          span: { start: at.start, end: at.end },
          messageId: 'planYear',
          data: { year: y, next, found: at.year, heading: h.title },
          suggestions: [
            {
              title: { 'zh-CN': `改为“${next}”`, en: `Change to ${next}` },
              edits: [{ start: at.start, end: at.end, text: String(next) }],
            },
          ],
        });
      });
    }
    // Info: a 成效 section that names Y+1 more often than Y.
    for (const section of walkSections(doc.root)) {
      const h = section.heading;
      if (!h || h.level > 1 || !RESULTS.test(h.title) || plans.includes(h) || PLAN.test(h.title)) continue;
      const body = doc.prose.slice(section.span.start, section.span.end);
      const count = countYear(body, y);
      const nextCount = countYear(body, next);
      if (nextCount >= 3 && nextCount > count) {
        context.report({
          span: h.titleSpan,
          messageId: 'resultsYear',
          severity: 'info',
          data: { year: y, next, heading: h.title, count, nextCount },
        });
      }
    }
  },
};
