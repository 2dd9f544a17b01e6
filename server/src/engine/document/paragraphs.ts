/**
 * Paragraphs and headings of a parsed document: the title (one paragraph, however many lines it
 * takes), 文号, 主送, headings, body, 署名 and 成文日期, and the titles of appended documents.
 */
import { readHeading } from './headings';
import type { MetaResult } from './metadata';
import { splitSentences } from './sentences';
import { countBefore } from './sorted';
import { isTitleLike } from './title-block';
import type { Heading, HeadingMarker, Line, Paragraph, ParagraphKind, Span } from './types';

/** An unnumbered heading is short. */
const UNNUMBERED_MAX = 30;

function paragraphSpans(lines: Line[], prose: string, markdown: boolean): { span: Span; first: number; last: number }[] {
  const out: { span: Span; first: number; last: number }[] = [];
  const blank = (l: Line) => /^[\s\u00a0\u3000]*$/.test(prose.slice(l.start, l.end));
  const startsBlock = (l: Line) =>
    /^[ \t\u3000\u00a0]*(#{1,6}\s|[-*+>]\s|\d+[.)、．](?!\d)\s*|[（(]?[一二三四五六七八九十]+[、）)]|\|)/.test(prose.slice(l.start, l.end));
  let current: { span: Span; first: number; last: number } | undefined;
  for (const line of lines) {
    if (blank(line)) {
      current = undefined;
      continue;
    }
    if (markdown && current && !startsBlock(line) && !/^#{1,6}\s/.test(prose.slice(current.span.start, current.span.end).trimStart())) {
      current.span.end = line.end;
      current.last = line.index;
      continue;
    }
    current = { span: { start: line.start, end: line.end }, first: line.index, last: line.index };
    out.push(current);
  }
  return out;
}

/** Trimmed content range of a span. */
function contentOf(prose: string, span: Span): Span {
  let start = span.start;
  let end = span.end;
  while (start < end && /[\s\u00a0\u3000#]/.test(prose[start])) start++;
  while (end > start && /[\s\u00a0\u3000]/.test(prose[end - 1])) end--;
  return { start, end };
}

function plainHeading(prose: string, paragraph: Paragraph, flags: { appendix?: boolean; unnumbered?: boolean }, titleSpan?: Span): Heading {
  const t = titleSpan ?? contentOf(prose, paragraph.span);
  return {
    level: 0,
    ...flags,
    line: paragraph.firstLine,
    paragraphSpan: paragraph.span,
    titleSpan: t,
    title: prose.slice(t.start, t.end).replace(/[\r\n]+[\s\u00a0\u3000]*/g, ''),
    runIn: false,
  };
}

/**
 * 8.6个重大科技专项 after 7.……: the item 8 whose text begins with a number. Read as heading 8 when the
 * numbered item before it at this level is 7 and the next one (if any) is 9.
 */
function readDecimalItems(prose: string, paragraphs: Paragraph[], headings: Heading[]): void {
  // For each paragraph, the level-3 marker that comes next among the siblings (none once a higher
  // heading intervenes): one pass from the end, so the whole is linear.
  const nextLevel3: (HeadingMarker | undefined)[] = new Array(paragraphs.length);
  let ahead: HeadingMarker | undefined;
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    nextLevel3[i] = ahead;
    const h = paragraphs[i].heading;
    if (h) ahead = h.marker?.level === 3 ? h.marker : h.marker && h.marker.level > 3 ? ahead : undefined;
  }
  let before: HeadingMarker | undefined;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    if (p.heading) {
      before = p.heading.marker?.level === 3 ? p.heading.marker : p.heading.marker && p.heading.marker.level > 3 ? before : undefined;
      continue;
    }
    if (p.kind !== 'body' || !before) continue;
    let pos = p.span.start;
    while (pos < p.span.end && /[ \t\u00a0\u3000]/.test(prose[pos])) pos++;
    const m = /^(\d{1,3})([.．])(?=[0-9０-９])/.exec(prose.slice(pos, pos + 8));
    if (!m) continue;
    const n = Number(m[1]);
    const after = nextLevel3[i];
    if (before.ordinal !== n - 1 || (after && after.ordinal !== n + 1)) continue;
    const marker: HeadingMarker = {
      level: 3,
      ordinal: n,
      span: { start: pos, end: pos + m[0].length },
      text: m[0],
      form: m[2] === '.' ? 'canonical' : 'fullwidth-dot',
      canonical: `${n}.`,
    };
    const titleStart = marker.span.end;
    const body = prose.slice(titleStart, p.span.end);
    const end = /[。！？!?]/.exec(body);
    const titleEnd = end ? titleStart + end.index : contentOf(prose, p.span).end;
    p.kind = 'heading';
    p.heading = {
      level: 3,
      marker,
      line: p.firstLine,
      paragraphSpan: p.span,
      titleSpan: { start: titleStart, end: titleEnd },
      title: prose.slice(titleStart, titleEnd),
      runIn: end !== null && body.slice(end.index + 1).trim() !== '',
    };
    headings.push(p.heading);
    before = marker;
  }
  headings.sort((a, b) => a.paragraphSpan.start - b.paragraphSpan.start);
}

/**
 * Plain-text headings without a number (2024年工作回顾, 加强政府自身建设): a short line of its own after
 * the front of the document, with no sentence punctuation, that the top numbered level of its part
 * of the text restarts under (its next numbered heading is that level's 一). Anything else short
 * and unpunctuated (a caption, a table row) is left as body.
 */
function readUnnumberedHeadings(prose: string, paragraphs: Paragraph[], headings: Heading[], bodyLine: number, appendixLines: number[]): void {
  // Which part of the text a line is in: the main document (0) or the n-th appended document.
  const segmentOf = (line: number) => countBefore(appendixLines.length, (i) => appendixLines[i] <= line);
  const topLevel = new Map<number, number>();
  for (const h of headings) {
    if (!h.marker) continue;
    const seg = segmentOf(h.line);
    topLevel.set(seg, Math.min(topLevel.get(seg) ?? 9, h.marker.level));
  }
  // Only after the text has begun: a title-like first line of a text without a title is its title.
  const firstBody = paragraphs.findIndex((p) => p.kind === 'body' && p.firstLine >= bodyLine && /[。！？；!?;]/.test(p.text));
  let next: Heading | undefined;
  for (let i = paragraphs.length - 1; i > firstBody && firstBody >= 0; i--) {
    const p = paragraphs[i];
    if (p.heading) {
      next = p.heading;
      continue;
    }
    if (p.kind !== 'body' || p.firstLine !== p.lastLine || p.firstLine < bodyLine) continue;
    const content = contentOf(prose, p.span);
    const text = prose.slice(content.start, content.end);
    if (text.length > UNNUMBERED_MAX || !isTitleLike(text)) continue;
    const m = next?.marker;
    if (!m || m.ordinal !== 1 || m.level !== topLevel.get(segmentOf(p.firstLine)) || segmentOf(next!.line) !== segmentOf(p.firstLine)) continue;
    p.kind = 'heading';
    p.heading = plainHeading(prose, p, { unnumbered: true }, content);
    headings.push(p.heading);
    next = p.heading;
  }
  headings.sort((a, b) => a.paragraphSpan.start - b.paragraphSpan.start);
}

/**
 * 第三条　……: an article of a regulation (法规、规章、办法). Chapters (第二章) are not parents: some texts
 * number 一、二、… straight through their chapters.
 */
const ARTICLE = /^[ \t\u00a0\u3000]*第[一二三四五六七八九十百零〇]{1,5}条(?:[ \t\u00a0\u3000]|$)/;
/** 4.2.1　出现……, 4.1　应急响应程序: the decimal sections of a plan (预案) or a standard. */
const DECIMAL_SECTION = /^[ \t\u00a0\u3000]*\d{1,2}(?:\.\d{1,2})+(?:\u3000|\t| {2,})\S/;

/**
 * Structural units that are not numbered with 一、（一）1.（1）: the articles of a regulation and the
 * decimal sections of a plan. They are parents (level 0): the （一） or （1）
 * items under each count on their own. Decimal sections count only when the text has at least two.
 */
function readStructureHeadings(prose: string, paragraphs: Paragraph[], headings: Heading[]): void {
  const decimal = paragraphs.filter((p) => !p.heading && p.kind === 'body' && DECIMAL_SECTION.test(p.text)).length >= 2;
  let added = false;
  for (const p of paragraphs) {
    if (p.heading || p.kind !== 'body') continue;
    if (!ARTICLE.test(p.text) && !(decimal && DECIMAL_SECTION.test(p.text))) continue;
    const content = contentOf(prose, p.span);
    // The unit's label is its title (第三条, 4.2.1): the text after it is the unit's own body.
    const label = /^\S+/.exec(prose.slice(content.start, content.end))?.[0] ?? '';
    p.kind = 'heading';
    p.heading = plainHeading(prose, p, { unnumbered: true }, { start: content.start, end: content.start + label.length });
    p.heading.runIn = content.end > content.start + label.length;
    headings.push(p.heading);
    added = true;
  }
  if (added) headings.sort((a, b) => a.paragraphSpan.start - b.paragraphSpan.start);
}

export function readParagraphs(lines: Line[], prose: string, meta: MetaResult, markdown: boolean): { paragraphs: Paragraph[]; headings: Heading[] } {
  const titleLines = new Set(meta.titleLines);
  const appendixTitle = new Map<number, number>();
  meta.appendices.forEach((a, i) => a.titleLines.forEach((l) => appendixTitle.set(l, i)));
  const single = new Map<number, ParagraphKind>();
  for (const [line, kind] of [
    [meta.docNumberLine, 'doc-number'],
    [meta.addresseeLine, 'addressee'],
    [meta.signatureLine, 'signature'],
    [meta.dateLine, 'date'],
  ] as const) {
    if (line !== undefined) single.set(line, kind);
  }

  const paragraphs: Paragraph[] = [];
  const headings: Heading[] = [];
  /** The paragraph a title on several lines is being gathered into. */
  let gathering: { paragraph: Paragraph; appendix?: number } | undefined;
  for (const p of paragraphSpans(lines, prose, markdown)) {
    const appendix = appendixTitle.get(p.first);
    const isTitle = titleLines.has(p.first);
    if (gathering && ((isTitle && gathering.appendix === undefined) || (appendix !== undefined && appendix === gathering.appendix))) {
      gathering.paragraph.span = { start: gathering.paragraph.span.start, end: p.span.end };
      gathering.paragraph.lastLine = p.last;
      continue;
    }
    gathering = undefined;
    const paragraph: Paragraph = {
      span: p.span,
      text: '',
      firstLine: p.first,
      lastLine: p.last,
      kind: 'body',
      sentences: [],
    };
    paragraphs.push(paragraph);
    if (isTitle) {
      paragraph.kind = 'title';
      gathering = { paragraph };
    } else if (appendix !== undefined) {
      paragraph.kind = 'heading';
      gathering = { paragraph, appendix };
    } else if (single.has(p.first)) {
      paragraph.kind = single.get(p.first) as ParagraphKind;
    } else {
      const heading = readHeading(prose, p.span, p.first, markdown);
      if (heading) {
        paragraph.kind = 'heading';
        paragraph.heading = heading;
        headings.push(heading);
      }
    }
  }
  for (const p of paragraphs) {
    p.text = prose.slice(p.span.start, p.span.end);
    p.sentences = splitSentences(prose, p.span);
  }
  // The titles of appended documents: headings above the tree of their own numbering.
  const byFirstLine = new Map(paragraphs.map((p) => [p.firstLine, p]));
  meta.appendices.forEach((a) => {
    const p = byFirstLine.get(a.line);
    if (!p) return;
    const titleLines = a.label && a.titleLines.length > 1 ? a.titleLines.slice(1) : a.titleLines;
    const first = lines[titleLines[0]];
    const last = lines[titleLines[titleLines.length - 1]];
    let title = contentOf(prose, { start: Math.max(p.span.start, first.start), end: Math.min(p.span.end, last.end) });
    // 附件2 名词解释: the title follows the label on its line.
    const inline =
      a.label && a.titleLines.length === 1 ? /^(\S+?[0-9０-９一二三四五六七八九十]*)[\s\u3000]+(?=\S)/.exec(prose.slice(title.start, title.end)) : null;
    if (inline) title = { start: title.start + inline[0].length, end: title.end };
    p.heading = plainHeading(prose, p, { appendix: true }, title);
    headings.push(p.heading);
  });
  headings.sort((a, b) => a.paragraphSpan.start - b.paragraphSpan.start);
  readStructureHeadings(prose, paragraphs, headings);
  if (!markdown) {
    readDecimalItems(prose, paragraphs, headings);
    readUnnumberedHeadings(
      prose,
      paragraphs,
      headings,
      meta.profile.bodyLine ?? 0,
      meta.appendices.map((a) => a.line),
    );
  }
  return { paragraphs, headings };
}
