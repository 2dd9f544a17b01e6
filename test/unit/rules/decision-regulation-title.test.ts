import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintText } from '../../../server/src/engine/lint';
import { decisionRegulationTitle } from '../../../server/src/engine/rules/decision-regulation-title';
import { ruleTester } from '../../helpers/rule-tester';

const REFERENCE = path.resolve(__dirname, '../../../../shared/fixtures/reference');
const read = (name: string) => fs.readFileSync(path.join(REFERENCE, name), 'utf8');

ruleTester(decisionRegulationTitle, {
  valid: [
    { text: '认真贯彻落实《重大行政决策程序暂行条例》（国务院令第713号）。' },
    { name: 'a provincial rule is another document', text: '贯彻《广东省重大行政决策程序规定》。' },
    { name: 'a commentary on the regulation', text: '组织学习《〈重大行政决策程序暂行条例〉释义》。' },
    { name: 'a municipal catalogue', text: '完成《2020年度市政府重大行政决策事项目录》编订发布工作。' },
    { name: 'the name in free prose is not checked', text: '落实重大行政决策程序暂行条例的规定。' },
    // fuzz regression: the whole text between 《 and 》 was replaced, over other text and another rule's fix
    { name: 'not one title: sentence marks or 〈〉 between 《 and 》', text: '《法治政府〉，５０１９８，重大行政决策条例》。' },
    { name: 'full-width digits inside are left to halfwidth-digits', text: '《２０１９年重大行政决策条例》' },
  ],
  invalid: [
    {
      text: '认真贯彻《重大行政决策程序条例》。',
      findings: [{ messageId: 'wrongTitle', severity: 'error', line: 1, column: 6, covers: '重大行政决策程序条例', messageIncludes: '应为“《重大行政决策程序暂行条例》”（国务院令第713号）' }],
      output: '认真贯彻《重大行政决策程序暂行条例》。',
    },
    {
      text: '学习《国务院重大行政决策程序暂行条例》和《重大行政决策暂行条例》。',
      findings: [{ covers: '国务院重大行政决策程序暂行条例' }, { covers: '重大行政决策暂行条例' }],
      output: '学习《重大行政决策程序暂行条例》和《重大行政决策程序暂行条例》。',
    },
  ],
});

describe('decision-regulation-title on the reference report', () => {
  for (const name of ['shanwei-2020.fullwidth.txt', 'shanwei-2020.txt', 'shanwei-2020.mutated.txt']) {
    it(`${name}: no finding`, () => {
      assert.deepEqual(lintText(read(name), { rules: [decisionRegulationTitle] }).findings.map((f) => `${f.line}:${f.column}`), []);
    });
  }
});
