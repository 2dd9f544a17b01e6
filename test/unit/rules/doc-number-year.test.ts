import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits } from '../../../server/src/engine/fix';
import { lintText } from '../../../server/src/engine/lint';
import { docNumberYear } from '../../../server/src/engine/rules/doc-number-year';
import { ruleTester } from '../../helpers/rule-tester';

const REFERENCE = path.resolve(__dirname, '../../../../shared/fixtures/reference');
const read = (name: string) => fs.readFileSync(path.join(REFERENCE, name), 'utf8');

const report = (number: string, date: string, before = '') =>
  `${before}汕尾市人民政府2020年法治政府建设年度报告\n\n  ${number}\n\n  2020年，我市深入推进依法行政。\n\n  汕尾市人民政府\n\n  ${date}\n`;

ruleTester(docNumberYear, {
  valid: [
    { name: 'reference 3 / 69: 汕府〔2021〕9号 and 2021年1月31日', text: report('汕府〔2021〕9号', '2021年1月31日') },
    { name: 'a 文号 with a wrong bracket but the right year', text: report('汕府[2021]9号', '2021年1月31日') },
    { name: 'no 成文日期', text: '汕尾市人民政府2020年法治政府建设年度报告\n\n  汕府〔2020〕9号\n\n  2020年，我市深入推进依法行政。\n' },
    { name: 'a two-digit year is doc-number-format’s business', text: report('汕府〔21〕9号', '2021年1月31日') },
    { name: 'a 文号 cited in the body is not the report’s own', text: report('汕府〔2021〕9号', '2021年1月31日').replace('依法行政。', '依法行政（国办发〔2018〕118号）。') },
  ],
  invalid: [
    {
      name: '汕府〔2020〕9号 with 成文日期 2021年1月31日: suggestion only',
      text: report('汕府〔2020〕9号', '2021年1月31日'),
      findings: [{ messageId: 'mismatch', line: 3, column: 6, covers: '2020', severity: 'error', messageIncludes: 'GB/T 9704—2012 7.2.5' }],
      suggestionOutput: report('汕府〔2021〕9号', '2021年1月31日'),
    },
    {
      name: 'also with a cover letter before the title and a date in another form',
      text: report('汕府〔2021〕9号', '2022.1.31', '省司法厅：\n\n  现将我市2020年法治政府建设年度报告报送你们，请审阅。\n\n'),
      findings: [{ messageId: 'mismatch', covers: '2021' }],
      suggestionOutput: report('汕府〔2022〕9号', '2022.1.31', '省司法厅：\n\n  现将我市2020年法治政府建设年度报告报送你们，请审阅。\n\n'),
    },
  ],
});

describe('doc-number-year', () => {
  it('offers a second suggestion that changes the date instead', () => {
    const text = report('汕府〔2020〕9号', '2021年1月31日');
    const [f] = lintText(text, { rules: [docNumberYear] }).findings;
    assert.equal(f.suggestions?.length, 2);
    assert.equal(applyEdits(text, f.suggestions![1].edits), report('汕府〔2020〕9号', '2020年1月31日'));
    assert.equal(f.related?.[0].line, 9);
  });

  for (const name of ['shanwei-2020.fullwidth.txt', 'shanwei-2020.txt', 'shanwei-2020.mutated.txt']) {
    it(`${name}: no finding (〔2021〕 = 2021年1月31日)`, () => {
      const { findings } = lintText(read(name), { rules: [docNumberYear] });
      assert.deepEqual(findings.map((f) => `${f.line}:${f.column}`), []);
    });
  }
});
