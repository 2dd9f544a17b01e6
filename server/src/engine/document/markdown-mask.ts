import { plainTextDirectiveSpans } from './directives';
import type { Span } from './types';

/* eslint-disable @typescript-eslint/no-require-imports */
type MarkdownSyntax = typeof import('./markdown-syntax');
let syntax: MarkdownSyntax | undefined;
/** The Markdown parser, loaded at the first Markdown file (a plain-text run never reads it). */
const markdownSyntax = (): MarkdownSyntax => (syntax ??= require('./markdown-syntax') as MarkdownSyntax);

/**
 * Characters without which none of the masked constructs can occur: code needs a backtick or
 * `~~~`, HTML and autolinks a `<`, a link or image target `](`, a definition `]:`, front matter a
 * fence on the first line. A text with none of them (most reports) needs no parse.
 */
const MAY_HAVE_SYNTAX = /[`<]|~~~|\][(:]|^(?:---|\+\+\+)/;

/** The last text asked about and its spans: detection and parsing ask about the same text in turn. */
let last: { text: string; spans: Span[] } | undefined;

/**
 * Ranges of a Markdown file that are not prose, as the CommonMark parser reads it: fenced code
 * blocks, inline code, HTML blocks and inline HTML (comments among them), link and image targets,
 * autolinks, reference definitions and YAML (or TOML) front matter; and bare URLs.
 * Rules see these ranges blanked out, so nothing inside them is ever reported.
 */
export function markdownNonProse(text: string): Span[] {
  if (last?.text === text) return last.spans.map((s) => ({ ...s }));
  const spans = MAY_HAVE_SYNTAX.test(text) ? mergeSpans(markdownSyntax().markdownSyntaxSpans(text)) : [];
  const inside = (offset: number) => {
    // spans are sorted and disjoint: binary search for the last span starting at or before offset
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid].start <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && offset < spans[lo - 1].end;
  };
  const urls = bareUrls(text).filter((u) => !inside(u.start));
  const out = urls.length > 0 ? mergeSpans([...spans, ...urls]) : spans;
  last = { text, spans: out };
  return out.map((s) => ({ ...s }));
}

type UrlSyntax = typeof import('./url-syntax');
let urls: UrlSyntax | undefined;
/** retext with retext-syntax-urls, loaded at the first text that may hold a URL. */
const urlSyntax = (): UrlSyntax => (urls ??= require('./url-syntax') as UrlSyntax);

/** Without one of these there is no bare URL (most reports): the URL parser is never loaded. */
const MAY_HAVE_URL = /:\/\/|www\./i;

/**
 * Bare URLs (url-syntax.ts): ASCII only (a URL never runs into the Chinese text after it), without
 * trailing sentence punctuation and without a closing bracket that has no opening one inside the URL.
 */
export function bareUrls(text: string): Span[] {
  return MAY_HAVE_URL.test(text) ? urlSyntax().urlSpans(text) : [];
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
