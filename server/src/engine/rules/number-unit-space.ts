import { isLatinLetter } from '../document/chars';
import type { ReportDocument } from '../document/report-document';
import { lexiconFor } from '../figures/lexicon';
import type { Rule, RuleContext } from '../rule';
import { NO_OPTIONS } from '../rule';
import { inNumberContext } from './support/number-contexts';

/** Leading list or quote markers before the first word of a line. */
const LINE_LEAD = /^[\s\u00a0\u3000\ufeff]*(?:(?:#{1,6}|[-*+>])[\s\u00a0\u3000]+)*/;

/** Cell separators: a run of two or more spaces, or tabs. */
const CELL_GAP = /(?:[ \u00a0\u2000-\u200b\u202f\u205f\u3000]{2,}|\t+)/g;

/** A line laid out as a table: two or more cell gaps between its first and last character. */
function isTableLike(line: string): boolean {
  const body = line.replace(/^[\s\u00a0\u3000\ufeff]+/, '').replace(/[\s\u00a0\u3000\ufeff]+$/, '');
  return (body.match(CELL_GAP) ?? []).length >= 2;
}

function blankName(blank: string): { zh: string; en: string } {
  const ch = blank[0];
  if (blank.length > 1 && [...blank].some((c) => c !== ch)) return { zh: '空白字符', en: 'blanks' };
  if (ch === '\t') return { zh: '制表符', en: 'a tab' };
  if (ch === '\u00a0') return { zh: '不换行空格', en: 'a no-break space' };
  if (ch === '\u3000') return { zh: '全角空格', en: 'an ideographic space' };
  if (ch !== ' ') return { zh: '不可见空格', en: 'an invisible space' };
  return { zh: '空格', en: 'a space' };
}

export const numberUnitSpace: Rule = {
  meta: {
    id: 'number-unit-space',
    catalogue: ['NUM-007'],
    category: 'numbers',
    severity: 'warning',
    fixable: 'certain',
    optionsSchema: NO_OPTIONS,
    description: {
      'zh-CN': '阿拉伯数字与其后的计量单位、量词之间不加空格（78件）',
      en: 'No space between an Arabic number and the unit or measure word after it (78件)',
    },
    messages: {
      space: {
        'zh-CN': '数字与单位之间有{blank}：“{text}”应写为“{fixed}”（GB/T 15835—2011 的示例“523.56千米”、GB/T 15835—1995 7.1 的示例“1480人”“4.6万册”都是数字与单位连写；《党政机关公文处理工作条例》要求数字、计量单位用法规范）。',
        en: 'There is {blankEn} between the number and its unit: write "{fixed}", not "{text}" (GB/T 15835-2011 writes "523.56千米" and GB/T 15835-1995 7.1 writes "1480人", "4.6万册": number and unit together).',
      },
    },
  },
  check(doc: ReportDocument, context: RuleContext) {
    const text = doc.prose;
    // A number, blanks, then a unit or measure word of the vocabulary (units, measureWords) or a percent sign.
    const { numberBlankUnit: NUMBER_SPACE_UNIT, notUnitWord } = lexiconFor(context.data);
    for (const line of doc.lines) {
      const lineText = text.slice(line.start, line.end);
      if (!/\d|[０-９]/.test(lineText) || isTableLike(lineText)) continue;
      const leadEnd = LINE_LEAD.exec(lineText)?.[0].length ?? 0;
      NUMBER_SPACE_UNIT.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = NUMBER_SPACE_UNIT.exec(lineText))) {
        const [whole, num, blank, unit] = m;
        const at = m.index;
        // Latin context: A4 纸, Windows 10 …
        let before = at - 1;
        while (before >= 0 && /[ \t\u00a0\u3000]/.test(lineText[before])) before--;
        if (isLatinLetter(lineText[at - 1]) || (before < at - 1 && isLatinLetter(lineText[before]))) continue;
        if (notUnitWord.test(lineText.slice(at + num.length + blank.length))) continue;
        // 附件2 名词解释, 表3 …: a label's number, not a quantity (pack data numberContexts).
        if (inNumberContext(text, { start: line.start + at, end: line.start + at + num.length }, 'number-unit-space', context.data)) continue;
        // A short number opening the line is more likely a list marker (“1 项目建设情况”).
        if (at === leadEnd && /^[0-9０-９]{1,2}$/.test(num)) continue;
        const start = line.start + at;
        const blankStart = start + num.length;
        const name = blankName(blank);
        context.report({
          span: { start, end: start + whole.length },
          messageId: 'space',
          data: { text: whole, fixed: num + unit, blank: name.zh, blankEn: name.en },
          fix: {
            title: { 'zh-CN': `删除数字与单位之间的${name.zh}（${num + unit}）`, en: `Remove the blank between number and unit (${num + unit})` },
            edits: [{ start: blankStart, end: blankStart + blank.length, text: '' }],
          },
        });
      }
    }
  },
};
