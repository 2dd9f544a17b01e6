import { plainTextDirectiveSpans } from './directives';
import type { Span } from './types';

/**
 * Ranges of a Markdown file that are not prose: fenced code blocks, inline code, HTML comments,
 * link and image targets, autolinks, reference definitions and YAML front matter.
 * Rules see these ranges blanked out, so nothing inside them is ever reported.
 */
export function markdownNonProse(text: string): Span[] {
  const spans: Span[] = [];
  const add = (start: number, end: number) => {
    if (end > start) spans.push({ start, end });
  };

  // YAML front matter at the very start.
  const front = /^---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (front) add(0, front[0].length);

  // Fenced code blocks (``` or ~~~), up to the closing fence or the end of the document.
  const fence = /^[ \t]{0,3}(`{3,}|~{3,})[^\n]*\n/gm;
  let m: RegExpExecArray | null;
  while ((m = fence.exec(text))) {
    const marker = m[1];
    const bodyStart = m.index + m[0].length;
    const closing = new RegExp(`^[ \\t]{0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*$`, 'gm');
    closing.lastIndex = bodyStart;
    const c = closing.exec(text);
    const end = c ? c.index + c[0].length : text.length;
    add(m.index, end);
    fence.lastIndex = end;
  }

  const inside = (offset: number) => spans.some((s) => offset >= s.start && offset < s.end);

  // HTML comments (may span lines).
  const comment = /<!--[\s\S]*?(?:-->|$)/g;
  while ((m = comment.exec(text))) if (!inside(m.index)) add(m.index, m.index + m[0].length);

  // Inline code.
  const code = /(?<!`)(`+)(?!`)[^\n]*?(?<!`)\1(?!`)/g;
  while ((m = code.exec(text))) if (!inside(m.index)) add(m.index, m.index + m[0].length);

  // Link and image targets: the `(url "title")` part after `]`.
  const target = /\]\(([^()\s]*(?:\([^()]*\))?[^()\s]*)(?:\s+"[^"]*")?\)/g;
  while ((m = target.exec(text))) if (!inside(m.index)) add(m.index + 1, m.index + m[0].length);

  // Autolinks and bare URLs.
  const url = /<(?:https?|mailto|ftp):[^>\s]*>/g;
  while ((m = url.exec(text))) if (!inside(m.index)) add(m.index, m.index + m[0].length);
  for (const span of bareUrls(text)) if (!inside(span.start)) add(span.start, span.end);

  // Reference definitions: [label]: url
  const def = /^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S+.*$/gm;
  while ((m = def.exec(text))) if (!inside(m.index)) add(m.index, m.index + m[0].length);

  return mergeSpans(spans);
}

/**
 * Bare URLs: ASCII only (a URL never runs into the Chinese text after it), without trailing
 * sentence punctuation and without a closing bracket that has no opening one inside the URL.
 */
export function bareUrls(text: string): Span[] {
  const spans: Span[] = [];
  const url = /\b(?:https?|ftp):\/\/[!-~]+|\bwww\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+[!-~]*/g;
  let m: RegExpExecArray | null;
  while ((m = url.exec(text))) {
    let value = m[0];
    for (;;) {
      const last = value[value.length - 1];
      if (/[.,;:!?'"]/.test(last)) value = value.slice(0, -1);
      else if (last === ')' && (value.match(/\(/g) ?? []).length < (value.match(/\)/g) ?? []).length) value = value.slice(0, -1);
      else if (last === ']' && (value.match(/\[/g) ?? []).length < (value.match(/\]/g) ?? []).length) value = value.slice(0, -1);
      else break;
    }
    spans.push({ start: m.index, end: m.index + value.length });
  }
  return spans;
}

/** Bare URLs and disable-comment lines (`// fzlint-disable…`) in plain text are not prose either. */
export function plainTextNonProse(text: string): Span[] {
  return mergeSpans([...bareUrls(text), ...plainTextDirectiveSpans(text)]);
}

export function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** Replace every masked character by a space, keeping line endings, so offsets stay aligned. */
export function blankOut(text: string, spans: Span[]): string {
  if (spans.length === 0) return text;
  let out = '';
  let pos = 0;
  for (const s of spans) {
    out += text.slice(pos, s.start);
    out += text.slice(s.start, s.end).replace(/[^\r\n]/g, ' ');
    pos = s.end;
  }
  return out + text.slice(pos);
}
