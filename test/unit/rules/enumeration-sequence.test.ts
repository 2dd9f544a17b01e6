import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintText } from '../../../server/src/engine/lint';
import { enumerationSequence } from '../../../server/src/engine/rules/enumeration-sequence';
import { ruleTester } from '../../helpers/rule-tester';

const REFERENCE = path.resolve(__dirname, '../../../../shared/fixtures/reference');
const read = (name: string) => fs.readFileSync(path.join(REFERENCE, name), 'utf8');

/** Part 四（五） of the reference report (fullwidth line 51, shortened): 二是, 三是 and no 一是. */
const PART_5 =
  '  （五）切实规范行政执法，为打造优良营商环境创造条件。强化行政执法监督。全面推行行政执法责任制，促进严格规范公正文明执法。二是推动执法监督逐步从事后监督向全流程监督转变。三是深化基层行政执法改革。规范执法主体，界定执法权限。';

ruleTester(enumerationSequence, {
  valid: [
    {
      name: 'an item right after an ellipsis counts: 一是…二是……三是',
      text: '（一）制度建设\n\n一是完善制度。二是强化监督……三是推进公开。',
    },
    {
      name: 'a 一是…三是 run inside one paragraph is its own sequence; the paragraph-level one (一是, 二是 … 三是) goes on around it',
      text: '（三）民生保障\n\n一是稳定就业。\n\n二是坚持民生至上。\n\n办好民生实事。今年将办好三件实事：一是扩大就业，二是改善教育，三是提升医疗。\n\n三是提升治理效能。',
    },
    {
      name: 'a run that begins inside a paragraph and goes on in the next paragraphs',
      text: '（三）加强执法。一是完善制度。二是规范程序。\n\n三是强化监督。\n\n四是推进公开。',
    },
    {
      name: 'reference run, fullwidth line 23',
      text: '  2.政府职能转变紧贴民生。一是全力打造“无证明城市”。深入贯彻党中央决策部署。二是推进政务服务优化，当好便民利企“店小二”。三是加快推进“数字政府”改革建设。',
    },
    { name: 'reference run, fullwidth line 25', text: '  3.依法行政制度体系不断完善。一是地方立法实践不断深化。举办立法听证会。二是规范性文件监督管理工作有序开展。' },
    {
      name: 'reference run, fullwidth line 29',
      text: '  5.坚持严格规范公正文明执法。一是推进乡镇街道综合行政执法工作。二是加强行政执法监督。三是逐步推进行政执法“两平台”建设。',
    },
    {
      name: 'reference run, fullwidth line 31 (items after 。 and inside sentences with ，)',
      text: '  6.政务公开推进成效明显。一是全面部署政务公开工作。二是突出重点，全面推进基层政务公开标准化规范化工作。三是聚焦民生，积极回应社会关切。四是打造公开平台，提升政务公开工作成效。',
    },
    { name: 'reference run, fullwidth line 33', text: '  7.强化对行政权力的监督和制约。一是自觉接受人大政协监督。二是健全行政机关内部监督机制。三是强化司法监督。' },
    {
      name: 'reference run, fullwidth line 35 (with 第一时间 inside)',
      text: '  8.依法有效化解社会矛盾纠纷。一是充分发挥行政复议的定分止争功能，对行政复议案件，第一时间监督纠正。二是健全预防与依法化解纠纷机制。',
    },
    { name: '第一责任人 is not an item', text: '  （一）切实履行推进法治建设第一责任人职责\n\n  履行推进法治建设第一责任人职责，列入第二批试点。' },
    { name: '第一，第二，第三，', text: '我们的做法是：第一，完善制度；第二，规范执法；第三，强化监督。' },
    { name: '统一是 is not an item', text: '标准统一是基础，一是完善制度，二是规范执法。' },
    { name: 'items after ASCII commas (web copy)', text: '主要做法:一是完善制度,二是规范执法,三是强化监督。', source: 'published-copy' },
    { name: 'a new 一是 starts a new run in the same section', text: '（一）制度建设\n\n一是完善立法。二是规范备案。\n\n一是加强审查。二是强化监督。三是推进公开。' },
    { name: 'each section has its own run', text: '（一）制度建设。一是完善立法。二是规范备案。\n\n（二）执法监督。一是加强审查。二是强化监督。' },
    { name: 'items across paragraphs of one section', text: '（一）制度建设\n\n一是完善立法。\n\n二是规范备案。\n\n三是加强审查。' },
    { name: 'Markdown', language: 'markdown', text: '## 一、主要举措\n\n一是完善立法。二是规范备案。\n' },
  ],
  invalid: [
    {
      name: 'after an ellipsis the item is counted, so the gap named is the real one (四是 missing, not 三是)',
      text: '（一）制度建设\n\n一是完善制度。二是强化监督。……三是推进公开。五是加强保障。',
      findings: [{ messageId: 'gap', line: 3, messageIncludes: '缺少“四是”' }],
    },
    {
      name: 'a run begun inside a paragraph, then an item repeated at the start of a later paragraph',
      text: '（一）财政政策\n\n继续实施积极的财政政策。一是扩大支出。\n\n二是减税降费。\n\n三是优化结构。四是加强管理。\n\n四是加强管理。',
      findings: [{ messageId: 'repeated', line: 9 }],
    },
    {
      name: 'reference part 四（五）: 二是 with no 一是; the suggestion inserts 一是 before 强化行政执法监督',
      text: PART_5,
      findings: [{ messageId: 'missingFirst', line: 1, column: 63, covers: '二是', severity: 'error', messageIncludes: '缺少“一是”' }],
      suggestionOutput: PART_5.replace('。强化行政执法监督', '。一是强化行政执法监督'),
    },
    {
      name: 'missing 一是 where the place of the first item is unclear: renumbering is offered',
      text: '（一）制度建设\n\n二是完善立法。三是规范备案。',
      findings: [{ messageId: 'missingFirst', line: 3, column: 1, covers: '二是' }],
      suggestionOutput: '（一）制度建设\n\n一是完善立法。二是规范备案。',
    },
    {
      name: 'a lead-in with a colon: renumbering only',
      text: '主要做法如下：完善立法。二是规范备案。三是加强审查。',
      findings: [{ messageId: 'missingFirst', covers: '二是' }],
      suggestionOutput: '主要做法如下：完善立法。一是规范备案。二是加强审查。',
    },
    {
      name: 'the first item is 三是: names 一是 and 二是',
      text: '三是完善立法。四是规范备案。',
      findings: [{ messageId: 'missingFirst', covers: '三是', messageIncludes: '缺少“一是”“二是”' }],
      suggestionOutput: '一是完善立法。二是规范备案。',
    },
    {
      name: 'a gap',
      text: '一是完善立法。二是规范备案。四是加强审查。五是推进公开。',
      findings: [{ messageId: 'gap', covers: '四是', messageIncludes: '缺少“三是”' }],
      suggestionOutput: '一是完善立法。二是规范备案。三是加强审查。四是推进公开。',
    },
    {
      name: 'a repeat followed by a continuation: one finding',
      text: '一是完善立法。二是规范备案。二是加强审查。三是推进公开。',
      findings: [{ messageId: 'repeated', line: 1, column: 15, covers: '二是', messageIncludes: '应为“三是”' }],
      suggestionOutput: '一是完善立法。二是规范备案。三是加强审查。四是推进公开。',
    },
    {
      name: 'a repeat that stands for the missing number: one finding',
      text: '一是完善立法。二是规范备案。二是加强审查。四是推进公开。',
      findings: [{ messageId: 'repeated', column: 15, covers: '二是' }],
      suggestionOutput: '一是完善立法。二是规范备案。三是加强审查。四是推进公开。',
    },
    {
      name: 'only 一是: info',
      text: '（一）制度建设。一是完善立法，规范备案。',
      findings: [{ messageId: 'onlyFirst', covers: '一是', severity: 'info' }],
    },
    {
      name: '第二，第三， with no 第一',
      text: '我们的做法是：完善制度；第二，规范执法；第三，强化监督。',
      findings: [{ messageId: 'missingFirst', covers: '第二', messageIncludes: '缺少“第一”' }],
      suggestionOutput: '我们的做法是：完善制度；第一，规范执法；第二，强化监督。',
    },
    {
      name: 'items across paragraphs of one section: a gap',
      text: '（一）制度建设\n\n一是完善立法。\n\n三是加强审查。',
      findings: [{ messageId: 'gap', line: 5, covers: '三是' }],
      suggestionOutput: '（一）制度建设\n\n一是完善立法。\n\n二是加强审查。',
    },
    {
      name: 'web copy: items after ASCII commas, missing 一是',
      source: 'published-copy',
      text: '(五)切实规范行政执法。强化行政执法监督,加强指导。二是推动执法监督,三是深化改革。',
      findings: [{ messageId: 'missingFirst', covers: '二是' }],
      suggestionOutput: '(五)切实规范行政执法。一是强化行政执法监督,加强指导。二是推动执法监督,三是深化改革。',
    },
  ],
});

describe('enumeration-sequence on the reference report', () => {
  const summary = (name: string) =>
    lintText(read(name), { rules: [enumerationSequence] }).findings.map((f) => `${f.line}:${f.column} ${f.messageId} ${f.severity}`);

  it('shanwei-2020.fullwidth.txt: only the missing 一是 at line 51; the six correct runs stay clean', () => {
    const result = lintText(read('shanwei-2020.fullwidth.txt'), { rules: [enumerationSequence] });
    assert.deepEqual(
      result.findings.map((f) => `${f.line}:${f.column} ${f.messageId} ${f.severity}`),
      ['51:101 missingFirst error'],
    );
    const insert = result.findings[0].suggestions?.[0];
    assert.ok(insert);
    assert.equal(insert.edits.length, 1);
    assert.equal(insert.edits[0].text, '一是');
    assert.ok(result.doc.text.slice(insert.edits[0].start).startsWith('强化行政执法监督'));
  });

  it('shanwei-2020.txt (web copy): the same defect at line 60', () => {
    assert.deepEqual(summary('shanwei-2020.txt'), ['60:101 missingFirst error']);
  });

  it('shanwei-2020.mutated.txt: the same defect at line 56', () => {
    assert.deepEqual(summary('shanwei-2020.mutated.txt'), ['56:101 missingFirst error']);
  });
});
