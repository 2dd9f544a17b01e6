import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintText } from '../../../server/src/engine/lint';
import { totalEqualsParts } from '../../../server/src/engine/rules/total-equals-parts';
import { ruleTester } from '../../helpers/rule-tester';

const REFERENCE = path.resolve(__dirname, '../../../../shared/fixtures/reference');
const read = (name: string) => fs.readFileSync(path.join(REFERENCE, name), 'utf8');

ruleTester(totalEqualsParts, {
  valid: [
    { name: 'reference 23: 7619 = 2679 + 4940', text: '全市直接取消或替代取消的证明材料共7619个，其中市级2679个，县级4940个。' },
    { name: 'reference 27: 247 = 78 + 21 + 148 (78 件 with a space)', text: '审查市政府重大行政决策事项和各类文件共247件，其中重大行政决策事项78 件，政府协议21件，其他文件148件。' },
    { name: 'reference 23: a non-exhaustive 其中 (1109个 … 192个单位)', text: '制发电子印章1109个，其中进驻政务服务网的192个单位已实现100%全覆盖。' },
    { name: 'reference 23: 2.7亿元, ungrouped 216297, the 12345 hotline', text: '累计成交交易额达2.7亿元，竞价选取节约率26.67%。提升12345投诉举报平台服务水平，共接群众来电216297件，转派工单27549件，按时办结率89.10%。' },
    { name: 'parts below the total, list not evidently exhaustive', text: '共受理案件120件，其中行政复议案件45件，行政诉讼案件30件。' },
    { name: 'parts below the total with 等 (not exhaustive)', text: '共7619个，其中市级2679个，县级等4000个。' },
    { name: 'an approximate total is not checked', text: '共培训300余人，其中市级120人，县级150人。' },
    { name: 'an approximate part is not checked', text: '共培训300人，其中市级近200人，县级150人。' },
    { name: 'amounts with decimals and 亿 (within rounding)', text: '共投入资金2.7亿元，其中市级1.2亿元，县级1.5亿元。' },
    { name: 'parts in another unit are not parts', text: '共审查文件247件，其中涉及50家单位，市级30个部门。' },
    { name: 'the level parts end at the first part that is not a level (涉及部门56个)', text: '证明材料共7619个，其中市级2679个，县级4940个，涉及部门56个。' },
    { name: 'a change (同比增加) is not a part', text: '共受理案件60件，其中行政复议45件，同比增加20件。' },
    { name: 'the parts end after 其他', text: '审查文件共247件，其中重大行政决策事项78件，其他文件169件，另有部门文件30件。' },
    { name: '合计 that adds up', text: '市级受理12件，县级受理30件，合计42件。' },
    { name: 'published copy: ASCII commas, consistent', text: '证明材料共7619个,其中市级2679个,县级4940个。', source: 'published-copy' },
  ],
  invalid: [
    {
      name: 'mutated D1: 市级2679 + 县级4904 = 7583 ≠ 7619 (levels: info)',
      text: '证明材料共7619个，其中市级2679个，县级4904个。',
      findings: [{ messageId: 'below', severity: 'info', covers: '7619个，其中市级2679个，县级4904个', messageIncludes: '7583' }],
      suggestionOutput: '证明材料共7583个，其中市级2679个，县级4904个。',
    },
    {
      name: 'a part named 其他 makes the list exhaustive: warning',
      text: '共247件，其中重大行政决策事项78件，政府协议21件，其他文件140件。',
      findings: [{ messageId: 'below', severity: 'warning', messageIncludes: '= 239件' }],
      suggestionOutput: '共239件，其中重大行政决策事项78件，政府协议21件，其他文件140件。',
    },
    {
      name: 'parts above the total, levels: warning',
      text: '共200件，其中市级120件，县级100件。',
      findings: [{ messageId: 'above', severity: 'warning', messageIncludes: '220' }],
      suggestionOutput: '共220件，其中市级120件，县级100件。',
    },
    {
      name: 'parts above the total, categories may overlap: info',
      text: '共受理案件100件，其中行政复议案件60件，行政诉讼案件50件。',
      findings: [{ messageId: 'above', severity: 'info', messageIncludes: '110' }],
    },
    {
      name: '合计 below the sum of the parts before it',
      text: '市级受理12件，县级受理30件，合计40件。',
      findings: [{ messageId: 'above', covers: '12件，县级受理30件，合计40件', messageIncludes: '42' }],
    },
    {
      name: '亿元: the sum is shown in 亿, no suggestion',
      text: '共投入资金2.7亿元，其中市级1.2亿元，县级1.9亿元。',
      findings: [{ messageId: 'above', messageIncludes: '3.1亿' }],
    },
    {
      name: 'three levels, one missing unit',
      text: '全省共建成服务站350个，其中省级20个，市级100个，县级200个。',
      findings: [{ messageId: 'below', severity: 'info', messageIncludes: '320' }],
    },
  ],
});

describe('rule total-equals-parts on the reference report', () => {
  it('shanwei-2020.fullwidth.txt: no finding (7619 and 247 add up; 1109 … 192 is not exhaustive)', () => {
    const { findings } = lintText(read('shanwei-2020.fullwidth.txt'), { rules: [totalEqualsParts] });
    assert.deepEqual(findings, []);
  });
  it('shanwei-2020.txt (published copy): no finding', () => {
    const { findings } = lintText(read('shanwei-2020.txt'), { rules: [totalEqualsParts] });
    assert.deepEqual(findings, []);
  });
  it('shanwei-2020.mutated.txt: D1 at 32:143–166 (covers the changed 4904 at 32:161), the sum 7583 in the message, parts as related', () => {
    const text = read('shanwei-2020.mutated.txt');
    const { findings } = lintText(text, { rules: [totalEqualsParts] });
    assert.deepEqual(
      findings.map((f) => [f.line, f.column, f.endColumn, f.severity, text.slice(f.span.start, f.span.end)]),
      [[32, 143, 166, 'info', '7619个,其中市级2679个,县级4904个']],
    );
    assert.ok(findings[0].message.includes('7583'));
    assert.deepEqual(findings[0].related?.map((r) => [r.line, r.column]), [[32, 143], [32, 153], [32, 161]]);
    assert.equal(findings[0].suggestions?.[0].edits[0].text, '7583');
  });
});
