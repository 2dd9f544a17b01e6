import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintText } from '../../../server/src/engine/lint';
import { reportTitle } from '../../../server/src/engine/rules/report-title';
import { ruleTester } from '../../helpers/rule-tester';

const REFERENCE = path.resolve(__dirname, '../../../../shared/fixtures/reference');
const read = (name: string) => fs.readFileSync(path.join(REFERENCE, name), 'utf8');

const BODY = '\n\n  2020年，我市深入推进依法行政。\n\n  一、主要举措和成效\n\n  汕尾市人民政府\n\n  2021年1月31日\n';
const report = (title: string) => title + BODY;

/** RULES.md §2.3: every ✓ form. */
const ACCEPTED = [
  '汕尾市人民政府2020年法治政府建设年度报告',
  '淮北市人民政府关于2024年法治政府建设情况的报告',
  '淮北市人民政府2020年法治政府建设报告',
  '中共淮南市委淮南市人民政府关于2024年法治政府建设情况的报告',
  '陕西省人民政府关于2025年法治政府建设情况的报告',
  '静海区2023年度法治政府建设情况报告',
];

ruleTester(reportTitle, {
  valid: [
    ...ACCEPTED.map((t) => ({ name: `§2.3: ${t}`, text: report(t) })),
    { name: 'joint issuers separated by a space', text: report('中共淮南市委 淮南市人民政府关于2024年法治政府建设情况的报告') },
    { name: 'joint issuers separated by 、', text: report('中共淮南市委、淮南市人民政府关于2024年法治政府建设情况的报告') },
    { name: 'joint issuers on a line of their own above 关于……的报告', text: report('中共淮南市委 淮南市人民政府\n关于2024年法治政府建设情况的报告') },
    { name: 'a draft label after the title', text: report('汕尾市人民政府2020年法治政府建设年度报告（征求意见稿）') },
    { name: 'a department', text: report('汕尾市司法局2020年法治政府建设年度报告') },
    { name: 'Markdown title', language: 'markdown', text: '# 汕尾市人民政府2020年法治政府建设年度报告\n\n## 一、主要举措和成效\n\n正文。\n' },
    {
      name: 'a cover letter with a 主送 line before the title',
      text: `汕尾市人民政府关于报送2020年法治政府建设年度报告的函\n\n省司法厅：\n\n  现将《汕尾市人民政府2020年法治政府建设年度报告》报送你们，请审阅。\n\n  附件：汕尾市人民政府2020年法治政府建设年度报告\n\n  汕尾市人民政府\n  2021年2月1日\n\n${report('汕尾市人民政府2020年法治政府建设年度报告')}`,
    },
    { name: 'a 主送 line after the title', text: '汕尾市人民政府2020年法治政府建设年度报告\n\n省委、省政府：\n' + BODY },
    { name: 'a short fragment with no title is not a report', text: '我市深入推进依法行政。' },
    { name: '《》 inside a title', text: report('汕尾市人民政府关于贯彻《法治政府建设实施纲要（2021—2025年）》2021年法治政府建设情况的报告') },
  ],
  invalid: [
    {
      name: 'GUIDE-001 example: 工作总结 as the 文种 and the issuer repeated',
      text: report('清水县人民政府关于清水县2023年度法治政府建设工作总结的报告'),
      findings: [
        { messageId: 'wrongKind', line: 1, column: 1, severity: 'warning', messageIncludes: '清水县人民政府关于2023年法治政府建设情况的报告' },
        { messageId: 'repeatedIssuer', covers: '清水县', severity: 'warning' },
      ],
      suggestionOutput: report('清水县人民政府关于2023年法治政府建设情况的报告'),
    },
    {
      name: 'the issuer repeated: suggestion drops it',
      text: report('清水县人民政府关于清水县2023年法治政府建设情况的报告'),
      findings: [{ messageId: 'repeatedIssuer', line: 1, column: 10, covers: '清水县' }],
      suggestionOutput: report('清水县人民政府关于2023年法治政府建设情况的报告'),
    },
    {
      name: '工作报告 as the 文种',
      text: report('汕尾市人民政府2020年法治政府建设工作报告'),
      findings: [{ messageId: 'wrongKind', severity: 'warning' }],
      suggestionOutput: report('汕尾市人民政府关于2020年法治政府建设情况的报告'),
    },
    {
      name: 'a title ending in 总结',
      text: report('汕尾市人民政府2020年法治政府建设工作总结'),
      findings: [{ messageId: 'wrongKind', messageIncludes: '工作总结' }],
      suggestionOutput: report('汕尾市人民政府关于2020年法治政府建设情况的报告'),
    },
    {
      name: 'no issuer',
      text: report('2020年法治政府建设年度报告'),
      findings: [{ messageId: 'noIssuer', severity: 'warning', messageIncludes: '第九条' }],
    },
    {
      name: 'no issuer, 关于 form',
      text: report('关于2020年法治政府建设情况的报告'),
      findings: [{ messageId: 'noIssuer' }],
    },
    {
      name: 'a title-like first line that does not end in 报告 (FMT-007 example)',
      text: report('2020年法治政府建设情况'),
      findings: [{ messageId: 'notReport', line: 1, column: 1, covers: '2020年法治政府建设情况' }, { messageId: 'noIssuer' }],
    },
    {
      name: 'no year',
      text: report('汕尾市人民政府法治政府建设年度报告'),
      findings: [{ messageId: 'noYear', severity: 'warning' }],
    },
    {
      name: '法治建设 instead of 法治政府建设: info',
      text: report('汕尾市人民政府2020年法治建设年度报告'),
      findings: [{ messageId: 'notFazhiZhengfu', severity: 'info' }],
    },
    {
      name: 'punctuation in the title: info',
      text: report('汕尾市人民政府关于2020年法治政府建设、依法行政情况的报告'),
      findings: [{ messageId: 'punctuation', covers: '、', severity: 'info', line: 1, column: 21 }],
    },
    {
      name: 'a quotation mark in the title: info',
      text: report('汕尾市人民政府关于2020年“法治政府建设”情况的报告'),
      findings: [{ messageId: 'punctuation', covers: '“', severity: 'info' }],
    },
    {
      name: 'no recognisable title: one info on line 1, never an error',
      text: '  2020年，我市深入推进依法行政，全面完成各项任务。\n\n  一、主要举措和成效\n\n  二、存在的不足和原因\n',
      findings: [{ messageId: 'noTitle', line: 1, column: 3, severity: 'info' }],
    },
  ],
});

describe('report-title on the reference report', () => {
  for (const name of ['shanwei-2020.fullwidth.txt', 'shanwei-2020.txt', 'shanwei-2020.mutated.txt']) {
    it(`${name}: no finding`, () => {
      const { findings } = lintText(read(name), { rules: [reportTitle] });
      assert.deepEqual(findings.map((f) => `${f.line}:${f.column}`), []);
    });
  }
});
