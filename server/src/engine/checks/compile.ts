/**
 * Declarative rules: a pack's `data.checks` entry compiled into a Rule. Each kind is a small
 * function over the scope's text; the words and patterns are compiled once per entry (patterns.ts).
 *
 * - existence: every hit is a finding.
 * - substitution: every wrong form is a finding with its right form (a fix when certain, else a suggestion).
 * - occurrence: more than `max` hits (finding at the first hit too many) or fewer than `min` (at the scope's start).
 * - conditional: a unit with an `if` hit and no `then` hit (finding at the `if` hit).
 * - required: a scope without a hit (finding at the scope's start; a part the report lacks is left to report-required-parts).
 * - sequence: items that appear in a unit out of the given order (finding at the first misplaced item).
 * - formulation: a near miss of a canonical phrase (near-miss.ts), with the phrase as a certain fix.
 */
import type { ReportDocument } from '../document/report-document';
import type { Span } from '../document/types';
import type { CheckDefinition, CheckMatch, CheckSequenceItem, PackData } from '../pack/types';
import { NO_OPTIONS, type LocalizedText, type Report, type Rule, type RuleMeta } from '../rule';
import { compileNearMisses, type NearMissMatcher } from './near-miss';
import { TextMatcher, type Hit } from './patterns';
import { scopeSpans, unitSpans } from './scope';

const MESSAGE = 'check';

/** A localized text whose English may be left out in a pack (then the Chinese is shown). */
function both(text: LocalizedText | { 'zh-CN': string; en?: string } | undefined, fallback: LocalizedText): LocalizedText {
  if (!text) return fallback;
  return { 'zh-CN': text['zh-CN'], en: text.en ?? text['zh-CN'] };
}

/** Hits of the matcher in each span of `spans`, with offsets in the document. */
function hitsIn(doc: ReportDocument, spans: Span[], matcher: TextMatcher): Hit[] {
  const out: Hit[] = [];
  for (const span of spans) {
    for (const h of matcher.find(doc.prose.slice(span.start, span.end))) out.push({ ...h, start: h.start + span.start, end: h.end + span.start });
  }
  return out;
}

/** Whole words only (CheckDefinition.wholeWords): both ends of the hit are word boundaries of its sentence. */
class WordBoundaries {
  private readonly cache = new Map<number, Set<number>>();
  constructor(private readonly doc: ReportDocument) {}

  whole(hit: Span): boolean {
    const sentence = this.sentenceAt(hit.start);
    if (!sentence || hit.end > sentence.end) return false;
    let bounds = this.cache.get(sentence.start);
    if (!bounds) {
      bounds = new Set([sentence.start]);
      let at = sentence.start;
      for (const token of this.doc.segmenter.segment(this.doc.prose.slice(sentence.start, sentence.end))) bounds.add((at += token.length));
      this.cache.set(sentence.start, bounds);
    }
    return bounds.has(hit.start) && bounds.has(hit.end);
  }

  private sentenceAt(offset: number): Span | undefined {
    for (const p of this.doc.paragraphs) {
      if (offset < p.span.start || offset >= p.span.end) continue;
      return p.sentences.find((s) => offset >= s.span.start && offset < s.span.end)?.span ?? p.span;
    }
    return undefined;
  }
}

/** Where a finding about a whole scope goes: the scope's first non-blank line (a part's heading, the title). */
function scopeStart(doc: ReportDocument, span: Span): Span {
  const text = doc.text;
  let start = span.start;
  while (start < span.end && /\s/.test(text[start])) start++;
  let end = start;
  while (end < span.end && text[end] !== '\n' && text[end] !== '\r') end++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end: Math.max(end, Math.min(start + 1, span.end)) };
}

function label(match: CheckMatch): string {
  return match.words?.[0] ?? match.patterns?.[0] ?? '';
}

function replaceTitle(right: string): LocalizedText {
  return { 'zh-CN': `改为“${right}”`, en: `Replace with “${right}”` };
}

/** `$1` … `$9` in a substitution's right form, from the pattern's groups. */
function expand(right: string, hit: Hit): string {
  return right.replace(/\$([1-9])/g, (all, n: string) => (hit.groups ? (hit.groups[Number(n) - 1] ?? '') : all));
}

/** Is the hit part of an occurrence of `right` around it? */
function insideRight(text: string, hit: Hit, right: string): boolean {
  for (let k = right.indexOf(hit.text); k >= 0; k = right.indexOf(hit.text, k + 1)) {
    if (hit.start - k >= 0 && text.startsWith(right, hit.start - k)) return true;
  }
  return false;
}

type Checker = (doc: ReportDocument, spans: Span[], report: (r: Report) => void, data: PackData) => void;

function existence(def: CheckDefinition): Checker {
  const matcher = new TextMatcher(def, def.unless);
  return (doc, spans, report) => {
    const words = def.wholeWords ? new WordBoundaries(doc) : undefined;
    for (const hit of hitsIn(doc, spans, matcher)) {
      if (words && hit.source < (def.words?.length ?? 0) && !words.whole(hit)) continue;
      report({ span: hit, messageId: MESSAGE, data: { match: hit.text } });
    }
  };
}

function substitution(def: CheckDefinition): Checker {
  const swaps = def.swaps ?? [];
  const words: string[] = [];
  const wordSwap: number[] = [];
  const patterns: string[] = [];
  const patternSwap: number[] = [];
  swaps.forEach((s, i) => {
    for (const w of s.wrong ?? []) {
      words.push(w);
      wordSwap.push(i);
    }
    if (s.pattern) {
      patterns.push(s.pattern);
      patternSwap.push(i);
    }
  });
  const matcher = new TextMatcher({ words, patterns }, def.unless);
  return (doc, spans, report) => {
    const boundaries = def.wholeWords ? new WordBoundaries(doc) : undefined;
    for (const hit of hitsIn(doc, spans, matcher)) {
      const isWord = hit.source < words.length;
      if (boundaries && isWord && !boundaries.whole(hit)) continue;
      const swap = swaps[isWord ? wordSwap[hit.source] : patternSwap[hit.source - words.length]];
      const right = isWord ? swap.right : expand(swap.right, hit);
      // The wrong form inside its own right form (wrong 督查, right 法治督察工作中的督查 …) is the right text.
      if (right === hit.text || insideRight(doc.prose, hit, right)) continue;
      const edit = { title: replaceTitle(right), edits: [{ start: hit.start, end: hit.end, text: right }] };
      const certain = swap.certain ?? def.certain ?? false;
      report({ span: hit, messageId: MESSAGE, data: { match: hit.text, right }, ...(certain ? { fix: edit } : { suggestions: [edit] }) });
    }
  };
}

function occurrence(def: CheckDefinition): Checker {
  const matcher = new TextMatcher(def, def.unless);
  return (doc, spans, report) => {
    if (spans.length === 0) return;
    const hits = hitsIn(doc, spans, matcher);
    const bounds = { count: hits.length, min: def.min ?? 0, max: def.max ?? '∞' };
    if (def.max !== undefined && hits.length > def.max) {
      const hit = hits[def.max];
      report({ span: hit, messageId: MESSAGE, data: { match: hit.text, ...bounds } });
    }
    if (def.min !== undefined && hits.length < def.min) report({ span: scopeStart(doc, spans[0]), messageId: MESSAGE, data: { match: label(def), ...bounds } });
  };
}

function conditional(def: CheckDefinition): Checker {
  const when = new TextMatcher(def.if ?? {}, def.unless);
  const then = new TextMatcher(def.then ?? {});
  return (doc, spans, report) => {
    for (const unit of unitSpans(doc, spans, def.within)) {
      const hits = hitsIn(doc, [unit], when);
      if (hits.length === 0 || hitsIn(doc, [unit], then).length > 0) continue;
      report({ span: hits[0], messageId: MESSAGE, data: { match: hits[0].text, then: label(def.then ?? {}) } });
    }
  };
}

function required(def: CheckDefinition): Checker {
  const matcher = new TextMatcher(def, def.unless);
  return (doc, spans, report) => {
    if (spans.length === 0) return;
    if (hitsIn(doc, spans, matcher).length > 0) return;
    report({ span: scopeStart(doc, spans[0]), messageId: MESSAGE, data: { match: label(def) } });
  };
}

function sequenceItems(def: CheckDefinition): CheckSequenceItem[] {
  return (def.items ?? []).map((item) => (typeof item === 'string' ? { name: item, words: [item] } : item));
}

function sequence(def: CheckDefinition): Checker {
  const items = sequenceItems(def);
  const matchers = items.map((item) => new TextMatcher(item, def.unless));
  return (doc, spans, report) => {
    for (const unit of unitSpans(doc, spans, def.within)) {
      let latest: { hit: Hit; item: number } | undefined;
      for (let i = 0; i < items.length; i++) {
        const hit = hitsIn(doc, [unit], matchers[i])[0];
        if (!hit) continue;
        if (latest && hit.start < latest.hit.start) {
          report({ span: hit, messageId: MESSAGE, data: { match: hit.text, item: items[i].name, after: items[latest.item].name } });
          break;
        }
        latest = { hit, item: i };
      }
    }
  };
}

function formulation(def: CheckDefinition): Checker {
  const phrases = (def.phrases ?? []).map((p) => (typeof p === 'string' ? { phrase: p } : p));
  let matcher: NearMissMatcher | undefined;
  return (doc, spans, report) => {
    matcher ??= compileNearMisses(phrases, def.maxEdits ? { maxEdits: def.maxEdits } : undefined);
    for (const span of spans) {
      for (const miss of matcher.find(doc.prose.slice(span.start, span.end))) {
        const at = { start: miss.start + span.start, end: miss.end + span.start };
        const fix = { title: replaceTitle(miss.phrase), edits: [{ ...at, text: miss.phrase }] };
        report({ span: at, messageId: MESSAGE, data: { match: doc.text.slice(at.start, at.end), right: miss.phrase }, fix });
      }
    }
  };
}

const KINDS: Record<CheckDefinition['kind'], (def: CheckDefinition) => Checker> = {
  existence,
  substitution,
  occurrence,
  conditional,
  required,
  sequence,
  formulation,
};

function fixable(def: CheckDefinition): RuleMeta['fixable'] {
  if (def.kind === 'formulation') return 'certain';
  if (def.kind !== 'substitution') return 'none';
  return (def.swaps ?? []).some((s) => s.certain ?? def.certain) ? 'certain' : 'suggestion';
}

/** The Rule of one check. `docsUrl`: where its explanation is (a built-in check's docs page, a pack's file). */
export function compileCheck(def: CheckDefinition, docsUrl?: string): Rule {
  const description = both(def.description, { 'zh-CN': def.id, en: def.id });
  const meta: RuleMeta = {
    id: def.id,
    catalogue: def.catalogue ?? [],
    category: 'style',
    severity: def.level ?? 'warning',
    fixable: fixable(def),
    description,
    messages: { [MESSAGE]: both(def.message, description) },
    needsTokens: def.wholeWords === true,
    optionsSchema: NO_OPTIONS,
  };
  if (docsUrl) meta.docsUrl = docsUrl;
  if (def.appliesTo) meta.appliesTo = def.appliesTo;
  if (def.supersededBy?.length) meta.supersededBy = def.supersededBy;
  let checker: Checker | undefined;
  return {
    meta,
    check(doc, context) {
      checker ??= KINDS[def.kind](def);
      checker(doc, scopeSpans(doc, def.scope, context.data), context.report, context.data);
    },
  };
}
