import type { ReportDocument } from '../document/report-document';
import { readFigures, type Figure } from '../document/numbers';
import { lexiconFor } from '../figures/lexicon';
import type { Rule, RuleContext } from '../rule';

/** 比上年增长 / 同比下降 …: the words right before a stated change, and whether it is a fall. */
const CHANGE = /(?:比上年|较上年|比去年|较去年|同比|与上年相比|比上一年|较上一年)(?:度)?(增长|增加|上升|提高|提升|下降|减少|降低)$/;
const FALL = new Set(['下降', '减少', '降低']);
/** Characters of noun phrase two figures must share at the end to be the same thing (行政复议案件). */
const MIN_SHARED = 4;

function sharedSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function round(value: number, decimals: number): string {
  return value.toFixed(decimals);
}

/**
 * A change stated against last year (比上年增长12%, 同比下降3个百分点) is checked against last
 * year's report of the same issuer, when the lint has it (`--previous`): the figure the change is
 * about (the count or rate just before it in the sentence) and the same noun phrase's figure in last
 * year's report give the change; beyond rounding, a warning showing the arithmetic. Only when last
 * year's report holds exactly one such figure (same unit, the same noun phrase ending), and never for
 * approximate figures.
 */
export const yearOnYearFigures: Rule = {
  meta: {
    id: 'year-on-year-figures',
    appliesTo: 'annual-report',
    catalogue: [],
    category: 'numbers',
    severity: 'warning',
    fixable: 'none',
    refersToPrevious: { line: 'line' },
    optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
    description: {
      'zh-CN': '“比上年增长X%”与上一年度报告中的数字相符',
      en: 'A change against last year agrees with the figure in last year’s report',
    },
    messages: {
      mismatch: {
        'zh-CN': '“{stated}”与上一年度报告不符：去年报告（{file}第{line}行）为{last}，今年为{current}，{arithmetic}。请核对数字或变化幅度。',
        en: '“{stated}” does not agree with last year’s report: it gives {last} ({file}, line {line}) and this year {current}, so {arithmeticEn}. Check the figures or the change.',
      },
    },
  },
  check(doc: ReportDocument, context: RuleContext) {
    const link = context.previous;
    if (link?.status !== 'found') return;
    const lexicon = lexiconFor(context.data);
    const figures = readFigures(doc, lexicon);
    const before = readFigures(link.report.doc, lexicon).filter((f) => !f.approx && f.nounBefore);
    for (let i = 1; i < figures.length; i++) {
      const change = figures[i];
      const m = change.nounBefore ? CHANGE.exec(change.nounBefore.text) : null;
      if (!m || change.approx) continue;
      const points = change.unit === '个百分点';
      if (!points && change.percent !== 'percent') continue;
      const base = figures[i - 1];
      if (base.sentence !== change.sentence || base.approx || !base.nounBefore) continue;
      // Points go with a rate; a percentage with a count (a percentage change of a rate is ambiguous).
      if (points ? base.percent !== 'percent' : base.percent !== undefined) continue;
      const noun = base.nounBefore.text.replace(CHANGE, '');
      const candidates = before.filter(
        (f) => f.unit === base.unit && (f.percent === 'percent') === (base.percent === 'percent') && sharedSuffix(f.nounBefore!.text, noun) >= MIN_SHARED,
      );
      const best = Math.max(0, ...candidates.map((f) => sharedSuffix(f.nounBefore!.text, noun)));
      const same = candidates.filter((f) => sharedSuffix(f.nounBefore!.text, noun) === best);
      if (same.length !== 1 || same[0].value === 0) continue;
      const last: Figure = same[0];
      const sign = FALL.has(m[1]) ? -1 : 1;
      const stated = sign * change.value;
      const actual = points ? base.value - last.value : ((base.value - last.value) / last.value) * 100;
      const tolerance = 0.5 * 10 ** -change.decimals + 1e-9;
      if (Math.abs(actual - stated) <= tolerance) continue;
      const shown = round(Math.abs(actual), Math.max(change.decimals, 1));
      const word = actual < 0 ? '下降' : '增长';
      const wordEn = actual < 0 ? 'a fall of' : 'a rise of';
      const arithmetic = points
        ? { zh: `${base.text}−${last.text}=${round(actual, Math.max(change.decimals, 1))}个百分点，即${word}${shown}个百分点`, en: `${base.text} − ${last.text} = ${round(actual, Math.max(change.decimals, 1))} points, ${wordEn} ${shown} points` }
        : { zh: `（${base.value}−${last.value}）÷${last.value}≈${round(actual, Math.max(change.decimals, 1))}%，即${word}${shown}%`, en: `(${base.value} − ${last.value}) ÷ ${last.value} ≈ ${round(actual, Math.max(change.decimals, 1))}%, ${wordEn} ${shown}%` };
      context.report({
        span: { start: change.nounBefore!.span.start + m.index, end: change.span.end },
        messageId: 'mismatch',
        data: {
          stated: doc.prose.slice(change.nounBefore!.span.start + m.index, change.span.end),
          file: link.report.filePath,
          line: link.report.doc.index.toPoint(last.span.start).line,
          last: last.text,
          current: base.text,
          arithmetic: arithmetic.zh,
          arithmeticEn: arithmetic.en,
        },
      });
    }
  },
};
