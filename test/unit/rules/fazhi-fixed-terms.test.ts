import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { lintText } from '../../../server/src/engine/lint';
import { fazhiFixedTerms } from '../../../server/src/engine/rules/fazhi-fixed-terms';
import { fullwidthReport, mutatedReport, webCopyReport } from '../../helpers/paths';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(fazhiFixedTerms, {
  valid: [
    { text: '  运用法治思维和法治方式的能力有待提高。', name: 'reference report 39: 法治思维' },
    { text: '  坚持以习近平法治思想为指导，大力推进法治政府建设。', name: 'reference report 7, 13: 习近平法治思想, 法治政府' },
    { text: '全面推行重大执法决定法制审核制度，加强法制审核队伍建设。', name: '法制审核 is right' },
    { text: '推行重大执法决定法治审核制度。', name: 'reported by three-systems-names, not twice' },
    { text: '开展规范性文件法治审核培训。', name: '法治审核 outside the 三项制度 context' },
    { text: '加强法制宣传教育。', name: 'other 法制 compounds are not on the list' },
  ],
  invalid: [
    {
      name: '法制政府 → 法治政府',
      text: '加快建设法制政府。',
      findings: [{ messageId: 'replace', line: 1, column: 5, covers: '法制政府', severity: 'error' }],
      output: '加快建设法治政府。',
    },
    {
      name: '法制思维 → 法治思维',
      text: '提高运用法制思维和法治方式的能力。',
      findings: [{ covers: '法制思维' }],
      output: '提高运用法治思维和法治方式的能力。',
    },
    {
      name: 'catalogue example: 习近平法制思想',
      text: '深入学习贯彻习近平法制思想。',
      findings: [{ covers: '习近平法制思想', messageIncludes: '应写作“习近平法治思想”' }],
      output: '深入学习贯彻习近平法治思想。',
    },
    {
      name: '法治审核 in the 三项制度 context',
      text: '落实行政执法“三项制度”，严格法治审核。',
      findings: [{ covers: '法治审核', messageIncludes: '国办发〔2018〕118号' }],
      output: '落实行政执法“三项制度”，严格法制审核。',
    },
  ],
});

describe('rule fazhi-fixed-terms on the reference report', () => {
  for (const file of [fullwidthReport, webCopyReport, mutatedReport]) {
    it(`finds nothing in ${file.split('/').pop()}`, () => {
      assert.deepEqual(lintText(fs.readFileSync(file, 'utf8'), { rules: [fazhiFixedTerms] }).findings, []);
    });
  }
});
