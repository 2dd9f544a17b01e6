import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintText } from '../../../server/src/engine/lint';
import { shortcomingsNeedCauses } from '../../../server/src/engine/rules/shortcomings-need-causes';
import { ruleTester } from '../../helpers/rule-tester';

const REFERENCE = path.resolve(__dirname, '../../../../shared/fixtures/reference');
const read = (name: string) => fs.readFileSync(path.join(REFERENCE, name), 'utf8');
const T = 'XX市人民政府2020年法治政府建设年度报告';
const report = (shortcomings: string, heading = '二、存在的不足和原因') =>
  `${T}\n\n  一、主要举措和成效\n\n  市长履行第一责任人职责。\n\n  ${heading}\n\n  ${shortcomings}\n\n  三、2021年工作安排\n\n  继续推进依法行政。\n`;

ruleTester(shortcomingsNeedCauses, {
  valid: [
    { name: '究其原因', text: report('基层执法力量不足。究其原因，一是编制紧缺；二是培训不够。') },
    { name: '主要是', text: report('基层执法力量不足，主要是编制紧缺。') },
    { name: '由于', text: report('由于编制紧缺，基层执法力量不足。') },
    { name: '根源在于', text: report('基层执法力量不足，根源在于编制紧缺。') },
    { name: '导致', text: report('编制紧缺导致基层执法力量不足。') },
    { name: 'run-in heading with causes in the same paragraph', text: `${T}\n  一、主要举措和成效。市长履行第一责任人职责。\n  二、存在的问题。执法力量不足，原因是编制紧缺。\n  三、明年工作安排。继续推进。\n` },
    {
      name: 'a 问题 heading about solving problems is not the shortcomings part',
      text: `${T}\n\n一、着力解决群众反映强烈的突出问题\n\n办理信访件300件。\n\n二、2021年工作安排\n\n继续推进。\n`,
    },
    {
      name: 'Markdown ## shortcomings heading with causes',
      language: 'markdown',
      text: `# ${T}\n\n## 一、主要举措和成效\n\n市长履行第一责任人职责。\n\n## 二、存在的问题\n\n执法力量薄弱，主要是编制紧缺。\n\n## 三、下一步打算\n\n继续推进。\n`,
    },
  ],
  invalid: [
    {
      name: 'the reference report pattern: the heading promises 原因, the body lists problems only',
      text: report('法治政府建设工作进展不平衡。法律服务队伍人才紧缺。', '二、法治政府建设存在不足和原因及督察发现问题'),
      findings: [
        {
          messageId: 'noCauses',
          severity: 'info',
          line: 7,
          column: 5,
          covers: '法治政府建设存在不足和原因及督察发现问题',
          messageIncludes: '《法治政府建设与责任落实督察工作规定》要求报告“存在的不足和原因”',
        },
      ],
      suggestionOutput: report('法治政府建设工作进展不平衡。法律服务队伍人才紧缺。究其原因，一是……；二是……。', '二、法治政府建设存在不足和原因及督察发现问题'),
    },
    {
      name: 'a sub-heading 存在的问题 under a combined top-level part',
      text: `${T}\n\n一、主要举措和成效\n\n市长履行第一责任人职责。\n\n二、问题与打算\n\n（一）存在的问题\n\n执法力量薄弱。\n\n（二）下一步打算\n\n继续推进。\n`,
      findings: [{ messageId: 'noCauses', line: 9, covers: '存在的问题' }],
      suggestionOutput: `${T}\n\n一、主要举措和成效\n\n市长履行第一责任人职责。\n\n二、问题与打算\n\n（一）存在的问题\n\n执法力量薄弱。究其原因，一是……；二是……。\n\n（二）下一步打算\n\n继续推进。\n`,
    },
  ],
});

describe('shortcomings-need-causes on the reference report', () => {
  const run = (name: string) =>
    lintText(read(name), { rules: [shortcomingsNeedCauses] }).findings.map((f) => `${f.line}:${f.column} ${f.messageId} ${f.severity}`);
  it('shanwei-2020.fullwidth.txt: the real defect — part 三 (heading line 37) lists problems on line 39 with no causes', () => {
    assert.deepEqual(run('shanwei-2020.fullwidth.txt'), ['37:5 noCauses info']);
  });
  it('shanwei-2020.txt (web copy): the same defect at line 46', () => {
    assert.deepEqual(run('shanwei-2020.txt'), ['46:5 noCauses info']);
  });
  it('shanwei-2020.mutated.txt: the section is deleted (D5), so nothing to report', () => {
    assert.deepEqual(run('shanwei-2020.mutated.txt'), []);
  });
});
