import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits } from '../../../server/src/engine/fix';
import { lintText } from '../../../server/src/engine/lint';
import { reportRequiredParts } from '../../../server/src/engine/rules/report-required-parts';
import { ruleTester } from '../../helpers/rule-tester';

const REFERENCE = path.resolve(__dirname, '../../../../shared/fixtures/reference');
const read = (name: string) => fs.readFileSync(path.join(REFERENCE, name), 'utf8');
const T = 'XX市人民政府2020年法治政府建设年度报告';

ruleTester(reportRequiredParts, {
  valid: [
    {
      name: 'all parts, blank-line paragraphs; 第一责任人 inside part 一 (as in the reference report 二（一）)',
      text: `${T}\n\n  一、主要举措和成效\n\n  （一）切实履行推进法治建设第一责任人职责。市政府主要负责人带头学法。\n\n  二、存在的不足和原因\n\n  基层执法力量不足。究其原因，主要是编制紧缺。\n\n  三、2021年度推进法治政府建设的主要思路和打算\n\n  继续推进依法行政。\n`,
    },
    {
      name: 'reference-style: area sections count as measures; shortcomings heading with 问题; plan for Y+1; 督察整改 as 其他',
      text: `${T}\n\n  一、深入学习习近平法治思想，研究部署法治建设\n\n  市委常委会专题学习。\n\n  二、落实法治建设第一责任人职责，大力推进法治政府建设\n\n  （一）切实履行推进法治建设第一责任人职责\n\n  市委印发方案。\n\n  （二）法治政府建设成效明显\n\n  1.政府职能转变紧贴民生。\n\n  三、法治政府建设存在不足和原因及督察发现问题\n\n  法治政府建设工作进展不平衡。\n\n  四、2021年度推进法治政府建设的主要思路和打算\n\n  （一）积极推进、全面配合抓好法治督察中发现的问题的整改工作。\n\n  五、落实法治督察整改思路和措施\n\n  （一）进一步加强党的领导。\n\n  汕尾市人民政府\n\n  2021年1月31日\n`,
    },
    {
      name: 'a 主送 line and a cover letter before the title; Markdown ## headings',
      language: 'markdown',
      text: `市委依法治市办：\n\n现将我市2020年法治政府建设情况报送你们，请审阅。\n\nXX市司法局\n2021年2月20日\n\n# ${T}\n\n市委、市人大常委会：\n\n## 一、主要举措和成效\n\n市长履行第一责任人职责。\n\n## 二、存在的问题\n\n基层执法力量薄弱。\n\n## 三、下一步工作计划\n\n继续推进依法行政。\n\nXX市人民政府\n\n2021年1月31日\n`,
    },
    {
      name: 'run-in headings',
      text: `${T}\n  一、主要举措和成效。2020年，市长履行第一责任人职责。\n  二、存在的不足和原因。基层执法力量不足，主要是编制紧缺。\n  三、明年工作安排。继续推进依法行政。\n`,
    },
    {
      name: 'top level （一）; shortcomings and plan in one section',
      text: `${T}\n（一）主要工作举措和成效\n第一责任人职责落实到位。\n（二）存在的问题和下一步工作打算\n基层执法力量薄弱。下一步，我们将……。\n`,
    },
    {
      name: 'shortcomings only in the first sentences of a section',
      text: `${T}\n\n一、工作开展情况\n\n市长履行第一责任人职责。\n\n二、下一年度工作重点\n\n当前仍存在一些不足，基层执法力量薄弱。下一步，我们将……。\n`,
    },
    {
      name: 'a plan labelled with the wrong year (四、2020年度…打算) is still the plan part: the year is left to the year rules',
      text: `${T}\n\n一、主要举措和成效\n\n市长履行第一责任人职责。\n\n二、存在的不足和原因\n\n由于编制紧缺，基层执法力量不足。\n\n三、2020年度推进法治政府建设的主要思路和打算\n\n继续推进依法行政。\n`,
    },
    { name: 'a text without sections is not judged', text: `${T}\n\n2020年，我市推进依法行政。\n` },
  ],
  invalid: [
    {
      name: 'no shortcomings part (run-in headings): on the title line; skeleton in the report style',
      text: `${T}\n  一、主要举措和成效。2020年，市长履行第一责任人职责。\n  二、2021年工作打算。继续推进依法行政。\n`,
      findings: [
        {
          messageId: 'missing',
          severity: 'warning',
          line: 1,
          column: 1,
          covers: T,
          messageIncludes: '缺少“存在的不足和原因”部分：《法治政府建设与责任落实督察工作规定》',
        },
      ],
      suggestionOutput: `${T}\n  一、主要举措和成效。2020年，市长履行第一责任人职责。\n  二、存在的不足和原因\n  三、2021年工作打算。继续推进依法行政。\n`,
    },
    {
      name: 'no plan part, top level （一）: inserted before 其他 with the next ordinal, later items renumbered',
      text: `${T}\n\n（一）主要工作举措和成效\n第一责任人职责落实到位。\n（二）存在的问题\n基层执法力量薄弱，原因在于编制紧缺。\n（三）其他需要报告的情况\n无。\n`,
      findings: [{ messageId: 'missing', line: 1, messageIncludes: '缺少“下一年度主要安排”部分' }],
      suggestionOutput: `${T}\n\n（一）主要工作举措和成效\n第一责任人职责落实到位。\n（二）存在的问题\n基层执法力量薄弱，原因在于编制紧缺。\n（三）2021年度推进法治政府建设的主要安排\n（四）其他需要报告的情况\n无。\n`,
    },
    {
      name: 'no plan at all: skeleton appended after the last part, with the next ordinal and Y+1',
      text: `${T}\n\n一、主要举措和成效\n\n市长履行第一责任人职责。\n\n二、存在的不足和原因\n\n由于编制紧缺，基层执法力量不足。\n\n三、全面完成年度工作\n\n继续推进依法行政。\n`,
      findings: [{ messageId: 'missing', messageIncludes: '“下一年度主要安排”' }],
      suggestionOutput: `${T}\n\n一、主要举措和成效\n\n市长履行第一责任人职责。\n\n二、存在的不足和原因\n\n由于编制紧缺，基层执法力量不足。\n\n三、全面完成年度工作\n\n继续推进依法行政。\n\n四、2021年度推进法治政府建设的主要安排\n`,
    },
    {
      name: 'Markdown without markers: no measures part, 第一责任人 nowhere',
      language: 'markdown',
      text: `# ${T}\n\n## 存在的不足\n\n基层执法力量薄弱。\n\n## 2021年工作思路\n\n继续推进依法行政。\n`,
      findings: [
        { messageId: 'missing', line: 1, column: 3, severity: 'warning', messageIncludes: '缺少“主要举措和成效”部分' },
        { messageId: 'missingAnywhere', line: 1, severity: 'warning', messageIncludes: '第一责任人' },
      ],
      suggestionOutput: `# ${T}\n\n## 主要举措和成效\n\n## 存在的不足\n\n基层执法力量薄弱。\n\n## 2021年工作思路\n\n继续推进依法行政。\n`,
    },
    {
      name: 'plan before shortcomings (cover letter, 主送, Markdown headings)',
      language: 'markdown',
      text: `市委依法治市办：\n\n现将我市2020年法治政府建设情况报送你们，请审阅。\n\nXX市司法局\n2021年2月20日\n\n# ${T}\n\n市委、市人大常委会：\n\n## 一、主要举措和成效\n\n市长履行第一责任人职责。\n\n## 二、下一步工作计划\n\n继续推进依法行政。\n\n## 三、存在的问题\n\n基层执法力量薄弱。\n`,
      findings: [{ messageId: 'planBeforeShortcomings', severity: 'warning', line: 16, covers: '下一步工作计划' }],
    },
  ],
});

describe('report-required-parts on the reference report', () => {
  const run = (name: string) =>
    lintText(read(name), { rules: [reportRequiredParts] }).findings.map((f) => `${f.line}:${f.column} ${f.messageId} ${f.severity}`);
  it('shanwei-2020.fullwidth.txt: all five items present, no finding', () => {
    assert.deepEqual(run('shanwei-2020.fullwidth.txt'), []);
  });
  it('shanwei-2020.txt (web copy): no finding', () => {
    assert.deepEqual(run('shanwei-2020.txt'), []);
  });
  it('shanwei-2020.mutated.txt: the deleted 不足 section (D5) on the title line 6; the 2020 plan is left to the year rules', () => {
    const text = read('shanwei-2020.mutated.txt');
    const findings = lintText(text, { rules: [reportRequiredParts] }).findings;
    assert.deepEqual(findings.map((f) => `${f.line}:${f.column} ${f.messageId} ${f.severity}`), ['6:1 missing warning']);
    assert.ok(findings[0].messages['zh-CN'].includes('存在的不足和原因'));
    const fixed = applyEdits(text, findings[0].suggestions?.[0].edits ?? []);
    assert.ok(fixed.includes('  三、存在的不足和原因\n\n  四、2020年度推进法治政府建设'), 'skeleton 三、 before 四、');
  });
});
