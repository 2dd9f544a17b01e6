import { toChineseNumeral } from '../document/chinese-numerals';
import type { ReportDocument } from '../document/report-document';
import type { Rule, RuleContext } from '../rule';
import { NO_OPTIONS } from '../rule';

/**
 * NUM-009: fixed names and the ordinals of meetings take Chinese numerals (GB/T 15835—2011 4.3):
 * 党的二十大, 十九届五中全会, 十一届全国人大一次会议, “八五”普法. These are number forms, not terms,
 * so the patterns live here; each match has at least one Arabic digit.
 */
const N = '(?:\\d{1,2}|[一二三四五六七八九十]{1,3})';
const PATTERNS: { re: RegExp; kind: string }[] = [
  // 党的20大
  { re: /党的\d{1,2}大/g, kind: 'congress' },
  // 19届四中全会, 十九届5中全会, 十九届4中、5中全会
  { re: new RegExp(`${N}届(?:${N}中、)*${N}中全会`, 'g'), kind: 'plenum' },
  // 11届全国人大1次会议, 13届全国政协
  { re: new RegExp(`${N}届(?:全国人大|全国政协)(?:${N}次会议)?`, 'g'), kind: 'npc' },
  // “8五”普法
  { re: /“?\d五”?普法/g, kind: 'pufa' },
];

export const fixedChineseNumerals: Rule = {
  meta: {
    id: 'fixed-chinese-numerals',
    catalogue: ['NUM-009'],
    category: 'numbers',
    severity: 'error',
    fixable: 'certain',
    optionsSchema: NO_OPTIONS,
    description: {
      'zh-CN': '固定名称和会议届次用汉字数字：党的二十大、十九届五中全会、“八五”普法',
      en: 'Fixed names and meeting ordinals take Chinese numerals: “党的二十大”, “十九届五中全会”, “八五”普法',
    },
    messages: {
      arabic: {
        'zh-CN': '“{wrong}”是固定名称，其中的数字应使用汉字，写作“{right}”（GB/T 15835—2011 4.3：如十一届全国人大一次会议、十三届四中全会、“八五”普法）。',
        en: '"{wrong}" is a fixed name and takes Chinese numerals: write "{right}" (GB/T 15835-2011 4.3).',
      },
    },
  },
  check(doc: ReportDocument, context: RuleContext) {
    const text = doc.prose;
    const taken: { start: number; end: number }[] = [];
    for (const { re } of PATTERNS) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text))) {
        const wrong = m[0];
        if (!/\d/.test(wrong)) continue;
        const start = m.index;
        const end = start + wrong.length;
        // The number must not continue a longer one: 2019届 is a graduating class, not a 届次.
        if (/\d/.test(text[start - 1] ?? '')) continue;
        if (taken.some((t) => start < t.end && t.start < end)) continue;
        taken.push({ start, end });
        const right = wrong.replace(/\d+/g, (digits) => toChineseNumeral(Number(digits)));
        context.report({
          span: { start, end },
          messageId: 'arabic',
          data: { wrong, right },
          fix: {
            title: { 'zh-CN': `改为“${right}”`, en: `Replace with "${right}"` },
            edits: [{ start, end, text: right }],
          },
        });
      }
    }
  },
};
