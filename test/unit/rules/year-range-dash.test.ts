import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintText } from '../../../server/src/engine/lint';
import { yearRangeDash } from '../../../server/src/engine/rules/year-range-dash';
import { ruleTester } from '../../helpers/rule-tester';

const REFERENCE = path.resolve(__dirname, '../../../../shared/fixtures/reference');
const read = (name: string) => fs.readFileSync(path.join(REFERENCE, name), 'utf8');

ruleTester(yearRangeDash, {
  valid: [
    { text: '《法治政府建设实施纲要（2015—2020年）》', name: 'the 一字线' },
    { text: '《法治政府建设实施纲要（2021—2025年）》', name: 'the 一字线, 2021—2025' },
    { text: '规划期为2021～2025年。', name: 'the 浪纹线 ～ is allowed by the standard' },
    { text: '依据GB/T 15835-2011和GB/T 9704-2012执行。', name: 'standard numbers' },
    { text: '依据GB/T15835-2011执行。', name: 'standard number without a space' },
    { text: '通过ISO 9001-2015认证。', name: 'ISO standard number' },
    { text: '• 2021-02-26 15:16', name: 'ISO date and time (web copy line 7)' },
    { text: '于2021-02-26发布。', name: 'ISO date in prose' },
    { text: '编号12016-20201。', name: 'digits before the first and after the second year' },
    { text: '编号为2020-2021-03的合同。', name: 'a serial with more parts' },
    { text: '2020-2016年数据。', name: 'second year not greater than the first' },
    { text: '1900-2020年的变化。', name: 'more than 100 years apart' },
    { text: '共1234-5678件。', name: 'not plausible years' },
    { text: '案号汕府〔2021〕2016-2020号。', name: 'a serial number ending in 号' },
    { text: '详见 https://www.shanwei.gov.cn/2016-2020/plan.html 。', name: 'URL is not prose' },
    { text: '2020年，我市共办理案件2967件，调解成功率98.7%。', name: 'figures of the reference report (35)' },
  ],
  invalid: [
    {
      name: 'catalogue example: （2016-2020年） with a hyphen',
      text: '认真落实《广东省法治政府建设实施纲要（2016-2020年）》。',
      findings: [
        {
          messageId: 'wrongConnector',
          line: 1,
          column: 20,
          covers: '2016-2020年',
          severity: 'warning',
          messageIncludes: 'GB/T 15834—2011 4.13.3.2',
        },
      ],
      suggestionOutput: '认真落实《广东省法治政府建设实施纲要（2016—2020年）》。',
    },
    {
      name: 'range without 年 (reference report, 45)',
      text: '制定汕尾市法治建设（2021-2025）规划。',
      findings: [{ covers: '2021-2025', messageIncludes: '写作“2021—2025”' }],
      suggestionOutput: '制定汕尾市法治建设（2021—2025）规划。',
    },
    {
      name: 'en dash',
      text: '2016–2020年',
      findings: [{ covers: '2016–2020年', messageIncludes: '半字线' }],
      suggestionOutput: '2016—2020年',
    },
    {
      name: 'full-width hyphen',
      text: '2016－2020年',
      findings: [{ covers: '2016－2020年', messageIncludes: '全角连字符' }],
      suggestionOutput: '2016—2020年',
    },
    {
      name: 'ASCII tilde: 一字线 first, 浪纹线 as a second suggestion',
      text: '2016~2020年',
      findings: [{ covers: '2016~2020年', messageIncludes: '半角波浪号' }],
      suggestionOutput: '2016—2020年',
    },
    {
      name: 'double dash —— is the 破折号',
      text: '2016——2020年',
      findings: [{ messageId: 'doubleDash', covers: '2016——2020年', messageIncludes: '破折号' }],
      suggestionOutput: '2016—2020年',
    },
    {
      name: 'double hyphen',
      text: '2016--2020年',
      findings: [{ covers: '2016--2020年' }],
      suggestionOutput: '2016—2020年',
    },
    {
      name: 'spaces around the connector are removed',
      text: '2016 - 2020年',
      findings: [{ covers: '2016 - 2020年' }],
      suggestionOutput: '2016—2020年',
    },
    {
      name: '年 on both years',
      text: '2020年-2021年',
      findings: [{ covers: '2020年-2021年', messageIncludes: '写作“2020年—2021年”' }],
      suggestionOutput: '2020年—2021年',
    },
    {
      name: 'two ranges in one line',
      text: '（2016-2020年）和（2021-2025年）',
      findings: [{ covers: '2016-2020年' }, { covers: '2021-2025年' }],
      suggestionOutput: '（2016—2020年）和（2021-2025年）',
    },
    {
      name: 'published copy: hyphen demoted to info',
      text: '  2020年,我市落实《纲要(2016-2020年)》。',
      source: 'published-copy',
      findings: [{ covers: '2016-2020年', severity: 'info' }],
      suggestionOutput: '  2020年,我市落实《纲要(2016—2020年)》。',
    },
    {
      name: 'published copy: ASCII tilde demoted to info',
      text: '  2016~2020年',
      source: 'published-copy',
      findings: [{ severity: 'info' }],
    },
    {
      name: 'published copy: en dash stays a warning (a scraper does not produce it)',
      text: '  2016–2020年',
      source: 'published-copy',
      findings: [{ severity: 'warning' }],
    },
    {
      name: 'published copy: —— stays a warning',
      text: '  2016——2020年',
      source: 'published-copy',
      findings: [{ severity: 'warning', messageId: 'doubleDash' }],
    },
  ],
});

describe('rule year-range-dash: suggestions', () => {
  it('offers the 浪纹线 as a second suggestion for an ASCII tilde only', () => {
    const [tilde] = lintText('2016~2020年', { rules: [yearRangeDash] }).findings;
    assert.deepEqual(tilde.suggestions?.map((s) => s.edits[0].text), ['—', '～']);
    const [hyphen] = lintText('2016-2020年', { rules: [yearRangeDash] }).findings;
    assert.deepEqual(hyphen.suggestions?.map((s) => s.edits[0].text), ['—']);
    assert.equal(hyphen.fix, undefined, 'no certain fix outside known titles');
  });
});

describe('rule year-range-dash on the reference report', () => {
  const summary = (name: string) =>
    lintText(read(name), { rules: [yearRangeDash] }).findings.map(
      (f) => `${f.line}:${f.column} ${f.severity} ${read(name).slice(f.span.start, f.span.end)}`,
    );

  it('finds exactly the two hyphen ranges in the full-width draft (lines 7 and 45)', () => {
    assert.deepEqual(summary('shanwei-2020.fullwidth.txt'), ['7:90 warning 2016-2020年', '45:82 warning 2021-2025']);
  });

  it('finds them as info in the web copy (lines 16 and 54), and not the date 2021-02-26 on line 7', () => {
    assert.deepEqual(summary('shanwei-2020.txt'), ['16:90 info 2016-2020年', '54:82 info 2021-2025']);
  });

  it('finds them as info in the mutated copy (lines 16 and 50)', () => {
    assert.deepEqual(summary('shanwei-2020.mutated.txt'), ['16:90 info 2016-2020年', '50:82 info 2021-2025']);
  });
});
