import * as assert from 'node:assert/strict';
import { lintText } from '../../../server/src/engine/lint';
import { threeSystemsNames } from '../../../server/src/engine/rules/three-systems-names';
import { ruleTester } from '../../helpers/rule-tester';
import { fullwidthReport, mutatedReport, webCopyReport } from '../../helpers/paths';
import * as fs from 'node:fs';

ruleTester(threeSystemsNames, {
  valid: [
    { text: '  全面推行行政执法“三项制度”，严格执行行政执法人员持证上岗和资格管理制度。', name: 'reference report 29: 行政执法“三项制度”' },
    { text: '  加强对全市行政执法单位推行“三项制度”的督促指导工作。', name: 'reference report 51: 推行“三项制度”' },
    { text: '全面推行行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度。', name: 'the three canonical names' },
    { text: '全面推行行政执法公示、执法全过程记录、重大执法决定法制审核制度。', name: 'the canonical list form' },
    { text: '为执法人员配备执法全程记录仪。', name: '执法全程记录仪 is a device, not the system' },
    { text: '推进政务公开、行政执法公开、司法公开。', name: '行政执法公开 in a list without 重大执法决定' },
  ],
  invalid: [
    {
      name: 'catalogue example: 重大执法决定法治审核制度',
      text: '推行重大执法决定法治审核制度。',
      findings: [{ messageId: 'replace', line: 1, column: 3, covers: '重大执法决定法治审核', severity: 'error', messageIncludes: '国办发〔2018〕118号' }],
      output: '推行重大执法决定法制审核制度。',
    },
    {
      name: '法制审查 → 法制审核',
      text: '落实重大执法决定法制审查制度。',
      findings: [{ covers: '重大执法决定法制审查', messageIncludes: '应写作“重大执法决定法制审核”' }],
      output: '落实重大执法决定法制审核制度。',
    },
    {
      name: '执法全程记录制度',
      text: '全面落实执法全程记录制度。',
      findings: [{ covers: '执法全程记录制度', severity: 'error' }],
      output: '全面落实执法全过程记录制度。',
    },
    {
      name: '行政执法公开制度',
      text: '严格落实行政执法公开制度。',
      findings: [{ covers: '行政执法公开制度' }],
      output: '严格落实行政执法公示制度。',
    },
    {
      name: 'all three wrong in the list form',
      text: '全面推行行政执法公开、执法全程记录、重大执法决定法治审核制度。',
      findings: [{ covers: '行政执法公开、' }, { covers: '执法全程记录、' }, { covers: '重大执法决定法治审核' }],
      output: '全面推行行政执法公示、执法全过程记录、重大执法决定法制审核制度。',
    },
    {
      name: '“三项制度” without quotes after 行政执法: info, no fix',
      text: '全面推行行政执法三项制度。',
      findings: [{ covers: '行政执法三项制度', severity: 'info', messageIncludes: '写作行政执法“三项制度”' }],
    },
  ],
});

describe('rule three-systems-names on the reference report', () => {
  for (const file of [fullwidthReport, webCopyReport, mutatedReport]) {
    it(`finds nothing in ${file.split('/').pop()}`, () => {
      assert.deepEqual(lintText(fs.readFileSync(file, 'utf8'), { rules: [threeSystemsNames] }).findings, []);
    });
  }
});
