import * as assert from 'node:assert/strict';
import { lintText } from '../../../server/src/engine/lint';
import { previousReport } from '../../../server/src/engine/rules/previous-report';
import { ruleTester } from '../../helpers/rule-tester';

const TEXT = '某县人民政府2023年法治政府建设年度报告\n一、主要举措和成效\n全年办理行政复议案件93件。\n';

ruleTester(previousReport, {
  valid: [
    { name: 'no lookup asked for', text: TEXT },
    { name: 'the issuer or year unknown: no lookup, nothing said', text: TEXT, previous: { status: 'unknown' } },
  ],
  invalid: [
    { name: 'not found: said once, on the title', text: TEXT, previous: { status: 'missing', year: 2022 }, findings: [{ messageId: 'missing', line: 1, column: 1 }] },
    {
      name: 'several candidates: none taken',
      text: TEXT,
      previous: { status: 'ambiguous', year: 2022, files: ['a.txt', 'b.docx'] },
      findings: [{ messageId: 'ambiguous', line: 1, messageIncludes: '有2个文件都像本单位2022年度的报告（a.txt、b.docx）' }],
    },
  ],
});

describe('previous-report: messages', () => {
  it('says which year was looked for, in both languages', () => {
    const [f] = lintText(TEXT, { previous: { status: 'missing', year: 2022 } }).findings.filter((x) => x.ruleId === 'previous-report');
    assert.equal(f.message, '未找到本单位2022年度的报告，跨年度对照（去年报告的照搬段落等）未进行。可用 --previous（编辑器中为设置 fzlint.previousReport）指定去年报告。');
    assert.match(f.messages.en, /No report of this issuer for 2022 was found/);
  });
});
