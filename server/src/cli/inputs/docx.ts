/**
 * Text from a Word (.docx) file, read with mammoth's document reader: one line per paragraph (body
 * paragraphs and table-cell paragraphs in document order), so a finding's line number is the
 * paragraph number and its column the offset in that paragraph. A line break inside a paragraph
 * (Shift+Enter) becomes a space, to keep that correspondence; a tab stays a tab.
 */

// mammoth's public API only gives raw text with blank lines between paragraphs; its reader gives
// the paragraphs themselves. These modules are part of the installed mammoth package. They are
// loaded on the first .docx only: initialising them costs a cold CLI start about 30 ms.
/* eslint-disable @typescript-eslint/no-require-imports */
const mammoth = () => ({
  docxReader: require('mammoth/lib/docx/docx-reader') as { read(zip: unknown): PromiseLike<MammothResult<DocxElement>> },
});
/* eslint-enable @typescript-eslint/no-require-imports */

import { docxText, type DocxElement, type DocxText, type MammothResult } from './docx-paragraphs';
import { openZip } from './zip';

export type { DocxText } from './docx-paragraphs';

export async function readDocx(bytes: Uint8Array): Promise<DocxText> {
  const { docxReader } = mammoth();
  // Our own ZIP reader (zip.ts): expansion limits checked while inflating, not after.
  const zip = openZip(bytes);
  return docxText(await docxReader.read(zip));
}

/** A .docx file starts like any ZIP archive. */
export function isDocxPath(file: string): boolean {
  return /\.docx$/i.test(file);
}
