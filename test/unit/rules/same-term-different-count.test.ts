import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintText } from '../../../server/src/engine/lint';
import { sameTermDifferentCount } from '../../../server/src/engine/rules/same-term-different-count';
import { ruleTester } from '../../helpers/rule-tester';

const REFERENCE = path.resolve(__dirname, '../../../../shared/fixtures/reference');
const read = (name: string) => fs.readFileSync(path.join(REFERENCE, name), 'utf8');

ruleTester(sameTermDifferentCount, {
  valid: [
    { name: 'reference 29 (FIG-007): 8个单位 twice', text: '全市有8个单位成功将行政执法“两平台”建设列入全省第二批试点。8个单位已全部上线使用。' },
    { name: 'reference 25: 规范性文件 125件 vs 45件 (short shared noun, different scopes)', text: '审核（查）市政府及相关部门规范性文件125件；公布废止与机构改革、公平竞争审查等精神不一致的市政府规范性文件45件。' },
    { name: 'the same phrase with the same count', text: '公开重大行政决策事项共43项。全年重大行政决策事项43项全部公开。' },
    { name: 'two scopes named by their verbs (新收 vs 审结)', text: '新收行政复议案件56件。审结行政复议案件50件。' },
    { name: 'approximate figures are not compared', text: '办理群众来信来访事项近300件。办理群众来信来访事项312件。' },
  ],
  invalid: [
    {
      name: 'reference 27: 重大行政决策事项 共43项 vs 78件',
      text: '向社会公开市政府年度重大行政决策事项共43项。审查各类文件共247件，其中重大行政决策事项78 件，政府协议21件，其他文件148件。',
      findings: [{ messageId: 'different', severity: 'info', covers: '78 件', messageIncludes: '重大行政决策事项' }],
    },
  ],
});

describe('rule same-term-different-count on the reference report', () => {
  it('all three files: exactly the known 43项 vs 78 件 case (info), related to the first place', () => {
    for (const [name, line] of [['shanwei-2020.fullwidth.txt', 27], ['shanwei-2020.txt', 36], ['shanwei-2020.mutated.txt', 36]] as const) {
      const text = read(name);
      const { findings } = lintText(text, { rules: [sameTermDifferentCount] });
      assert.deepEqual(findings.map((f) => [f.line, f.column, f.severity, text.slice(f.span.start, f.span.end)]), [[line, 245, 'info', '78 件']], name);
      assert.deepEqual(findings[0].related?.map((r) => [r.line, r.column]), [[line, 70]]);
    }
  });
});
