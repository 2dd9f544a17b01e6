import type { Nodes, Root } from 'mdast';
import { fromMarkdown, type Extension as MdastExtension } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { frontmatter } from 'micromark-extension-frontmatter';
import type { Span } from './types';

/**
 * The Markdown syntax of a file, read by the CommonMark parser (micromark, through mdast), as the
 * ranges that are not prose. This module is loaded only when a Markdown file is first parsed
 * (markdown-mask.ts requires it; the bundles keep it in a file of its own), so a plain-text lint
 * never reads the parser.
 *
 * Indented code is switched off: reports indent their paragraphs, and four leading spaces make a
 * paragraph, not code, in every report we know.
 */
const FRONT_MATTER = ['yaml', 'toml'] as const;
const noIndentedCode: ReturnType<typeof frontmatter> = { disable: { null: ['codeIndented'] } };

/** Nodes that are syntax from their first character to their last. */
const WHOLE: ReadonlySet<string> = new Set(['code', 'inlineCode', 'html', 'definition', ...FRONT_MATTER]);

export function markdownSyntaxSpans(text: string): Span[] {
  const spans: Span[] = [];
  // The `(destination "title")` part of an inline link or image: the tree keeps its URL and
  // title but not where they stand, the parser's `resource` token does.
  const resources: MdastExtension = {
    afterExit(token) {
      if (token.type === 'resource') spans.push({ start: token.start.offset, end: token.end.offset });
    },
  };
  const tree: Root = fromMarkdown(text, {
    extensions: [frontmatter([...FRONT_MATTER]), noIndentedCode],
    mdastExtensions: [frontmatterFromMarkdown([...FRONT_MATTER]), resources],
  });
  visit(tree, text, spans);
  return spans;
}

function visit(node: Nodes, text: string, spans: Span[]): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start !== undefined && end !== undefined) {
    if (WHOLE.has(node.type)) {
      spans.push({ start, end });
      return;
    }
    // An autolink (`<https://…>`) is syntax as a whole; a `[text](url)` link keeps its text.
    if (node.type === 'link' && text.charCodeAt(start) === 0x3c /* < */) {
      spans.push({ start, end });
      return;
    }
    // The `!` of an image is a marker, not an exclamation after the text before it.
    if ((node.type === 'image' || node.type === 'imageReference') && text.charCodeAt(start) === 0x21 /* ! */) {
      spans.push({ start, end: start + 1 });
    }
  }
  if ('children' in node) for (const child of node.children) visit(child, text, spans);
}
