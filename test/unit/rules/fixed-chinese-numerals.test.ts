import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { lintText } from '../../../server/src/engine/lint';
import { fixedChineseNumerals } from '../../../server/src/engine/rules/fixed-chinese-numerals';
import { fullwidthReport, mutatedReport, webCopyReport } from '../../helpers/paths';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(fixedChineseNumerals, {
  valid: [
    { text: '  全面贯彻党的十九大和十九届四中、五中全会精神。', name: 'reference report 7: 十九大, 十九届四中、五中全会' },
    { text: '  带头落实“谁执法谁普法”普法责任制。', name: 'reference report 21: 普法 without a numeral' },
    { text: '深入学习贯彻党的二十大和二十届三中全会精神，启动“八五”普法。', name: 'Chinese numerals' },
    { text: '招录2019届高校毕业生。', name: 'a graduating class is not a 届次' },
    { text: '十三届全国人大四次会议审议通过。', name: 'NPC session in Chinese numerals' },
  ],
  invalid: [
    {
      name: 'catalogue: 党的20大',
      text: '深入学习贯彻党的20大精神。',
      findings: [{ messageId: 'arabic', line: 1, column: 7, covers: '党的20大', severity: 'error', messageIncludes: 'GB/T 15835—2011 4.3' }],
      output: '深入学习贯彻党的二十大精神。',
    },
    {
      name: 'catalogue: 十九届5中全会',
      text: '贯彻十九届5中全会精神。',
      findings: [{ covers: '十九届5中全会', messageIncludes: '写作“十九届五中全会”' }],
      output: '贯彻十九届五中全会精神。',
    },
    {
      name: '19届四中全会',
      text: '贯彻党的19届四中全会精神。',
      findings: [{ covers: '19届四中全会' }],
      output: '贯彻党的十九届四中全会精神。',
    },
    {
      name: 'two plenums in one name',
      text: '贯彻十九届4中、5中全会精神。',
      findings: [{ covers: '十九届4中、5中全会' }],
      output: '贯彻十九届四中、五中全会精神。',
    },
    {
      name: '“8五”普法',
      text: '启动“8五”普法规划。',
      findings: [{ covers: '“8五”普法' }],
      output: '启动“八五”普法规划。',
    },
    {
      name: 'GB/T 15835 example: 11届全国人大1次会议',
      text: '11届全国人大1次会议通过。',
      findings: [{ covers: '11届全国人大1次会议' }],
      output: '十一届全国人大一次会议通过。',
    },
  ],
});

describe('rule fixed-chinese-numerals on the reference report', () => {
  for (const file of [fullwidthReport, webCopyReport, mutatedReport]) {
    it(`finds nothing in ${file.split('/').pop()}`, () => {
      assert.deepEqual(lintText(fs.readFileSync(file, 'utf8'), { rules: [fixedChineseNumerals] }).findings, []);
    });
  }
});
