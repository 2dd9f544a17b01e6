/**
 * Disable comments: a drafter can silence one rule on one line or in the whole file.
 *
 * Markdown (an HTML comment, invisible when rendered):
 *   <!-- fzlint-disable-next-line rule-id -->      the next line
 *   <!-- fzlint-disable rule-id -->                the whole file, wherever the comment stands
 * Plain text (a line of its own that starts with `//`; no report line starts that way):
 *   // fzlint-disable-next-line rule-id
 *   // fzlint-disable rule-id
 *
 * Several ids are separated by spaces or commas; no id means every rule; ` -- reason` at the end is
 * a free note. Comment lines are not prose (they are masked like Markdown comments), so no rule
 * reports inside them. A comment, or an id in it, that suppresses nothing is reported by the engine
 * as `unused-disable` (only for rules that ran, so a run with some rules off stays quiet).
 */
import type { DocumentLanguage } from './document/report-document';
import { countBefore } from './document/sorted';
import type { Line, Span } from './document/types';
import type { Finding } from './finding';
import { localize, ruleDocsUrl, type LocalizedText, type Severity, type TextEdit } from './rule';
import { unusedDisable } from './rules/unused-disable';

export type DirectiveKind = 'next-line' | 'file';

export interface DirectiveId {
  id: string;
  span: Span;
}

export interface Directive {
  kind: DirectiveKind;
  /** The comment itself. */
  span: Span;
  /** What removing the comment deletes: its whole line (with the line break) when it stands alone. */
  removal: Span;
  ids: DirectiveId[];
  /** 0-based line the comment applies to (next-line comments). */
  targetLine?: number;
}

/** A plain-text directive line: `// fzlint-disable-next-line id, id -- note`. */
const PLAIN_LINE = /^[ \t\u3000]*\/\/[ \t]*fzlint-(disable-next-line|disable)(?=[ \t]|$)(.*)$/;
/** A Markdown directive comment. */
const MARKDOWN_COMMENT = /<!--\s*fzlint-(disable-next-line|disable)(?=[\s]|-->)([\s\S]*?)-->/g;

/** Spans of the plain-text directive lines (for masking: they are not prose). */
export function plainTextDirectiveSpans(text: string): Span[] {
  const spans: Span[] = [];
  const re = /^[ \t\u3000]*\/\/[ \t]*fzlint-(?:disable-next-line|disable)(?=[ \t]|$).*$/gm;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    let end = m.index + m[0].length;
    if (text.charCodeAt(end - 1) === 13) end--;
    spans.push({ start: m.index, end });
  }
  return spans;
}

/** The ids in `body` (text after the keyword, up to the comment end), with their offsets. */
function readIds(body: string, bodyStart: number): DirectiveId[] {
  const note = /(^|[ \t])--([ \t]|$)/.exec(body);
  const list = note ? body.slice(0, note.index) : body;
  const ids: DirectiveId[] = [];
  const re = /[^\s,，、]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(list))) ids.push({ id: m[0], span: { start: bodyStart + m.index, end: bodyStart + m.index + m[0].length } });
  return ids;
}

function lineAt(lines: readonly Line[], offset: number): Line {
  return lines[Math.max(0, countBefore(lines.length, (i) => lines[i].start <= offset) - 1)];
}

/** The span to delete for a comment: the whole line and its break when nothing else is on it. */
function removalSpan(text: string, lines: readonly Line[], span: Span): Span {
  const first = lineAt(lines, span.start);
  const last = lineAt(lines, span.end);
  const before = text.slice(first.start, span.start);
  const after = text.slice(span.end, last.end);
  if (/^[ \t\u3000]*$/.test(before) && /^[ \t\u3000]*$/.test(after)) {
    let end = last.end;
    if (text.charCodeAt(end) === 13) end++;
    if (text.charCodeAt(end) === 10) end++;
    return { start: first.start, end };
  }
  return span;
}

/** Every disable comment in the text. */
export function readDirectives(text: string, lines: readonly Line[], language: DocumentLanguage): Directive[] {
  const directives: Directive[] = [];
  if (language === 'markdown') {
    MARKDOWN_COMMENT.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = MARKDOWN_COMMENT.exec(text))) {
      const span = { start: m.index, end: m.index + m[0].length };
      const bodyStart = m.index + m[0].length - 3 - m[2].length;
      const kind: DirectiveKind = m[1] === 'disable' ? 'file' : 'next-line';
      const directive: Directive = { kind, span, removal: removalSpan(text, lines, span), ids: readIds(m[2], bodyStart) };
      if (kind === 'next-line') directive.targetLine = lineAt(lines, span.end).index + 1;
      directives.push(directive);
    }
    return directives;
  }
  for (const line of lines) {
    const m = PLAIN_LINE.exec(line.text);
    if (!m) continue;
    const span = { start: line.start, end: line.end };
    const bodyStart = line.end - m[2].length;
    const kind: DirectiveKind = m[1] === 'disable' ? 'file' : 'next-line';
    const directive: Directive = { kind, span, removal: removalSpan(text, lines, span), ids: readIds(m[2], bodyStart) };
    if (kind === 'next-line') directive.targetLine = line.index + 1;
    directives.push(directive);
  }
  return directives;
}

export interface SuppressionInput {
  text: string;
  lines: readonly Line[];
  language: DocumentLanguage;
  findings: Finding[];
  /** Ids of the rules that ran in this lint (an id that did not run is never called unused). */
  ran: ReadonlySet<string>;
  /** Every id the engine knows (built-in rules and the rules of this run). */
  known: ReadonlySet<string>;
  /** Severity of `unused-disable`, or undefined when it does not run. */
  unusedSeverity?: Severity;
  locale: 'zh-CN' | 'en';
  /** 1-based line and column of an offset. */
  toPoint(offset: number): { line: number; column: number };
}

const REMOVE_COMMENT: LocalizedText = { 'zh-CN': '删除这条停用注释', en: 'Remove this disable comment' };
const REMOVE_ID = (id: string): LocalizedText => ({ 'zh-CN': `从停用注释中删去“${id}”`, en: `Remove “${id}” from the disable comment` });

/** Drop suppressed findings; add an `unused-disable` finding for every comment (or id) that suppressed nothing. */
export function applySuppressions(input: SuppressionInput): Finding[] {
  const directives = readDirectives(input.text, input.lines, input.language);
  if (directives.length === 0) return input.findings;
  /** Per directive, the ids (or '*' for a comment without ids) that suppressed something. */
  const used = directives.map(() => new Set<string>());
  const matches = (d: Directive, ruleId: string) => (d.ids.length === 0 ? '*' : d.ids.some((i) => i.id === ruleId) ? ruleId : undefined);
  const kept: Finding[] = [];
  for (const finding of input.findings) {
    let suppressed = false;
    directives.forEach((d, i) => {
      if (d.kind === 'next-line' && d.targetLine !== finding.line - 1) return;
      const hit = matches(d, finding.ruleId);
      if (hit === undefined) return;
      used[i].add(hit);
      suppressed = true;
    });
    if (!suppressed) kept.push(finding);
  }
  const severity = input.unusedSeverity;
  if (!severity) return kept;

  const finding = (span: Span, messageId: string, data: Record<string, string>, edit: TextEdit, title: LocalizedText): Finding => {
    const messages = localize(unusedDisable.meta.messages[messageId], data);
    const start = input.toPoint(span.start);
    const end = input.toPoint(span.end);
    return {
      ruleId: unusedDisable.meta.id,
      messageId,
      severity,
      message: messages[input.locale],
      messages,
      span,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      url: ruleDocsUrl(unusedDisable.meta.id),
      fix: { title, edits: [edit] },
    };
  };
  const removeComment = (d: Directive): TextEdit => ({ start: d.removal.start, end: d.removal.end, text: '' });

  directives.forEach((d, i) => {
    if (d.ids.length === 0) {
      if (used[i].size === 0) kept.push(finding(d.span, 'unused', {}, removeComment(d), REMOVE_COMMENT));
      return;
    }
    const unused: { id: DirectiveId; messageId: string }[] = [];
    for (const id of d.ids) {
      if (!input.known.has(id.id)) unused.push({ id, messageId: 'unknownRule' });
      else if (input.ran.has(id.id) && !used[i].has(id.id)) unused.push({ id, messageId: 'unusedRule' });
    }
    if (unused.length === 0) return;
    const allIdsUnused = unused.length === d.ids.length;
    if (allIdsUnused && unused.every((u) => u.messageId === 'unusedRule')) {
      kept.push(finding(d.span, 'unused', {}, removeComment(d), REMOVE_COMMENT));
      return;
    }
    // Ids before the first kept one go with the separator after them, the others with the separator
    // before them: the edits never overlap, and together they never leave a comment without ids
    // (that would disable every rule).
    let leading = 0;
    while (leading < d.ids.length && unused.some((u) => u.id === d.ids[leading])) leading++;
    unused.forEach((u, n) => {
      const index = d.ids.indexOf(u.id);
      if (allIdsUnused) {
        // Every id is unused: the whole comment goes, as one certain fix (the first finding's).
        const f = finding(u.id.span, u.messageId, { id: u.id.id }, removeComment(d), REMOVE_COMMENT);
        if (n > 0) {
          f.suggestions = [f.fix!];
          delete f.fix;
        }
        kept.push(f);
        return;
      }
      const edit: TextEdit =
        index < leading
          ? { start: u.id.span.start, end: d.ids[index + 1].span.start, text: '' }
          : { start: d.ids[index - 1].span.end, end: u.id.span.end, text: '' };
      kept.push(finding(u.id.span, u.messageId, { id: u.id.id }, edit, REMOVE_ID(u.id.id)));
    });
  });
  return kept;
}
