/**
 * Which areas of an indicator system (pack `data.indicators`) a report covers, and where.
 *
 * A passage is a paragraph of the report's account of its work: the body, without the title block
 * and without the parts on shortcomings, next year's plans and other matters (a plan is not work
 * done). A passage that holds one of an area's key terms covers that area; a first-level area is
 * covered by its own terms or by any of its second-level areas. The key terms are matched
 * literally, leftmost-longest, in one pass over each passage (checks/patterns WordIndex).
 */
import type { ReportDocument } from '../document/report-document';
import type { Span } from '../document/types';
import { scopeSpans } from '../checks/scope';
import { classifySections } from '../rules/report-required-parts';
import { WordIndex } from '../checks/patterns';
import type { IndicatorArea, IndicatorSystem, PackData } from '../pack/types';
import type { LocalizedText } from '../types';

/** Parts of the report that are not an account of the year's work. */
const NOT_WORK_DONE = ['shortcomings-and-causes', 'next-year-plan', 'other-matters'];

export interface CoveragePassage {
  /** 1-based line of the paragraph. */
  line: number;
  span: Span;
  /** The key terms found in it, in text order, each once. */
  terms: string[];
}

export interface AreaCoverage {
  id: string;
  name: LocalizedText;
  /** 1: a first-level area; 2: one of its second-level areas. */
  level: 1 | 2;
  /** The passages, in text order (a first-level area's include its children's). */
  passages: CoveragePassage[];
  children: AreaCoverage[];
}

export interface SystemCoverage {
  id: string;
  name: LocalizedText;
  source?: LocalizedText;
  /** The report's year is in the system's years, or the system names no years. */
  applies: boolean;
  areas: AreaCoverage[];
}

interface FlatArea {
  area: IndicatorArea;
  level: 1 | 2;
}

const compiled = new WeakMap<IndicatorSystem, { flat: FlatArea[]; words: WordIndex; owners: number[][]; terms: string[] }>();

function compile(system: IndicatorSystem) {
  let c = compiled.get(system);
  if (c) return c;
  const flat: FlatArea[] = [];
  for (const area of system.areas) {
    flat.push({ area, level: 1 });
    for (const child of area.children ?? []) flat.push({ area: child, level: 2 });
  }
  // One index for all terms; a term may belong to several areas.
  const terms: string[] = [];
  const owners: number[][] = [];
  const at = new Map<string, number>();
  flat.forEach(({ area }, i) => {
    for (const term of area.terms) {
      let k = at.get(term);
      if (k === undefined) {
        k = terms.push(term) - 1;
        at.set(term, k);
        owners.push([]);
      }
      owners[k].push(i);
    }
  });
  c = { flat, words: new WordIndex(terms), owners, terms };
  compiled.set(system, c);
  return c;
}

/** The spans of the report's account of its work (see the file comment). */
export function workSpans(doc: ReportDocument, data: PackData): Span[] {
  const body = scopeSpans(doc, 'body', data)[0];
  // A plan part that names another year than Y+1 is still a plan (classifySections.planWithOtherYear).
  const excluded = classifySections(doc, data.sections)
    .filter((c) => c.planWithOtherYear || NOT_WORK_DONE.some((id) => c.strong.has(id)))
    .map((c) => {
      const id = NOT_WORK_DONE.find((i) => c.strong.has(i));
      return (id !== undefined ? c.via.get(id) : undefined) ?? c.section;
    })
    .map((sec) => sec.span)
    .sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  let from = body.start;
  for (const x of excluded) {
    if (x.start > from) out.push({ start: from, end: Math.min(x.start, body.end) });
    from = Math.max(from, x.end);
  }
  if (from < body.end) out.push({ start: from, end: body.end });
  return out.filter((s) => s.end > s.start);
}

function inSpans(spans: Span[], span: Span): boolean {
  return spans.some((s) => span.start >= s.start && span.end <= s.end);
}

function yearApplies(system: IndicatorSystem, year: number | undefined): boolean {
  if (year === undefined) return system.fromYear === undefined && system.toYear === undefined;
  return (system.fromYear === undefined || year >= system.fromYear) && (system.toYear === undefined || year <= system.toYear);
}

/**
 * The coverage of each indicator system of the data, in the data's order; with `applyingOnly`, only
 * of the systems that apply to the report's year (the others are not mapped at all).
 */
export function indicatorCoverage(doc: ReportDocument, data: PackData, options: { applyingOnly?: boolean } = {}): SystemCoverage[] {
  const systems = options.applyingOnly ? data.indicators.filter((s) => yearApplies(s, doc.meta.year)) : data.indicators;
  if (systems.length === 0) return [];
  // One map per parse and data: the rule and the shell (HTML report, outline) ask for the same one.
  let byData = mapped.get(doc);
  if (!byData) mapped.set(doc, (byData = new WeakMap()));
  let bySystem = byData.get(data);
  if (!bySystem) byData.set(data, (bySystem = new Map()));
  const missing = systems.filter((s) => !bySystem.has(s));
  if (missing.length) for (const [system, coverage] of mapSystems(doc, data, missing)) bySystem.set(system, coverage);
  return systems.map((s) => bySystem.get(s)!);
}

const mapped = new WeakMap<ReportDocument, WeakMap<PackData, Map<IndicatorSystem, SystemCoverage>>>();

function mapSystems(doc: ReportDocument, data: PackData, systems: readonly IndicatorSystem[]): [IndicatorSystem, SystemCoverage][] {
  const work = workSpans(doc, data);
  // Headings count too: a run-in heading (1.全力做好……。迅速编印……) carries its paragraph's text.
  const paragraphs = doc.paragraphs.filter((p) => inSpans(work, p.span));
  const year = doc.meta.year;
  return systems.map((system): [IndicatorSystem, SystemCoverage] => {
    const { flat, words, owners, terms } = compile(system);
    const passages: CoveragePassage[][] = flat.map(() => []);
    for (const p of paragraphs) {
      const found = new Map<number, string[]>();
      for (const hit of words.find(doc.prose.slice(p.span.start, p.span.end))) {
        for (const owner of owners[hit.source]) {
          const list = found.get(owner) ?? [];
          if (!list.includes(terms[hit.source])) list.push(terms[hit.source]);
          found.set(owner, list);
        }
      }
      const line = p.firstLine + 1;
      for (const [owner, list] of found) passages[owner].push({ line, span: p.span, terms: list });
    }
    let i = 0;
    const areas: AreaCoverage[] = system.areas.map((area) => {
      const own = passages[i++];
      const children: AreaCoverage[] = (area.children ?? []).map((child) => ({
        id: child.id,
        name: child.name,
        level: 2,
        passages: passages[i++],
        children: [],
      }));
      return { id: area.id, name: area.name, level: 1, passages: mergePassages([own, ...children.map((c) => c.passages)]), children };
    });
    const out: SystemCoverage = { id: system.id, name: system.name, applies: yearApplies(system, year), areas };
    if (system.source) out.source = system.source;
    return [system, out];
  });
}

/** Passages of an area and of its children: one per paragraph, terms joined, in text order. */
function mergePassages(lists: CoveragePassage[][]): CoveragePassage[] {
  const byStart = new Map<number, CoveragePassage>();
  for (const list of lists) {
    for (const p of list) {
      const seen = byStart.get(p.span.start);
      if (!seen) byStart.set(p.span.start, { ...p, terms: [...p.terms] });
      else for (const t of p.terms) if (!seen.terms.includes(t)) seen.terms.push(t);
    }
  }
  return [...byStart.values()].sort((a, b) => a.span.start - b.span.start);
}

/** The first-level areas no passage covers. */
export function absentAreas(coverage: SystemCoverage): AreaCoverage[] {
  return coverage.areas.filter((a) => a.passages.length === 0);
}
