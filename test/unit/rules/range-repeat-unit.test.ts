import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintText } from '../../../server/src/engine/lint';
import { rangeRepeatUnit } from '../../../server/src/engine/rules/range-repeat-unit';
import { ruleTester } from '../../helpers/rule-tester';

const REFERENCE = path.resolve(__dirname, '../../../../shared/fixtures/reference');

ruleTester(rangeRepeatUnit, {
  valid: [
    { name: 'both ends carry the sign', text: '满意率为98%～99%，投入5万—10万元，规模9亿～16亿。' },
    { name: 'reference: 2.7亿元, 70%以上, 100%, 98.7%', text: '投入资金2.7亿元，覆盖率70%以上，办结率100%，调解成功率98.7%。' },
    { name: 'reference 7: year range in a title (PUN-003, not this rule)', text: '《广东省法治政府建设实施纲要（2016-2020年）》' },
    { name: 'reference 45: year range without 年', text: '制定汕尾市法治建设（2021-2025）规划。' },
    { name: 'units other than % ‰ 万 亿 may stay on the second number only', text: '每次培训25～30人，时长2-3小时，重量10～20kg。' },
    { name: 'a date is not a range', text: '发布时间：2021-02-26，共3-5%', source: 'published-copy' },
    { name: 'part of a longer chain (2021-3-5万)', text: '编号2021-3-5万' },
    { name: 'the first number continues a dotted number (1.2.5-6%)', text: '条目1.2.5-6%' },
    { name: 'standard number', text: 'GB/T 15835-2011' },
    { name: 'Latin letter before the first number', text: '型号G15-20万' },
    { name: 'ratio', text: '比例为1:3-5%' },
    { name: 'after a digit and a comma (1,5-10%: not a plain range)', text: '编号1,5-10%' },
    { name: 'numbers across a line break', text: '共5-\n10万人' },
    { name: '至 after a verb, not a number', text: '由20降至10%' },
  ],
  invalid: [
    {
      name: 'GB/T 15835 example: 98～99%',
      text: '群众满意率达98～99%。',
      findings: [{ messageId: 'missingSign', line: 1, column: 7, covers: '98～99%', severity: 'error', messageIncludes: '98%～99%' }],
      output: '群众满意率达98%～99%。',
    },
    {
      name: '5-10万人: the sign is added, the hyphen is left to the dash rules',
      text: '惠及5-10万人',
      findings: [{ covers: '5-10万', messageIncludes: '5万-10万' }],
      output: '惠及5万-10万人',
    },
    {
      name: '9～16亿 and 13～17万元',
      text: '规模9～16亿，补助13～17万元。',
      findings: [{ covers: '9～16亿' }, { covers: '13～17万' }],
      output: '规模9亿～16亿，补助13万～17万元。',
    },
    {
      name: 'every separator: ~ — － 至 到 —— and blanks around it',
      text: '甲1~2%，乙3—4%，丙5－6‰，丁7至8万，戊9到10亿，己11 ～ 12%，庚13——14万',
      findings: [
        { covers: '1~2%' },
        { covers: '3—4%' },
        { covers: '5－6‰' },
        { covers: '7至8万' },
        { covers: '9到10亿' },
        { covers: '11 ～ 12%' },
        { covers: '13——14万' },
      ],
      output: '甲1%~2%，乙3%—4%，丙5‰－6‰，丁7万至8万，戊9亿到10亿，己11% ～ 12%，庚13万——14万',
    },
    {
      name: 'decimals, thousands separators, full-width %, and 万亿',
      text: '增长2.5～3.5%，降低1.5-2%，资金1,000-2,000万，占比10～20％，规模1～2万亿元',
      findings: [{ covers: '2.5～3.5%' }, { covers: '1.5-2%' }, { covers: '1,000-2,000万' }, { covers: '10～20％' }, { covers: '1～2万亿' }],
      output: '增长2.5%～3.5%，降低1.5%-2%，资金1,000万-2,000万，占比10％～20％，规模1万亿～2万亿元',
    },
    {
      name: 'money ranges that look like years are still ranges (2000～3000万元)',
      text: '总投资2000～3000万元',
      findings: [{ covers: '2000～3000万' }],
      output: '总投资2000万～3000万元',
    },
    {
      name: 'published copy: still an error (the missing sign is not a scraping artefact)',
      text: '我市深入推进依法行政,群众满意率达98~99%,3-5万人受益。',
      source: 'published-copy',
      findings: [{ covers: '98~99%', severity: 'error' }, { covers: '3-5万', severity: 'error' }],
      output: '我市深入推进依法行政,群众满意率达98%~99%,3万-5万人受益。',
    },
  ],
});

describe('rule range-repeat-unit on the reference report', () => {
  for (const name of ['shanwei-2020.fullwidth.txt', 'shanwei-2020.txt', 'shanwei-2020.mutated.txt']) {
    it(`${name}: no finding (the year ranges are not numeric ranges with a sign)`, () => {
      const text = fs.readFileSync(path.join(REFERENCE, name), 'utf8');
      assert.deepEqual(lintText(text, { rules: [rangeRepeatUnit] }).findings.map((f) => `${f.line}:${f.column}`), []);
    });
  }
});
