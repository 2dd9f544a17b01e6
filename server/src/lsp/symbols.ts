import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ReportDocument } from '../engine';
import type { Section, Span } from '../engine/document/types';

/** Outline symbol kinds by heading level: 一、 · （一） · 1. · （1）. */
const KINDS = [SymbolKind.Namespace, SymbolKind.Class, SymbolKind.Method, SymbolKind.Field, SymbolKind.Field];

function range(doc: TextDocument, span: Span): Range {
  return { start: doc.positionAt(span.start), end: doc.positionAt(span.end) };
}

/** End of a section's last non-blank text, so that the symbol does not swallow trailing blank lines. */
export function sectionContentEnd(section: Section): number {
  // The closing 署名 and 成文日期 belong to the document, not to the last section.
  const body = section.paragraphs.filter((p) => p.kind !== 'signature' && p.kind !== 'date');
  let end = body.length ? body[body.length - 1].span.end : section.span.start;
  for (const child of section.children) end = Math.max(end, sectionContentEnd(child));
  return end;
}

function symbol(doc: TextDocument, section: Section): DocumentSymbol | undefined {
  const heading = section.heading;
  if (!heading) return undefined;
  const marker = heading.marker?.text ?? '';
  const title = heading.title.trim() || marker;
  const name = `${marker}${heading.title.trim()}`.trim() || title || '—';
  const selection = heading.marker ? { start: heading.marker.span.start, end: Math.max(heading.titleSpan.end, heading.marker.span.end) } : heading.titleSpan;
  const full = { start: section.span.start, end: Math.max(sectionContentEnd(section), selection.end) };
  return {
    name,
    kind: KINDS[Math.min(Math.max(heading.level, 0), KINDS.length - 1)],
    range: range(doc, full),
    selectionRange: range(doc, selection),
    children: section.children.map((c) => symbol(doc, c)).filter((s): s is DocumentSymbol => !!s),
  };
}

/**
 * `textDocument/documentSymbol`: the report's outline, 一、 → （一） → 1. → （1）, as the section tree
 * nests them. The title (when found) comes first as a file-level symbol of its own.
 */
export function documentSymbols(doc: TextDocument, report: ReportDocument): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  const title = report.meta.title;
  if (title) out.push({ name: title.text, kind: SymbolKind.File, range: range(doc, title.span), selectionRange: range(doc, title.span) });
  for (const section of report.root.children) {
    const s = symbol(doc, section);
    if (s) out.push(s);
  }
  return out;
}
