import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintText } from '../../../server/src/engine/lint';
import { decisionProcedure } from '../../../server/src/engine/rules/decision-procedure';
import { ruleTester } from '../../helpers/rule-tester';

const REFERENCE = path.resolve(__dirname, '../../../../shared/fixtures/reference');
const read = (name: string) => fs.readFileSync(path.join(REFERENCE, name), 'utf8');
const CANONICAL = '公众参与、专家论证、风险评估、合法性审查、集体讨论决定';

ruleTester(decisionProcedure, {
  valid: [
    {
      name: 'reference report line 49: the five procedures in canonical form and order',
      text: '  （四）坚持重大行政决策程序，推进民主决策。严格执行重大行政决策前公众参与、专家论证、风险评估、合法性审查、集体讨论决定五项程序。',
    },
    { name: 'count phrase before the list', text: '严格执行五项法定程序：公众参与、专家论证、风险评估、合法性审查、集体讨论决定。' },
    { name: '和 before the last item', text: '落实公众参与、专家论证、风险评估、合法性审查和集体讨论决定等法定程序。' },
    { name: 'a partial list closed by 等', text: '坚持公众参与、专家论证、风险评估等程序。' },
    { name: 'a partial list with a count closed by 等', text: '严格落实公众参与、专家论证等五项程序。' },
    { name: '合法性审核机制 of 规范性文件 is a different thing', text: '落实规范性文件合法性审核机制、备案审查制度、清理制度。' },
    { name: '规范性文件: 合法性审核 is right there', text: '规范性文件严格履行公众参与、专家论证、合法性审核、集体讨论决定等程序。' },
    { name: 'two steps in passing are not a list of the procedures', text: '重大事项经专家论证、风险评估后实施。' },
    { name: 'a count phrase with no list', text: '严格执行重大行政决策五项法定程序。' },
    { name: 'local add-on steps without a claim to be the five', text: '涉及群众切身利益的事项，坚持调查研究、征求意见、结果公示。' },
    { name: '集体讨论决定 in prose', text: '经市政府常务会议集体讨论决定，印发实施。' },
  ],
  invalid: [
    {
      name: 'the 十二五 wording (DEC-002): 专家咨询 and 集体讨论 without 决定; all five concepts → certain fix',
      text: '严格执行公众参与、专家咨询、风险评估、合法性审查和集体讨论五项程序。',
      findings: [
        {
          messageId: 'wrongList',
          severity: 'error',
          line: 1,
          column: 5,
          covers: '公众参与、专家咨询、风险评估、合法性审查和集体讨论五项程序',
          messageIncludes: '“专家咨询”应为“专家论证”；“集体讨论”应为“集体讨论决定”',
        },
      ],
      output: `严格执行${CANONICAL}五项程序。`,
    },
    {
      name: '公民参与, 社会稳定风险评估, 合法性审核, 集体决策',
      text: '坚持公民参与、专家论证、社会稳定风险评估、合法性审核、集体决策五项程序。',
      findings: [
        {
          messageId: 'wrongList',
          severity: 'error',
          messageIncludes: '“公民参与”应为“公众参与”；“社会稳定风险评估”应为“风险评估”；“合法性审核”应为“合法性审查”；“集体决策”应为“集体讨论决定”',
        },
      ],
      output: `坚持${CANONICAL}五项程序。`,
    },
    {
      name: '集体决定',
      text: '坚持公众参与、专家论证、风险评估、合法性审查、集体决定五项程序。',
      findings: [{ messageId: 'wrongList', messageIncludes: '“集体决定”应为“集体讨论决定”' }],
      output: `坚持${CANONICAL}五项程序。`,
    },
    {
      name: 'stated 五项, four listed (mutated fixture D3): missing step named, suggestion only',
      text: '严格执行重大行政决策前公众参与、专家论证、合法性审查、集体讨论决定五项程序。',
      findings: [
        {
          messageId: 'wrongList',
          severity: 'error',
          covers: '公众参与、专家论证、合法性审查、集体讨论决定五项程序',
          messageIncludes: '缺少“风险评估”；写明“五项”，实际列出4项',
        },
      ],
      suggestionOutput: `严格执行重大行政决策前${CANONICAL}五项程序。`,
    },
    {
      name: 'stated 四项 with five items: the count is fixed',
      text: '严格执行公众参与、专家论证、风险评估、合法性审查、集体讨论决定四项程序。',
      findings: [{ messageId: 'wrongList', severity: 'error', messageIncludes: '写明“四项”，实际列出5项' }],
      output: `严格执行${CANONICAL}五项程序。`,
    },
    {
      name: 'wrong order only → warning, certain fix',
      text: '严格执行公众参与、风险评估、专家论证、合法性审查、集体讨论决定五项程序。',
      findings: [{ messageId: 'order', severity: 'warning', covers: '公众参与、风险评估、专家论证、合法性审查、集体讨论决定五项程序' }],
      output: `严格执行${CANONICAL}五项程序。`,
    },
    {
      name: 'a non-statutory step claimed as one of the five (廉洁性审查)',
      text: '严格执行公众参与、专家论证、风险评估、合法性审查、廉洁性审查、集体讨论决定五项程序。',
      findings: [{ messageId: 'wrongList', severity: 'error', messageIncludes: '“廉洁性审查”不是法定程序；写明“五项”，实际列出6项' }],
      output: `严格执行${CANONICAL}五项程序。`,
    },
    {
      name: 'an unknown item inside the list: suggestion only',
      text: '严格执行公众参与、专家论证、听证、风险评估、合法性审查、集体讨论决定五项程序。',
      findings: [{ messageId: 'wrongList', messageIncludes: '写明“五项”，实际列出6项' }],
      suggestionOutput: `严格执行${CANONICAL}五项程序。`,
    },
    {
      name: 'count phrase before the list, with 集体决定 and a missing step',
      text: '严格执行五项法定程序，即公众参与、专家论证、合法性审查、集体决定。',
      findings: [{ messageId: 'wrongList', line: 1, column: 5, messageIncludes: '“集体决定”应为“集体讨论决定”；缺少“风险评估”' }],
      suggestionOutput: `严格执行五项法定程序，即${CANONICAL}。`,
    },
    {
      name: 'a partial list (等) with wrong names: rename the items, as a suggestion',
      text: '坚持公民参与、专家咨询、风险评估等程序。',
      findings: [{ messageId: 'wrongList', severity: 'error', covers: '公民参与、专家咨询、风险评估' }],
      suggestionOutput: '坚持公众参与、专家论证、风险评估等程序。',
    },
    {
      name: 'a list of three without count or 等 → incomplete (warning)',
      text: '坚持公众参与、专家论证和集体讨论决定。',
      findings: [{ messageId: 'incompleteList', severity: 'warning', messageIncludes: '缺少“风险评估”、“合法性审查”' }],
      suggestionOutput: `坚持${CANONICAL}。`,
    },
    {
      name: 'a local list of seven steps: wrong names reported (local add-ons stay unflagged without a count)',
      text: '严格落实调查研究、专家论证、征求意见、社会稳定风险评估、合法性审查、集体决策、结果公示等环节。',
      findings: [{ messageId: 'wrongList', messageIncludes: '“社会稳定风险评估”应为“风险评估”；“集体决策”应为“集体讨论决定”' }],
      suggestionOutput: '严格落实调查研究、专家论证、征求意见、风险评估、合法性审查、集体讨论决定、结果公示等环节。',
    },
  ],
});

describe('decision-procedure on the reference report', () => {
  const run = (name: string) =>
    lintText(read(name), { rules: [decisionProcedure] }).findings.map((f) => `${f.line}:${f.column} ${f.messageId} ${f.severity}`);
  it('shanwei-2020.fullwidth.txt: the list on line 49 is correct, no finding', () => {
    assert.deepEqual(run('shanwei-2020.fullwidth.txt'), []);
  });
  it('shanwei-2020.txt (web copy): no finding', () => {
    assert.deepEqual(run('shanwei-2020.txt'), []);
  });
  it('shanwei-2020.mutated.txt: the dropped 风险评估 (五项, four listed) on line 54', () => {
    const findings = lintText(read('shanwei-2020.mutated.txt'), { rules: [decisionProcedure] }).findings;
    assert.deepEqual(findings.map((f) => `${f.line}:${f.column} ${f.messageId} ${f.severity}`), ['54:53 wrongList error']);
    assert.ok(findings[0].messages['zh-CN'].includes('缺少“风险评估”'));
    assert.ok(findings[0].messages['zh-CN'].includes('《重大行政决策程序暂行条例》（国务院令第713号）'));
    assert.equal(findings[0].fix, undefined);
  });
});
