/**
 * A .docx file's text in the page: the CLI's paragraph rule (server/src/cli/inputs/docx-paragraphs.ts)
 * over mammoth's document reader, with the CLI's ZIP reader in its browser form (inputs/zip.browser.ts:
 * DecompressionStream 'deflate-raw', the CLI's expansion limits).
 */
import { docxText, type DocxElement, type DocxText, type MammothResult } from '../../server/src/cli/inputs/docx-paragraphs';
// In the page's build zip.ts is replaced by its browser sibling (zip.browser.ts: DecompressionStream).
import { openZip } from '../../server/src/cli/inputs/zip';
// mammoth's reader of a document already unzipped (its own unzipping, jszip, is left out of the page).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const docxReader = require('mammoth/lib/docx/docx-reader') as { read(zip: unknown): PromiseLike<MammothResult<DocxElement>> };

/** The text of a .docx file, one line per paragraph, as the CLI reads it. */
export async function readDocxText(bytes: Uint8Array): Promise<DocxText> {
  return docxText(await docxReader.read(openZip(bytes)));
}
