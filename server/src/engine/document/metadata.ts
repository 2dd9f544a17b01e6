import { parseChineseNumeral } from './chinese-numerals';
import { frontLinesOfText, paragraphGap, profileLines, splitIssuers, type DocumentProfile } from './detect';
import { DOC_NUMBER_LINE, isDateOnly, isTitleLike, readGenre, titleBlockEndingAt, type FrontLine } from './title-block';
import type { DocNumber, Line, ReportMeta, Span, TitleLine, WrittenDate } from './types';
import { vocabulary as V } from './vocabulary';

export { splitIssuers };

/** A line that holds only issuer names: 中共淮南市委 淮南市人民政府 (for a joint 署名 on two lines). */
const ISSUER_LINE = /^[\u4e00-\u9fff][\u4e00-\u9fff、\s\u3000]{1,38}(?:委|委员会|政府|厅|局|办公室|办|室|院|会|区|县|市|州|旗|盟|省)$/;
const DATE_LINE = [/^(\d{2,4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/, /^(\d{2,4})[.\-/．](\d{1,2})[.\-/．](\d{1,2})$/];
const CN_DATE_LINE = /^([〇零○一二三四五六七八九]{2,4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$/;
/** 附件, 附件1, 附件2 名词解释 on a line of their own (附件：… after the body lists the attachments instead). */
const APPENDIX_LABEL = new RegExp(`^(?:${V.appendixLabels.join('|')})[\\s\\u3000]*[0-9０-９一二三四五六七八九十]{0,3}(?:[\\s\\u3000]+(.{2,40}))?$`);
const LABEL_START = new Set(V.appendixLabels.map((l) => l[0]));
/** How far before the end (or the first appended document) the closing date may stand. */
const CLOSING_WINDOW = 20;

export function readDateLine(text: string): Omit<WrittenDate, 'span' | 'text'> | undefined {
  for (const re of DATE_LINE) {
    const m = re.exec(text);
    if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  }
  const c = CN_DATE_LINE.exec(text);
  if (c) {
    const year = Number([...c[1]].map((ch) => (ch === '〇' || ch === '零' || ch === '○' ? '0' : String(parseChineseNumeral(ch)))).join(''));
    return { year, month: parseChineseNumeral(c[2]), day: parseChineseNumeral(c[3]) };
  }
  return undefined;
}

/** Where an appended document begins, and the lines of its title. */
export interface AppendixStart {
  /** 0-based line of its first line (the 附件 label or the title). */
  line: number;
  /** Its title's lines; after a 附件 label line, the label is the first of them. */
  titleLines: number[];
  /** It begins with a 附件 label line. */
  label: boolean;
}

export interface MetaResult {
  meta: ReportMeta;
  profile: DocumentProfile;
  /** Lines of the title (0-based). */
  titleLines: number[];
  docNumberLine?: number;
  addresseeLine?: number;
  signatureLine?: number;
  dateLine?: number;
  appendices: AppendixStart[];
}

function spanOf(lines: readonly Line[], f: FrontLine): Span {
  const start = lines[f.index].start + f.lead;
  return { start, end: start + f.text.length };
}

/**
 * Appended documents after the body: a 附件 label line (附件, 附件1, 附件2 名词解释), or — once the
 * main document has closed with a date, or after an appended document — a title of one to four lines
 * that ends in a 文种 and stands apart from the text before it (国办发 通知 with two 规定 appended).
 */
function findAppendices(front: readonly FrontLine[], fromLine: number, gap: number): AppendixStart[] {
  const out: AppendixStart[] = [];
  let closed = false;
  for (let k = 0; k < front.length; k++) {
    const f = front[k];
    if (f.index < fromLine) continue;
    if (isDateOnly(f.text)) {
      closed = true;
      continue;
    }
    const label = LABEL_START.has(f.text[0]) ? APPENDIX_LABEL.exec(f.text) : null;
    if (label && (label[1] === undefined || isTitleLike(label[1]))) {
      const titleLines = [f.index];
      // The title of the appended document: the title lines right below the label, up to one that
      // ends in a 文种 (or just the first of them).
      const below: number[] = [];
      for (let j = k + 1; j < front.length && below.length < 4; j++) {
        if (front[j].index - front[j - 1].index > gap || !isTitleLike(front[j].text)) break;
        below.push(j);
        if (readGenre(front[j].text)) break;
      }
      const ends = below.findIndex((j) => readGenre(front[j].text));
      const taken = ends >= 0 ? below.slice(0, ends + 1) : below.slice(0, 1);
      titleLines.push(...taken.map((j) => front[j].index));
      k += taken.length;
      out.push({ line: f.index, titleLines, label: true });
      closed = true;
      continue;
    }
    if (!closed) continue;
    if (!isTitleLike(f.text) || !readGenre(f.text) || f.text.length < 4) continue;
    const block = titleBlockEndingAt(front, k, gap);
    const top = front[block[0]];
    const before = front[block[0] - 1];
    // It stands apart: a blank line above it, or the line above is a date or a note in （）.
    if (before && top.index - before.index < 2 && !isDateOnly(before.text) && !/^[（(].*[）)]$/.test(before.text)) continue;
    out.push({ line: top.index, titleLines: block.map((i) => front[i].index), label: false });
  }
  return out;
}

/** Find the title, issuer, report year, 发文字号, 主送, closing 署名 and 成文日期, and appended documents. */
export function readMetadata(lines: Line[], prose: string): MetaResult {
  const front = frontLinesOfText(prose);
  const profile = profileLines(front);
  const byIndex = new Map(front.map((f, i) => [f.index, i]));
  const result: MetaResult = { meta: { kind: profile.kind, profile }, profile, titleLines: profile.title?.lines ?? [], appendices: [] };
  const meta = result.meta;

  if (profile.title) {
    const titleLines: TitleLine[] = profile.title.lines.map((i) => {
      const f = front[byIndex.get(i) as number];
      return { span: spanOf(lines, f), text: f.text };
    });
    meta.title = {
      span: { start: titleLines[0].span.start, end: titleLines[titleLines.length - 1].span.end },
      text: profile.title.text,
      lines: titleLines,
    };
  }
  meta.issuer = profile.issuer;
  meta.issuers = profile.issuers;
  meta.year = profile.year;
  meta.draftMark = profile.draftMark;
  if (profile.docNumberLine !== undefined) {
    const f = front[byIndex.get(profile.docNumberLine) as number];
    const m = DOC_NUMBER_LINE.exec(f.text) as RegExpExecArray;
    const docNumber: DocNumber = { span: spanOf(lines, f), text: f.text, year: Number(m[2]), serial: Number(m[3]) };
    meta.docNumber = docNumber;
    result.docNumberLine = f.index;
  }
  if (profile.addresseeLine !== undefined) {
    const f = front[byIndex.get(profile.addresseeLine) as number];
    meta.addressee = { span: spanOf(lines, f), text: f.text };
    result.addresseeLine = f.index;
  }

  const gap = paragraphGap(front);
  const bodyLine = profile.bodyLine ?? 0;
  result.appendices = findAppendices(front, bodyLine, gap);

  // The closing 成文日期 is the last line that is a date and nothing else, in the last lines before
  // the end or the first appended document; the 署名 is the line before it.
  const titleIdx = profile.title ? (byIndex.get(profile.title.lines[profile.title.lines.length - 1]) as number) : -1;
  const endLine = result.appendices[0]?.line ?? Infinity;
  let end = front.findIndex((f) => f.index >= endLine);
  if (end < 0) end = front.length;
  const lowest = Math.max(titleIdx, 0, end - CLOSING_WINDOW);
  for (let i = end - 1; i > lowest; i--) {
    const t = front[i];
    const parts = readDateLine(t.text);
    if (!parts) continue;
    meta.date = { span: spanOf(lines, t), text: t.text, ...parts };
    result.dateLine = t.index;
    const before = front[i - 1];
    if (before && i - 1 > titleIdx && before.text.length <= 40 && !/[。，,；;：:]/.test(before.text) && !readDateLine(before.text)) {
      meta.signature = { span: spanOf(lines, before), text: before.text };
      result.signatureLine = before.index;
      // A joint 署名 on two lines: 中共淮南市委 / 淮南市人民政府.
      const first = front[i - 2];
      if (
        first &&
        i - 2 > titleIdx &&
        first.text.length <= 20 &&
        !/^[一二三四五六七八九十]+、/.test(first.text) &&
        ISSUER_LINE.test(first.text) &&
        ISSUER_LINE.test(before.text)
      ) {
        meta.signatureLines = [{ span: spanOf(lines, first), text: first.text }, meta.signature];
      }
    }
    break;
  }
  return result;
}

/** The document offset of position `i` in a (possibly multi-line) title's joined text. */
export function titleOffset(title: NonNullable<ReportMeta['title']>, i: number): number {
  let rest = i;
  for (const line of title.lines) {
    if (rest <= line.text.length) return line.span.start + rest;
    rest -= line.text.length;
  }
  return title.span.end;
}

/** The document range of `[from, to)` in a title's joined text. */
export function titleRange(title: NonNullable<ReportMeta['title']>, from: number, to: number): Span {
  const start = titleOffset(title, from);
  // An end at a line boundary stays on the earlier line.
  return { start, end: Math.max(start, to <= from ? start : titleOffset(title, to - 1) + 1) };
}
