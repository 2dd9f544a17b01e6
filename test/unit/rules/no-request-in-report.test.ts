import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintText } from '../../../server/src/engine/lint';
import { noRequestInReport } from '../../../server/src/engine/rules/no-request-in-report';
import { ruleTester } from '../../helpers/rule-tester';

const REFERENCE = path.resolve(__dirname, '../../../../shared/fixtures/reference');
const read = (name: string) => fs.readFileSync(path.join(REFERENCE, name), 'utf8');

/** A 报告: the rule reads only documents whose 文种 is 报告. */
const TITLE = '汕尾市人民政府关于2020年法治政府建设情况的报告\n\n';

ruleTester(noRequestInReport, {
  valid: [
    { name: 'the closing formula of a report', text: TITLE + '现将有关情况报告如下：……特此报告。' },
    { name: 'a procedure described: 报请批准, 提请审批, 申请审批', text: TITLE + '按程序报请省政府批准，提请审批后实施，申请审批事项全部办结。' },
    { name: 'a cover letter asks to read, not to approve', text: TITLE + '现将《汕尾市人民政府2020年法治政府建设年度报告》报送你们，请审阅。' },
    { name: '支持 without 恳请', text: TITLE + '积极争取上级支持。' },
  ],
  invalid: [
    {
      name: '妥否，请批示',
      text: TITLE + '……以上报告，妥否，请批示。',
      findings: [{ line: 3, column: 8, covers: '妥否，请批示', severity: 'warning', messageIncludes: '特此报告' }],
    },
    { name: '请予批准', text: TITLE + '以上意见请予批准。', findings: [{ covers: '请予批准' }] },
    { name: '请审批', text: TITLE + '以上方案请审批。', findings: [{ covers: '请审批' }] },
    { name: '请批复', text: TITLE + '当否，请批复。', findings: [{ covers: '请批复' }] },
    { name: '恳请……支持', text: TITLE + '恳请省政府在编制方面给予支持。', findings: [{ covers: '恳请省政府在编制方面给予支持' }] },
    { name: 'half-width comma in a web copy', text: TITLE + '妥否,请批示。', findings: [{ covers: '妥否,请批示' }] },
  ],
});

describe('no-request-in-report applies to reports only', () => {
  it('says nothing about a 请示, where asking for approval is its purpose', () => {
    const text = '汕尾市司法局关于调整行政复议人员编制的请示\n\n市政府：\n\n  为加强行政复议工作，拟增加编制3名。妥否，请批示。\n';
    assert.deepEqual(lintText(text, { rules: [noRequestInReport] }).findings, []);
  });
});

describe('no-request-in-report on the reference report', () => {
  for (const name of ['shanwei-2020.fullwidth.txt', 'shanwei-2020.txt', 'shanwei-2020.mutated.txt']) {
    it(`${name}: no finding`, () => {
      const { findings } = lintText(read(name), { rules: [noRequestInReport] });
      assert.deepEqual(findings.map((f) => `${f.line}:${f.column}`), []);
    });
  }
});
