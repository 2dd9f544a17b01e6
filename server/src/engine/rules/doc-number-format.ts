import { isHan } from '../document/chars';
import type { ReportDocument } from '../document/report-document';
import type { Rule, RuleContext, TextEdit } from '../rule';
import { NO_OPTIONS } from '../rule';

/**
 * A bracketed 发文字号 and its look-alikes: any opening and closing bracket, a year of up to four
 * digits (or none), an optional 第, the serial number and 号. The issuer is checked separately.
 */
const BRACKETED = /([〔[［【(（〖])(\d{0,4})([〕\]］】)）〗])(第?)(\d+)号/g;
/** 国办公开办函〔202130号: the closing 〕 is missing. */
const NO_CLOSE = /〔((?:19|20)\d{2})(\d+)号/g;
/** 国发2021〕33号: the opening 〔 is missing. */
const NO_OPEN = /((?:19|20)\d{2})〕(\d+)号/g;

const ROUND = '(（)）';
const MAX_ISSUER = 12;
/** Verbs and prepositions that often stand right before a cited number but are not its issuer. */
const LEAD_WORDS = /^(?:贯彻落实|根据|按照|依据|依照|参照|对照|贯彻|落实|执行|印发|转发|关于)/;
/** 号 followed by these is an address or a line, not a 发文字号. */
const NOT_DOC_NUMBER_AFTER = '楼院室房栋幢线';
const SOURCE = 'GB/T 9704—2012 7.2.5';

/**
 * Start of the issuer (up to 12 Han characters right before `at`), or -1 when there is none. In
 * running text the run may begin with a verb (根据国办发…); a few such words are dropped.
 */
function issuerStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && at - i < MAX_ISSUER && isHan(text[i - 1])) i--;
  if (i === at) return -1;
  const lead = LEAD_WORDS.exec(text.slice(i, at));
  if (lead && at - i - lead[0].length >= 2) i += lead[0].length;
  return i;
}

/**
 * Offsets of the brackets of 发文字号 with a full year that this rule replaces by 〔〕 (汕府(2021)9号).
 * Other rules leave these characters alone, so two certain fixes never touch one character. Keep in
 * step with the conditions for the `bracket` fix in check().
 */
export function docNumberBracketOffsets(text: string): Set<number> {
  const out = new Set<number>();
  const re = new RegExp(BRACKETED.source, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const [whole, open, year, close, , serial] = m;
    if (issuerStart(text, m.index) < 0 || NOT_DOC_NUMBER_AFTER.includes(text[m.index + whole.length] || ' ')) continue;
    if (!/^(?:19|20)\d{2}$/.test(year) || /^0+$/.test(serial)) continue;
    if (open !== '〔') out.add(m.index);
    if (close !== '〕') out.add(m.index + 1 + year.length);
  }
  return out;
}

interface Problem {
  id: 'bracket' | 'ordinal' | 'leadingZero';
  zh: string;
  en: string;
}

export const docNumberFormat: Rule = {
  meta: {
    id: 'doc-number-format',
    catalogue: ['FMT-001'],
    category: 'format',
    severity: 'error',
    fixable: 'certain',
    optionsSchema: NO_OPTIONS,
    description: {
      'zh-CN': '发文字号写作“汕府〔2021〕9号”：年份标全称并用六角括号，顺序号不加“第”、不编虚位',
      en: 'Document numbers read 汕府〔2021〕9号: full year in 〔〕, serial number without 第 or leading zeros',
    },
    messages: {
      bracket: {
        'zh-CN': `发文字号“{text}”的年份应用六角括号“〔〕”括入，不用“{brackets}”，应写为“{fixed}”（${SOURCE}）。`,
        en: `The year of the document number "{text}" goes in the hexagonal brackets 〔〕, not "{brackets}": write "{fixed}" (GB/T 9704-2012 7.2.5).`,
      },
      ordinal: {
        'zh-CN': `发文字号“{text}”的发文顺序号不加“第”字，应写为“{fixed}”（${SOURCE}）。`,
        en: `The serial number of the document number "{text}" takes no 第: write "{fixed}" (GB/T 9704-2012 7.2.5).`,
      },
      leadingZero: {
        'zh-CN': `发文字号“{text}”的发文顺序号不编虚位（1不编为01），应写为“{fixed}”（${SOURCE}）。`,
        en: `The serial number of the document number "{text}" has no leading zeros (1, not 01): write "{fixed}" (GB/T 9704-2012 7.2.5).`,
      },
      several: {
        'zh-CN': `发文字号“{text}”不规范：{problems}，应写为“{fixed}”（${SOURCE}）。`,
        en: `The document number "{text}" is malformed ({problemsEn}): write "{fixed}" (GB/T 9704-2012 7.2.5).`,
      },
      shortYear: {
        'zh-CN': `发文字号“{text}”的年份“{year}”未标全称：年份应写全四位，用六角括号括入，如“〔2021〕”（${SOURCE}）。请核实年份后改正。`,
        en: `The year "{year}" of the document number "{text}" is shortened: write all four digits in 〔〕, e.g. 〔2021〕 (GB/T 9704-2012 7.2.5). Check the year and correct it.`,
      },
      emptyYear: {
        'zh-CN': `发文字号“{text}”的括号内缺少年份：年份应标全称并用六角括号括入，如“〔2021〕”（${SOURCE}）。请补上年份。`,
        en: `The document number "{text}" has no year in its brackets: write the full year in 〔〕, e.g. 〔2021〕 (GB/T 9704-2012 7.2.5). Add the year.`,
      },
      unbalanced: {
        'zh-CN': `发文字号“{text}”缺少“{missing}”：年份应完整括入六角括号“〔〕”（${SOURCE}）。请核实年份和发文顺序号后改正。`,
        en: `The document number "{text}" lacks "{missing}": the year goes inside the hexagonal brackets 〔〕 (GB/T 9704-2012 7.2.5). Check the year and serial number, then correct it.`,
      },
    },
  },
  check(doc: ReportDocument, context: RuleContext) {
    const text = doc.prose;
    const endsDocNumber = (end: number) => !NOT_DOC_NUMBER_AFTER.includes(text[end] || ' ');

    BRACKETED.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = BRACKETED.exec(text))) {
      const [whole, open, year, close, di, serial] = m;
      const openAt = m.index;
      const end = openAt + whole.length;
      const from = issuerStart(text, openAt);
      if (from < 0 || !endsDocNumber(end)) continue;
      // The span starts at the bracket, where the defect is; the message names the whole number.
      const span = { start: openAt, end };
      const shown = text.slice(from, end);
      const round = ROUND.includes(open) || ROUND.includes(close);
      if (year === '') {
        // 国发〔〕33号. Round brackets around nothing are too unlike a 发文字号 to report.
        if (!round) context.report({ span, messageId: 'emptyYear', data: { text: shown } });
        continue;
      }
      if (year.length < 4) {
        if (!round && year.length >= 2) context.report({ span, messageId: 'shortYear', data: { text: shown, year } });
        continue;
      }
      if (!/^(?:19|20)\d{2}$/.test(year) || /^0+$/.test(serial)) continue;

      const problems: Problem[] = [];
      const edits: TextEdit[] = [];
      const closeAt = openAt + 1 + year.length;
      if (open !== '〔' || close !== '〕') {
        problems.push({ id: 'bracket', zh: `年份用了“${open}${close}”而非六角括号“〔〕”`, en: `${open}${close} instead of 〔〕 around the year` });
        if (open !== '〔') edits.push({ start: openAt, end: openAt + 1, text: '〔' });
        if (close !== '〕') edits.push({ start: closeAt, end: closeAt + 1, text: '〕' });
      }
      if (di) problems.push({ id: 'ordinal', zh: '顺序号前多了“第”字', en: 'a 第 before the serial number' });
      const zeros = /^0*/.exec(serial)?.[0].length ?? 0;
      if (zeros > 0) problems.push({ id: 'leadingZero', zh: `顺序号编了虚位“${serial}”`, en: `leading zeros in "${serial}"` });
      if (problems.length === 0) continue;
      if (di || zeros > 0) edits.push({ start: closeAt + 1, end: closeAt + 1 + di.length + zeros, text: '' });

      const issuer = text.slice(from, openAt);
      const fixed = `${issuer}〔${year}〕${serial.slice(zeros)}号`;
      context.report({
        span,
        messageId: problems.length === 1 ? problems[0].id : 'several',
        data: {
          text: shown,
          fixed,
          brackets: open + close,
          problems: problems.map((p) => p.zh).join('，'),
          problemsEn: problems.map((p) => p.en).join('; '),
        },
        fix: { title: { 'zh-CN': `改为“${fixed}”`, en: `Change to "${fixed}"` }, edits },
      });
    }

    for (const [re, missing] of [[NO_CLOSE, '〕'], [NO_OPEN, '〔']] as const) {
      re.lastIndex = 0;
      while ((m = re.exec(text))) {
        const at = m.index;
        const end = at + m[0].length;
        const from = issuerStart(text, at);
        if (from < 0 || !endsDocNumber(end)) continue;
        const [, year, digits] = m;
        const serial = digits.replace(/^0+(?=\d)/, '');
        const guess = `${text.slice(from, at)}〔${year}〕${serial}号`;
        context.report({
          span: { start: at, end },
          messageId: 'unbalanced',
          data: { text: text.slice(from, end), missing },
          suggestions: [
            {
              title: { 'zh-CN': `改为“${guess}”（请先核实年份和顺序号）`, en: `Change to "${guess}" (check the year and serial number first)` },
              edits: [{ start: at, end, text: `〔${year}〕${serial}号` }],
            },
          ],
        });
      }
    }
  },
};
