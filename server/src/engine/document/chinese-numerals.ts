/** Chinese numerals as used in ordinals and counts: 一 … 九十九, 两, 〇/零. */

/** The value of each Chinese digit character (shared with the figure reader, numbers.ts). */
export const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

export const CHINESE_NUMERAL_CHARS = '〇零一二两三四五六七八九十百';

/** Parse 一 … 九百九十九 (the forms used for ordinals). Returns undefined for anything else. */
export function parseChineseNumeral(text: string): number | undefined {
  if (text === '') return undefined;
  let total = 0;
  let current = -1;
  let sawUnit = false;
  for (const ch of text) {
    if (ch in CHINESE_DIGITS) {
      if (current !== -1 && !sawUnit) {
        // digit after digit without a unit: 二〇二一 style, read positionally
        current = current * 10 + CHINESE_DIGITS[ch];
      } else {
        current = CHINESE_DIGITS[ch];
      }
      sawUnit = false;
    } else if (ch === '十' || ch === '百') {
      const unit = ch === '十' ? 10 : 100;
      total += (current === -1 ? 1 : current) * unit;
      current = -1;
      sawUnit = true;
    } else {
      return undefined;
    }
  }
  if (current !== -1) total += current;
  return total;
}

const SMALL = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Write 1 … 999 as an ordinal in Chinese numerals: 1 → 一, 12 → 十二, 21 → 二十一. */
export function toChineseNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value > 999) return String(value);
  if (value < 10) return SMALL[value];
  if (value < 20) return '十' + (value % 10 === 0 ? '' : SMALL[value % 10]);
  if (value < 100) return SMALL[Math.floor(value / 10)] + '十' + (value % 10 === 0 ? '' : SMALL[value % 10]);
  const hundreds = Math.floor(value / 100);
  const rest = value % 100;
  if (rest === 0) return SMALL[hundreds] + '百';
  if (rest < 10) return SMALL[hundreds] + '百零' + SMALL[rest];
  const tens = rest < 20 ? '一' + toChineseNumeral(rest) : toChineseNumeral(rest);
  return SMALL[hundreds] + '百' + tens;
}
