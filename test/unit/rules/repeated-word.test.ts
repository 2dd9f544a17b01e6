import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintText } from '../../../server/src/engine/lint';
import { repeatedWord } from '../../../server/src/engine/rules/repeated-word';
import { ruleTester } from '../../helpers/rule-tester';

const REFERENCE = path.resolve(__dirname, '../../../../shared/fixtures/reference');
const read = (name: string) => fs.readFileSync(path.join(REFERENCE, name), 'utf8');

ruleTester(repeatedWord, {
  valid: [
    { name: 'normal reduplication of one character', text: '常常深入基层，天天研判，人人参与，层层落实，件件有着落，步步推进，个个到位。' },
    { name: 'numeral + measure word doubled', text: '一个一个地解决问题，一步一步推进。' },
    { name: 'the same noun in two coordinated phrases (fullwidth line 35)', text: '取得了良好的社会效果和法律效果。' },
    { name: 'coordinated with 及 (fullwidth lines 35, 49)', text: '通过加强信访法规宣传及信访业务培训，建立决策终身责任追究及责任倒查机制。' },
    { name: 'coordinated with 和 (fullwidth line 39)', text: '运用法治思维和法治方式化解矛盾。' },
    { name: 'the second occurrence does not close the clause (fullwidth line 51)', text: '二是推动执法监督逐步从事后监督向全流程监督转变。' },
    { name: 'repeated words inside quotations (fullwidth line 31)', text: '开展“网络安全为人民 网络安全靠人民”宣传活动。' },
    { name: 'repeated words in a title (fullwidth line 25)', text: '出台全省首部以稀有剧种传承保护的立法《汕尾市稀有剧种传承保护办法》，填补空白。' },
    { name: 'numbers (fullwidth line 7)', text: '全面贯彻党的十九大和十九届四中、五中全会精神。' },
    { name: 'fixed frames with one character between: 应公开尽公开', text: '做到应公开尽公开，应解读尽解读。' },
    { name: 'repeats in different clauses', text: '加强执法监督，完善执法监督。' },
    { name: '的 after 目的 is not a doubled 的', text: '达到了目的的一半。' },
  ],
  invalid: [
    {
      name: '的的',
      text: '我市的的工作成效明显。',
      findings: [{ messageId: 'doubled', line: 1, column: 3, covers: '的的', severity: 'info', messageIncludes: '“的”' }],
      suggestionOutput: '我市的工作成效明显。',
    },
    {
      name: '进行进行',
      text: '对规范性文件进行进行审查。',
      findings: [{ messageId: 'doubled', covers: '进行进行' }],
      suggestionOutput: '对规范性文件进行审查。',
    },
    {
      name: '了了',
      text: '全面完成了了年度任务。',
      findings: [{ messageId: 'doubled', covers: '了了' }],
      suggestionOutput: '全面完成了年度任务。',
    },
    {
      name: 'doubled across a space',
      text: '推进 推进依法行政。',
      findings: [{ messageId: 'doubled', covers: '推进 推进' }],
      suggestionOutput: '推进依法行政。',
    },
    {
      name: 'the reference defect: 通过办理行政复议案件办理 (fullwidth line 35), no fix',
      text: '通过办理行政复议案件办理，促使涉案行政机关自我纠错。',
      findings: [{ messageId: 'repeatedInClause', line: 1, column: 11, covers: '办理', severity: 'info', messageIncludes: '“办理行政复议案件办理”' }],
    },
    {
      name: 'web copy with ASCII commas',
      source: 'published-copy',
      text: '通过办理行政复议案件办理,促使涉案行政机关自我纠错。',
      findings: [{ messageId: 'repeatedInClause', covers: '办理' }],
    },
  ],
});

describe('repeated-word on the reference report', () => {
  for (const [name, line] of [
    ['shanwei-2020.fullwidth.txt', 35],
    ['shanwei-2020.txt', 44],
    ['shanwei-2020.mutated.txt', 44],
  ] as const) {
    it(`${name}: only the doubled 办理 at line ${line}`, () => {
      const result = lintText(read(name), { rules: [repeatedWord] });
      assert.deepEqual(
        result.findings.map((f) => `${f.line}:${f.column} ${f.messageId} ${f.severity} ${result.doc.text.slice(f.span.start, f.span.end)}`),
        [`${line}:124 repeatedInClause info 办理`],
      );
    });
  }
});
