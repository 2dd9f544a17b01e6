import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintText } from '../../../server/src/engine/lint';
import { signatureBlock } from '../../../server/src/engine/rules/signature-block';
import { ruleTester } from '../../helpers/rule-tester';

const REFERENCE = path.resolve(__dirname, '../../../../shared/fixtures/reference');
const read = (name: string) => fs.readFileSync(path.join(REFERENCE, name), 'utf8');

const report = (tail: string, title = '汕尾市人民政府2020年法治政府建设年度报告') =>
  `${title}\n\n  2020年，我市深入推进依法行政。\n\n  一、主要举措和成效\n\n  全面完成各项任务。\n\n${tail}\n`;

ruleTester(signatureBlock, {
  valid: [
    { name: 'reference 67 / 69: 汕尾市人民政府 / 2021年1月31日', text: report('  汕尾市人民政府\n\n  2021年1月31日') },
    { name: 'the standard short form 汕尾市政府', text: report('  汕尾市政府\n  2021年1月31日') },
    { name: 'a letter-spaced signature', text: report('  汕 尾 市 人 民 政 府\n  2021年1月31日') },
    {
      name: 'joint title, joint signature on two lines',
      text: report('  中共淮南市委\n  淮南市人民政府\n  2025年2月20日', '中共淮南市委淮南市人民政府关于2024年法治政府建设情况的报告'),
    },
    {
      name: 'joint title, the government signs alone',
      text: report('  淮南市人民政府\n  2025年2月20日', '中共淮南市委 淮南市人民政府关于2024年法治政府建设情况的报告'),
    },
    {
      name: 'joint issuers on a line above the title',
      text: report('  中共淮南市委  淮南市人民政府\n  2025年2月20日', '中共淮南市委 淮南市人民政府\n关于2024年法治政府建设情况的报告'),
    },
    { name: '静海区 in the title, 天津市静海区人民政府 signs', text: report('  天津市静海区人民政府\n  2024年1月31日', '静海区2023年度法治政府建设情况报告') },
    { name: '署名 and 成文日期 on one line', text: report('  汕尾市人民政府    2021年1月31日') },
    { name: 'no title: not a report, nothing to check', text: '我市深入推进依法行政。\n' },
    {
      name: 'a cover letter and a 主送 line before the title',
      text: `省司法厅：\n\n  现将《汕尾市人民政府2020年法治政府建设年度报告》报送你们，请审阅。\n\n  汕尾市人民政府办公室\n  2021年2月1日\n\n${report('  汕尾市人民政府\n  2021年1月31日')}`,
    },
    { name: 'Markdown', language: 'markdown', text: '# 汕尾市人民政府2020年法治政府建设年度报告\n\n## 一、主要举措\n\n正文。\n\n汕尾市人民政府\n\n2021年1月31日\n' },
  ],
  invalid: [
    {
      name: 'no 成文日期',
      text: report('  汕尾市人民政府'),
      findings: [{ messageId: 'missingDate', line: 9, column: 3, covers: '汕尾市人民政府', severity: 'warning', messageIncludes: '第九条' }],
    },
    {
      name: 'no 署名 above the date',
      text: report('  特此报告。\n\n  2021年1月31日'),
      findings: [{ messageId: 'missingSignature', covers: '2021年1月31日', severity: 'warning', messageIncludes: '汕尾市人民政府' }],
    },
    {
      name: 'the 署名 differs from the issuer in the title',
      text: report('  汕尾市司法局\n  2021年1月31日'),
      findings: [{ messageId: 'mismatch', line: 9, column: 3, covers: '汕尾市司法局', severity: 'warning', messageIncludes: '汕尾市人民政府' }],
    },
    {
      name: 'another city signs',
      text: report('  揭阳市人民政府\n  2021年1月31日'),
      findings: [{ messageId: 'mismatch', covers: '揭阳市人民政府' }],
    },
  ],
});

describe('signature-block on the reference report', () => {
  for (const name of ['shanwei-2020.fullwidth.txt', 'shanwei-2020.txt', 'shanwei-2020.mutated.txt']) {
    it(`${name}: no finding (署名 汕尾市人民政府 = issuer)`, () => {
      const { findings } = lintText(read(name), { rules: [signatureBlock] });
      assert.deepEqual(findings.map((f) => `${f.line}:${f.column}`), []);
    });
  }
});
