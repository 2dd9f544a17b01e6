import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits } from '../../../server/src/engine/fix';
import { lintText } from '../../../server/src/engine/lint';
import { docNumberFormat } from '../../../server/src/engine/rules/doc-number-format';
import { ruleTester } from '../../helpers/rule-tester';

const REFERENCE = path.resolve(__dirname, '../../../../shared/fixtures/reference');
const read = (name: string) => fs.readFileSync(path.join(REFERENCE, name), 'utf8');

ruleTester(docNumberFormat, {
  valid: [
    { name: 'reference 3: the report’s own number 汕府〔2021〕9号', text: '汕尾市人民政府2020年法治政府建设年度报告\n\n  汕府〔2021〕9号\n' },
    { name: 'a number cited in the body', text: '按照国务院办公厅有关文件（国办发〔2018〕118号）要求。' },
    { name: 'reference 7: year range in a title', text: '《广东省法治政府建设实施纲要（2016—2020年）》《广东省法治政府建设实施纲要（2016-2020年）》' },
    { name: 'reference 45: （2021-2025） is not a number', text: '制定汕尾市法治建设（2021-2025）规划。' },
    { name: '(2021) not followed by digits and 号', text: '本市(2021)年度计划，（2021）第三季度' },
    { name: 'court case number: （2021）粤15行终12号', text: '案号为（2021）粤15行终12号，(2020)粤1502行初3号。' },
    { name: 'a decree number takes 第 and no brackets', text: '《重大行政决策程序暂行条例》（国务院令第713号）' },
    { name: 'dates', text: '2021年1月31日，发布时间2021-02-26' },
    { name: 'no issuer right before the bracket', text: '编号：[2021]9号' },
    { name: 'round brackets around a two-digit number (an address)', text: '中山路(12)3号' },
    { name: 'an address, not a number', text: '政务大厦[2021]5号楼' },
    { name: 'published copy: the correct number', text: '汕府〔2021〕9号', source: 'published-copy' },
  ],
  invalid: [
    {
      name: 'reference mutation D4: 汕府[2021]9号',
      text: '  汕府[2021]9号',
      findings: [{ messageId: 'bracket', line: 1, column: 5, covers: '[2021]9号', severity: 'error', messageIncludes: '汕府〔2021〕9号' }],
      output: '  汕府〔2021〕9号',
    },
    {
      name: 'every bracket look-alike, full and half width',
      text: '甲府［2021］1号，乙府【2021】2号，丙府(2021)3号，丁府（2021）4号，戊府〖2021〗5号，己府〔2021]6号',
      findings: [
        { covers: '［2021］1号', messageIncludes: '不用“［］”' },
        { covers: '【2021】2号' },
        { covers: '(2021)3号' },
        { covers: '（2021）4号' },
        { covers: '〖2021〗5号' },
        { covers: '〔2021]6号', messageIncludes: '不用“〔]”' },
      ],
      output: '甲府〔2021〕1号，乙府〔2021〕2号，丙府〔2021〕3号，丁府〔2021〕4号，戊府〔2021〕5号，己府〔2021〕6号',
    },
    {
      name: '第 before the serial number',
      text: '汕府〔2021〕第9号',
      findings: [{ messageId: 'ordinal', covers: '〔2021〕第9号', messageIncludes: '汕府〔2021〕9号' }],
      output: '汕府〔2021〕9号',
    },
    {
      name: 'leading zeros (虚位)',
      text: '汕府〔2021〕09号，汕府办〔2021〕007号',
      findings: [
        { messageId: 'leadingZero', covers: '〔2021〕09号', messageIncludes: '汕府〔2021〕9号' },
        { messageId: 'leadingZero', messageIncludes: '汕府办〔2021〕7号' },
      ],
      output: '汕府〔2021〕9号，汕府办〔2021〕7号',
    },
    {
      name: 'bracket, 第 and 虚位 in one number: one finding, one fix',
      text: '汕府[2021]第09号',
      findings: [{ messageId: 'several', covers: '[2021]第09号', messageIncludes: '应写为“汕府〔2021〕9号”' }],
      output: '汕府〔2021〕9号',
    },
    {
      name: 'a cited number in the body; the verb before it is not part of the issuer',
      text: '根据国办发[2018]118号文件要求',
      findings: [{ covers: '[2018]118号', messageIncludes: '“国办发[2018]118号”' }],
      output: '根据国办发〔2018〕118号文件要求',
    },
    {
      name: 'two-digit year: error, no fix (the century is not certain)',
      text: '汕府〔21〕9号，汕府办[20]3号',
      findings: [
        { messageId: 'shortYear', covers: '〔21〕9号', severity: 'error' },
        { messageId: 'shortYear', covers: '[20]3号' },
      ],
    },
    {
      name: 'empty brackets (a real defect on a published page)',
      text: '国发〔〕33号',
      findings: [{ messageId: 'emptyYear', covers: '〔〕33号', severity: 'error' }],
    },
    {
      name: 'missing 〕 (a real defect on a published page): error, a suggestion only',
      text: '国办公开办函〔202130号',
      findings: [{ messageId: 'unbalanced', covers: '〔202130号', severity: 'error', messageIncludes: '缺少“〕”' }],
      suggestionOutput: '国办公开办函〔2021〕30号',
    },
    {
      name: 'missing 〔',
      text: '国发2021〕33号',
      findings: [{ messageId: 'unbalanced', covers: '2021〕33号', messageIncludes: '缺少“〔”' }],
      suggestionOutput: '国发〔2021〕33号',
    },
    {
      name: 'published copy: still an error, and the fix stays in fix-all',
      text: '我市深入推进依法行政,汕府[2021]9号',
      source: 'published-copy',
      findings: [{ covers: '[2021]9号', severity: 'error' }],
      output: '我市深入推进依法行政,汕府〔2021〕9号',
    },
  ],
});

describe('rule doc-number-format on the reference report', () => {
  it('shanwei-2020.fullwidth.txt: no finding', () => {
    const { findings } = lintText(read('shanwei-2020.fullwidth.txt'), { rules: [docNumberFormat] });
    assert.deepEqual(findings.map((f) => `${f.line}:${f.column}`), []);
  });

  it('shanwei-2020.txt (published copy): no finding', () => {
    const { doc, findings } = lintText(read('shanwei-2020.txt'), { rules: [docNumberFormat] });
    assert.equal(doc.source, 'published-copy');
    assert.deepEqual(findings.map((f) => `${f.line}:${f.column}`), []);
  });

  it('shanwei-2020.mutated.txt: D4 at 12:5 (汕府[2021]9号), error, fixed to 汕府〔2021〕9号', () => {
    const text = read('shanwei-2020.mutated.txt');
    const { doc, findings } = lintText(text, { rules: [docNumberFormat] });
    assert.equal(doc.source, 'published-copy');
    assert.equal(doc.meta.docNumber?.text, '汕府[2021]9号');
    assert.deepEqual(
      findings.map((f) => [f.line, f.column, f.severity, text.slice(f.span.start, f.span.end)]),
      [[12, 5, 'error', '[2021]9号']],
    );
    assert.ok(findings[0].message.includes('汕府[2021]9号'));
    assert.equal(findings[0].fixExcludedFromFixAll, undefined);
    const fixed = applyEdits(text, findings[0].fix?.edits ?? []);
    assert.equal(fixed.split('\n')[11], '  汕府〔2021〕9号');
  });
});
