import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { lintText } from '../../../server/src/engine/lint';
import { duchaSpelling } from '../../../server/src/engine/rules/ducha-spelling';
import { fullwidthReport, mutatedReport, webCopyReport } from '../../helpers/paths';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(duchaSpelling, {
  valid: [
    { text: '  组成专项督察组对各县（市、区）落实情况进行专项指导、督查，推动各级主要负责同志扎实履行职责。', name: 'reference report 17: 督查 in its general sense' },
    { text: '  积极推进、全面配合抓好法治督察中发现的问题的整改工作。', name: 'reference report 43: 法治督察' },
    { text: '依照《政府督查工作条例》开展专项督查。', name: '政府督查 is another system' },
    { text: '认真落实《法治政府建设与责任落实督查工作规定》。', name: 'inside 《》 the title is reported by canonical-titles' },
  ],
  invalid: [
    {
      name: '法治督查 → 法治督察',
      text: '配合做好中央法治督查工作。',
      findings: [{ messageId: 'replace', line: 1, column: 7, covers: '法治督查', severity: 'error', messageIncludes: '《法治政府建设与责任落实督察工作规定》' }],
      output: '配合做好中央法治督察工作。',
    },
    {
      name: 'the 督察规定 named without 《》',
      text: '按照法治政府建设与责任落实督查工作规定的要求报告。',
      findings: [{ covers: '法治政府建设与责任落实督查工作规定' }],
      output: '按照法治政府建设与责任落实督察工作规定的要求报告。',
    },
  ],
});

describe('rule ducha-spelling on the reference report', () => {
  for (const file of [fullwidthReport, webCopyReport, mutatedReport]) {
    it(`finds nothing in ${file.split('/').pop()}`, () => {
      assert.deepEqual(lintText(fs.readFileSync(file, 'utf8'), { rules: [duchaSpelling] }).findings, []);
    });
  }
});
