/**
 * Bare URLs, found by retext: `retext` (its Latin parser) with `retext-syntax-urls`, which turns
 * URL-like runs of words and punctuation into NLCST source nodes. Loaded only for a text that holds
 * `://` or `www.` (markdown-mask.ts), as its own bundle file (scripts/build.mjs).
 *
 * Two limits keep it precise on Chinese text:
 * - it reads only runs of printable ASCII: Chinese has no spaces, so in a whole sentence the plugin
 *   would carry a URL on into the Chinese words after it;
 * - only a source node that starts with a scheme (`http://`, `https://`, `ftp://`) or with `www.` is
 *   a URL here: the plugin also takes `1.5` or `第1.2条`-style numbers and file names for URLs.
 */
import type { Node, Parent } from 'unist';
import { retext } from 'retext';
import retextSyntaxUrls from 'retext-syntax-urls';
import type { Span } from './types';

const processor = retext().use(retextSyntaxUrls).freeze();

/** Printable ASCII without blanks, long enough to hold a URL and with one of its marks. */
const ASCII_RUN = /[!-~]{4,}/g;
const MARK = /:\/\/|www\./i;
/** A scheme and something after it, or `www.` with at least two more labels (`www.gov.cn`). */
const URL_START = /^(?:(?:https?|ftp):\/\/[!-~]|www\.[A-Za-z0-9-]+\.[A-Za-z0-9-])/i;

interface SourceNode extends Node {
  type: 'SourceNode';
  value: string;
}

function sourceNodes(node: Node, out: SourceNode[]): void {
  if (node.type === 'SourceNode') out.push(node as SourceNode);
  for (const child of (node as Parent).children ?? []) sourceNodes(child, out);
}

/** Drop sentence punctuation after a URL, and a closing bracket that opens nowhere inside it. */
function trimEnd(value: string): string {
  for (;;) {
    const last = value[value.length - 1];
    if (/[.,;:!?'"]/.test(last)) value = value.slice(0, -1);
    else if (last === ')' && (value.match(/\(/g) ?? []).length < (value.match(/\)/g) ?? []).length) value = value.slice(0, -1);
    else if (last === ']' && (value.match(/\[/g) ?? []).length < (value.match(/\]/g) ?? []).length) value = value.slice(0, -1);
    else return value;
  }
}

const count = (s: string, ch: string) => s.split(ch).length - 1;

/**
 * Closing brackets right after the plugin's URL that close a bracket opened inside it: the Latin
 * parser reads `))` as one punctuation mark, and the plugin then drops both (`…/A_(b))`).
 */
function closeBrackets(value: string, after: string): string {
  for (let i = 0; i < after.length; i++) {
    const ch = after[i];
    if (ch === ')' && count(value, '(') > count(value, ')')) value += ch;
    else if (ch === ']' && count(value, '[') > count(value, ']')) value += ch;
    else break;
  }
  return value;
}

/** The bare URLs of a text, as spans of it. */
export function urlSpans(text: string): Span[] {
  const spans: Span[] = [];
  ASCII_RUN.lastIndex = 0;
  let run: RegExpExecArray | null;
  while ((run = ASCII_RUN.exec(text))) {
    if (!MARK.test(run[0])) continue;
    const found: SourceNode[] = [];
    sourceNodes(processor.parse(run[0]), found);
    for (const node of found) {
      // Inside a run, a URL starts at a scheme or `www.` the plugin may have joined to text before it.
      const at = node.value.search(/(?:https?|ftp):\/\/|www\./i);
      if (at < 0) continue;
      const offset = (node.position?.start.offset ?? 0) + at;
      const raw = node.value.slice(at);
      const value = trimEnd(closeBrackets(raw, run[0].slice(offset + raw.length)));
      if (!URL_START.test(value)) continue;
      const start = run.index + offset;
      spans.push({ start, end: start + value.length });
    }
  }
  return spans;
}
