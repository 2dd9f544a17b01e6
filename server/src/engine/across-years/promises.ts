/**
 * Last year's promises (issue "across documents", item 2): the items of the 下一年度安排 part of
 * last year's report — its sub-headings and the 一是/二是 items under them — each with its key terms,
 * and where this year's report gives an account of each.
 *
 * A promise's key terms are the words of its text (segmented with the document's segmenter, so the
 * domain dictionary keeps 重大行政决策 one word) that are not general (推进, 加强, 进一步: the
 * vocabulary's `genericWords`): up to MAX_TERMS of them, the pack's domain words first, then the
 * longer words. Its score against this year's report is the share of its key terms found together
 * within WINDOW consecutive sentences of this year's account of the work (the parts that are not the
 * shortcomings or the plan): the best such window is its candidate passage.
 */
import type { ReportDocument } from '../document/report-document';
import type { Section, Span } from '../document/types';
import type { IndicatorArea, PackData } from '../pack/types';
import { classifySections } from '../rules/report-required-parts';
import { documentIssuer } from './previous-report';

/** At most this many key terms per promise. */
export const MAX_TERMS = 8;
/** A promise's terms must be found within this many consecutive sentences of this year's report. */
export const WINDOW = 3;
/** Fewer key terms than this: the item says too little to be matched (a label such as 加强领导). */
const MIN_TERMS = 2;
/** Characters of a promise kept for messages. */
const EXCERPT = 28;

export interface PlanPromise {
  /** The item's text (heading and body, or one 一是 item). */
  text: string;
  /** A short form for messages. */
  excerpt: string;
  /** 1-based line in last year's report. */
  line: number;
  span: Span;
  terms: string[];
}

export interface PromiseMatch {
  promise: PlanPromise;
  /** Share of the key terms found in the best window (0…1). */
  score: number;
  found: string[];
  missing: string[];
  /** This year's best candidate passage (the window's sentences), when any key term was found. */
  passage?: Span;
}

const ENUMERATOR = /(?<=^|[。；;！!？?：:\s])[一二三四五六七八九十]{1,3}是(?=[，,、：:]?\S)/g;
const WORDLIKE = /^[\u3400-\u9fffA-Za-z]{2,}$/u;

function excerpt(text: string): string {
  // Inner quotation marks become single ones: the excerpt is quoted in messages.
  const flat = text.replace(/\s+/g, '').replace(/“/g, '‘').replace(/”/g, '’');
  return flat.length > EXCERPT ? `${flat.slice(0, EXCERPT)}…` : flat;
}

/** The top-level sections of a report that are its 下一年度安排 part (strongly classified). */
export function planSections(doc: ReportDocument, data: PackData): Section[] {
  return classifySections(doc, data.sections)
    .filter((c) => c.strong.has('next-year-plan'))
    .map((c) => c.section);
}

/** The sections that hold no sub-sections (the items of a plan part). */
function leaves(section: Section): Section[] {
  return section.children.length === 0 ? [section] : section.children.flatMap(leaves);
}

/**
 * The promises of one item's text (a sub-section, or a paragraph of a plan part without sub-headings):
 * the text before its first 一是 when it says more than the heading (`headingEnd`), then each 一是/二是
 * item up to the next; a text without such items is one promise.
 */
function itemPromises(doc: ReportDocument, { start, end }: Span, headingEnd = start): Span[] {
  const marks = [...doc.prose.slice(start, end).matchAll(ENUMERATOR)].map((m) => start + (m.index ?? 0));
  if (marks.length === 0) return [{ start, end }];
  const out: Span[] = [];
  const lead = doc.prose.slice(Math.max(start, headingEnd), marks[0]).replace(/[\s。；;，,：:]/g, '');
  if (lead.length >= 8) out.push({ start, end: marks[0] });
  marks.forEach((m, i) => out.push({ start: m, end: marks[i + 1] ?? end }));
  return out;
}

const promiseCache = new WeakMap<ReportDocument, WeakMap<PackData, PlanPromise[]>>();

/** Last year's promises (cached per parse and pack data). */
export function promisesOf(doc: ReportDocument, data: PackData): PlanPromise[] {
  let byData = promiseCache.get(doc);
  if (!byData) promiseCache.set(doc, (byData = new WeakMap()));
  const cached = byData.get(data);
  if (cached) return cached;
  const terms: TermContext = {
    generic: new Set(data.vocabulary.genericWords),
    domain: new Set([...data.dictionary, ...data.indicators.flatMap((s) => s.areas.flatMap(areaTerms))]),
    issuer: documentIssuer(doc) ?? '',
  };
  const out: PlanPromise[] = [];
  for (const part of planSections(doc, data)) {
    const spans =
      part.children.length > 0
        ? leaves(part).flatMap((leaf) => itemPromises(doc, leaf.span, leaf.heading?.titleSpan.end))
        : part.paragraphs.filter((p) => p.kind === 'body').flatMap((p) => itemPromises(doc, p.span));
    for (const span of spans) {
      const text = doc.prose.slice(span.start, span.end).trim();
      const keys = keyTerms(doc, text, terms);
      if (keys.length < MIN_TERMS) continue;
      out.push({ text, excerpt: excerpt(stripMarker(text)), line: doc.index.toPoint(span.start).line, span, terms: keys });
    }
  }
  byData.set(data, out);
  return out;
}

function areaTerms(area: IndicatorArea): string[] {
  return [...area.terms, ...(area.children ?? []).flatMap(areaTerms)];
}

/** The text without its heading marker ((一), 1., 一是). */
function stripMarker(text: string): string {
  return text.replace(/^\s*(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[、是]|\d+[.．、])\s*/u, '');
}

/** A general word, or two general words run together (切实增强, 不断完善). */
function isGeneric(word: string, generic: ReadonlySet<string>): boolean {
  if (generic.has(word)) return true;
  for (let i = 1; i < word.length; i++) {
    if (generic.has(word.slice(0, i)) && generic.has(word.slice(i))) return true;
  }
  return false;
}

interface TermContext {
  generic: ReadonlySet<string>;
  domain: ReadonlySet<string>;
  /** The issuer's name: its words (汕尾市, 市政府) say nothing about a promise. */
  issuer: string;
}

function keyTerms(doc: ReportDocument, text: string, c: TermContext): string[] {
  const order = new Map<string, number>();
  doc.segmenter.segment(stripMarker(text)).forEach((w, i) => {
    if (!WORDLIKE.test(w) || order.has(w) || isGeneric(w, c.generic) || c.issuer.includes(w)) return;
    order.set(w, i);
  });
  const words = [...order.keys()];
  // Domain words first, then longer words (more specific), then the text's order.
  words.sort((a, b) => Number(c.domain.has(b)) - Number(c.domain.has(a)) || b.length - a.length || (order.get(a) ?? 0) - (order.get(b) ?? 0));
  return words.slice(0, MAX_TERMS);
}

/** This year's account of the work: the sentences outside the shortcomings and plan parts. */
function accountSentences(doc: ReportDocument, data: PackData): Span[] {
  const excluded = classifySections(doc, data.sections)
    .filter((c) => c.strong.has('next-year-plan') || c.strong.has('shortcomings-and-causes'))
    .map((c) => c.section.span);
  const bodyStart = doc.meta.title?.span.end ?? 0;
  const out: Span[] = [];
  for (const p of doc.paragraphs) {
    if (p.kind !== 'body' && p.kind !== 'heading') continue;
    if (p.span.start < bodyStart || excluded.some((s) => p.span.start >= s.start && p.span.start < s.end)) continue;
    for (const s of p.sentences) out.push(s.span);
  }
  return out;
}

/** Index of the sentence holding `offset` (sentences sorted by start), or -1. */
function sentenceAt(sentences: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].end <= offset) lo = mid + 1;
    else if (sentences[mid].start > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** Each of last year's promises with its best window in this year's report. */
export function matchPromises(doc: ReportDocument, previous: ReportDocument, data: PackData): PromiseMatch[] {
  const promises = promisesOf(previous, data);
  if (promises.length === 0) return [];
  const sentences = accountSentences(doc, data);
  const prose = doc.prose;
  const where = new Map<string, Set<number>>();
  const sentencesOf = (term: string): Set<number> => {
    let hit = where.get(term);
    if (hit) return hit;
    hit = new Set();
    for (let at = prose.indexOf(term); at >= 0; at = prose.indexOf(term, at + term.length)) {
      const s = sentenceAt(sentences, at);
      if (s >= 0) hit.add(s);
    }
    where.set(term, hit);
    return hit;
  };
  return promises.map((promise) => {
    // Windows [w, w + WINDOW): a term counts in each window that holds one of its sentences.
    const perWindow = new Map<number, Set<string>>();
    for (const term of promise.terms) {
      for (const s of sentencesOf(term)) {
        for (let w = Math.max(0, s - WINDOW + 1); w <= s; w++) {
          let set = perWindow.get(w);
          if (!set) perWindow.set(w, (set = new Set()));
          set.add(term);
        }
      }
    }
    let best = -1;
    let bestFound: Set<string> = new Set();
    for (const [w, found] of perWindow) {
      if (found.size > bestFound.size || (found.size === bestFound.size && w < best)) {
        best = w;
        bestFound = found;
      }
    }
    const found = promise.terms.filter((t) => bestFound.has(t));
    const missing = promise.terms.filter((t) => !bestFound.has(t));
    const match: PromiseMatch = { promise, score: found.length / promise.terms.length, found, missing };
    if (best >= 0) {
      // The window's sentences that hold a found term (at least one does): the passage shown.
      const holding = [...Array(WINDOW).keys()].map((i) => best + i).filter((s) => s < sentences.length && found.some((t) => sentencesOf(t).has(s)));
      match.passage = { start: sentences[holding[0]].start, end: sentences[holding[holding.length - 1]].end };
    }
    return match;
  });
}
