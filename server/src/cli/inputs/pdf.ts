/**
 * Text from a PDF's text layer, read with pdfjs-dist (loaded from node_modules on the first PDF only;
 * never bundled). No worker thread: pdfjs 5 has no `disableWorker` option any more, and in Node it
 * always runs its "fake worker" (pdf.worker.mjs imported into this thread; GlobalWorkerOptions is
 * left alone). No network, no fonts: the bytes are given as data, fonts are neither loaded nor
 * turned into font faces, no code is generated (isEvalSupported: false), only the CMap files shipped
 * with pdfjs-dist are read from disk; standardFontDataUrl stays unset (text extraction needs no
 * glyph shapes). Only the text items of each page are read; pdf-layout.ts joins them back into
 * paragraphs with a map to page and line.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
import { dropPageChrome, joinParagraphs, layoutAutospace, pageLines, type PdfLine, type PdfText, type PdfTextItem } from './pdf-layout';

interface PdfjsItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}
interface PdfjsPage {
  getTextContent(): Promise<{ items: PdfjsItem[] }>;
  cleanup(): void;
}
interface PdfjsDocument {
  numPages: number;
  getPage(n: number): Promise<PdfjsPage>;
  destroy(): Promise<void>;
}
interface Pdfjs {
  getDocument(src: Record<string, unknown>): { promise: Promise<PdfjsDocument>; destroy(): Promise<void> };
}

const lazy = () => require('../../lazy/import-pdfjs.cjs') as { importPdfjs(): Promise<Pdfjs>; cMapDir(): string };

/** Why a PDF gives no text: a password, or no text layer (a scan). */
export class PdfProblem extends Error {
  constructor(
    readonly kind: 'encrypted' | 'no-text' | 'damaged',
    detail: string,
  ) {
    super(detail);
  }
}

/** Stop at this many pages: a report has tens of pages, not thousands. */
const MAX_PAGES = 2000;

/** The joined text and its map, the number of pages and each page's lines as read (page chrome included). */
export async function readPdf(bytes: Uint8Array): Promise<PdfText & { pages: number; lines: PdfLine[][] }> {
  const { importPdfjs, cMapDir } = lazy();
  const pdfjs = await importPdfjs();
  const task = pdfjs.getDocument({
    // pdfjs takes ownership of the buffer it is given: a copy.
    data: new Uint8Array(bytes),
    cMapUrl: cMapDir(),
    cMapPacked: true,
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    isOffscreenCanvasSupported: false,
    useWorkerFetch: false,
    disableAutoFetch: true,
    disableStream: true,
    enableXfa: false,
    verbosity: 0,
  });
  let doc: PdfjsDocument;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    const name = (error as Error).name;
    if (name === 'PasswordException') throw new PdfProblem('encrypted', (error as Error).message);
    throw new PdfProblem('damaged', (error as Error).message);
  }
  try {
    const pageItems: PdfTextItem[][] = [];
    const count = Math.min(doc.numPages, MAX_PAGES);
    for (let n = 1; n <= count; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items: PdfTextItem[] = [];
      for (const it of content.items) {
        if (typeof it.str !== 'string' || !it.transform) continue;
        const [a, b, c, d, x, y] = it.transform;
        // Horizontal text only; the font size is the height of the text matrix.
        if (Math.abs(b) > 1e-3 || Math.abs(c) > 1e-3) continue;
        items.push({ str: it.str, x, y, width: it.width ?? 0, size: it.height || Math.abs(d) || Math.abs(a) });
      }
      pageItems.push(items);
      page.cleanup();
    }
    const autospace = layoutAutospace(pageItems);
    const pages = pageItems.map((items, i) => pageLines(items, i + 1, autospace));
    if (pages.every((p) => p.length === 0)) throw new PdfProblem('no-text', 'no text layer');
    return { ...joinParagraphs(dropPageChrome(pages)), pages: doc.numPages, lines: pages };
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

/** A PDF file starts with %PDF- (within its first kilobyte). */
export function isPdfPath(file: string): boolean {
  return /\.pdf$/i.test(file);
}
