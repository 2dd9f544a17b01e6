/**
 * The parts of a document a declarative check looks at (CheckDefinition.scope), and the units
 * (paragraphs, sentences) inside them.
 */
import type { ReportDocument } from '../document/report-document';
import type { Span } from '../document/types';
import type { CheckScope, PackData } from '../pack/types';
import { classifySections } from '../rules/report-required-parts';

/** The spans of the scope, in text order, not overlapping. A part the report does not have gives none. */
export function scopeSpans(doc: ReportDocument, scope: CheckScope | undefined, data: PackData): Span[] {
  if (scope === undefined || scope === 'document') return [{ start: 0, end: doc.text.length }];
  if (scope === 'title') return doc.meta.title ? [doc.meta.title.span] : [];
  if (scope === 'body') return [{ start: doc.meta.title?.span.end ?? 0, end: doc.text.length }];
  if (scope === 'headings') {
    return doc.headings.filter((h) => !h.appendix).map((h) => ({ start: h.marker?.span.start ?? h.titleSpan.start, end: h.titleSpan.end }));
  }
  const ids = new Set(Array.isArray(scope.part) ? scope.part : [scope.part]);
  const items = data.sections.filter((s) => ids.has(s.id));
  if (items.length === 0) return [];
  const spans: Span[] = [];
  for (const c of classifySections(doc, items)) {
    for (const item of items) {
      if (!c.strong.has(item.id)) continue;
      spans.push((c.via.get(item.id) ?? c.section).span);
      break;
    }
  }
  return merge(spans);
}

function merge(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** The units of `within` inside the spans: the spans themselves, or their paragraphs or sentences (clipped to the span). */
export function unitSpans(doc: ReportDocument, spans: Span[], within: 'scope' | 'paragraph' | 'sentence' | undefined): Span[] {
  if (!within || within === 'scope') return spans;
  const out: Span[] = [];
  for (const span of spans) {
    for (const p of doc.paragraphs) {
      if (p.span.end <= span.start || p.span.start >= span.end) continue;
      const parts = within === 'paragraph' ? [p.span] : p.sentences.map((s) => s.span);
      for (const u of parts) {
        const start = Math.max(u.start, span.start);
        const end = Math.min(u.end, span.end);
        if (end > start) out.push({ start, end });
      }
    }
  }
  return out;
}
