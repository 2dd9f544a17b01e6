import { parseChineseNumeral } from './chinese-numerals';
import { trimBlank } from './chars';
import type { DocNumber, Line, ReportMeta, Span, WrittenDate } from './types';

/** A report title: mentions 法治 (建设) and ends in 报告, e.g. 汕尾市人民政府2020年法治政府建设年度报告. */
const TITLE = /法治.*报告$/;
/** A 发文字号 line, including its look-alikes (wrong brackets, 第, leading zeros). */
const DOC_NUMBER_LINE = /^([\u4e00-\u9fff]{1,12})[〔[【［(（](\d{2,4})[〕\]】］)）]第?(\d+)号$/;
const DATE_LINE = [
  /^(\d{2,4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/,
  /^(\d{2,4})[.\-/．](\d{1,2})[.\-/．](\d{1,2})$/,
];
const CN_DATE_LINE = /^([〇零○一二三四五六七八九]{2,4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$/;

interface TrimmedLine {
  line: Line;
  text: string;
  span: Span;
}

function trimmed(line: Line, prose: string): TrimmedLine {
  const raw = prose.slice(line.start, line.end);
  const lead = raw.length - raw.replace(/^[\s\u00a0\u3000\ufeff#]+/, '').length;
  const text = trimBlank(raw.slice(lead));
  return { line, text, span: { start: line.start + lead, end: line.start + lead + text.length } };
}

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

export function isTitleText(text: string): boolean {
  return text.length <= 80 && !/[。；;]/.test(text) && TITLE.test(text);
}

export interface MetaResult {
  meta: ReportMeta;
  titleLine?: number;
  docNumberLine?: number;
  signatureLine?: number;
  dateLine?: number;
}

/** Find the title, issuer, report year, 发文字号, closing 署名 and 成文日期. */
export function readMetadata(lines: Line[], prose: string): MetaResult {
  const result: MetaResult = { meta: {} };
  const nonEmpty = lines.map((l) => trimmed(l, prose)).filter((t) => t.text !== '');

  const titleIdx = nonEmpty.slice(0, 40).findIndex((t) => isTitleText(t.text));
  if (titleIdx >= 0) {
    const t = nonEmpty[titleIdx];
    result.titleLine = t.line.index;
    result.meta.title = { span: t.span, text: t.text };
    const year = /((?:19|20)\d{2})\s*年/.exec(t.text);
    if (year) result.meta.year = Number(year[1]);
    const issuer = /^(.*?)(?:关于)?(?:(?:19|20)\d{2}\s*年)/.exec(t.text);
    if (issuer && trimBlank(issuer[1]) !== '') result.meta.issuer = trimBlank(issuer[1]);
  }

  // The report's own 发文字号 stands on a line of its own near the title.
  const from = Math.max(0, titleIdx - 5);
  for (const t of nonEmpty.slice(from, Math.max(titleIdx, 0) + 6)) {
    const m = DOC_NUMBER_LINE.exec(t.text);
    if (m) {
      const docNumber: DocNumber = { span: t.span, text: t.text, year: Number(m[2]), serial: Number(m[3]) };
      result.meta.docNumber = docNumber;
      result.docNumberLine = t.line.index;
      break;
    }
  }

  // The closing 成文日期 is the last line that is a date and nothing else; the 署名 is the line before it.
  const lowest = Math.max(titleIdx, 0, nonEmpty.length - 20);
  for (let i = nonEmpty.length - 1; i > lowest; i--) {
    const t = nonEmpty[i];
    const parts = readDateLine(t.text);
    if (!parts) continue;
    result.meta.date = { span: t.span, text: t.text, ...parts };
    result.dateLine = t.line.index;
    const before = nonEmpty[i - 1];
    if (before && before.text.length <= 40 && !/[。，,；;：:]/.test(before.text) && !readDateLine(before.text)) {
      result.meta.signature = { span: before.span, text: before.text };
      result.signatureLine = before.line.index;
    }
    break;
  }
  return result;
}
