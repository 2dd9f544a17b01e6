/**
 * Property tests for the figure rules: generated consistent sentences give no finding; the same
 * sentence with one number perturbed beyond rounding gives exactly one.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { toChineseNumeral } from '../../../server/src/engine/document/chinese-numerals';
import { lintText } from '../../../server/src/engine/lint';
import type { Rule } from '../../../server/src/engine/rule';
import { countVsList } from '../../../server/src/engine/rules/count-vs-list';
import { rateMatches } from '../../../server/src/engine/rules/rate-matches';
import { totalEqualsParts } from '../../../server/src/engine/rules/total-equals-parts';

const RUNS = { numRuns: 200 };

function count(rule: Rule, text: string): number {
  return lintText(text, { rules: [rule], config: { source: 'draft' } }).findings.length;
}

const UNITS = ['个', '件', '项', '人次', '家'];
const NOUNS = ['证明材料', '行政许可事项', '培训人员', '调解案件', '执法单位'];

describe('property: totals with parts (total-equals-parts)', () => {
  const levels = fc.record({
    noun: fc.constantFrom(...NOUNS),
    unit: fc.constantFrom(...UNITS),
    parts: fc.array(fc.integer({ min: 1, max: 99999 }), { minLength: 2, maxLength: 3 }),
    delta: fc.integer({ min: 1, max: 5000 }),
    up: fc.boolean(),
  });
  const LEVELS = ['市级', '县级', '镇级'];
  const levelSentence = (noun: string, unit: string, total: number, parts: number[]) =>
    `全市${noun}共${total}${unit}，其中${parts.map((p, i) => `${LEVELS[i]}${p}${unit}`).join('，')}。`;

  it('consistent levels (市级/县级/镇级): no finding', () => {
    fc.assert(
      fc.property(levels, ({ noun, unit, parts }) => {
        const total = parts.reduce((a, b) => a + b, 0);
        assert.equal(count(totalEqualsParts, levelSentence(noun, unit, total, parts)), 0);
      }),
      RUNS,
    );
  });
  it('the total perturbed: exactly one finding, naming the sum', () => {
    fc.assert(
      fc.property(levels, ({ noun, unit, parts, delta, up }) => {
        const sum = parts.reduce((a, b) => a + b, 0);
        const total = up || sum - delta < 1 ? sum + delta : sum - delta;
        const findings = lintText(levelSentence(noun, unit, total, parts), { rules: [totalEqualsParts] }).findings;
        assert.equal(findings.length, 1);
        assert.ok(findings[0].message.includes(String(sum)));
      }),
      RUNS,
    );
  });

  const other = fc.record({
    parts: fc.array(fc.integer({ min: 1, max: 9999 }), { minLength: 1, maxLength: 3 }),
    rest: fc.integer({ min: 1, max: 9999 }),
    delta: fc.integer({ min: 1, max: 500 }),
    which: fc.nat(),
    up: fc.boolean(),
  });
  const KINDS = ['重大行政决策事项', '政府协议', '行政规范性文件'];
  const otherSentence = (total: number, parts: number[], rest: number) =>
    `审查各类文件共${total}件，其中${parts.map((p, i) => `${KINDS[i]}${p}件`).join('，')}，其他文件${rest}件。`;

  it('consistent parts with 其他: no finding', () => {
    fc.assert(
      fc.property(other, ({ parts, rest }) => {
        const total = parts.reduce((a, b) => a + b, rest);
        assert.equal(count(totalEqualsParts, otherSentence(total, parts, rest)), 0);
      }),
      RUNS,
    );
  });
  it('one part perturbed: exactly one finding', () => {
    fc.assert(
      fc.property(other, ({ parts, rest, delta, which, up }) => {
        const total = parts.reduce((a, b) => a + b, rest);
        const changed = [...parts];
        const i = which % changed.length;
        changed[i] = up || changed[i] - delta < 1 ? changed[i] + delta : changed[i] - delta;
        assert.equal(count(totalEqualsParts, otherSentence(total, changed, rest)), 1);
      }),
      RUNS,
    );
  });
});

describe('property: rates with numerator and denominator (rate-matches)', () => {
  const rates = fc
    .record({
      den: fc.integer({ min: 1, max: 100000 }),
      frac: fc.double({ min: 0, max: 1, noNaN: true }),
      decimals: fc.integer({ min: 0, max: 2 }),
      units: fc.integer({ min: 2, max: 50 }),
      up: fc.boolean(),
      unit: fc.constantFrom('件', '人次', '个'),
    })
    .map((r) => ({ ...r, num: Math.round(r.den * r.frac) }));
  const sentence = (den: number, num: number, rate: string, unit: string) =>
    `及时受理矛盾纠纷案件${den}${unit}，调解成功${num}${unit}，调解成功率${rate}%。`;

  it('the ratio rounded to the digits shown: no finding', () => {
    fc.assert(
      fc.property(rates, ({ den, num, decimals, unit }) => {
        const shown = ((num / den) * 100).toFixed(decimals);
        assert.equal(count(rateMatches, sentence(den, num, shown, unit)), 0);
      }),
      RUNS,
    );
  });
  it('the rate moved by two or more units of its last digit: exactly one finding', () => {
    fc.assert(
      fc.property(rates, ({ den, num, decimals, units, up, unit }) => {
        const step = 10 ** -decimals;
        const correct = Number(((num / den) * 100).toFixed(decimals));
        let moved = up ? correct + units * step : correct - units * step;
        if (moved < 0) moved = correct + units * step;
        const findings = lintText(sentence(den, num, moved.toFixed(decimals), unit), { rules: [rateMatches] }).findings;
        assert.equal(findings.length, 1);
      }),
      RUNS,
    );
  });
});

describe('property: counts with listed items (count-vs-list)', () => {
  const FIELDS = ['市场监管', '卫生健康', '农业技术', '生态环境', '交通运输', '文化旅游', '自然资源', '应急管理', '城市管理', '水利水务'];
  const lists = fc.record({
    // A list needs at least one 、 (“A和B两个领域” alone is not read as a list: precision first).
    items: fc.shuffledSubarray(FIELDS, { minLength: 3, maxLength: 8 }),
    chinese: fc.boolean(),
    he: fc.boolean(),
    offset: fc.integer({ min: 1, max: 5 }),
    up: fc.boolean(),
  });
  const write = (n: number, chinese: boolean) => (chinese ? (n === 2 ? '两' : toChineseNumeral(n)) : String(n));
  const sentence = (items: string[], he: boolean, stated: string) => {
    const list = he ? `${items.slice(0, -1).join('、')}和${items[items.length - 1]}` : items.join('、');
    return `从${list}${stated}个领域梳理审核行政处罚权。`;
  };

  it('the stated count equals the items listed: no finding', () => {
    fc.assert(
      fc.property(lists, ({ items, chinese, he }) => {
        assert.equal(count(countVsList, sentence(items, he, write(items.length, chinese))), 0);
      }),
      RUNS,
    );
  });
  it('the stated count off by one or more: exactly one finding', () => {
    fc.assert(
      fc.property(lists, ({ items, chinese, he, offset, up }) => {
        const n = up || items.length - offset < 2 ? items.length + offset : items.length - offset;
        // A final 和 may join two items or the words of one (……城市更新和安全韧性提升4项行动): one
        // fewer than the items is then not judged (precision first).
        const expected = he && n === items.length - 1 ? 0 : 1;
        assert.equal(count(countVsList, sentence(items, he, write(n, chinese))), expected);
      }),
      RUNS,
    );
  });
});
