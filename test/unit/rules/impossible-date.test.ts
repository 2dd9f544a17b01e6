import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintText } from '../../../server/src/engine/lint';
import { impossibleDate } from '../../../server/src/engine/rules/impossible-date';
import { ruleTester } from '../../helpers/rule-tester';

const REFERENCE = path.resolve(__dirname, '../../../../shared/fixtures/reference');
const read = (name: string) => fs.readFileSync(path.join(REFERENCE, name), 'utf8');

const report = (date: string) => `汕尾市人民政府2020年法治政府建设年度报告\n\n  2020年，我市深入推进依法行政。\n\n  汕尾市人民政府\n  ${date}\n`;

ruleTester(impossibleDate, {
  valid: [
    { name: 'reference 11: 2月12日、2月17日', text: '2月12日、2月17日，市委常委会两次会议专题传达学习。' },
    { name: 'reference 69: 2021年1月31日', text: report('2021年1月31日') },
    { name: '2月29日 in a leap year', text: '2020年2月29日召开会议。' },
    { name: '2月29日 with no year stated', text: '于2月29日召开会议。' },
    { name: '12月31日, 4月30日, 1至12月', text: '12月31日、4月30日完成，1至12月累计办理。' },
    { name: '12个月, 3.5月 and 15:16 are not dates', text: '历时12个月，约3.5月，时间15:16。' },
    { name: 'old-style closing date that exists', text: report('二〇二一年一月三十一日') },
  ],
  invalid: [
    {
      name: '2月30日',
      text: '于2月30日召开会议。',
      findings: [{ messageId: 'day', line: 1, column: 2, covers: '2月30日', severity: 'error', messageIncludes: '2月只有29日' }],
    },
    { name: '4月31日', text: '2020年4月31日', findings: [{ messageId: 'day', covers: '2020年4月31日' }] },
    { name: '13月', text: '2020年13月', findings: [{ messageId: 'month', covers: '2020年13月', messageIncludes: '1月至12月' }] },
    { name: '0日', text: '3月0日', findings: [{ messageId: 'day' }] },
    { name: '2月29日 in a common year', text: '2019年2月29日', findings: [{ messageId: 'leap', messageIncludes: '2019年不是闰年' }] },
    { name: 'an impossible closing date', text: report('2021年2月30日'), findings: [{ messageId: 'day', line: 6, column: 3, covers: '2021年2月30日' }] },
    { name: 'an impossible closing date in another form', text: report('2021-13-01'), findings: [{ messageId: 'month', covers: '2021-13-01' }] },
    { name: 'an impossible old-style closing date', text: report('二〇二一年二月三十日'), findings: [{ messageId: 'day' }] },
  ],
});

describe('impossible-date on the reference report', () => {
  for (const name of ['shanwei-2020.fullwidth.txt', 'shanwei-2020.txt', 'shanwei-2020.mutated.txt']) {
    it(`${name}: no finding`, () => {
      const { findings } = lintText(read(name), { rules: [impossibleDate] });
      assert.deepEqual(findings.map((f) => `${f.line}:${f.column}`), []);
    });
  }
});
