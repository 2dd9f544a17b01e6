/**
 * Text from a Word (.docx) file, read with mammoth's document reader: one line per paragraph (body
 * paragraphs and table-cell paragraphs in document order), so a finding's line number is the
 * paragraph number and its column the offset in that paragraph. A line break inside a paragraph
 * (Shift+Enter) becomes a space, to keep that correspondence; a tab stays a tab.
 */

interface DocxElement {
  type: string;
  value?: string;
  breakType?: string;
  children?: DocxElement[];
}

interface MammothResult<T> {
  value: T;
  messages: { type: string; message: string }[];
}

// mammoth's public API only gives raw text with blank lines between paragraphs; its reader gives
// the paragraphs themselves. These modules are part of the installed mammoth package. They are
// loaded on the first .docx only: initialising them costs a cold CLI start about 30 ms.
/* eslint-disable @typescript-eslint/no-require-imports */
const mammoth = () => ({
  docxReader: require('mammoth/lib/docx/docx-reader') as { read(zip: unknown): PromiseLike<MammothResult<DocxElement>> },
});
/* eslint-enable @typescript-eslint/no-require-imports */

import { openZip } from './zip';

export interface DocxText {
  /** Paragraphs joined by "\n". */
  text: string;
  paragraphCount: number;
}

function paragraphText(p: DocxElement): string {
  let out = '';
  const walk = (e: DocxElement) => {
    if (e.type === 'text') out += e.value ?? '';
    else if (e.type === 'tab') out += '\t';
    else if (e.type === 'break') out += e.breakType === 'line' ? ' ' : '';
    else if (e.type === 'paragraph' && e !== p) {
      // a paragraph nested in a paragraph does not occur in Word files; keep its text inline
      (e.children ?? []).forEach(walk);
    } else (e.children ?? []).forEach(walk);
  };
  walk(p);
  return out;
}

function collectParagraphs(e: DocxElement, out: string[]): void {
  if (e.type === 'paragraph') {
    out.push(paragraphText(e));
    return;
  }
  for (const c of e.children ?? []) collectParagraphs(c, out);
}

export async function readDocx(bytes: Buffer): Promise<DocxText> {
  const { docxReader } = mammoth();
  // Our own ZIP reader (zip.ts): expansion limits checked while inflating, not after.
  const zip = openZip(bytes);
  const result = await docxReader.read(zip);
  const paragraphs: string[] = [];
  collectParagraphs(result.value, paragraphs);
  return { text: paragraphs.join('\n'), paragraphCount: paragraphs.length };
}

/** A .docx file starts like any ZIP archive. */
export function isDocxPath(file: string): boolean {
  return /\.docx$/i.test(file);
}
