import { parseChineseNumeral } from './chinese-numerals';
import { trimBlank } from './chars';
import type { DocNumber, Line, ReportMeta, Span, WrittenDate } from './types';

/**
 * A report title: mentions 法治 (建设) and ends in 报告, e.g. 汕尾市人民政府2020年法治政府建设年度报告;
 * a title that wrongly ends in 总结 (2020年法治政府建设工作总结) is still the title, and so is a draft
 * with its label (……年度报告（征求意见稿）).
 */
const TITLE = /法治.*(?:报告|总结)(?:[（(][^（）()]{0,8}稿[）)])?$/;
/** A line that holds only issuer names, above a title that starts with 关于: 中共淮南市委 淮南市人民政府. */
const ISSUER_LINE = /^[\u4e00-\u9fff][\u4e00-\u9fff、\s\u3000]{1,38}(?:委|委员会|政府|厅|局|办公室|办|室|院|会|区|县|市|州|旗|盟|省)$/;
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

/** Split joint issuers: 中共淮南市委淮南市人民政府, 中共淮南市委 淮南市人民政府, 中共淮南市委、淮南市人民政府. */
export function splitIssuers(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(/[\s\u3000、]+/)) {
    const joint = /^(中共\S+?(?:委员会|委))(\S+)$/.exec(part);
    if (joint) out.push(joint[1], joint[2]);
    else if (part !== '') out.push(part);
  }
  return out;
}

export function isTitleText(text: string): boolean {
  return text.length <= 80 && !/[。；;]/.test(text) && !/^附件/.test(text) && TITLE.test(text);
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
    // 清水县人民政府关于清水县2023年度…: the issuer stops at 关于.
    const issuer = /^(.*?)(?:关于.*?)?(?:(?:19|20)\d{2}\s*年)/.exec(t.text);
    if (issuer && trimBlank(issuer[1]) !== '') result.meta.issuer = trimBlank(issuer[1]);
    // The issuers on a line of their own above the title (at most one blank line between).
    const above = nonEmpty[titleIdx - 1];
    if (!result.meta.issuer && above && t.line.index - above.line.index <= 2 && ISSUER_LINE.test(above.text)) {
      result.meta.issuer = above.text;
      result.meta.issuerLine = { span: above.span, text: above.text };
    }
    if (result.meta.issuer) result.meta.issuers = splitIssuers(result.meta.issuer);
  }

  // The report's own 发文字号 stands on a line of its own near the title.
  // Nearest to the title first: a cover letter before the title may carry a number of its own.
  const from = Math.max(0, titleIdx - 5);
  const near = nonEmpty.slice(from, Math.max(titleIdx, 0) + 6);
  const centre = Math.max(titleIdx, 0) - from;
  near.sort((a, b) => Math.abs(nonEmpty.indexOf(a) - from - centre) - Math.abs(nonEmpty.indexOf(b) - from - centre));
  for (const t of near) {
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
      // A joint 署名 on two lines: 中共淮南市委 / 淮南市人民政府.
      const first = nonEmpty[i - 2];
      if (first && i - 2 > titleIdx && first.text.length <= 20 && !/^[一二三四五六七八九十]+、/.test(first.text) && ISSUER_LINE.test(first.text) && ISSUER_LINE.test(before.text)) {
        result.meta.signatureLines = [{ span: first.span, text: first.text }, result.meta.signature];
      }
    }
    break;
  }
  return result;
}
