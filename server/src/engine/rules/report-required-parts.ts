import { toChineseNumeral } from '../document/chinese-numerals';
import type { ReportDocument } from '../document/report-document';
import type { Heading, Section, Span } from '../document/types';
import type { SectionItem } from '../pack/types';
import type { Rule, RuleContext, Suggestion } from '../rule';
import { NO_OPTIONS } from '../rule';

/** A top-level section of the report body and what it was classified as. */
export interface ClassifiedSection {
  section: Section;
  heading: Heading;
  /** Items matched by the section's own heading or a direct sub-heading (reliable). */
  strong: Set<string>;
  /** Items matched only by the first sentences of the section (a hint). */
  weak: Set<string>;
  /** The sub-section whose heading matched, per item, when the match came from a sub-heading. */
  via: Map<string, Section>;
  /** A plan heading that names a year other than Y+1 (left to the year rules). */
  planWithOtherYear: boolean;
}

const LEAD_SENTENCES = 2;
const MAX_SUBHEADING = 30;

/** The report year Y, or undefined. */
function reportYear(doc: ReportDocument): number | undefined {
  return doc.meta.year;
}

function expandAlternatives(group: string, year: number | undefined): string[] {
  return group
    .split('|')
    .map((alt) => (alt.includes('{Y+1}') ? (year === undefined ? undefined : alt.replace('{Y+1}', String(year + 1))) : alt))
    .filter((alt): alt is string => alt !== undefined && alt !== '');
}

/** Does `text` name the item? Keywords always count; synonyms count unless an `exclude` word is present. */
export function itemMatches(item: SectionItem, text: string, year: number | undefined): boolean {
  const strongHit = item.keywords.some((k) => text.includes(k));
  const weakHit = (item.synonyms ?? []).some((k) => text.includes(k)) && !(item.exclude ?? []).some((x) => text.includes(x));
  if (!strongHit && !weakHit) return false;
  return (item.alsoRequires ?? []).every((group) => expandAlternatives(group, year).some((alt) => text.includes(alt)));
}

/** A plan-like heading (keywords hit, but the next-year requirement fails because another year is named). */
function otherYearMatch(item: SectionItem, text: string, year: number | undefined): boolean {
  if (!(item.alsoRequires ?? []).some((g) => g.includes('{Y+1}'))) return false;
  if (!item.keywords.some((k) => text.includes(k))) return false;
  const years = [...text.matchAll(/((?:19|20)\d{2})\s*年/g)].map((m) => Number(m[1]));
  return years.length > 0 && (year === undefined || years.every((y) => y !== year + 1));
}

function leadText(doc: ReportDocument, section: Section): string {
  const heading = section.heading as Heading;
  const sentences: string[] = [];
  for (const p of section.paragraphs) {
    for (const s of p.sentences) {
      if (s.span.end <= heading.titleSpan.end) continue;
      sentences.push(doc.prose.slice(Math.max(s.span.start, heading.titleSpan.end), s.span.end));
      if (sentences.length >= LEAD_SENTENCES) return sentences.join('');
    }
  }
  return sentences.join('');
}

/** The top-level sections of the report body: after the title, at the shallowest heading level. */
export function topSections(doc: ReportDocument): Section[] {
  const titleEnd = doc.meta.title?.span.end ?? 0;
  let sections = doc.root.children.filter((s) => s.heading && s.span.start >= titleEnd);
  while (sections.length === 1 && sections[0].children.length > 0) sections = sections[0].children;
  if (sections.length === 0) return [];
  const level = Math.min(...sections.map((s) => s.level));
  return sections.filter((s) => s.level === level);
}

/** Per parse and items list (the pack's sections): several rules classify the same report in one lint. */
const classifiedCache = new WeakMap<ReportDocument, WeakMap<readonly SectionItem[], readonly ClassifiedSection[]>>();

/** The report's top-level sections, classified by the items; shared between callers (never mutate it). */
export function classifySections(doc: ReportDocument, items: readonly SectionItem[]): readonly ClassifiedSection[] {
  let byItems = classifiedCache.get(doc);
  if (!byItems) classifiedCache.set(doc, (byItems = new WeakMap()));
  let out = byItems.get(items);
  if (!out) byItems.set(items, (out = classifyAll(doc, items)));
  return out;
}

function classifyAll(doc: ReportDocument, items: readonly SectionItem[]): ClassifiedSection[] {
  const year = reportYear(doc);
  const planItems = items.filter((i) => (i.alsoRequires ?? []).some((g) => g.includes('{Y+1}')));
  return topSections(doc).map((section) => {
    const heading = section.heading as Heading;
    const strong = new Set<string>();
    const weak = new Set<string>();
    const via = new Map<string, Section>();
    for (const item of items) {
      if (itemMatches(item, heading.title, year)) strong.add(item.id);
    }
    for (const child of section.children) {
      // Short sub-headings only: a run-in sub-heading is a whole sentence, not a label.
      if (!child.heading || child.heading.title.length > MAX_SUBHEADING) continue;
      for (const item of items) {
        if (!strong.has(item.id) && itemMatches(item, child.heading.title, year)) {
          strong.add(item.id);
          via.set(item.id, child);
        }
      }
    }
    const lead = leadText(doc, section);
    for (const item of items) {
      if (!strong.has(item.id) && itemMatches(item, lead, year)) weak.add(item.id);
    }
    const planWithOtherYear = planItems.some((p) => !strong.has(p.id) && otherYearMatch(p, heading.title, year));
    return { section, heading, strong, weak, via, planWithOtherYear };
  });
}

function lineStart(doc: ReportDocument, offset: number): number {
  return doc.lines[doc.index.toPoint(offset).line - 1].start;
}

function markerWithOrdinal(text: string, ordinal: number): string {
  if (/\d/.test(text)) return text.replace(/\d+/, String(ordinal));
  return text.replace(/[一二三四五六七八九十百]+/, toChineseNumeral(ordinal));
}

function skeletonTitle(item: SectionItem, year: number | undefined): string {
  const raw = item.skeleton ?? item.name['zh-CN'];
  if (year !== undefined) return raw.replace(/\{Y\+1\}/g, String(year + 1));
  return raw.replace(/\{Y\+1\}年度/g, '下一年度').replace(/\{Y\+1\}年/g, '下一年').replace(/\{Y\+1\}/g, '下一年');
}

/** Build the suggestion that inserts a heading for `item` before `before` (or after the last section). */
function skeletonSuggestion(doc: ReportDocument, classified: readonly ClassifiedSection[], item: SectionItem, beforeIndex: number): Suggestion {
  const year = reportYear(doc);
  const model = (classified[beforeIndex] ?? classified[classified.length - 1]).heading;
  const modelLineStart = lineStart(doc, model.paragraphSpan.start);
  const markerStart = model.marker ? model.marker.span.start : model.titleSpan.start;
  const prefix = doc.text.slice(modelLineStart, markerStart);
  const previous = classified[beforeIndex - 1]?.heading.marker;
  const ordinal = (previous?.ordinal ?? 0) + 1;
  const marker = model.marker ? markerWithOrdinal(model.marker.text, ordinal) : '';
  // Blank lines between paragraphs or not: look at the line before the model heading.
  const modelLine = doc.index.toPoint(model.paragraphSpan.start).line - 1; // 0-based
  const previousLine = doc.lines[modelLine - 1];
  const sep = previousLine && previousLine.text.trim() === '' ? '\n\n' : '\n';
  const title = skeletonTitle(item, year);
  const edits: Suggestion['edits'] = [];
  if (beforeIndex < classified.length) {
    edits.push({ start: modelLineStart, end: modelLineStart, text: `${prefix}${marker}${title}${sep}` });
    // Renumber the following sections when the new ordinal collides with theirs.
    const firstAfter = classified[beforeIndex].heading.marker;
    if (model.marker && firstAfter && firstAfter.ordinal <= ordinal) {
      let n = ordinal;
      for (const c of classified.slice(beforeIndex)) {
        n++;
        const m = c.heading.marker;
        if (!m || m.ordinal === n) continue;
        edits.push({ start: m.span.start, end: m.span.end, text: markerWithOrdinal(m.text, n) });
      }
    }
  } else {
    const lastMarker = classified[classified.length - 1].heading.marker;
    const endMarker = model.marker ? markerWithOrdinal(model.marker.text, (lastMarker?.ordinal ?? 0) + 1) : '';
    const closing = doc.paragraphs.find((p) => (p.kind === 'signature' || p.kind === 'date') && p.span.start > model.paragraphSpan.end);
    if (closing) {
      const at = lineStart(doc, closing.span.start);
      edits.push({ start: at, end: at, text: `${prefix}${endMarker}${title}${sep}` });
    } else {
      const end = doc.text.length;
      const tail = doc.text.endsWith('\n') ? '' : '\n';
      edits.push({ start: end, end, text: `${tail}${sep === '\n\n' ? '\n' : ''}${prefix}${endMarker}${title}\n` });
    }
  }
  return {
    title: { 'zh-CN': `插入标题“${marker}${title}”`, en: `Insert the heading “${marker}${title}”` },
    edits,
  };
}

function describeHeading(c: ClassifiedSection | undefined): string {
  if (!c) return '';
  const marker = c.heading.marker?.text ?? '';
  const title = c.heading.title.length > 16 ? `${c.heading.title.slice(0, 16)}……` : c.heading.title;
  return `“${marker}${title}”`;
}

function titleSpan(doc: ReportDocument): Span {
  if (doc.meta.title) return doc.meta.title.span;
  const first = doc.paragraphs[0];
  return first ? { start: first.span.start, end: doc.lines[first.firstLine].end } : { start: 0, end: 0 };
}

const SOURCE = '《法治政府建设与责任落实督察工作规定》';

export const reportRequiredParts: Rule = {
  meta: {
    id: 'report-required-parts',
    appliesTo: 'annual-report',
    catalogue: ['RPT-001'],
    category: 'structure',
    severity: 'warning',
    fixable: 'suggestion',
    optionsSchema: NO_OPTIONS,
    description: {
      'zh-CN': '年度报告包括督察规定要求的各部分内容',
      en: 'The annual report covers the parts the inspection rules require',
    },
    messages: {
      missing: {
        'zh-CN': '报告缺少“{item}”部分：' + SOURCE + '要求年度报告包括“{item}”。该部分通常{where}。',
        en: 'The report has no part on “{itemEn}”: the Provisions on Inspection of Law-Based Government Building require it. It usually {whereEn}.',
      },
      missingAnywhere: {
        'zh-CN': '报告未见“{item}”的内容：' + SOURCE + '要求报告党政主要负责人履行推进法治建设第一责任人职责的情况。可单列一部分，也可写在主要举措和成效中。',
        en: 'The report nowhere covers “{itemEn}”, which the Provisions on Inspection of Law-Based Government Building require. It may be a part of its own or sit in the measures and results.',
      },
      planBeforeShortcomings: {
        'zh-CN': '下一年度安排{plan}写在了不足和原因{shortcomings}之前：' + SOURCE + '规定的顺序是先写不足和原因，再写下一年度主要安排。',
        en: 'The next-year plan {plan} comes before the shortcomings {shortcomings}; the Provisions on Inspection of Law-Based Government Building list the shortcomings and causes first, then the plan.',
      },
    },
  },
  check(doc: ReportDocument, context: RuleContext) {
    const items = context.data.sections;
    if (items.length === 0) return;
    const classified = classifySections(doc, items);
    // Without at least two top-level sections the report has no structure to judge.
    if (classified.length < 2) return;
    const titleEnd = doc.meta.title?.span.end ?? 0;
    const body = doc.prose.slice(titleEnd);
    const order = (id: string) => items.find((i) => i.id === id)?.order ?? Number.POSITIVE_INFINITY;
    const orderedIds = (c: ClassifiedSection) => [...c.strong].filter((id) => !items.find((i) => i.id === id)?.anywhere);
    const span = titleSpan(doc);

    for (const item of items) {
      if (item.whenMissing === 'optional') continue;
      if (item.anywhere && item.anywhere.length > 0) {
        if (item.anywhere.some((w) => body.includes(w))) continue;
      } else {
        if (classified.some((c) => c.strong.has(item.id) || c.weak.has(item.id))) continue;
        const isPlanLike = (item.alsoRequires ?? []).some((g) => g.includes('{Y+1}'));
        if (isPlanLike && classified.some((c) => c.planWithOtherYear)) continue;
        const itemOrder = item.order ?? Number.POSITIVE_INFINITY;
        // The first item (measures and results): any section not classified as a later item counts.
        const isFirst = items.every((i) => i.whenMissing === 'optional' || i.anywhere || (i.order ?? 0) >= itemOrder);
        if (isFirst && classified.some((c) => orderedIds(c).every((id) => order(id) <= itemOrder))) continue;
      }
      const itemOrder = item.order ?? Number.POSITIVE_INFINITY;
      let beforeIndex = classified.findIndex((c) => {
        const ids = orderedIds(c);
        const effective = c.planWithOtherYear ? [...ids, ...items.filter((i) => (i.alsoRequires ?? []).some((g) => g.includes('{Y+1}'))).map((i) => i.id)] : ids;
        return effective.length > 0 && Math.min(...effective.map(order)) > itemOrder;
      });
      if (beforeIndex < 0) beforeIndex = classified.length;
      const after = classified[beforeIndex - 1];
      const before = classified[beforeIndex];
      const where =
        after && before
          ? `放在${describeHeading(after)}之后、${describeHeading(before)}之前`
          : before
            ? `放在${describeHeading(before)}之前`
            : `放在${describeHeading(after)}之后`;
      const whereEn =
        after && before
          ? `goes after ${describeHeading(after)} and before ${describeHeading(before)}`
          : before
            ? `goes before ${describeHeading(before)}`
            : `goes after ${describeHeading(after)}`;
      const suggestion = skeletonSuggestion(doc, classified, item, beforeIndex);
      const anywhere = item.anywhere && item.anywhere.length > 0;
      context.report({
        span,
        messageId: anywhere ? 'missingAnywhere' : 'missing',
        data: { item: item.name['zh-CN'], itemEn: item.name.en, where, whereEn },
        severity: item.whenMissing === 'error' ? 'error' : item.whenMissing === 'info' ? 'info' : 'warning',
        suggestions: [suggestion],
      });
    }

    // Order: the next-year plan should not come before the shortcomings.
    const planItem = items.find((i) => (i.alsoRequires ?? []).some((g) => g.includes('{Y+1}')));
    const shortItem = items.find((i) => i.causeMarkers && i.causeMarkers.length > 0);
    if (planItem && shortItem && (planItem.order ?? 0) > (shortItem.order ?? 0)) {
      const firstShort = classified.findIndex((c) => c.strong.has(shortItem.id));
      const firstPlan = classified.findIndex((c) => c.strong.has(planItem.id) && !c.strong.has(shortItem.id));
      if (firstShort >= 0 && firstPlan >= 0 && firstPlan < firstShort) {
        const plan = classified[firstPlan];
        context.report({
          span: plan.heading.titleSpan,
          messageId: 'planBeforeShortcomings',
          data: { plan: describeHeading(plan), shortcomings: describeHeading(classified[firstShort]) },
          severity: 'warning',
          related: [
            {
              span: classified[firstShort].heading.titleSpan,
              message: { 'zh-CN': '不足和原因部分在这里', en: 'The shortcomings part is here' },
            },
          ],
        });
      }
    }
  },
};
