import { RE2JS } from 're2js';
import type { ReportDocument } from '../document/report-document';
import { walkSections } from '../document/sections';
import type { Span } from '../document/types';
import type { DatedEvent } from '../pack/types';
import type { Rule, RuleContext } from '../rule';

/** Plan-section words used when neither the options nor the pack's `next-year-plan` item give any. */
const DEFAULT_PLAN_KEYWORDS = ['打算', '计划', '安排', '思路', '下一步', '下一年'];

const EQUIVALENT: Record<string, string> = {
  '（': '[（(]',
  '）': '[）)]',
  '—': '(?:——|――|--|[-–—－~～‐‑‒−﹣])?',
  '〔': '[〔\\[［【(（]',
  '〕': '[〕\\]］】)）]',
};

/**
 * A pack phrase as a pattern in which bracket widths and year-range connectors may vary, compiled
 * with RE2 (re2js): phrases are data from packs, and a phrase of many “—” becomes many optional
 * groups, which a backtracking engine can take exponential time over (a line of dashes). RE2 matches
 * in time linear in the text, with the same leftmost-first matches.
 */
export function phrasePattern(phrase: string): RE2JS {
  return RE2JS.compile(phraseSource(phrase));
}

function phraseSource(phrase: string): string {
  let source = '';
  for (const ch of phrase) source += EQUIVALENT[ch] ?? ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return source;
}

/**
 * The phrases of a pack's events, compiled once per events list: each phrase's pattern, and its
 * longest run of characters that the pattern matches literally (no bracket or dash variants). A
 * phrase whose literal run is not in the text cannot match, so its pattern is not run (most texts
 * hold none of the phrases); a native substring search costs far less than an RE2 scan.
 */
interface PhraseIndex {
  patterns: Map<string, RE2JS>;
  literal: Map<string, string>;
}
const phraseIndexes = new WeakMap<readonly DatedEvent[], PhraseIndex>();

function longestLiteral(phrase: string): string {
  let best = '';
  let run = '';
  for (const ch of phrase) {
    if (EQUIVALENT[ch] === undefined) run += ch;
    else run = '';
    if (run.length > best.length) best = run;
  }
  return best;
}

function phraseIndex(events: readonly DatedEvent[]): PhraseIndex {
  let index = phraseIndexes.get(events);
  if (index) return index;
  const phrases = [...new Set(events.flatMap((e) => e.phrases))];
  index = { patterns: new Map(phrases.map((p) => [p, phrasePattern(p)])), literal: new Map(phrases.map((p) => [p, longestLiteral(p)])) };
  phraseIndexes.set(events, index);
  return index;
}

/** Can the phrase occur in the text (its literal run is there)? */
function mayOccur(index: PhraseIndex, phrase: string, text: string): boolean {
  const literal = index.literal.get(phrase) ?? '';
  return literal === '' || text.includes(literal);
}

/** Every non-empty, non-overlapping match of `re` in `text`, left to right (UTF-16 offsets). */
function* phraseMatches(re: RE2JS, text: string): Generator<{ start: number; end: number; text: string }> {
  const m = re.matcher(text);
  while (m.find()) {
    const start = m.start();
    const end = m.end();
    if (end > start) yield { start, end, text: text.slice(start, end) };
  }
}

function isoDate(year: number, month = 1, day = 1): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** Spans of the plan sections (下一年度工作安排): top-level sections whose heading names the next year or a plan word. */
function planSpans(doc: ReportDocument, year: number | undefined, keywords: readonly string[]): Span[] {
  const spans: Span[] = [];
  for (const s of walkSections(doc.root)) {
    const h = s.heading;
    if (!h) continue;
    const topLevel = h.marker ? h.marker.level === 1 : (h.markdownDepth ?? 9) <= 2;
    if (!topLevel) continue;
    const title = h.title;
    const nextYear = year !== undefined && new RegExp(`${year + 1}\\s*年`).test(title);
    if (nextYear || keywords.some((k) => title.includes(k))) spans.push(s.span);
  }
  return spans;
}

function planKeywords(context: RuleContext): string[] {
  const fromOptions = context.options.planKeywords;
  if (Array.isArray(fromOptions)) return fromOptions.filter((k): k is string => typeof k === 'string');
  const item = context.data.sections.find((s) => s.id === 'next-year-plan');
  if (item) return [...item.keywords, ...(item.synonyms ?? [])];
  return DEFAULT_PLAN_KEYWORDS;
}

export const anachronism: Rule = {
  meta: {
    id: 'anachronism',
    appliesTo: 'annual-report',
    catalogue: ['TERM-007'],
    category: 'style',
    severity: 'error',
    fixable: 'none',
    optionsSchema: {
      type: 'object',
      properties: {
        planKeywords: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          examples: [['工作安排', '工作计划']],
          description: 'Words that mark the next-year plan section (default: the pack\'s next-year-plan item). 下一年度工作计划部分的标题词（默认取规则包的 next-year-plan 项）。',
        },
      },
      additionalProperties: false,
    },
    description: {
      'zh-CN': '不引用成文时尚不存在的文件、会议和提法（如2020年度报告引用党的二十大）',
      en: 'Nothing is cited that did not exist yet (e.g. a 2020 report citing the 20th Party Congress)',
    },
    messages: {
      afterWriting: {
        'zh-CN': '引用的{name}始于{date}，晚于本报告的成文日期{written}，成文时尚不存在，请核实（依据：{source}）。',
        en: '{name} dates from {dateEn}, after this report was written ({writtenEn}): it did not exist yet (source: {sourceEn}).',
      },
      afterYear: {
        'zh-CN': '本报告总结{year}年度工作，而引用的{name}始于{date}，在报告年度之后；如确属成文时的最新部署，宜放在下一年度工作安排部分（依据：{source}）。',
        en: 'This report covers {year}, but {name} dates from {dateEn}, after that year; if it is the latest guidance at the time of writing, cite it in the next-year plan (source: {sourceEn}).',
      },
    },
  },
  check(doc: ReportDocument, context: RuleContext) {
    const year = doc.meta.year;
    const d = doc.meta.date;
    const written = d?.year !== undefined && d.month !== undefined && d.day !== undefined ? isoDate(d.year, d.month, d.day) : undefined;
    if (year === undefined && written === undefined) return;
    const endOfYear = year !== undefined ? isoDate(year, 12, 31) : undefined;
    const plans = planSpans(doc, year, planKeywords(context));
    const inPlan = (offset: number) => plans.some((s) => offset >= s.start && offset < s.end);
    const text = doc.prose;
    const index = phraseIndex(context.data.events as DatedEvent[]);

    for (const event of context.data.events as DatedEvent[]) {
      const afterWriting = written !== undefined && event.date > written;
      const afterYear = endOfYear !== undefined && event.date > endOfYear;
      if (!afterWriting && !afterYear) continue;
      const seen: Span[] = [];
      for (const phrase of [...event.phrases].sort((a, b) => b.length - a.length)) {
        if (!mayOccur(index, phrase, text)) continue;
        for (const m of phraseMatches(index.patterns.get(phrase)!, text)) {
          const span = { start: m.start, end: m.end };
          if (seen.some((s) => span.start < s.end && s.start < span.end)) continue;
          seen.push(span);
          if (!afterWriting && inPlan(span.start)) continue;
          const source = event.source ?? { 'zh-CN': '时间表', en: 'dated-events table' };
          context.report({
            span,
            messageId: afterWriting ? 'afterWriting' : 'afterYear',
            severity: afterWriting ? undefined : 'warning',
            data: {
              phrase: m.text,
              name: event.name,
              date: chineseDate(event.date),
              dateEn: event.date,
              written: written ? chineseDate(written) : '',
              writtenEn: written ?? '',
              year: year ?? '',
              source: source['zh-CN'],
              sourceEn: source.en,
            },
          });
        }
      }
    }
  },
};
