import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintText } from '../../../server/src/engine/lint';
import { headingHierarchy } from '../../../server/src/engine/rules/heading-hierarchy';
import { ruleTester } from '../../helpers/rule-tester';

const REFERENCE = path.resolve(__dirname, '../../../../shared/fixtures/reference');
const read = (name: string) => fs.readFileSync(path.join(REFERENCE, name), 'utf8');

/** The heading skeleton of the reference report (fullwidth lines 9–65), shortened. */
const REFERENCE_SKELETON = [
  '  一、深入学习习近平法治思想和中央全面依法治国工作会议精神，研究部署法治汕尾建设',
  '  2月12日、2月17日，市委常委会两次会议专题传达学习。',
  '  二、落实法治建设第一责任人职责，大力推进法治政府建设',
  '  （一）切实履行推进法治建设第一责任人职责',
  '  市委全面依法治市委员会印发方案。',
  '  （二）法治政府建设成效明显',
  '  1.全力做好依法防控新冠肺炎疫情工作。迅速编印汇编。',
  '  2.政府职能转变紧贴民生。一是全力打造“无证明城市”。',
  '  3.依法行政制度体系不断完善。一是地方立法实践不断深化。',
  '  三、法治政府建设存在不足和原因及督察发现问题',
  '  我市在贯彻落实中虽然取得了较好的成效。',
  '  四、2021年度推进法治政府建设的主要思路和打算',
  '  （一）按照省委依法治省办的部署，切实增强使命感。',
  '  （二）督促各级党政主要负责人履行推进法治建设第一责任人职责。同时加快推进镇街一级法治政府建设。',
  '  （三）不断推进基层行政执法改革。',
  '  五、落实法治督察整改思路和措施',
  '  （一）进一步加强党对全面依法治市、县（市、区）工作的领导。做好列入年终述职内容工作。',
  '  （二）认真谋划和落实好法治政府建设的各项任务。主动向党委报告。',
  '  汕尾市人民政府',
  '  2021年1月31日',
].join('\n\n');

ruleTester(headingHierarchy, {
  valid: [
    { name: 'reference report skeleton: 一、…五、, （一）…, 1.… restart under each parent', text: REFERENCE_SKELETON },
    {
      name: 'web copy: ASCII (一) markers count like （一）',
      text: '二、落实职责\n\n(一)切实履行职责\n\n(二)法治政府建设成效明显\n\n三、存在不足\n\n四、工作打算\n\n(一)按照部署。\n\n(二)督促落实。\n\n(三)推进改革。',
      source: 'published-copy',
    },
    { name: '一、 → 1. with （一） skipped is accepted', text: '一、主要举措\n\n1.完善制度。\n\n2.规范执法。\n\n二、存在问题\n\n1.基层力量薄弱。' },
    { name: 'full four-level tree', text: '一、总体情况\n\n（一）制度建设\n\n1.地方立法\n\n（1）立法计划。\n\n（2）立法听证。\n\n2.规范性文件\n\n（二）执法监督\n\n二、存在不足' },
    {
      name: 'Markdown headings',
      language: 'markdown',
      text: '# 汕尾市人民政府2020年法治政府建设年度报告\n\n## 一、主要举措和成效\n\n### （一）制度建设\n\n正文。\n\n### （二）执法监督\n\n正文。\n\n## 二、存在不足\n\n正文。\n',
    },
    {
      name: 'Markdown: an unnumbered heading between sibling runs starts a new run',
      language: 'markdown',
      text: '## 一、总体情况\n\n### 工作成效\n\n（一）制度建设。\n\n（二）执法监督。\n\n### 存在问题\n\n（一）基层力量薄弱。\n\n（二）队伍建设滞后。\n',
    },
    { name: 'an excerpt (no report title) may start at 三、', text: '三、存在不足\n\n四、工作打算' },
    {
      name: 'the articles of a regulation are parents: （一） counts on under each 第X条',
      text: '某市行政执法公示办法\n\n第一条　为规范公示，制定本办法。\n\n第二条　公示下列内容：\n\n（一）执法主体；\n\n（二）执法依据。\n\n第三条　有下列情形之一的，不予公示：\n\n（一）涉及国家秘密的；\n\n（二）涉及商业秘密的。',
    },
    {
      name: 'the decimal sections of a plan are parents: （1） counts on under each',
      text: '某市应急预案\n\n4.2.1　一级响应\n\n（1）启动指挥部。\n\n（2）调拨物资。\n\n4.2.2　二级响应\n\n（1）加强监测。\n\n（2）发布预警。',
    },
    {
      name: 'a list after a colon (注：) numbers on its own',
      text: '（一）指标\n\n1.门诊人次。\n\n2.住院人次。\n\n注：\n\n1.标记的指标为国家监测指标。\n\n2.其余为省级指标。',
    },
    {
      name: 'continuous scheme: （一）…（五） numbered straight through the 一、 parts (国务院 意见 style)',
      text: '一、总体要求\n\n（一）指导思想\n\n（二）基本原则\n\n二、主要任务\n\n（三）完善制度\n\n（四）规范执法\n\n三、保障措施\n\n（五）加强领导',
    },
    {
      name: 'continuous scheme at level 3: 1.…5. straight through the （一） parts',
      text: '一、主要举措\n\n（一）制度建设\n\n1.地方立法。\n\n2.规范文件。\n\n（二）执法监督\n\n3.执法检查。\n\n4.案卷评查。\n\n（三）化解纠纷\n\n5.行政复议。',
    },
    {
      name: 'unnumbered top-level headings are parents: （一） restarts under each',
      text: '各位代表：\n\n  现在，我代表市人民政府，向大会报告工作，请予审议。\n\n2024年工作回顾\n\n（一）经济平稳。全市生产总值增长。\n\n（二）民生改善。新增就业。\n\n2025年工作安排\n\n  今年重点抓好以下工作：\n\n（一）扩大内需。促进消费。\n\n（二）深化改革。激发活力。\n\n加强政府自身建设\n\n（一）依法行政。\n\n（二）廉洁从政。',
    },
    {
      name: 'an item that begins with a number is not a heading number: 8.6个…',
      text: '7.实施重大项目。\n\n8.6个重大科技专项取得突破。\n\n9.建设创新平台。',
    },
    {
      name: 'an item that begins with a number, full-width dot: 3．10种…',
      text: '（一）工业生产\n\n1．规模以上工业增长。\n\n2．制造业投资增长。\n\n3．10种有色金属产量增长。\n\n4．工业用电量增长。',
    },
    {
      name: 'an appended document (two 规定 after a 通知) starts its own numbering',
      text: '国务院办公厅关于印发两个文件的通知\n\n各省、自治区、直辖市人民政府：\n\n  现将两个文件印发给你们，请认真贯彻执行。\n\n国务院办公厅\n\n2018年12月18日\n\n甲类事项管理规定\n\n  为规范甲工作，制定本规定。\n\n一、关于财政\n\n（一）加大投入。\n\n二、关于税收\n\n（二）落实优惠。\n\n乙类事项管理办法\n\n  为规范乙工作，制定本规定。\n\n一、关于投资\n\n（一）拓宽渠道。\n\n二、关于融资\n\n（二）创新产品。',
    },
    {
      name: 'an attachment after a 附件 label line starts its own numbering',
      text: '一、2024年工作回顾\n\n  过去一年，全市经济平稳。\n\n二、2025年工作安排\n\n  今年要做好以下工作。\n\n附件1\n\n2025年十件民生实事\n\n一、就业\n\n二、教育\n\n附件2 名词解释\n\n1.两重：国家重大战略。\n\n2.两新：设备更新。',
    },

    { name: 'a list whose first item sits in the paragraph before, after a colon', text: '（一）制度建设\n\n主要做法：1.完善立法计划；\n\n2.规范文件备案。\n\n3.加强审查。' },
    { name: 'run-in headings', text: '四、主要打算\n\n（一）按照省委依法治省办的部署，积极推进。\n\n（二）督促各级党政主要负责人履行职责。同时加快推进。\n\n（三）深化改革。' },
    {
      name: 'an attachment list after the body is not a heading run',
      text: '一、主要举措\n\n（一）制度建设\n\n正文。\n\n附件：1.汕尾市重大行政决策事项目录\n\n      2.汕尾市规范性文件清单\n\n汕尾市人民政府\n\n2021年1月31日',
    },
  ],
  invalid: [
    {
      name: 'gap at level 1 names the missing marker',
      text: '一、主要举措\n\n二、存在不足\n\n四、工作打算\n\n五、督察整改',
      findings: [{ messageId: 'gap', line: 5, column: 1, covers: '四、', severity: 'error', messageIncludes: '缺少“三、”' }],
      suggestionOutput: '一、主要举措\n\n二、存在不足\n\n三、工作打算\n\n四、督察整改',
    },
    {
      name: 'gap of two names both',
      text: '（一）制度建设\n\n（四）执法监督',
      findings: [{ messageId: 'gap', covers: '（四）', messageIncludes: '缺少“（二）”“（三）”' }],
      suggestionOutput: '（一）制度建设\n\n（二）执法监督',
    },
    {
      name: 'repeated (三): one finding, the next (五) is fine',
      text: '四、工作打算\n\n(一)按照部署。\n\n(二)督促落实。\n\n(三)推进改革。\n\n(三)坚持决策程序。\n\n(五)规范执法。\n\n(六)提升服务。',
      source: 'published-copy',
      findings: [{ messageId: 'repeated', line: 9, covers: '(三)', messageIncludes: '应为“（四）”' }],
      suggestionOutput: '四、工作打算\n\n(一)按照部署。\n\n(二)督促落实。\n\n(三)推进改革。\n\n（四）坚持决策程序。\n\n(五)规范执法。\n\n(六)提升服务。',
    },
    {
      name: 'repeated, later headings count on from the repeat: one finding, renumber the rest',
      text: '（一）成效\n\n1.完善制度。\n\n2.规范执法。\n\n2.公开政务。\n\n3.化解纠纷。',
      findings: [{ messageId: 'repeated', line: 7, covers: '2.' }],
      suggestionOutput: '（一）成效\n\n1.完善制度。\n\n2.规范执法。\n\n3.公开政务。\n\n4.化解纠纷。',
    },
    {
      name: 'numbers that go backwards',
      text: '（一）甲\n\n（二）乙\n\n（三）丙\n\n（二）丁',
      findings: [{ messageId: 'outOfOrder', line: 7, covers: '（二）', messageIncludes: '应为“（四）”' }],
      suggestionOutput: '（一）甲\n\n（二）乙\n\n（三）丙\n\n（四）丁',
    },
    {
      name: 'restart scheme: the other parents restart at （一）, this one goes on at （三）',
      text: '一、主要举措\n\n（一）制度建设\n\n（二）执法监督\n\n二、存在不足\n\n（一）基层薄弱\n\n（二）队伍滞后\n\n三、工作打算\n\n（一）加强领导\n\n四、督察整改\n\n（三）整改落实\n\n（四）建章立制',
      findings: [{ messageId: 'restart', line: 19, covers: '（三）', messageIncludes: '应为“（一）”' }],
      suggestionOutput: '一、主要举措\n\n（一）制度建设\n\n（二）执法监督\n\n二、存在不足\n\n（一）基层薄弱\n\n（二）队伍滞后\n\n三、工作打算\n\n（一）加强领导\n\n四、督察整改\n\n（一）整改落实\n\n（二）建章立制',
    },
    {
      name: 'as many parents restart as go on: inconsistent either way, restarting is taken as meant',
      text: '一、甲\n\n（一）子一\n\n（二）子二\n\n二、乙\n\n（三）子三\n\n三、丙\n\n（一）子四',
      findings: [{ messageId: 'restart', line: 9, covers: '（三）' }],
    },
    {
      name: 'continuous scheme: a gap across parents',
      text: '一、总体要求\n\n（一）指导思想\n\n（二）基本原则\n\n二、主要任务\n\n（三）完善制度\n\n（四）规范执法\n\n三、保障措施\n\n（六）加强领导',
      findings: [{ messageId: 'continuousGap', line: 15, covers: '（六）', messageIncludes: '缺少“（五）”' }],
      suggestionOutput: '一、总体要求\n\n（一）指导思想\n\n（二）基本原则\n\n二、主要任务\n\n（三）完善制度\n\n（四）规范执法\n\n三、保障措施\n\n（五）加强领导',
    },
    {
      name: 'continuous scheme: one parent starts again at （一）',
      text: '一、总体要求\n\n（一）指导思想\n\n（二）基本原则\n\n二、主要任务\n\n（三）完善制度\n\n（四）规范执法\n\n三、保障措施\n\n（五）加强领导\n\n（六）强化督查\n\n四、组织实施\n\n（一）明确分工\n\n（二）抓好落实',
      findings: [{ messageId: 'continuousBack', line: 21, covers: '（一）', messageIncludes: '应为“（七）”' }],
      suggestionOutput: '一、总体要求\n\n（一）指导思想\n\n（二）基本原则\n\n二、主要任务\n\n（三）完善制度\n\n（四）规范执法\n\n三、保障措施\n\n（五）加强领导\n\n（六）强化督查\n\n四、组织实施\n\n（七）明确分工\n\n（八）抓好落实',
    },
    {
      name: 'continuous scheme: a repeat across parents',
      text: '一、总体要求\n\n（一）指导思想\n\n（二）基本原则\n\n二、主要任务\n\n（三）完善制度\n\n三、保障措施\n\n（四）加强领导\n\n四、组织实施\n\n（四）明确分工',
      findings: [{ messageId: 'continuousBack', line: 17, covers: '（四）', messageIncludes: '应为“（五）”' }],
    },
    {
      name: 'an appended document numbers on its own, and its own gaps are still found',
      text: '国务院办公厅关于印发两个文件的通知\n\n各省、自治区、直辖市人民政府：\n\n  现将两个文件印发给你们，请认真贯彻执行。\n\n国务院办公厅\n\n2018年12月18日\n\n甲类事项管理规定\n\n  为规范甲工作，制定本规定。\n\n一、关于财政\n\n（一）加大投入。\n\n二、关于税收\n\n（二）落实优惠。\n\n乙类事项管理办法\n\n  为规范乙工作，制定本规定。\n\n一、关于投资\n\n三、关于融资',
      findings: [{ messageId: 'gap', line: 29, covers: '三、', messageIncludes: '缺少“二、”' }],
    },
    {
      name: 'a whole report (it has a title) whose first level-1 heading is not 一、',
      text: '汕尾市人民政府2020年法治政府建设年度报告\n\n二、主要举措\n\n三、存在不足',
      findings: [{ messageId: 'start', line: 3, covers: '二、' }],
      suggestionOutput: '汕尾市人民政府2020年法治政府建设年度报告\n\n一、主要举措\n\n二、存在不足',
    },
    {
      name: '（1） directly under 一、 with no 1.: wrong nesting, one finding for the run',
      text: '一、主要举措\n\n（1）完善制度。\n\n（2）规范执法。',
      findings: [{ messageId: 'wrongNesting', line: 3, covers: '（1）', messageIncludes: '“一、”' }],
      suggestionOutput: '一、主要举措\n\n（一）完善制度。\n\n（二）规范执法。',
    },
    {
      name: '（1） directly under （一）: wrong nesting',
      text: '（一）制度建设\n\n（1）地方立法。',
      findings: [{ messageId: 'wrongNesting', covers: '（1）' }],
      suggestionOutput: '（一）制度建设\n\n1.地方立法。',
    },
    {
      name: 'Markdown headings: a repeated ## 二、',
      language: 'markdown',
      text: '## 一、主要举措\n\n正文。\n\n## 二、存在不足\n\n正文。\n\n## 二、工作打算\n\n正文。\n',
      findings: [{ messageId: 'repeated', line: 9, column: 4, covers: '二、' }],
      suggestionOutput: '## 一、主要举措\n\n正文。\n\n## 二、存在不足\n\n正文。\n\n## 三、工作打算\n\n正文。\n',
    },
    {
      name: 'run-in headings: a gap',
      text: '四、主要打算\n\n（一）按照部署，积极推进。\n\n（三）督促各级党政主要负责人履行职责。同时加快推进。',
      findings: [{ messageId: 'gap', line: 5, covers: '（三）', messageIncludes: '缺少“（二）”' }],
      suggestionOutput: '四、主要打算\n\n（一）按照部署，积极推进。\n\n（二）督促各级党政主要负责人履行职责。同时加快推进。',
    },
  ],
});

describe('heading-hierarchy on the reference report', () => {
  const findings = (name: string) =>
    lintText(read(name), { rules: [headingHierarchy] }).findings.map((f) => `${f.line}:${f.column} ${f.messageId} ${f.severity}`);

  it('shanwei-2020.fullwidth.txt (draft): no finding', () => {
    assert.deepEqual(findings('shanwei-2020.fullwidth.txt'), []);
  });

  it('shanwei-2020.txt (web copy): no finding', () => {
    assert.deepEqual(findings('shanwei-2020.txt'), []);
  });

  it('shanwei-2020.mutated.txt: the missing 三、 (D5) and the repeated (三) (D7)', () => {
    const result = lintText(read('shanwei-2020.mutated.txt'), { rules: [headingHierarchy] });
    assert.equal(result.doc.source, 'published-copy');
    assert.deepEqual(
      result.findings.map((f) => `${f.line}:${f.column} ${f.messageId} ${f.severity}`),
      ['46:3 gap error', '54:3 repeated error'],
    );
    assert.ok(result.findings[0].messages['zh-CN'].includes('缺少“三、”'));
    assert.ok(result.findings[1].messages['zh-CN'].includes('应为“（四）”'));
  });
});
