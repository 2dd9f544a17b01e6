import * as assert from 'node:assert/strict';
import type { PreviousLink } from '../../../server/src/engine/across-years/previous-report';
import { parseReport } from '../../../server/src/engine/document/report-document';
import { lintText } from '../../../server/src/engine/lint';
import { yearOnYearFigures } from '../../../server/src/engine/rules/year-on-year-figures';
import { ruleTester } from '../../helpers/rule-tester';

const report = (year: number, line: string) => `某县人民政府${year}年法治政府建设年度报告\n一、主要举措和成效\n${line}\n`;
const LAST = report(2022, '全年共办理行政复议案件86件；行政机关负责人出庭应诉率为96.2%；受理信访事项约300件。');
const found = (text = LAST): PreviousLink => ({ status: 'found', report: { filePath: '2022年报告.txt', doc: parseReport(text, { source: 'draft' }) } });

ruleTester(yearOnYearFigures, {
  valid: [
    { name: 'no previous report: not checked', text: report(2023, '全年办理行政复议案件93件，同比增长12%。') },
    { name: 'a right percentage (93 against 86: 8.1%)', text: report(2023, '全年办理行政复议案件93件，同比增长8.1%。'), previous: found() },
    { name: 'rounded to whole percent (8%)', text: report(2023, '全年办理行政复议案件93件，比上年增长8%。'), previous: found() },
    { name: 'right percentage points (98.5% against 96.2%)', text: report(2023, '行政机关负责人出庭应诉率达98.5%，比上年提高2.3个百分点。'), previous: found() },
    { name: 'a noun phrase last year does not have', text: report(2023, '办理行政裁决案件12件，同比增长50%。'), previous: found() },
    { name: 'last year’s figure approximate (约300件): not compared', text: report(2023, '受理信访事项320件，同比增长20%。'), previous: found() },
    { name: 'a percentage change of a rate is ambiguous: not compared', text: report(2023, '行政机关负责人出庭应诉率达98.5%，同比提高5%。'), previous: found() },
  ],
  invalid: [
    {
      name: 'a wrong percentage, with the arithmetic',
      text: report(2023, '全年办理行政复议案件93件，同比增长12%。'),
      previous: found(),
      findings: [{ messageId: 'mismatch', line: 3, covers: '同比增长12%', messageIncludes: '（93−86）÷86≈8.1%' }],
    },
    {
      name: 'wrong percentage points',
      text: report(2023, '行政机关负责人出庭应诉率达98.5%，比上年提高3.3个百分点。'),
      previous: found(),
      findings: [{ messageId: 'mismatch', covers: '比上年提高3.3个百分点', messageIncludes: '98.5%−96.2%=2.3个百分点' }],
    },
    {
      name: 'a rise written as a fall',
      text: report(2023, '全年办理行政复议案件93件，同比下降8.1%。'),
      previous: found(),
      findings: [{ messageId: 'mismatch', messageIncludes: '即增长8.1%' }],
    },
  ],
});

describe('year-on-year-figures: two figures of last year with the same noun phrase', () => {
  it('is ambiguous: nothing is compared', () => {
    const two = report(2022, '上半年办理行政复议案件40件，下半年办理行政复议案件46件。');
    const f = lintText(report(2023, '全年办理行政复议案件93件，同比增长12%。'), { previous: found(two), config: { source: 'draft' } }).findings;
    assert.deepEqual(
      f.filter((x) => x.ruleId === 'year-on-year-figures'),
      [],
    );
  });
});
