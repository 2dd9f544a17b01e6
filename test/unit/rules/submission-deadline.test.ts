import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintText } from '../../../server/src/engine/lint';
import { submissionDeadline } from '../../../server/src/engine/rules/submission-deadline';
import { ruleTester } from '../../helpers/rule-tester';

const REFERENCE = path.resolve(__dirname, '../../../../shared/fixtures/reference');
const read = (name: string) => fs.readFileSync(path.join(REFERENCE, name), 'utf8');

const report = (date: string, issuer = '汕尾市人民政府', title = `${issuer}2020年法治政府建设年度报告`) =>
  `${title}\n\n  2020年，我市深入推进依法行政。\n\n  ${issuer}\n\n  ${date}\n`;

ruleTester(submissionDeadline, {
  valid: [
    { name: 'reference 69: 2021年1月31日, before 3月1日', text: report('2021年1月31日') },
    { name: '3月1日 itself', text: report('2021年3月1日') },
    { name: 'a provincial government: before 4月1日', text: report('2021年3月25日', '广东省人民政府') },
    { name: 'an autonomous region: before 4月1日', text: report('2021年3月31日', '广西壮族自治区人民政府') },
    { name: 'a municipality directly under the central government', text: report('2021年3月20日', '北京市人民政府') },
    {
      name: 'a joint provincial Party committee and government',
      text: report('2021年3月20日', '中共陕西省委 陕西省人民政府', '中共陕西省委陕西省人民政府关于2020年法治政府建设情况的报告'),
    },
    { name: 'no 成文日期', text: '汕尾市人民政府2020年法治政府建设年度报告\n\n  2020年，我市深入推进依法行政。\n' },
    { name: 'no year in the title', text: report('2021年5月1日', '汕尾市人民政府', '汕尾市人民政府法治政府建设年度报告') },
    { name: 'old-style date before the deadline', text: report('二〇二一年二月一日') },
    { name: 'option deadline: a later deadline is met', text: report('2021年3月20日'), options: { deadline: '03-31' } },
    { name: 'option issuerLevel: province moves the deadline to 4月1日', text: report('2021年3月20日', '汕尾市人民政府'), options: { issuerLevel: 'province' } },
    { name: 'option demonstrationArea: 1月31日 itself is in time (GUIDE-003)', text: report('2021年1月31日'), options: { demonstrationArea: true } },
  ],
  invalid: [
    {
      name: 'a city government after 3月1日: warning',
      text: report('2021年3月15日'),
      findings: [{ messageId: 'late', line: 7, column: 3, covers: '2021年3月15日', severity: 'warning', messageIncludes: '2021年3月1日' }],
    },
    {
      name: 'a province after 4月1日',
      text: report('2021年4月2日', '广东省人民政府'),
      findings: [{ messageId: 'late', severity: 'warning', messageIncludes: '2021年4月1日' }],
    },
    {
      name: 'a provincial department keeps 3月1日',
      text: report('2021年3月20日', '广东省司法厅'),
      findings: [{ messageId: 'late', messageIncludes: '3月1日' }],
    },
    {
      name: 'a city in a province is not provincial: 广东省汕尾市人民政府',
      text: report('2021年3月20日', '广东省汕尾市人民政府'),
      findings: [{ messageId: 'late' }],
    },
    {
      name: 'a date in the report year: error',
      text: report('2020年11月30日'),
      findings: [{ messageId: 'tooEarly', severity: 'error', messageIncludes: '2021年成文' }],
    },
    {
      name: 'a date before the report year: error',
      text: report('2019年1月31日'),
      findings: [{ messageId: 'tooEarly', severity: 'error' }],
    },
    {
      name: 'a date in December of the report year: info',
      text: report('2020年12月28日'),
      findings: [{ messageId: 'december', severity: 'info' }],
    },
    {
      name: 'option deadline: MM-DD replaces the default',
      text: report('2021年2月20日'),
      options: { deadline: '02-15' },
      findings: [{ messageId: 'late', messageIncludes: '2021年2月15日' }],
    },
    {
      name: 'option issuerLevel: city keeps 3月1日 for a provincial name',
      text: report('2021年3月20日', '广东省人民政府'),
      options: { issuerLevel: 'city' },
      findings: [{ messageId: 'late', messageIncludes: '2021年3月1日' }],
    },
    {
      name: 'option demonstrationArea: 2月1日 is late',
      text: report('2021年2月1日'),
      options: { demonstrationArea: true },
      findings: [{ messageId: 'late', messageIncludes: '2021年1月31日' }],
    },
    {
      name: 'a date two years later',
      text: report('2022年1月31日'),
      findings: [{ messageId: 'late' }],
    },
  ],
});

describe('submission-deadline on the reference report', () => {
  for (const name of ['shanwei-2020.fullwidth.txt', 'shanwei-2020.txt', 'shanwei-2020.mutated.txt']) {
    it(`${name}: no finding (2021年1月31日, before 3月1日)`, () => {
      const { findings } = lintText(read(name), { rules: [submissionDeadline] });
      assert.deepEqual(findings.map((f) => `${f.line}:${f.column}`), []);
    });
  }
});
