import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits } from '../../../server/src/engine/fix';
import { lintText } from '../../../server/src/engine/lint';
import { reportYear } from '../../../server/src/engine/rules/report-year';
import { ruleTester } from '../../helpers/rule-tester';

const REFERENCE = path.resolve(__dirname, '../../../../shared/fixtures/reference');
const read = (name: string) => fs.readFileSync(path.join(REFERENCE, name), 'utf8');

const TITLE = '汕尾市人民政府2020年法治政府建设年度报告';
const report = (plan: string, title = TITLE) =>
  `${title}\n\n  2020年，我市深入推进依法行政。\n\n  一、2020年法治政府建设主要举措和成效\n\n  2020年全面完成各项任务。\n\n  ${plan}\n\n  （一）加强领导。\n\n  汕尾市人民政府\n\n  2021年1月31日\n`;

ruleTester(reportYear, {
  valid: [
    { name: 'reference 41: 四、2021年度推进法治政府建设的主要思路和打算', text: report('四、2021年度推进法治政府建设的主要思路和打算') },
    { name: 'a plan heading with no year', text: report('四、下一步工作打算') },
    { name: 'a look back at the year with 重点', text: report('二、2020年重点工作完成情况') },
    { name: 'a look back at the year with 计划', text: report('二、2020年法治政府建设计划执行情况') },
    { name: 'shortcomings of Y and the plan for Y+1 in one heading', text: report('三、2020年存在的问题和2021年工作打算') },
    { name: 'a year range is not the plan year', text: report('四、2021年工作安排和“十四五”（2021—2025年）规划思路') },
    { name: 'a plan heading below the top level is not checked', text: report('（二）2020年工作安排') .replace('（一）加强领导。', '') },
    { name: 'no year in the title: nothing to compare', text: report('四、2020年工作打算', '汕尾市人民政府法治政府建设年度报告') },
    {
      name: 'Markdown headings',
      language: 'markdown',
      text: `# ${TITLE}\n\n## 一、主要举措和成效\n\n正文。\n\n## 二、2021年工作计划\n\n正文。\n`,
    },
    {
      name: 'a 主送 line and a cover letter before the title',
      text: `省委、省政府：\n\n  现将我市法治政府建设年度报告报送你们，请审阅。\n\n${report('四、2021年工作思路')}`,
    },
  ],
  invalid: [
    {
      name: '四、2020年度…打算 in a 2020 report: error, suggestion 2021',
      text: report('四、2020年度推进法治政府建设的主要思路和打算'),
      findings: [{ messageId: 'planYear', line: 9, column: 5, covers: '2020', severity: 'error', messageIncludes: '应写“2021年”' }],
      suggestionOutput: report('四、2021年度推进法治政府建设的主要思路和打算'),
    },
    {
      name: 'run-in heading: 四、2020年工作安排。……',
      text: report('四、2020年工作安排。全面落实各项任务，推进依法行政。'),
      findings: [{ messageId: 'planYear', covers: '2020' }],
      suggestionOutput: report('四、2021年工作安排。全面落实各项任务，推进依法行政。'),
    },
    {
      name: 'another wrong year: 2019',
      text: report('四、2019年工作重点'),
      findings: [{ messageId: 'planYear', covers: '2019' }],
      suggestionOutput: report('四、2021年工作重点'),
    },
    {
      name: 'problems of Y and a plan labelled Y',
      text: report('三、存在的问题和2020年工作打算'),
      findings: [{ messageId: 'planYear', covers: '2020' }],
    },
    {
      name: 'Markdown heading without a marker',
      language: 'markdown',
      text: `# ${TITLE}\n\n## 主要举措和成效\n\n正文。\n\n## 2020年工作计划\n\n正文。\n`,
      findings: [{ messageId: 'planYear', line: 7, column: 4, covers: '2020' }],
    },
    {
      name: 'joint title with the issuers on a line above, and a 主送 line',
      text: `中共淮南市委 淮南市人民政府\n关于2024年法治政府建设情况的报告\n\n省委、省政府：\n\n  2024年，我市深入推进依法行政。\n\n  五、2024年工作安排\n`,
      findings: [{ messageId: 'planYear', line: 8, column: 5, covers: '2024', messageIncludes: '2025' }],
    },
    {
      name: 'info: the 成效 section names Y+1 more often than Y',
      text: `${TITLE}\n\n  一、主要举措和成效\n\n  2021年完成立法。2021年开展培训。2021年推进改革。2020年如期完成。\n\n  二、2021年工作打算\n`,
      findings: [{ messageId: 'resultsYear', line: 3, severity: 'info', covers: '主要举措和成效' }],
    },
  ],
});

describe('report-year on the reference report', () => {
  for (const name of ['shanwei-2020.fullwidth.txt', 'shanwei-2020.txt']) {
    it(`${name}: no finding (plan year 2021)`, () => {
      const { findings } = lintText(read(name), { rules: [reportYear] });
      assert.deepEqual(findings.map((f) => `${f.line}:${f.column}`), []);
    });
  }
  it('shanwei-2020.mutated.txt: D6, the plan year 2020 at 46:5, suggestion 2021', () => {
    const text = read('shanwei-2020.mutated.txt');
    const { findings } = lintText(text, { rules: [reportYear] });
    assert.deepEqual(
      findings.map((f) => [f.line, f.column, f.severity, text.slice(f.span.start, f.span.end)]),
      [[46, 5, 'error', '2020']],
    );
    const fixed = applyEdits(text, findings[0].suggestions![0].edits);
    assert.equal(fixed.split('\n')[45], '  四、2021年度推进法治政府建设的主要思路和打算');
  });
});
