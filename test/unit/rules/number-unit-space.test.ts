import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits } from '../../../server/src/engine/fix';
import { lintText } from '../../../server/src/engine/lint';
import { numberUnitSpace } from '../../../server/src/engine/rules/number-unit-space';
import { ruleTester } from '../../helpers/rule-tester';

const REFERENCE = path.resolve(__dirname, '../../../../shared/fixtures/reference');
const read = (name: string) => fs.readFileSync(path.join(REFERENCE, name), 'utf8');

ruleTester(numberUnitSpace, {
  valid: [
    { name: 'the number of an attachment: 附件2 名词解释 (numberContexts in the pack)', text: '附件2 名词解释' },
    { name: 'the number of a table: 表3 人员构成', text: '详见表3 人员构成。' },
    { name: 'reference 27: the other parts of the 247 = 78 + 21 + 148 sentence', text: '审查以市政府名义出台的规范性文件、政府协议等共247件，其中政府协议21件，其他文件148件。' },
    { name: 'reference 23: ungrouped 216297 and the 12345 hotline', text: '通过12345热线共接群众来电216297件，转派工单27549件，按时办结率89.10%。' },
    { name: 'reference: 2.7亿元, 70%以上, 100%', text: '投入资金2.7亿元，覆盖率70%以上，办结率100%。' },
    { name: 'date written together', text: '2021年1月31日' },
    { name: 'published copy line 7: time after a date', text: '  • 2021-02-26 15:16', source: 'published-copy' },
    { name: 'space before a word that is not a unit (表 1 所示)', text: '如表 1 所示，各项指标均已完成。' },
    { name: '人民 after a number is not a measure word', text: '第 2 人民法院' },
    { name: 'Latin context', text: '使用 A4 纸打印，Windows 10 系统，iPhone 12 个机型' },
    { name: '个别 is not a measure word', text: '其中 12 个别单位' },
    { name: 'table-like line: cells separated by runs of spaces', text: '重大行政决策事项  78 件  已公开' },
    { name: 'table-like line with tabs', text: '事项\t78 件\t备注' },
    { name: 'short line-initial number is a list marker', text: '1 项目建设情况' },
    { name: 'space between Chinese and a number (not before a unit) is another matter', text: '共有 78件' },
    { name: 'Markdown code is not prose', text: '示例：`78 件`', language: 'markdown' },
  ],
  invalid: [
    {
      name: 'the reference defect: 78 件',
      text: '其中重大行政决策事项78 件，政府协议21件。',
      findings: [{ messageId: 'space', line: 1, column: 11, covers: '78 件', severity: 'warning', messageIncludes: '78件' }],
      output: '其中重大行政决策事项78件，政府协议21件。',
    },
    {
      name: 'year, month and day with spaces (2021 年 is fixable too); the space before a number stays',
      text: '自2021 年3 月1 日起施行。',
      findings: [{ covers: '2021 年' }, { covers: '3 月' }, { covers: '1 日' }],
      output: '自2021年3月1日起施行。',
    },
    {
      name: 'no-break space, ideographic space, thin space and tab',
      text: '办结128\u00a0宗，调解5\u3000起，培训3\u2009场，受理4\t件。',
      findings: [
        { covers: '128\u00a0宗', messageIncludes: '不换行空格' },
        { covers: '5\u3000起', messageIncludes: '全角空格' },
        { covers: '3\u2009场' },
        { covers: '4\t件', messageIncludes: '制表符' },
      ],
      output: '办结128宗，调解5起，培训3场，受理4件。',
    },
    {
      name: 'decimals, signs and multi-character units',
      text: '完成4.6 万册，占98.7 %，新增1.5 ‰，绿地3 平方米，道路12 公里，距离5 千米。',
      findings: [{ covers: '4.6 万' }, { covers: '98.7 %' }, { covers: '1.5 ‰' }, { covers: '3 平方米' }, { covers: '12 公里' }, { covers: '5 千米' }],
      output: '完成4.6万册，占98.7%，新增1.5‰，绿地3平方米，道路12公里，距离5千米。',
    },
    {
      name: 'measure words 个 项 人 次 名 家 条 所 元 户 批 份 篇 期 天 倍',
      text: '共3 个 4 项 5 人 6 次 7 名 8 家 9 条 2 所 10 元 11 户 12 批 13 份 14 篇 15 期 16 天 17 倍',
      findings: Array.from({ length: 16 }, () => ({ messageId: 'space' })),
      output: '共3个 4项 5人 6次 7名 8家 9条 2所 10元 11户 12批 13份 14篇 15期 16天 17倍',
    },
    {
      name: 'a table-like line does not hide the next line',
      text: '事项  78 件  备注\n共计12 件。',
      findings: [{ line: 2, covers: '12 件' }],
      output: '事项  78 件  备注\n共计12件。',
    },
    {
      name: 'several blanks are removed in one fix',
      text: '共计247  件。',
      findings: [{ covers: '247  件', messageIncludes: '空格' }],
      output: '共计247件。',
    },
    {
      name: 'a long line-initial number is not a list marker',
      text: '2020 年，我市深入推进依法行政。',
      findings: [{ covers: '2020 年', column: 1 }],
      output: '2020年，我市深入推进依法行政。',
    },
    {
      name: 'published copy: still a warning (a space is not a scraping artefact)',
      text: '我市深入推进依法行政,重大行政决策事项78 件。',
      source: 'published-copy',
      findings: [{ covers: '78 件', severity: 'warning' }],
      output: '我市深入推进依法行政,重大行政决策事项78件。',
    },
  ],
});

describe('rule number-unit-space on the reference report', () => {
  it('shanwei-2020.fullwidth.txt: exactly the real defect at 27:245 (78 件)', () => {
    const text = read('shanwei-2020.fullwidth.txt');
    const { findings } = lintText(text, { rules: [numberUnitSpace] });
    assert.deepEqual(
      findings.map((f) => [f.line, f.column, f.severity, text.slice(f.span.start, f.span.end)]),
      [[27, 245, 'warning', '78 件']],
    );
    const fixed = applyEdits(text, findings[0].fix?.edits ?? []);
    assert.equal(fixed.split('\n')[26].slice(244, 247), '78件');
  });

  it('shanwei-2020.txt (published copy): the same defect at 36:245, still a warning', () => {
    const text = read('shanwei-2020.txt');
    const { doc, findings } = lintText(text, { rules: [numberUnitSpace] });
    assert.equal(doc.source, 'published-copy');
    assert.deepEqual(
      findings.map((f) => [f.line, f.column, f.severity, text.slice(f.span.start, f.span.end)]),
      [[36, 245, 'warning', '78 件']],
    );
  });

  it('shanwei-2020.mutated.txt: the inherited defect at 36:245 only', () => {
    const text = read('shanwei-2020.mutated.txt');
    const { findings } = lintText(text, { rules: [numberUnitSpace] });
    assert.deepEqual(findings.map((f) => [f.line, f.column]), [[36, 245]]);
  });
});
