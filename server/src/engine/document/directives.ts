/**
 * The grammar of disable comments (what a `fzlint-disable` comment looks like and where it stands).
 * It sits below the parser: the parser masks directive lines as non-prose, and the engine's
 * suppression step (../suppressions.ts) decides what each comment silences.
 *
 * Markdown (an HTML comment, invisible when rendered):
 *   <!-- fzlint-disable-next-line rule-id -->      the next line
 *   <!-- fzlint-disable rule-id -->                the whole file, wherever the comment stands
 * Plain text (a line of its own that starts with `//`; no report line starts that way):
 *   // fzlint-disable-next-line rule-id
 *   // fzlint-disable rule-id
 *
 * Several ids are separated by spaces or commas; no id means every rule; ` -- reason` at the end is
 * a free note.
 */
import { countBefore } from './sorted';
import type { DocumentLanguage, Line, Span } from './types';

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
