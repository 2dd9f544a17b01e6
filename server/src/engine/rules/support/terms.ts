import type { ReportDocument } from '../../document/report-document';
import { countBefore } from '../../document/sorted';
import type { Paragraph, Span } from '../../document/types';
import type { TermEntry } from '../../pack/types';
import { formatMessage, NO_OPTIONS, type LocalizedText, type Report, type Rule, type RuleContext } from '../../rule';

/**
 * Shared matcher for the data-driven term rules (TERM-001/002/003/005/006). The entries come from the
 * rule packs (`data.terms`); each rule reports the entries whose `rule` is its id.
 */

/** The default rule of a term entry that names none. */
export const DEFAULT_TERM_RULE = 'canonical-terms';

/** Every occurrence of `needle` in `haystack`. */
export function occurrences(haystack: string, needle: string): number[] {
  const out: number[] = [];
  if (needle === '') return out;
  let at = haystack.indexOf(needle);
  while (at >= 0) {
    out.push(at);
    at = haystack.indexOf(needle, at + 1);
  }
  return out;
}

/** Is the occurrence of `wrong` at `pos` part of one of the longer strings `unless`? */
export function partOfLonger(text: string, pos: number, wrong: string, unless: readonly string[] | undefined): boolean {
  for (const longer of unless ?? []) {
    for (const k of occurrences(longer, wrong)) {
      if (pos - k >= 0 && text.startsWith(longer, pos - k)) return true;
    }
  }
  return false;
}

export function paragraphAt(doc: ReportDocument, offset: number): Paragraph | undefined {
  // Paragraphs are in text order and do not overlap: the last one starting at or before offset.
  const ps = doc.paragraphs;
  const p = ps[countBefore(ps.length, (i) => ps[i].span.start <= offset) - 1];
  return p && offset >= p.span.start && offset < p.span.end ? p : undefined;
}

/** The sentence (or, failing that, the paragraph) that holds `offset`. */
export function sentenceTextAt(doc: ReportDocument, offset: number): string {
  const p = paragraphAt(doc, offset);
  if (!p) return '';
  const s = p.sentences.find((x) => offset >= x.span.start && offset < x.span.end);
  return s ? doc.prose.slice(s.span.start, s.span.end) : doc.prose.slice(p.span.start, p.span.end);
}

/** Is `offset` between an unclosed `open` and its `close` within the paragraph? */
export function insidePair(doc: ReportDocument, offset: number, open: string, close: string): boolean {
  const p = paragraphAt(doc, offset);
  const from = p ? p.span.start : 0;
  let depth = 0;
  for (let i = from; i < offset; i++) {
    const ch = doc.prose[i];
    if (ch === open) depth++;
    else if (ch === close && depth > 0) depth--;
  }
  return depth > 0;
}

function overlapsAny(spans: readonly Span[], s: Span): boolean {
  return spans.some((t) => s.start < t.end && t.start < s.end);
}

export interface TermMessages {
  /** Message id for an entry with a replacement. */
  replace: string;
  /** Message id for an entry without one. */
  forbidden: string;
  /** Message id that prints the entry's own message, then its source: `{messageZh}（依据：{source}）。`. */
  custom: string;
}

function sourceText(entry: TermEntry): LocalizedText {
  return entry.source ?? { 'zh-CN': '规范用语', en: 'standard usage' };
}

/**
 * Report every occurrence in `doc.prose` of the wrong forms of the entries that belong to `ruleId`.
 * Longer wrong forms win over shorter ones at the same place. A replacement that is `certain`
 * becomes a fix, otherwise a suggestion. A replacement that opens with “ is offered with ‘’ when the
 * occurrence already stands inside a “…” quotation.
 */
interface TermMatcher {
  /** The wrong forms of all entries, longest first (stable), with the rule each belongs to. */
  forms: { entry: TermEntry; wrong: string; rule: string }[];
  /** Form indexes by their first two UTF-16 units (c0 * 65536 + c1); one-unit forms under -1 - c0. */
  byStart: Map<number, number[]>;
  /** 1 for a UTF-16 unit that starts some form. */
  firstUnit: Uint8Array;
}

const matchers = new WeakMap<readonly TermEntry[], TermMatcher>();

/** The matcher over a (merged, never mutated) term list, built once per list. */
function termMatcher(terms: readonly TermEntry[]): TermMatcher {
  const cached = matchers.get(terms);
  if (cached) return cached;
  const forms: TermMatcher['forms'] = [];
  for (const entry of terms) for (const wrong of entry.wrong) if (wrong) forms.push({ entry, wrong, rule: entry.rule ?? DEFAULT_TERM_RULE });
  // Stable: within one rule this is the order of a per-rule sort by length.
  forms.sort((a, b) => b.wrong.length - a.wrong.length);
  const byStart = new Map<number, number[]>();
  const firstUnit = new Uint8Array(65536);
  forms.forEach(({ wrong }, f) => {
    firstUnit[wrong.charCodeAt(0)] = 1;
    const key = wrong.length === 1 ? -1 - wrong.charCodeAt(0) : wrong.charCodeAt(0) * 65536 + wrong.charCodeAt(1);
    const bucket = byStart.get(key);
    if (bucket) bucket.push(f);
    else byStart.set(key, [f]);
  });
  const matcher = { forms, byStart, firstUnit };
  matchers.set(terms, matcher);
  return matcher;
}

/** Every occurrence of every wrong form, by form index: one pass over the text, shared by the term rules. */
const scans = new WeakMap<ReportDocument, { terms: readonly TermEntry[]; hits: number[][] }>();

function termHits(doc: ReportDocument, terms: readonly TermEntry[], matcher: TermMatcher): number[][] {
  const cached = scans.get(doc);
  if (cached && cached.terms === terms) return cached.hits;
  const { forms, byStart, firstUnit } = matcher;
  const text = doc.prose;
  const hits: number[][] = [];
  for (let pos = 0; pos < text.length; pos++) {
    const key = text.charCodeAt(pos);
    if (!firstUnit[key]) continue;
    const bucket = pos + 1 < text.length ? byStart.get(key * 65536 + text.charCodeAt(pos + 1)) : undefined;
    if (bucket) for (const f of bucket) if (text.startsWith(forms[f].wrong, pos)) (hits[f] ??= []).push(pos);
    const single = byStart.get(-1 - key);
    if (single) for (const f of single) (hits[f] ??= []).push(pos);
  }
  scans.set(doc, { terms, hits });
  return hits;
}

export function checkTermEntries(doc: ReportDocument, context: RuleContext, ruleId: string, messages: TermMessages): void {
  // One pass over the text finds every occurrence of every wrong form (packs may hold 10,000 terms),
  // then this rule's are taken in the order a form-by-form search would take them: longest form first.
  const matcher = termMatcher(context.data.terms);
  const hits = termHits(doc, context.data.terms, matcher);
  const { forms } = matcher;
  const text = doc.prose;

  const taken: Span[] = [];
  const found: { span: Span; entry: TermEntry; wrong: string }[] = [];
  for (let f = 0; f < forms.length; f++) {
    if (!hits[f] || forms[f].rule !== ruleId) continue;
    const { entry, wrong } = forms[f];
    for (const pos of hits[f]) {
      const span = { start: pos, end: pos + wrong.length };
      if (overlapsAny(taken, span)) continue;
      if (partOfLonger(text, pos, wrong, entry.unless)) continue;
      if (entry.requires && entry.requires.length > 0) {
        const sentence = sentenceTextAt(doc, pos);
        if (!entry.requires.some((r) => sentence.includes(r))) continue;
      }
      if (entry.outsideTitleMarks && insidePair(doc, pos, '《', '》')) continue;
      taken.push(span);
      found.push({ span, entry, wrong });
    }
  }
  found.sort((a, b) => a.span.start - b.span.start);

  for (const { span, entry, wrong } of found) {
    let right = entry.right;
    if (right !== undefined && right.startsWith('“') && right.endsWith('”') && !wrong.startsWith('“') && insidePair(doc, span.start, '“', '”')) {
      right = `‘${right.slice(1, -1)}’`;
    }
    const source = sourceText(entry);
    const data: Record<string, string> = {
      wrong,
      right: right ?? '',
      wrongQ: quoted(wrong),
      rightQ: right === undefined ? '' : quoted(right),
      source: source['zh-CN'],
      sourceEn: source.en,
    };
    let messageId = right !== undefined ? messages.replace : messages.forbidden;
    if (entry.message) {
      messageId = messages.custom;
      data.messageZh = formatMessage(entry.message['zh-CN'], data);
      data.messageEn = formatMessage(entry.message.en, data);
    }
    const report: Report = { span, messageId, data };
    if (entry.severity) report.severity = entry.severity;
    if (right !== undefined) {
      const change = {
        title: { 'zh-CN': `改为“${right}”`, en: `Replace with "${right}"` },
        edits: [{ start: span.start, end: span.end, text: right }],
      };
      if (entry.certain) report.fix = change;
      else report.suggestions = [change];
    }
    context.report(report);
  }
}

/** The form in “” for a message, unless it carries its own quotes already. */
function quoted(form: string): string {
  return /^[“‘"「]/.test(form) ? form : `“${form}”`;
}

/** Message templates shared by the term rules; `{source}` is the entry's source. */
export const TERM_MESSAGE_TEMPLATES: Record<'replace' | 'forbidden' | 'custom', LocalizedText> = {
  replace: {
    'zh-CN': '{wrongQ}应写作{rightQ}（依据：{source}）。',
    en: '{wrongQ} should be written {rightQ} (source: {sourceEn}).',
  },
  forbidden: {
    'zh-CN': '{wrongQ}的写法不规范（依据：{source}）。',
    en: '{wrongQ} is not the standard form (source: {sourceEn}).',
  },
  custom: { 'zh-CN': '{messageZh}（依据：{source}）。', en: '{messageEn} (source: {sourceEn}).' },
};

export interface TermRuleSpec {
  id: string;
  catalogue: string[];
  severity: 'error' | 'warning' | 'info';
  fixable: 'certain' | 'suggestion' | 'none';
  description: LocalizedText;
}

/** A rule that reports the `data.terms` entries naming it (one rule per message family). */
export function makeTermRule(spec: TermRuleSpec): Rule {
  return {
    meta: {
      id: spec.id,
      catalogue: spec.catalogue,
      category: 'style',
      severity: spec.severity,
      fixable: spec.fixable,
      optionsSchema: NO_OPTIONS,
      description: spec.description,
      messages: { ...TERM_MESSAGE_TEMPLATES },
    },
    check(doc: ReportDocument, context: RuleContext) {
      checkTermEntries(doc, context, spec.id, { replace: 'replace', forbidden: 'forbidden', custom: 'custom' });
    },
  };
}
