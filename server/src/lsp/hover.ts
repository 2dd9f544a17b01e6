import { MarkupKind, type Hover, type Position } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Locale } from '../engine';
import { rebaseDocsUrl } from '../engine/docs';
import type { FigureExplanation } from '../engine/figures/explain';

const LABELS: Record<Locale, { severity: Record<Finding['severity'], string>; docs: string; fix: string; suggestion: string }> = {
  'zh-CN': { severity: { error: '错误', warning: '警告', info: '提示' }, docs: '规则说明', fix: '确定修复', suggestion: '建议' },
  en: { severity: { error: 'error', warning: 'warning', info: 'info' }, docs: 'Rule documentation', fix: 'Certain fix', suggestion: 'Suggestion' },
};

/** Markdown-escape the few characters that would change the rendering of a message. */
function escape(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1');
}

/** A URL as a Markdown link target: parentheses and blanks (possible in a folder name) percent-encoded. */
function linkTarget(url: string): string {
  return url.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function contains(doc: TextDocument, f: Finding, offset: number): boolean {
  // An empty span (an insertion point) is hovered on the character after it.
  return f.span.start === f.span.end ? offset === f.span.start : offset >= f.span.start && offset < f.span.end;
}

const FIGURE_KINDS: Record<Locale, Record<FigureExplanation['kind'], string>> = {
  'zh-CN': { total: '合计与分项', rate: '比率', bound: '百分比上限', count: '数目与列举' },
  en: { total: 'Total and parts', rate: 'Rate', bound: 'Percentage bound', count: 'Count and list' },
};

/**
 * `textDocument/hover`: every finding under the cursor with its message, its rule and a link to the
 * rule's page, and the titles of its fix and suggestions; on a checked figure, the arithmetic
 * behind the check (engine/figures/explain.ts). Nothing elsewhere. The rule's page is the bundled
 * one (a file: URI), or under `docsBase` when the user set one.
 */
export function findingHover(
  doc: TextDocument,
  findings: readonly Finding[],
  position: Position,
  locale: Locale,
  figures: readonly FigureExplanation[] = [],
  docsBase?: string,
): Hover | null {
  const offset = doc.offsetAt(position);
  const hits = findings.filter((f) => contains(doc, f, offset));
  if (hits.length === 0 && figures.length === 0) return null;
  const labels = LABELS[locale];
  const figureParts = figures.map((e) => `**fzlint · ${FIGURE_KINDS[locale][e.kind]}**\n\n\`${e.text}\``);
  const parts = hits.map((f) => {
    const lines = [`**fzlint ${labels.severity[f.severity]}** · \`${f.ruleId}\``, '', escape(f.messages[locale])];
    if (f.fix) lines.push('', `${labels.fix}：${escape(f.fix.title[locale])}`);
    for (const s of f.suggestions ?? []) lines.push('', `${labels.suggestion}：${escape(s.title[locale])}`);
    if (f.url) lines.push('', `[${labels.docs}](${linkTarget(rebaseDocsUrl(f.url, docsBase))})`);
    return lines.join('\n');
  });
  const spans = [...hits.map((f) => f.span), ...figures.map((e) => e.span)];
  const start = Math.min(...spans.map((s) => s.start));
  const end = Math.max(...spans.map((s) => s.end));
  return {
    contents: { kind: MarkupKind.Markdown, value: [...parts, ...figureParts].join('\n\n---\n\n') },
    range: { start: doc.positionAt(start), end: doc.positionAt(end) },
  };
}
