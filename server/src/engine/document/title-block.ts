/**
 * Lines of the front of an official document: which are page chrome, which can be part of a title,
 * and where a title of one to four lines begins and ends (GB/T 9704—2012 7.3.1 lets a title run
 * over several lines, split after the organ's name or in mid-phrase).
 */
import { endingOf, includesAny, startsWithAny, vocabulary as V } from './vocabulary';

/** A non-empty line with its blanks (and a Markdown # or **) trimmed. */
export interface FrontLine {
  /** 0-based line index in the document. */
  index: number;
  text: string;
  /** Offset of `text` inside the raw line. */
  lead: number;
}

const SENTENCE_MARK = /[。；;？?！!：:，,]/;
const HEADING_START =
  /^(?:[一二三四五六七八九十百]+[、.．，,]|[（(][一二三四五六七八九十百]+[）)]|\d{1,3}[.．、](?!\d)|[（(]\d{1,3}[）)]|第[一二三四五六七八九十百]+[章节条部分])/;
const HAN = /[\u3400-\u9fff]/g;
/** 汕府〔2021〕9号 and its look-alikes (wrong brackets, 第, leading zeros). */
export const DOC_NUMBER_LINE = /^([\u4e00-\u9fff]{1,12})[〔[【［(（](\d{2,4})[〕\]】］)）]第?(\d+)号$/;
const DATE_ONLY =
  /^(?:\d{2,4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{2,4}[.\-/．]\d{1,2}[.\-/．]\d{1,2}|[〇零○一二三四五六七八九]{2,4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)$/;
const DATE_TIME = /^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s+\d{1,2}[:：]\d{2}/;
/** A label in （） at the end of a title: a draft mark or part of the name (试行). */
const TRAILING_LABEL = /[（(]([^（）()]{1,10})[）)]$/;

/** Blanks (and the Markdown marks # >) that are not part of a line's text. */
/** Blanks, and the zero-width characters web pages leave around text (U+200B–U+200F, U+2060). */
function isInvisible(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x09 ||
    c === 0xa0 ||
    c === 0x3000 ||
    c === 0xfeff ||
    c === 0x0b ||
    c === 0x0c ||
    c === 0x0d ||
    (c >= 0x2000 && c <= 0x200f) ||
    c === 0x2060
  );
}

function isLeadChar(c: number): boolean {
  return isInvisible(c) || c === 0x23 || c === 0x3e;
}

function isTrailChar(c: number): boolean {
  return isInvisible(c);
}

export function trimFrontLine(raw: string): { text: string; lead: number } {
  // Plain loops: this runs on every line of every document.
  let lead = 0;
  while (lead < raw.length && isLeadChar(raw.charCodeAt(lead))) lead++;
  let end = raw.length;
  while (end > lead && isTrailChar(raw.charCodeAt(end - 1))) end--;
  let text = raw.slice(lead, end);
  let extra = 0;
  // **标题** in Markdown.
  const bold = /^(\*\*|__)(.+)\1$/.exec(text);
  if (bold) {
    text = bold[2];
    extra = bold[1].length;
  }
  return { text, lead: lead + extra };
}

export function isDateOnly(text: string): boolean {
  // A date line is short and starts with a digit or a Chinese numeral.
  return text.length <= 20 && DATE_ONLY.test(text);
}

export function isDocNumberLine(text: string): boolean {
  return DOC_NUMBER_LINE.test(text);
}

/** Page chrome: metadata fields (索引号：…), site controls, breadcrumbs, share links, a time stamp. */
export function isChromeLine(text: string): boolean {
  if (startsWithAny(text, V.chromeStarts) || includesAny(text, V.chromeContains)) return true;
  if (DATE_TIME.test(text)) return true;
  return chromeLabelOf(text) !== undefined;
}

/**
 * The metadata label a line starts with (索引号：…, also spaced out as 索 引 号： or 标　　题：), and
 * whether the line holds nothing else (its value then stands on the next line).
 */
/**
 * Is `next` the value of the label line `label` (a metadata table with labels and values on lines of
 * their own)? A keyword label's value is a list of words with blanks between them, and may be
 * missing (the next line is then the document).
 */
export function isLabelValue(label: string, next: string): boolean {
  return !V.keywordLabels.includes(label) || /[\u3400-\u9fff][\s\u3000]+[\u3400-\u9fff]/.test(next);
}

export function chromeLabelOf(text: string): { label: string; alone: boolean } | undefined {
  // A label is followed by its colon (a bare 标题 or 摘要 line may be a heading of the text).
  const colon = text.search(/[:：]/);
  if (colon < 0 || colon > 12) return undefined;
  const head = text
    .slice(0, colon)
    .replace(/[\s\u3000]/g, '')
    .replace(/^【/, '');
  const alone = text.slice(colon + 1).trim() === '';
  for (const label of V.chromeLabels) if (head === label.replace(/^【/, '')) return { label, alone };
  return undefined;
}

/** A line of symbols only: a rule or separator (---, ※※※, ——). */
export function isSymbolLine(text: string): boolean {
  return !/[\p{L}\p{N}]/u.test(text);
}

/** The value of a metadata field in chrome: 文号：汕府〔2021〕9号 → 汕府〔2021〕9号. */
export function chromeField(text: string, labels: readonly string[]): string | undefined {
  for (const label of labels) {
    const m = new RegExp(`^${label}\\s*[:：]\\s*(.+)$`).exec(text);
    if (m) return m[1].trim();
  }
  return undefined;
}

export interface GenreReading {
  genre: string;
  draftMark?: string;
  /** The text without a trailing draft mark. */
  core: string;
}

/** The 文种 a title ends with, after any draft mark: ……年度报告（征求意见稿） → 报告, 征求意见稿. */
/** 几 个 问 题 的 通 知: a title set with spaces between its characters, read without them. */
function unspaced(text: string): string {
  return text.replace(/([\u3400-\u9fff])[ \u3000]+(?=[\u3400-\u9fff])/g, '$1');
}

export function readGenre(text: string): GenreReading | undefined {
  let core = unspaced(text);
  let draftMark: string | undefined;
  let tail = '';
  // Labels in （） after the 文种: a draft mark (征求意见稿), or part of the name (试行, 2021—2025年).
  for (let i = 0; i < 3; i++) {
    const m = TRAILING_LABEL.exec(core);
    if (!m) break;
    const label = m[1];
    if (V.draftMarks.includes(label) || /稿$/.test(label)) draftMark ??= label;
    else tail = m[0] + tail;
    core = core.slice(0, m.index);
  }
  const genre = endingOf(core, V.genres);
  if (!genre) return undefined;
  return { genre, draftMark, core: core + tail };
}

/** Could this line be (part of) a title? Short, Chinese, no sentence punctuation, not a heading. */
export function isTitleLike(text: string): boolean {
  if (text.length < 2 || text.length > 60) return false;
  if (SENTENCE_MARK.test(text) || /[<>{}=|\\]/.test(text)) return false;
  if (HEADING_START.test(text) || /^[—–\-·•*]/.test(text)) return false;
  if (/^[（(].*[）)]$/.test(text)) return false;
  if (isDateOnly(text) || isDocNumberLine(text) || isChromeLine(text)) return false;
  if (startsWithAny(text, V.notTitleStarts)) return false;
  const han = text.match(HAN)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return han >= 2 && latin <= 0.3 * text.replace(/[\s\u3000]/g, '').length;
}

/** A line that names organs only: 大英县人民政府, 中共淮南市委 淮南市人民政府. */
export function isOrganLine(text: string): boolean {
  return text.length <= 40 && !text.includes('关于') && endingOf(text, V.organSuffixes) !== undefined && isTitleLike(text);
}

/** Does this text begin a title by itself: 关于…, 中共…, a year, or a place or organ name? */
function startsTitle(text: string): boolean {
  if (/^(?:关于|中共|(?:19|20)\d{2}\s*年)/.test(text)) return true;
  if (startsWithAny(text, V.annualSubjects)) return false;
  return /^(?:国务院|[\u4e00-\u9fff]{1,10}?(?:省|市|县|区|州|盟|旗|镇|乡|街道|自治区)|[\u4e00-\u9fff]{1,8}?(?:部|厅|局|署|委员会|办公厅|办公室))/.test(text);
}

/**
 * Extend a title upwards from the line that ends in its 文种 (`lines[k]`): over organ lines above a
 * 关于… line, and over the first part of a phrase that runs on. At most four lines; `maxGap` is the
 * largest line distance between two lines of the title (2 in a text with a blank line between all
 * paragraphs).
 */
export function titleBlockEndingAt(lines: readonly FrontLine[], k: number, maxGap: number): number[] {
  const block = [k];
  let text = lines[k].text;
  while (block.length < 4) {
    const first = block[0];
    const prev = lines[first - 1];
    if (!prev || lines[first].index - prev.index > maxGap) break;
    if (!isTitleLike(prev.text) || readGenre(prev.text)) break;
    let join: boolean;
    if (text.includes('关于')) {
      // Only organ names stand above a line that starts with 关于 (大英县人民政府 / 关于2022年度……的报告),
      // and above those organ lines (中共淮南市委 / 淮南市人民政府 / 关于……).
      const top = lines[first].text;
      join = (top.startsWith('关于') || isOrganLine(top)) && isOrganLine(prev.text);
    } else if (prev.text.includes('关于')) {
      join = true;
    } else if (isOrganLine(prev.text) && /^(?:(?:19|20)\d{2}\s*年|关于)/.test(text)) {
      join = true;
    } else {
      // 国务院办公厅关于山西、安徽省 / 四起特大煤矿瓦斯爆炸事故 / 调查处理情况的通报: the lower part runs on.
      join = !startsTitle(text) && !text.startsWith(prev.text);
    }
    if (!join || text.length + prev.text.length > 120) break;
    block.unshift(first - 1);
    text = prev.text + text;
  }
  return block;
}
