import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintText } from '../../../server/src/engine/lint';
import { dateFormat } from '../../../server/src/engine/rules/date-format';
import { ruleTester } from '../../helpers/rule-tester';

const REFERENCE = path.resolve(__dirname, '../../../../shared/fixtures/reference');
const read = (name: string) => fs.readFileSync(path.join(REFERENCE, name), 'utf8');

/** A short report closing with `date` (line 7). */
const report = (date: string, body = '2020年，我市深入推进依法行政。') =>
  `汕尾市人民政府2020年法治政府建设年度报告\n\n  ${body}\n\n  一、主要举措和成效\n\n  汕尾市人民政府\n  ${date}\n`;

ruleTester(dateFormat, {
  valid: [
    { name: 'a 成文日期 in Chinese numerals before GB/T 9704—2012 took effect (1 July 2012)', text: report('二〇〇四年一月十六日') },
    { name: 'the last day of GB/T 9704—1999', text: report('二〇一二年六月三十日') },
    { name: 'reference 69: 成文日期 2021年1月31日', text: report('2021年1月31日') },
    { name: 'reference 11: 2月12日、2月17日 in the body', text: report('2021年1月31日', '2月12日、2月17日，市委常委会两次会议专题传达学习。') },
    { name: 'body dates without zeros', text: '2020年12月1日起施行，2021年3月1日前报送。' },
    { name: 'a bare 21年 may mean 21 years', text: '连续21年保持全国文明城市称号，10年来共办理案件。' },
    { name: '12个月 is not a date', text: '用时12个月完成，时间为15:16。' },
    { name: 'spaces inside the closing date are left alone', text: report('2021 年 1 月 31 日') },
    {
      name: 'web copy: the publication line 2021-02-26 15:16 is page furniture',
      text: read('shanwei-2020.txt'),
      source: 'auto',
    },
    {
      name: 'web copy read as a draft: the ISO date on line 7 is still not a 成文日期',
      text: read('shanwei-2020.txt'),
      source: 'draft',
    },
    {
      name: 'Markdown report',
      language: 'markdown',
      text: '# 汕尾市人民政府2020年法治政府建设年度报告\n\n## 一、主要举措和成效\n\n2020年3月1日起施行。\n\n汕尾市人民政府\n\n2021年1月31日\n',
    },
  ],
  invalid: [
    {
      name: '成文日期 with leading zeros: certain fix',
      text: report('2021年01月31日'),
      findings: [{ messageId: 'leadingZero', line: 8, column: 3, covers: '2021年01月31日', severity: 'error', messageIncludes: 'GB/T 9704—2012 7.3.5.1' }],
      output: report('2021年1月31日'),
    },
    {
      name: '成文日期 2021.1.31: certain fix',
      text: report('2021.1.31'),
      findings: [{ messageId: 'separator', covers: '2021.1.31', severity: 'error', messageIncludes: '2021年1月31日' }],
      output: report('2021年1月31日'),
    },
    {
      name: '成文日期 2021-01-31: certain fix',
      text: report('2021-01-31'),
      findings: [{ messageId: 'separator', covers: '2021-01-31', severity: 'error' }],
      output: report('2021年1月31日'),
    },
    {
      name: '成文日期 2021/1/31: certain fix',
      text: report('2021/1/31'),
      findings: [{ messageId: 'separator', severity: 'error' }],
      output: report('2021年1月31日'),
    },
    {
      name: '成文日期 with a two-digit year: error, suggestion only',
      text: report('21年1月31日'),
      findings: [{ messageId: 'shortYear', covers: '21年1月31日', severity: 'error' }],
      suggestionOutput: report('2021年1月31日'),
    },
    {
      name: '成文日期 21.1.31: error, suggestion only',
      text: report('21.1.31'),
      findings: [{ messageId: 'shortYear', severity: 'error' }],
      suggestionOutput: report('2021年1月31日'),
    },
    {
      name: 'old style 二〇二一年一月三十一日: warning, suggestion',
      text: report('二〇二一年一月三十一日'),
      findings: [{ messageId: 'oldStyle', covers: '二〇二一年一月三十一日', severity: 'warning' }],
      suggestionOutput: report('2021年1月31日'),
    },
    {
      name: 'an impossible closing date in the wrong form gets no fix',
      text: report('2021-02-30'),
      findings: [{ messageId: 'invalidForm', severity: 'error' }],
    },
    {
      name: 'body: 2021年03月01日 → warning, certain fix',
      text: '2021年03月01日起施行。',
      findings: [{ messageId: 'bodyLeadingZero', line: 1, column: 6, covers: '03月01日', severity: 'warning' }],
      output: '2021年3月1日起施行。',
    },
    {
      name: 'body: 3月05日 → warning, certain fix',
      text: '于3月05日召开会议。',
      findings: [{ messageId: 'bodyLeadingZero', covers: '05日', severity: 'warning' }],
      output: '于3月5日召开会议。',
    },
    {
      name: 'body: 03月 without a year is left alone, 2020年09月 is not',
      text: '03月份，2020年09月。',
      findings: [{ messageId: 'bodyLeadingZero', covers: '09月' }],
      output: '03月份，2020年9月。',
    },
    {
      name: 'body: 21年3月 → warning, suggestion 2021年',
      text: '21年3月召开会议。',
      findings: [{ messageId: 'bodyShortYear', line: 1, column: 1, covers: '21年', severity: 'warning' }],
      suggestionOutput: '2021年3月召开会议。',
    },
    {
      name: 'body: 20年01月5日 → the short year first (the zero is reported once the year is full)',
      text: '20年01月5日',
      findings: [{ messageId: 'bodyShortYear', covers: '20年' }],
      suggestionOutput: '2020年01月5日',
    },
  ],
});

describe('date-format on the reference report', () => {
  it('shanwei-2020.fullwidth.txt: no finding', () => {
    const { findings } = lintText(read('shanwei-2020.fullwidth.txt'), { rules: [dateFormat] });
    assert.deepEqual(findings.map((f) => `${f.line}:${f.column}`), []);
  });
  it('shanwei-2020.mutated.txt: no finding (line 7 2021-02-26 15:16 is furniture)', () => {
    const { findings } = lintText(read('shanwei-2020.mutated.txt'), { rules: [dateFormat] });
    assert.deepEqual(findings.map((f) => `${f.line}:${f.column}`), []);
  });
});
