import { parseChineseNumeral, toChineseNumeral } from './chinese-numerals';
import type { Heading, HeadingMarker, MarkerForm, MarkerLevel, Span } from './types';

const CN = '[一二三四五六七八九十百]+';
const LEVEL1 = new RegExp(`^(${CN})([、.．，,])`);
const LEVEL2 = new RegExp(`^([（(])(${CN})([）)])([、，,.．]?)`);
const LEVEL3 = /^(\d{1,3})([.．、])(?![\d.．])/;
const LEVEL4 = /^([（(])(\d{1,3})([）)])([、，,.．]?)/;
const MD_HEADING = /^(#{1,6})[ \t]+/;
const SENTENCE_END = /[。！？!?]/;

export function canonicalMarker(level: MarkerLevel, ordinal: number): string {
  switch (level) {
    case 1:
      return `${toChineseNumeral(ordinal)}、`;
    case 2:
      return `（${toChineseNumeral(ordinal)}）`;
    case 3:
      return `${ordinal}.`;
    case 4:
      return `（${ordinal}）`;
  }
}

function parenForm(open: string, close: string, trailing: string): MarkerForm {
  if (open === '(' && close === ')') return 'ascii-parens';
  if (open === '(' || close === ')') return 'mixed-parens';
  if (trailing) return 'trailing-punct';
  return 'canonical';
}

/** Read a numbering marker at `offset` in `text` (the start of a paragraph's content). */
export function readMarker(text: string, offset: number): HeadingMarker | undefined {
  const rest = text.slice(offset, offset + 12);
  let m: RegExpExecArray | null;
  let level: MarkerLevel;
  let ordinal: number | undefined;
  let form: MarkerForm;
  if ((m = LEVEL2.exec(rest))) {
    level = 2;
    ordinal = parseChineseNumeral(m[2]);
    form = parenForm(m[1], m[3], m[4]);
  } else if ((m = LEVEL4.exec(rest))) {
    level = 4;
    ordinal = Number(m[2]);
    form = parenForm(m[1], m[3], m[4]);
  } else if ((m = LEVEL1.exec(rest))) {
    level = 1;
    ordinal = parseChineseNumeral(m[1]);
    form = m[2] === '、' ? 'canonical' : 'wrong-punct-after-chinese';
  } else if ((m = LEVEL3.exec(rest))) {
    level = 3;
    ordinal = Number(m[1]);
    form = m[2] === '.' ? 'canonical' : m[2] === '．' ? 'fullwidth-dot' : 'dunhao-after-digit';
  } else {
    return undefined;
  }
  if (ordinal === undefined || ordinal < 1) return undefined;
  const span: Span = { start: offset, end: offset + m[0].length };
  return { level, ordinal, span, text: m[0], form, canonical: canonicalMarker(level, ordinal) };
}

/**
 * Recognise a heading at the start of a paragraph: a numbering marker (一、 （一） 1. （1） and their
 * wrong look-alikes), a Markdown ATX heading, or both (`## 一、主要举措`).
 */
export function readHeading(prose: string, paragraph: Span, line: number, markdown: boolean): Heading | undefined {
  let pos = paragraph.start;
  while (pos < paragraph.end && /[ \t\u00a0\u3000]/.test(prose[pos])) pos++;
  let markdownDepth: number | undefined;
  if (markdown) {
    const md = MD_HEADING.exec(prose.slice(pos, paragraph.end));
    if (md) {
      markdownDepth = md[1].length;
      pos += md[0].length;
    }
  }
  const marker = readMarker(prose.slice(0, paragraph.end), pos);
  if (!marker && markdownDepth === undefined) return undefined;
  let titleStart = marker ? marker.span.end : pos;
  while (titleStart < paragraph.end && /[ \t\u00a0\u3000]/.test(prose[titleStart])) titleStart++;
  let contentEnd = paragraph.end;
  while (contentEnd > titleStart && /[\s\u00a0\u3000#]/.test(prose[contentEnd - 1])) contentEnd--;
  const body = prose.slice(titleStart, contentEnd);
  const end = SENTENCE_END.exec(body);
  let titleEnd = contentEnd;
  let runIn = false;
  if (end) {
    titleEnd = titleStart + end.index;
    runIn = body.slice(end.index + 1).trim() !== '';
  }
  const level = marker ? marker.level : (markdownDepth as number) - 1;
  return {
    level,
    marker,
    markdownDepth,
    line,
    paragraphSpan: paragraph,
    titleSpan: { start: titleStart, end: titleEnd },
    title: prose.slice(titleStart, titleEnd),
    runIn,
  };
}
