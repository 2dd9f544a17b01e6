import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintText } from '../../../server/src/engine/lint';
import { subsetSameKind } from '../../../server/src/engine/rules/subset-same-kind';
import { ruleTester } from '../../helpers/rule-tester';

const REFERENCE = path.resolve(__dirname, '../../../../shared/fixtures/reference');
const read = (name: string) => fs.readFileSync(path.join(REFERENCE, name), 'utf8');

ruleTester(subsetSameKind, {
  valid: [
    { name: 'reference 23: 7619 = 2679 + 4940', text: '证明材料共7619个，其中市级2679个，县级4940个。' },
    { name: 'reference 27: parts named before their counts', text: '审查市政府重大行政决策事项和各类文件共247件，其中重大行政决策事项78 件，政府协议21件，其他文件148件。' },
    { name: 'the subset names the same noun', text: '共制发电子印章1109个，其中1000个印章已投入使用。' },
  ],
  invalid: [
    {
      name: 'reference 23: 1109个 电子印章, 其中 192个单位',
      text: '制发电子印章1109个，其中进驻政务服务网的192个单位已实现100%全覆盖。',
      findings: [{ messageId: 'otherKind', severity: 'info', covers: '192个单位', messageIncludes: '单位' }],
    },
  ],
});

describe('rule subset-same-kind on the reference report', () => {
  it('all three files: exactly the known 1109 / 192个单位 case (info)', () => {
    for (const [name, line] of [['shanwei-2020.fullwidth.txt', 23], ['shanwei-2020.txt', 32], ['shanwei-2020.mutated.txt', 32]] as const) {
      const text = read(name);
      const { findings } = lintText(text, { rules: [subsetSameKind] });
      assert.deepEqual(findings.map((f) => [f.line, f.column, f.severity, text.slice(f.span.start, f.span.end)]), [[line, 591, 'info', '192个单位']], name);
    }
  });
});
