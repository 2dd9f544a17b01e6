/**
 * The one place that decides what kind of document a text is — a 法治政府建设年度报告, another
 * official document (意见, 通知, 通报, 政府工作报告 …), or not an official document — and returns the
 * evidence: the title's lines, issuer, year, 文号, 主送 or speech opening, draft mark. The engine's
 * parser, the CLI folder walk, the language server and the VS Code client all call it. Pure: no
 * Node built-ins, no other engine modules beyond the document vocabulary.
 */
import { inferIssuerLevel } from './issuer-level';
import { blankOut, markdownNonProse, plainTextNonProse } from './markdown-mask';
import {
  chromeField,
  chromeLabelOf,
  isLabelValue,
  isChromeLine,
  isDocNumberLine,
  isSymbolLine,
  isTitleLike,
  readGenre,
  titleBlockEndingAt,
  trimFrontLine,
  type FrontLine,
} from './title-block';
import type { DocumentKind, DocumentProfile, TitleBlock } from './types';
import { endingOf, includesAny, vocabulary as V } from './vocabulary';

export type { DocumentKind, DocumentProfile, EvidenceType, KindEvidence, TitleBlock } from './types';

/** How many non-empty lines the front of a document may take before its title. */
const FRONT_WINDOW = 40;
/** How many lines after the title may hold its 文号, 主送, occasion and page chrome. */
const AFTER_TITLE_WINDOW = 12;
/** How many lines from the top a 文号 may stand when no title was found. */
const NO_TITLE_DOC_NUMBER_WINDOW = 10;
/** How far the structure check reads. */
const STRUCTURE_LINES = 4000;

/** The trimmed, non-empty lines of a text (the parser's masked prose, or the detector's own). */
export function frontLinesOfText(prose: string): FrontLine[] {
  const out: FrontLine[] = [];
  let index = 0;
  let start = 0;
  while (start <= prose.length) {
    let end = start;
    while (end < prose.length && prose.charCodeAt(end) !== 10 && prose.charCodeAt(end) !== 13) end++;
    const t = trimFrontLine(prose.slice(start, end));
    if (t.text !== '') out.push({ index, text: t.text, lead: t.lead });
    if (end >= prose.length) break;
    start = prose.charCodeAt(end) === 13 && prose.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    index++;
  }
  return out;
}

/** 2 when the text puts a blank line between its paragraphs (web copies often do), else 1. */
export function paragraphGap(lines: readonly FrontLine[]): number {
  let spaced = 0;
  let tight = 0;
  for (let i = 1; i < Math.min(lines.length, 60); i++) {
    const d = lines[i].index - lines[i - 1].index;
    if (d === 1) tight++;
    else if (d === 2) spaced++;
  }
  return spaced > tight ? 2 : 1;
}

function isAnnualTitle(text: string, genre: string): boolean {
  return V.annualGenres.includes(genre) && includesAny(text, V.annualSubjects) && !includesAny(text, V.annualNotIf);
}

function isBodyLine(text: string): boolean {
  return text.length > 60 || /[。；;！!？?]/.test(text);
}

/** 各省、自治区、直辖市人民政府，国务院各部委、各直属机构： — organs only, ending with a colon. */
function isAddresseeLine(text: string): boolean {
  if (!/[:：]$/.test(text) || text.length > 100 || /[。；;！!？?]/.test(text)) return false;
  const parts = text
    .slice(0, -1)
    .split(/[、，,\s\u3000]+/)
    .filter((p) => p !== '');
  return parts.length > 0 && parts.every((p) => endingOf(p, V.organSuffixes) !== undefined);
}

/** 各位代表：, 主任、各位副主任、秘书长、各位委员：, 同志们：; also run into the first sentence (各位代表，现在……). */
function isSpeechOpening(text: string): boolean {
  if (text.length <= 40 && /[:：！!]$/.test(text) && includesAny(text, V.speechAudience)) return true;
  return V.speechAudience.some((a) => text.startsWith(a) && /^[:：，,]/.test(text.slice(a.length)));
}

/** ——2025年1月20日在四川省第十四届人民代表大会第四次会议上 · 四川省人民政府省长 施小琳 */
function isOccasionLine(text: string): boolean {
  if (text.length <= 90 && /^(?:——|—|[（(])?\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*在.{2,40}?会(?:议)?上/.test(text)) return true;
  return text.length <= 30 && !/[。；;，,：:]/.test(text) && /(?:长|主任|主席|书记)[\s\u3000]+[\u4e00-\u9fff·]{2,8}$/.test(text);
}

/** Full-width digits read as ASCII ones (a title may carry ２０２０年; halfwidth-digits reports it). */
function asciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

function yearOf(text: string): number | undefined {
  const m = /((?:19|20)\d{2})\s*年/.exec(asciiDigits(text));
  return m ? Number(m[1]) : undefined;
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

/**
 * The issuer in a title: before 关于 (国务院办公厅关于…), before the year (汕尾市人民政府2020年…), or
 * between a leading year and the subject (2020年静海区法治政府建设情况报告).
 */
export function issuerOfTitle(text: string, annual: boolean): string | undefined {
  const clean = (s: string | undefined) => {
    const t = (s ?? '').replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
    return t === '' ? undefined : t;
  };
  const guanyu = text.indexOf('关于');
  if (guanyu === 0) return undefined;
  if (guanyu > 0) return clean(text.slice(0, guanyu));
  const year = /(?:19|20)\d{2}\s*年度?/.exec(asciiDigits(text));
  if (!year) return undefined;
  if (year.index > 0) return clean(text.slice(0, year.index));
  if (!annual) return undefined;
  const rest = text.slice(year[0].length);
  const subject = V.annualSubjects.map((s) => rest.indexOf(s)).filter((i) => i > 0);
  return subject.length ? clean(rest.slice(0, Math.min(...subject))) : undefined;
}

/** Top-level headings (一、…, # …) of the text, for the structure check. */
function topHeadings(lines: readonly FrontLine[]): FrontLine[] {
  return lines.filter((l) => /^[一二三四五六七八九十]+[、.．]/.test(l.text) && l.text.length <= 60);
}

/**
 * A text without a title is an annual-report draft when its top-level headings name enough of the
 * report's parts and it names the subject (法治政府建设) before its second heading or in a heading.
 */
function structureSaysAnnual(lines: readonly FrontLine[]): FrontLine | undefined {
  const headings = topHeadings(lines.filter((l) => l.index < STRUCTURE_LINES));
  if (headings.length < 2) return undefined;
  const parts = V.structureParts.filter((words) => headings.some((h) => includesAny(h.text, words))).length;
  if (parts < V.structureMinParts) return undefined;
  const second = headings[1].index;
  const early = lines.filter((l) => l.index < second);
  if (!early.some((l) => includesAny(l.text, V.structureSubjects)) && !headings.some((h) => includesAny(h.text, V.structureSubjects))) return undefined;
  return headings[0];
}

/** The title whose last line is `front[k]` (the title ends in a 文种 there). */
function titleEndingAt(front: readonly FrontLine[], k: number, gap: number): TitleBlock {
  const block = readGenre(front[k].text) ? titleBlockEndingAt(front, k, gap) : [...titleBlockEndingAt(front, k - 1, gap), k];
  const text = block.map((i) => front[i].text).join('');
  const reading = readGenre(text) ?? (readGenre(front[k].text) as NonNullable<ReturnType<typeof readGenre>>);
  return { lines: block.map((i) => front[i].index), text, genre: reading.genre, draftMark: reading.draftMark };
}

function laterAnnualTitle(front: readonly FrontLine[], from: number, gap: number): TitleBlock | undefined {
  for (let k = from; k < front.length; k++) {
    const t = front[k].text;
    if (!isTitleLike(t) || !readGenre(t)) continue;
    const found = titleEndingAt(front, k, gap);
    if (isAnnualTitle(found.text, found.genre)) return found;
  }
  return undefined;
}

/**
 * The title: the first run of title lines that ends in a 文种. Only an annual-report title may follow
 * body text (a cover note before it); page chrome may precede any title. A cover letter about the
 * report (关于报送……法治政府建设年度报告的函) stands before the report's own title, which wins.
 */
function findTitle(front: readonly FrontLine[], gap: number): TitleBlock | undefined {
  let bodySeen = false;
  for (let k = 0; k < front.length; k++) {
    const t = front[k].text;
    if (isSymbolLine(t)) continue;
    if (isChromeLine(t)) {
      // A label on a line of its own (标　　题：): its value, on the next line, is chrome too.
      const label = chromeLabelOf(t);
      if (label?.alone && front[k + 1] && isLabelValue(label.label, front[k + 1].text)) k++;
      continue;
    }
    let end = k;
    // A title broken inside its last word (政府工作报 / 告): the short rest on the next line.
    const rest = front[k + 1];
    if (
      isTitleLike(t) &&
      !readGenre(t) &&
      rest &&
      rest.index - front[k].index <= gap &&
      rest.text.length <= 2 &&
      /^[\u3400-\u9fff]+$/.test(rest.text) &&
      readGenre(t + rest.text)
    )
      end = k + 1;
    const found = isTitleLike(t) && (end > k || readGenre(t)) ? titleEndingAt(front, end, gap) : undefined;
    if (found && (!bodySeen || isAnnualTitle(found.text, found.genre))) {
      const coverLetter = !isAnnualTitle(found.text, found.genre) && includesAny(found.text, V.annualSubjects);
      return (coverLetter ? laterAnnualTitle(front, k + 1, gap) : undefined) ?? found;
    }
    if (isBodyLine(t)) bodySeen = true;
  }
  return undefined;
}

/**
 * What goes with the title, from line `k` on: page chrome, a draft mark on its own line, the 文号,
 * the 主送 or the speech opening, the occasion and speaker of a speech. Sets the profile's lines and
 * returns where the body begins.
 */
function readFront(lines: readonly FrontLine[], k: number, profile: DocumentProfile): number {
  const title = profile.title;
  for (const stop = Math.min(lines.length, k + AFTER_TITLE_WINDOW); k < stop; k++) {
    const l = lines[k];
    const t = l.text;
    if (isSymbolLine(t)) continue;
    if (isChromeLine(t)) {
      noteChrome(l, profile);
      const value = lines[k + 1];
      const label = chromeLabelOf(t);
      if (label?.alone && value && isLabelValue(label.label, value.text)) {
        noteChrome(value, profile, label.label);
        k++;
      }
      continue;
    }
    const mark = title && profile.docNumberLine === undefined ? /^[（(]([^（）()]{1,10})[）)]$/.exec(t) : null;
    if (title && mark && (V.draftMarks.includes(mark[1]) || /稿$/.test(mark[1]))) {
      title.draftMark ??= mark[1];
      continue;
    }
    const opened = profile.addresseeLine !== undefined || profile.speechLine !== undefined;
    if (profile.docNumberLine === undefined && profile.addresseeLine === undefined && isDocNumberLine(t)) profile.docNumberLine = l.index;
    else if (!opened && isSpeechOpening(t)) profile.speechLine = l.index;
    else if (!opened && isAddresseeLine(t)) profile.addresseeLine = l.index;
    else if (!(isOccasionLine(t) && profile.speechLine === undefined)) break;
  }
  return k;
}

/**
 * A line of page chrome: remembered, and a 文号 given in it (文号：…, or on the line after the label)
 * kept as evidence.
 */
function noteChrome(l: FrontLine, profile: DocumentProfile, valueOf?: string): void {
  profile.chromeLines.push(l.index);
  const number = valueOf !== undefined ? (['文号', '发文字号'].includes(valueOf) ? l.text : undefined) : chromeField(l.text, ['文号', '发文字号']);
  if (number && isDocNumberLine(number)) profile.docNumberInChrome = number;
}

/** Without a title: a metadata block that names the document, an incomplete title, or the structure. */
function kindWithoutTitle(lines: readonly FrontLine[], profile: DocumentProfile): void {
  if (profile.evidence.length > 0) {
    profile.kind = 'official-document';
    if (profile.speechLine !== undefined) profile.genre = '报告';
  }
  const byIndex = new Map(lines.map((l) => [l.index, l]));
  // A page's metadata block that names the document (名称：……的报告) when the text shows no title.
  for (const i of profile.chromeLines) {
    const named = chromeField(byIndex.get(i)?.text ?? '', ['名称', '标题', '信息名称']);
    const genre = named ? readGenre(named) : undefined;
    if (!named || !genre) continue;
    profile.kind = isAnnualTitle(named, genre.genre) ? 'annual-report' : 'official-document';
    profile.evidence.unshift({ type: 'metadata-title', line: i, text: named });
    break;
  }
  // A first line that names the subject and a year but lacks its 文种 (2020年法治政府建设情况): an
  // annual report whose title is incomplete (report-title says so).
  const chrome = new Set(profile.chromeLines);
  const first = lines.find((l) => !chrome.has(l.index) && !isSymbolLine(l.text));
  if (
    profile.kind !== 'annual-report' &&
    first &&
    isTitleLike(first.text) &&
    includesAny(first.text, V.annualSubjects) &&
    yearOf(first.text) !== undefined &&
    !includesAny(first.text, V.annualNotIf)
  ) {
    profile.kind = 'annual-report';
    profile.evidence.unshift({ type: 'incomplete-title', line: first.index, text: first.text });
  }
  const structure = profile.kind === 'annual-report' ? undefined : structureSaysAnnual(lines);
  if (structure) {
    profile.kind = 'annual-report';
    profile.evidence.push({ type: 'structure', line: structure.index, text: structure.text });
  }
}

/** Profile a document from its lines (the engine passes its masked prose). */
export function profileLines(lines: readonly FrontLine[]): DocumentProfile {
  const profile: DocumentProfile = { kind: 'other', evidence: [], chromeLines: [] };
  const title = findTitle(lines.slice(0, FRONT_WINDOW), paragraphGap(lines));
  profile.title = title;
  let k = 0;
  if (title) {
    // Everything before the title is not the document (page text, a metadata block, a cover note).
    let label: string | undefined;
    for (; k < lines.length && lines[k].index < title.lines[0]; k++) {
      noteChrome(lines[k], profile, label);
      const l = chromeLabelOf(lines[k].text);
      label = l?.alone ? l.label : undefined;
    }
    while (k < lines.length && lines[k].index <= title.lines[title.lines.length - 1]) k++;
  } else {
    // No title: chrome at the very top (a metadata block) is still chrome.
    for (; k < Math.min(lines.length, FRONT_WINDOW) && isChromeLine(lines[k].text); k++) {
      noteChrome(lines[k], profile);
      const label = chromeLabelOf(lines[k].text);
      if (label?.alone && lines[k + 1] && isLabelValue(label.label, lines[k + 1].text)) noteChrome(lines[++k], profile, label.label);
    }
  }
  k = readFront(lines, k, profile);
  profile.bodyLine = lines[k]?.index;
  // No title found: a 文号 line near the top still shows an official document.
  if (!title && profile.docNumberLine === undefined) {
    const number = lines.slice(0, NO_TITLE_DOC_NUMBER_WINDOW).find((l) => !profile.chromeLines.includes(l.index) && isDocNumberLine(l.text));
    if (number) profile.docNumberLine = number.index;
  }
  // The 发文字号 may stand above the title, under the 发文机关标志 (……文件): it is not page chrome.
  if (title && profile.docNumberLine === undefined) {
    const above = lines
      .filter((l) => l.index < title.lines[0])
      .slice(-3)
      .reverse()
      .find((l) => isDocNumberLine(l.text));
    if (above) {
      profile.docNumberLine = above.index;
      profile.chromeLines = profile.chromeLines.filter((i) => i !== above.index);
    }
  }

  if (title) {
    profile.genre = title.genre;
    profile.draftMark = title.draftMark;
    profile.year = yearOf(title.text);
    const annual = isAnnualTitle(title.text, title.genre);
    const issuer = issuerOfTitle(title.text, annual);
    if (issuer) {
      profile.issuer = issuer;
      profile.issuers = splitIssuers(issuer);
      profile.issuerLevel = inferIssuerLevel(profile.issuers);
    }
    profile.kind = annual ? 'annual-report' : 'official-document';
    profile.evidence.push({ type: 'title', line: title.lines[0], text: title.text });
  }
  const textOf = (i: number) => lines.find((l) => l.index === i)?.text ?? '';
  for (const [type, at] of [
    ['doc-number', profile.docNumberLine],
    ['addressee', profile.addresseeLine],
    ['speech', profile.speechLine],
  ] as const) {
    if (at !== undefined) profile.evidence.push({ type, line: at, text: textOf(at) });
  }
  if (!title) kindWithoutTitle(lines, profile);
  return profile;
}

/**
 * Profile a text: the shells' entry point. It masks the text as the parser does (Markdown code and
 * comments, disable comments, URLs), so its answer is the parser's (ReportDocument.kind).
 */
export function detectDocument(text: string, language: 'plaintext' | 'markdown' = 'plaintext'): DocumentProfile {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const prose = blankOut(body, language === 'markdown' ? markdownNonProse(body) : plainTextNonProse(body));
  return profileLines(frontLinesOfText(prose));
}

/** The kinds a folder or glob run lints (without --all-files), and the editor checks. */
export function isCheckedKind(kind: DocumentKind): boolean {
  return kind !== 'other';
}
