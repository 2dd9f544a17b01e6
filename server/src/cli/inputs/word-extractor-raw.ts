/**
 * word-extractor (pure JS reader of Word 97–2003 .doc files) with Word's own marks kept apart:
 * the library turns table cell marks (\u0007) into tabs and line breaks (\u000b) into new lines
 * before anyone sees them. Its cleaning step is wrapped here, before the library is first loaded,
 * so a cell mark ends a line (like a paragraph in a table cell of a .docx) and a manual line break
 * becomes a space, as in the .docx reader. Bundled on its own (scripts/build.mjs LAZY_SOURCES):
 * loaded on the first .doc only.
 */
/* eslint-disable @typescript-eslint/no-require-imports */

interface WordDocument {
  getBody(options?: { filterUnicode?: boolean }): string;
}
interface Extractor {
  extract(source: Buffer): Promise<WordDocument>;
}

const filters = require('word-extractor/lib/filters') as { clean(text: string): string };
const libraryClean = filters.clean;
filters.clean = (text: string) =>
  libraryClean(
    text
      // The library has already turned the mark that ends a table row (after its last cell's mark)
      // into "\n" (Word's own paragraph marks are "\r"): one line per cell, not an empty one per row.
      .replace(/\u0007\n/g, '\u0007')
      .replace(/\u0007/g, '\r')
      .replace(/\u000b/g, ' ')
      // page and section breaks: no text
      .replace(/\u000c/g, ''),
  );
const WordExtractor = require('word-extractor') as new () => Extractor;

/** The body text of a .doc file: paragraphs separated by "\n", Word's characters as they are. */
export async function extractDocBody(bytes: Buffer): Promise<string> {
  const doc = await new WordExtractor().extract(bytes);
  // filterUnicode would turn curly quotes and dashes into ASCII: the checks need the real characters.
  return doc.getBody({ filterUnicode: false });
}
