import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ReportDocument } from '../engine';
import type { Section, Span } from '../engine/document/types';
import type { AreaCoverage, SystemCoverage } from '../engine/project';

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

function localized(text: { 'zh-CN': string; en?: string }, locale: 'zh-CN' | 'en'): string {
  return (locale === 'en' && text.en) || text['zh-CN'];
}

const LABEL = {
  'zh-CN': { coverage: '指标覆盖', covered: '已涉及', absent: '未涉及', line: (n: number) => `第${n}行` },
  en: { coverage: 'Indicator coverage', covered: 'covered', absent: 'not covered', line: (n: number) => `line ${n}` },
};

/**
 * The indicator coverage as an outline group after the headings (engine/coverage): per system its
 * areas, covered (with the paragraphs that cover them, each a symbol that goes to the paragraph) or
 * not (pointing at the title).
 */
export function coverageSymbols(doc: TextDocument, report: ReportDocument, coverage: readonly SystemCoverage[], locale: 'zh-CN' | 'en'): DocumentSymbol[] {
  const t = LABEL[locale];
  const whole: Span = { start: 0, end: report.text.length };
  const anchor = report.meta.title?.span ?? { start: 0, end: 0 };
  const area = (a: AreaCoverage): DocumentSymbol => {
    const passages = a.passages.map((p) => ({
      name: t.line(p.line),
      detail: p.terms.join('、'),
      kind: SymbolKind.String,
      range: range(doc, p.span),
      selectionRange: range(doc, p.span),
    }));
    const span = a.passages.length ? { start: a.passages[0].span.start, end: a.passages[a.passages.length - 1].span.end } : anchor;
    const children = [...a.children.map(area), ...passages];
    const full = children.length
      ? {
          start: Math.min(span.start, ...a.children.flatMap((c) => c.passages.map((p) => p.span.start))),
          end: Math.max(span.end, ...a.children.flatMap((c) => c.passages.map((p) => p.span.end))),
        }
      : span;
    return {
      name: localized(a.name, locale),
      detail: a.passages.length ? `${t.covered} · ${a.passages.length}` : t.absent,
      kind: a.passages.length ? SymbolKind.EnumMember : SymbolKind.Null,
      range: range(doc, full),
      selectionRange: range(doc, a.passages.length ? a.passages[0].span : anchor),
      children,
    };
  };
  return coverage.map((system) => ({
    name: `${t.coverage}：${localized(system.name, locale)}`,
    kind: SymbolKind.Package,
    range: range(doc, whole),
    selectionRange: range(doc, anchor),
    children: system.areas.map(area),
  }));
}
