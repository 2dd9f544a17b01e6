import * as assert from 'node:assert/strict';
import type { PreviousLink } from '../../../server/src/engine/across-years/previous-report';
import { parseReport } from '../../../server/src/engine/document/report-document';
import { lintText } from '../../../server/src/engine/lint';
import { copiedFromLastYear } from '../../../server/src/engine/rules/copied-from-last-year';
import { ruleTester } from '../../helpers/rule-tester';

const SHORTCOMING = '基层执法人员法律素养有待提升，执法程序不够规范，个别单位对合法性审核重视不够，主要是培训不足、考核不严。';
const report = (year: number, work: string, shortcoming: string) =>
  `某县人民政府${year}年法治政府建设年度报告\n一、主要举措和成效\n${work}\n二、存在的不足和原因\n${shortcoming}\n`;
const LAST_YEAR = report(2022, '全年办理行政复议案件86件，纠错率12%，行政机关负责人出庭应诉率100%，较上年有明显提升。', SHORTCOMING);
const found = (text = LAST_YEAR): PreviousLink => ({ status: 'found', report: { filePath: '2022年报告.txt', doc: parseReport(text, { source: 'draft' }) } });

ruleTester(copiedFromLastYear, {
  valid: [
    { name: 'no previous report given: nothing to compare', text: report(2023, '全年办理行政复议案件93件。', SHORTCOMING) },
    { name: 'last year not found: nothing compared', text: report(2023, '全年办理行政复议案件93件。', SHORTCOMING), previous: { status: 'missing', year: 2022 } },
    {
      name: 'new text in every part',
      text: report(2023, '全年办理行政复议案件93件，纠错率10%，行政机关负责人出庭应诉率保持100%。', '乡镇综合执法队伍新组建，案卷评查中发现文书不规范问题较多，原因是业务培训尚未覆盖新进人员。'),
      previous: found(),
    },
    { name: 'headings repeat by design, short paragraphs are not compared', text: report(2023, '成效明显。', '问题不少。'), previous: found() },
  ],
  invalid: [
    {
      name: 'the shortcomings paragraph copied verbatim',
      text: report(2023, '全年办理行政复议案件93件，纠错率10%。', SHORTCOMING),
      previous: found(),
      findings: [{ messageId: 'verbatim', line: 5, column: 1, messageIncludes: '2022年报告.txt第5行' }],
    },
    {
      name: 'nearly the same (a character added)',
      text: report(2023, '全年办理行政复议案件93件。', SHORTCOMING.replace('考核不严', '考核不够严')),
      previous: found(),
      findings: [{ messageId: 'near', line: 5, messageIncludes: '相似度' }],
    },
  ],
});

describe('copied-from-last-year: message and threshold', () => {
  const findings = (text: string, options?: Record<string, unknown>) =>
    lintText(text, { previous: found(), config: { source: 'draft', ruleOptions: options ? { 'copied-from-last-year': options } : {} } }).findings.filter(
      (f) => f.ruleId === 'copied-from-last-year',
    );

  it('names the part and last year’s place, in both languages', () => {
    const [f] = findings(report(2023, '全年办理行政复议案件93件。', SHORTCOMING));
    assert.equal(f.message, '本段与上一年度报告（2022年报告.txt第5行）完全相同：“存在的不足和原因”应写本年度的情况。请核实是否照搬了去年的文字。');
    assert.match(f.messages.en, /same as last year's report \(2022年报告\.txt, line 5\); the shortcomings part should describe this year/);
  });

  it('a higher threshold lets a near copy pass', () => {
    const near = report(2023, '全年办理行政复议案件93件。', SHORTCOMING.replace('考核不严', '考核不够严'));
    assert.equal(findings(near).length, 1);
    assert.equal(findings(near, { threshold: 0.99 }).length, 0);
  });
});
