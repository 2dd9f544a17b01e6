/**
 * A PDF's text layer back into paragraphs: text items (pdfjs getTextContent) are grouped into lines
 * by their baseline, the lines of all pages are joined back into paragraphs, and page numbers in the
 * page header or footer are dropped. Every paragraph keeps where its pieces came from (page and line
 * on that page), so a finding can be shown where the reader sees it in the PDF.
 *
 * Pure functions on plain data: no pdfjs here (pdf.ts reads the file).
 */

/** One text item of a page: its string, the baseline origin (x, y; y grows upwards), its advance width and font size. */
export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** A line of text on a page, as the reader sees it. */
export interface PdfLine {
  text: string;
  page: number;
  /** 1-based line on the page, counted from the top (page headers and footers included). */
  line: number;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

/** Where a piece of a paragraph comes from: from `offset` (0-based UTF-16 in the paragraph) on, page `page`, line `line`. */
export interface PdfSegment {
  offset: number;
  page: number;
  line: number;
}

export interface PdfText {
  /** Paragraphs joined by "\n". */
  text: string;
  /** For each paragraph (output line), its pieces in order. */
  segments: PdfSegment[][];
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u2014\u2018-\u201d\u2026\u00b7]/;
const isCjk = (ch: string | undefined) => ch !== undefined && CJK.test(ch);

/** The items of a page that carry text, grouped into rows by baseline (top to bottom, left to right). */
function rows(items: readonly PdfTextItem[]): PdfTextItem[][] {
  // Whitespace items are pdfjs's own guesses (and spacing between Chinese and Latin text); the gaps
  // between the glyphs are measured here instead.
  const glyphs = items.filter((i) => i.str.trim() !== '' && i.size > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const out: PdfTextItem[][] = [];
  for (const g of glyphs) {
    const row = out[out.length - 1];
    if (row && Math.abs(row[0].y - g.y) <= 0.4 * Math.max(row[0].size, g.size)) row.push(g);
    else out.push([g]);
  }
  for (const row of out) row.sort((a, b) => a.x - b.x);
  return out;
}

/** Gaps (in em) between neighbouring items where Chinese meets Latin text or digits. */
function boundaryGaps(row: readonly PdfTextItem[]): number[] {
  const gaps: number[] = [];
  for (let i = 1; i < row.length; i++) {
    const a = row[i - 1];
    const b = row[i];
    const last = a.str.trimEnd().slice(-1);
    const first = b.str.trimStart()[0];
    if (isCjk(last) === isCjk(first) || a.str.endsWith(' ') || b.str.startsWith(' ')) continue;
    const em = Math.max(a.size, b.size);
    const gap = (b.x - (a.x + a.width)) / em;
    if (gap > 0.02 && gap < 1) gaps.push(gap);
  }
  return gaps;
}

/**
 * The widest space a layout program adds by itself between Chinese and Latin text, in em:
 * LibreOffice and Word add about 1/5 em there, and justified lines stretch it further (to about
 * 0.3 em). Found from the gaps at such boundaries: the most common gap, and the 95th percentile of
 * the gaps up to 0.1 em wider than it (a real space of 1/2 em lies beyond them, a 1/4 em one of a
 * ragged-right text too); 0 when such gaps are rare (no layout spacing: any gap is a space).
 */
export function layoutAutospace(pages: readonly (readonly PdfTextItem[])[]): number {
  const gaps = pages.flatMap((items) => rows(items).flatMap(boundaryGaps)).filter((g) => g >= 0.1 && g <= 0.6);
  if (gaps.length < 3) return 0;
  const counts = new Map<number, number>();
  for (const g of gaps) counts.set(Math.round(g * 100), (counts.get(Math.round(g * 100)) ?? 0) + 1);
  let mode = 0;
  let modeCount = 0;
  for (const [k, c] of counts) if (c > modeCount) [mode, modeCount] = [k / 100, c];
  const band = gaps.filter((g) => g <= mode + 0.1).sort((x, y) => x - y);
  return band[Math.floor(0.95 * (band.length - 1))];
}

/**
 * Group a page's items into lines (top to bottom, left to right), spaces rebuilt from the gaps:
 * between Latin glyphs a gap of 0.15 em is a word space; where Chinese meets Latin text a gap is a
 * space only when it is wider than the layout's own spacing there (`autospace`, in em).
 */
export function pageLines(items: readonly PdfTextItem[], page: number, autospace = 0): PdfLine[] {
  return rows(items).map((row, i) => {
    const stretch = rowStretch(row);
    let text = '';
    let end = -Infinity;
    let size = 0;
    for (const g of row) {
      const gap = g.x - end;
      const prev = text[text.length - 1];
      const next = g.str.trimStart()[0];
      const em = Math.max(size, g.size);
      const threshold = (isCjk(prev) !== isCjk(next) ? Math.max(0.15, autospace + 0.02) : isCjk(prev) ? 0.25 : 0.15) * em + stretch * em;
      if (text !== '' && gap > threshold && prev !== ' ') text += ' ';
      text += text === '' ? g.str.trimStart() : g.str;
      end = Math.max(end, g.x + g.width);
      size = Math.max(size, g.size);
    }
    // A line spread wide by justification: its spaces next to Chinese characters are the spreading.
    if (letterSpaced(text)) text = text.replace(SPACE_AT_CJK, '');
    return { text: text.trimEnd(), page, line: i + 1, x0: row[0].x, x1: end, y: row[0].y, size };
  });
}

/** Spaces next to a Chinese character. */
const SPACE_AT_CJK = new RegExp(`(?<=${CJK.source}) +| +(?=${CJK.source})`, 'g');

/**
 * pdfjs puts a space into an item's text wherever its glyphs are set apart, and the gaps between
 * items grow too, so a justified line spread wide reads "高 技 术 制 造 业": two or more spaces
 * between Chinese characters on one line are the line's spacing, not spaces in the text (a real
 * stray space on such a line is lost; the Word original shows it).
 */
function letterSpaced(str: string): boolean {
  let n = 0;
  for (const _ of str.matchAll(new RegExp(`${CJK.source} +${CJK.source}`, 'g'))) if (++n >= 2) return true;
  return false;
}

/**
 * How far a justified line is stretched (in em): the median gap between Chinese items when at least
 * three of them are set apart (justification spreads the characters of a line; a line that holds a
 * long unbreakable word, far); 0 for a line set normally.
 */
function rowStretch(row: readonly PdfTextItem[]): number {
  const gaps: number[] = [];
  for (let i = 1; i < row.length; i++) {
    const a = row[i - 1];
    const b = row[i];
    if (!isCjk(a.str.slice(-1)) || !isCjk(b.str[0])) continue;
    const gap = (b.x - (a.x + a.width)) / Math.max(a.size, b.size);
    if (gap > 0.01) gaps.push(gap);
  }
  if (gaps.length < 3) return 0;
  gaps.sort((x, y) => x - y);
  return gaps[Math.floor(gaps.length / 2)];
}

/** A page number alone on a line: 3, - 3 -, —3—, 第3页, 第 3 页 共 10 页, 3/10, Page 3 of 10. */
const PAGE_NUMBER =
  /^(?:[-—–－~\s]*\d{1,4}[-—–－~\s]*|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$/i;

/** Drop page chrome: a page number on the first or last line of a page. */
export function dropPageChrome(pages: readonly PdfLine[][]): PdfLine[][] {
  return pages.map((lines) =>
    lines.filter((l, i) => {
      const edge = i === 0 || i === lines.length - 1;
      return !(edge && lines.length > 1 && PAGE_NUMBER.test(l.text.trim()));
    }),
  );
}

/** A line that starts a heading or an enumerated item always starts a paragraph. */
const STARTS_ITEM =
  /^(?:[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十百\d]+[）)]|\d{1,3}[.．、](?!\d)|[①-⑳]|[一二三四五六七八九十]+是[，、：:]?|第[一二三四五六七八九十百\d]+[章节条部分])/;

/** The most common value (rounded to 1 pt) of a list of numbers. */
function mode(values: number[]): number | undefined {
  const counts = new Map<number, number>();
  let best: number | undefined;
  let bestCount = 0;
  for (const v of values) {
    const k = Math.round(v);
    const c = (counts.get(k) ?? 0) + 1;
    counts.set(k, c);
    if (c > bestCount) [best, bestCount] = [k, c];
  }
  return best;
}

/**
 * Join lines back into paragraphs. A line ends its paragraph when it ends short of the right margin
 * (by more than about one character) or the next line is indented, starts a heading or an item
 * (一、 （一） 1. 一是), is set in another font size or far below it. Chinese text is joined without a
 * space; Latin words and numbers on both sides of a line break are joined with one.
 */
export function joinParagraphs(pages: readonly PdfLine[][]): PdfText {
  const lines = pages.flat();
  if (lines.length === 0) return { text: '', segments: [] };
  const left = Math.min(...lines.map((l) => l.x0));
  // The right margin: most full lines reach it (ragged by up to about 1.5 characters: punctuation
  // is not set at line starts); a few overshoot it (hanging punctuation).
  const ends = lines.map((l) => l.x1).sort((a, b) => a - b);
  // A short text has too few lines for that: its longest line sets the margin.
  const right = ends.length >= 20 ? ends[Math.floor(0.9 * (ends.length - 1))] : ends[ends.length - 1];
  const body = mode(lines.map((l) => l.size)) ?? lines[0].size;
  // The usual distance between two lines of one paragraph on a page.
  const steps: number[] = [];
  for (let i = 1; i < lines.length; i++) if (lines[i].page === lines[i - 1].page) steps.push(lines[i - 1].y - lines[i].y);
  const step = mode(steps.filter((s) => s > 0)) ?? body * 1.5;
  const paragraphs: string[] = [];
  const segments: PdfSegment[][] = [];
  let current = '';
  let pieces: PdfSegment[] = [];
  const flush = () => {
    if (pieces.length) {
      paragraphs.push(current);
      segments.push(pieces);
    }
    current = '';
    pieces = [];
  };
  lines.forEach((l, i) => {
    const prev = lines[i - 1];
    if (prev && endsParagraph(prev, l, { left, right, step, body })) flush();
    let text = l.text;
    if (current !== '') {
      const a = current[current.length - 1];
      const b = text[0];
      if (/[A-Za-z0-9,.;:!?%)]/.test(a) && /[A-Za-z0-9(]/.test(b)) text = ' ' + text;
    }
    pieces.push({ offset: current.length + (text.startsWith(' ') && current !== '' ? 1 : 0), page: l.page, line: l.line });
    current += text;
  });
  flush();
  return { text: paragraphs.join('\n'), segments };
}

function endsParagraph(prev: PdfLine, next: PdfLine, page: { left: number; right: number; step: number; body: number }): boolean {
  const em = Math.max(prev.size, 1);
  if (prev.x1 < page.right - 2 * em) return true;
  if (next.x0 > page.left + 0.8 * next.size) return true;
  if (STARTS_ITEM.test(next.text)) return true;
  if (Math.abs(prev.size - next.size) > 0.15 * page.body) return true;
  if (prev.page === next.page && prev.y - next.y > 1.6 * page.step) return true;
  // A full line goes on into the next one: a paragraph whose last line happens to fill it is told
  // apart only by the next line's indent or item mark.
  return false;
}

/** Page and line in the PDF of a finding at 1-based `line`/`column` of the joined text. */
export function pdfPosition(segments: readonly PdfSegment[][], line: number, column: number): { page: number; line: number } | undefined {
  const pieces = segments[line - 1];
  if (!pieces?.length) return undefined;
  let found = pieces[0];
  for (const p of pieces) if (p.offset <= column - 1) found = p;
  return { page: found.page, line: found.line };
}
