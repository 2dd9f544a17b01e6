import { isAsciiDigit, isLatinLetter } from '../document/chars';
import type { ReportDocument } from '../document/report-document';
import type { Rule, RuleContext } from '../rule';
import { NO_OPTIONS } from '../rule';

/** An Arabic number: digits, optional thousands groups, optional decimals. */
const NUM = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;
const GAP = String.raw`[ \t\u00a0\u3000]*`;
/**
 * `98～99%`, `5-10万`, `9至16亿`: a range whose second number carries %, ‰, 万 or 亿 and whose first
 * number carries nothing (a first number with its sign does not match: the sign would sit before the
 * separator). The separator itself is left to the dash rules.
 */
// (?<!\d): a match starts only where a digit run starts (a later start inside the run would match
// only where the run's start does), so a long digit run is scanned once, not once per digit.
const RANGE = new RegExp(`(?<!\\d)(${NUM})(${GAP})(——|[～~〜—–\\-－至到])(${GAP})(${NUM})(万亿|%|％|‰|万|亿)`, 'g');

/** Characters that, right before the first number, show it is not the start of a range. */
function badLead(text: string, at: number): boolean {
  const prev = text[at - 1];
  if (prev === undefined) return false;
  if (isAsciiDigit(prev) || isLatinLetter(prev)) return true;
  if ('.．:：/／'.includes(prev)) return true; // 1.5, 15:16, 2021/3 …
  // A chain such as 2021-3-5 or 1～2～3: the first number is itself the end of something; and
  // 1,5: a digit group. After a comma that follows a word (a scraped ，) the range stands alone.
  if ('-－~～—–,'.includes(prev) && isAsciiDigit(text[at - 2] ?? '')) return true;
  return false;
}

export const rangeRepeatUnit: Rule = {
  meta: {
    id: 'range-repeat-unit',
    catalogue: ['NUM-001'],
    category: 'numbers',
    severity: 'error',
    fixable: 'certain',
    optionsSchema: NO_OPTIONS,
    description: {
      'zh-CN': '数值范围两端都写“%”“‰”“万”“亿”：98%～99%，不写为98～99%',
      en: 'Both ends of a numeric range carry %, ‰, 万 or 亿: 98%～99%, not 98～99%',
    },
    messages: {
      missingSign: {
        'zh-CN': '数值范围“{text}”的前一个数值省略了“{sign}”，容易误读，应写为“{fixed}”（GB/T 15835—2011 关于数值范围的规定：15%～30%不写为15～30%，9亿～16亿不写为9～16亿）。',
        en: 'The first number of the range "{text}" lacks "{sign}", which makes it ambiguous: write "{fixed}" (GB/T 15835-2011 on numeric ranges: 15%～30%, not 15～30%; 9亿～16亿, not 9～16亿).',
      },
    },
  },
  check(doc: ReportDocument, context: RuleContext) {
    const text = doc.prose;
    RANGE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = RANGE.exec(text))) {
      const [whole, first, gap1, sep, gap2, second, sign] = m;
      const at = m.index;
      if (badLead(text, at)) continue;
      const insertAt = at + first.length;
      const fixed = first + sign + gap1 + sep + gap2 + second + sign;
      context.report({
        span: { start: at, end: at + whole.length },
        messageId: 'missingSign',
        data: { text: whole, sign, fixed },
        fix: {
          title: { 'zh-CN': `在前一个数值后补“${sign}”（${first + sign}）`, en: `Add "${sign}" after the first number (${first + sign})` },
          edits: [{ start: insertAt, end: insertAt, text: sign }],
        },
      });
    }
  },
};
