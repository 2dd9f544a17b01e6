import * as assert from 'node:assert/strict';
import type { PreviousLink } from '../../../server/src/engine/across-years/previous-report';
import { matchPromises, promisesOf } from '../../../server/src/engine/across-years/promises';
import { parseReport } from '../../../server/src/engine/document/report-document';
import { lintText } from '../../../server/src/engine/lint';
import { loadBuiltinPack } from '../../../server/src/engine/pack/builtin-pack';
import { mergePackData } from '../../../server/src/engine/pack/merge';
import { emptyVocabulary } from '../../../server/src/engine/pack/vocabulary';
import { promiseFollowThrough } from '../../../server/src/engine/rules/promise-follow-through';
import { ruleTester } from '../../helpers/rule-tester';

const PLAN = [
  '（一）深化乡镇综合行政执法改革，完善镇街执法队伍建设。',
  '（二）严格执行重大行政决策程序，落实公众参与、专家论证、风险评估等法定程序。',
  '（三）加强行政复议工作。一是推进行政复议规范化建设，统一受理标准。二是完善行政复议听证制度，提高听证比例。',
];
const lastYear = (plan: string[] = PLAN) =>
  ['某县人民政府2022年法治政府建设年度报告', '一、主要举措和成效', '全年办理行政复议案件86件。', '二、存在的不足和原因', '基层执法力量不足，主要是编制紧张。', '三、2023年主要安排', ...plan].join('\n') + '\n';
const thisYear = (work: string[], plans: string[] = ['（一）开展法治政府建设示范创建。']) =>
  [
    '某县人民政府2023年法治政府建设年度报告',
    '一、主要举措和成效',
    ...work,
    '二、存在的不足和原因',
    '执法人员培训覆盖面不够，原因是新进人员较多。',
    '三、2024年主要安排',
    ...plans,
  ].join('\n') + '\n';
const found = (text = lastYear()): PreviousLink => ({ status: 'found', report: { filePath: '2022年报告.txt', doc: parseReport(text, { source: 'draft' }) } });

const ENFORCEMENT = '乡镇综合行政执法改革全面完成，镇街执法队伍实现全覆盖。';
const DECISIONS = '重大行政决策严格履行公众参与、专家论证、风险评估、合法性审查、集体讨论决定程序。';
const STANDARD = '行政复议规范化建设取得进展，受理标准在全县统一。';
const HEARINGS = '行政复议听证制度更加完善，听证比例明显提高。';
const ALL = [ENFORCEMENT, DECISIONS, STANDARD, HEARINGS];

ruleTester(promiseFollowThrough, {
  valid: [
    { name: 'no previous report: not checked', text: thisYear([ENFORCEMENT]) },
    { name: 'last year not found: not checked (previous-report says so)', text: thisYear([ENFORCEMENT]), previous: { status: 'missing', year: 2022 } },
    { name: 'every plan item followed up, in other words', text: thisYear(ALL), previous: found() },
    {
      name: 'last year’s report has no plan part: nothing to follow up',
      text: thisYear([ENFORCEMENT]),
      previous: found('某县人民政府2022年法治政府建设年度报告\n一、主要举措和成效\n全年办理行政复议案件86件。\n'),
    },
    {
      name: 'a lower threshold counts a partly matched item as reported',
      text: thisYear([ENFORCEMENT, '重大行政决策目录向社会公开。', STANDARD, HEARINGS]),
      previous: found(),
      options: { threshold: 0.1 },
    },
  ],
  invalid: [
    {
      name: 'one heading item not followed up: listed at the title with last year’s line',
      text: thisYear([ENFORCEMENT, STANDARD, HEARINGS]),
      previous: found(),
      findings: [{ messageId: 'unreported', line: 1, column: 1, messageIncludes: '有1项在本年度报告的工作情况中未找到对应内容：（1）去年第8行“严格执行重大行政决策程序' }],
    },
    {
      name: 'a 二是 item not followed up: the items under a heading count one by one',
      text: thisYear([ENFORCEMENT, DECISIONS, STANDARD]),
      previous: found(),
      findings: [{ messageId: 'unreported', messageIncludes: '（1）去年第9行“完善行政复议听证制度' }],
    },
    {
      name: 'a promise repeated in this year’s plans is not its follow-up',
      text: thisYear([ENFORCEMENT, STANDARD, HEARINGS], ['（一）严格执行重大行政决策程序，落实公众参与、专家论证、风险评估等法定程序。']),
      previous: found(),
      findings: [{ messageId: 'unreported', messageIncludes: '重大行政决策' }],
    },
    {
      name: 'mentioned only among this year’s shortcomings: not followed up',
      text: thisYear([ENFORCEMENT, STANDARD, HEARINGS]).replace('执法人员培训覆盖面不够', '重大行政决策公众参与、专家论证、风险评估程序落实不到位'),
      previous: found(),
      findings: [{ messageId: 'unreported', messageIncludes: '重大行政决策' }],
    },
  ],
});

describe('promise-follow-through: the items, the score and the candidate passage', () => {
  const data = loadBuiltinPack().data;

  it('takes last year’s plan items: each sub-heading, and each 一是/二是 item under a heading', () => {
    const items = promisesOf(parseReport(lastYear(), { source: 'draft' }), data);
    assert.deepEqual(
      items.map((p) => [p.line, p.excerpt.slice(0, 6)]),
      [
        [7, '深化乡镇综合'],
        [8, '严格执行重大'],
        [9, '推进行政复议'],
        [9, '完善行政复议'],
      ],
    );
    // General words and the issuer's name are no key terms; domain words come first.
    assert.equal(items[1].terms[0], '重大行政决策');
    for (const p of items) for (const t of p.terms) assert.ok(!['推进', '加强', '完善', '严格执行', '某县'].includes(t), t);
  });

  it('scores each item by its key terms within three sentences, and explains it in the finding', () => {
    const doc = parseReport(thisYear([ENFORCEMENT, STANDARD, HEARINGS, '重大行政决策目录向社会公开。']), { source: 'draft' });
    const decision = matchPromises(doc, parseReport(lastYear(), { source: 'draft' }), data)[1];
    assert.deepEqual(decision.found, ['重大行政决策']);
    assert.ok(decision.score > 0 && decision.score < 0.5, String(decision.score));
    assert.equal(doc.text.slice(decision.passage!.start, decision.passage!.end), '重大行政决策目录向社会公开。');

    const [f] = lintText(doc.text, { previous: found(), config: { source: 'draft' } }).findings.filter((x) => x.ruleId === 'promise-follow-through');
    assert.match(f.message, /关键词命中1\/\d（重大行政决策），未见公众参与、专家论证、风险评估/);
    assert.match(f.messages.en, /1 of \d key terms found \(重大行政决策\); not found: 公众参与, 专家论证, 风险评估/);
    assert.equal(f.severity, 'info');
    // 对照去年报告 opens last year's report at the first item listed.
    assert.deepEqual(f.previous, { line: 8 });
    // The candidate passage, with its score, as related information.
    assert.equal(f.related?.length, 1);
    assert.equal(f.related![0].line, 6);
    assert.match(f.related![0].message['zh-CN'], /最接近的段落：得分\d+%/);
  });

  it('an item with no key term found anywhere is listed without a candidate passage', () => {
    const [f] = lintText(thisYear([ENFORCEMENT, STANDARD, HEARINGS]), { previous: found(), config: { source: 'draft' } }).findings.filter(
      (x) => x.ruleId === 'promise-follow-through',
    );
    assert.match(f.message, /关键词命中0\//);
    assert.deepEqual(f.related ?? [], []);
  });

  it('a pack’s genericWords take a word out of the key terms', () => {
    const withPack = lintText(thisYear([ENFORCEMENT, STANDARD, HEARINGS]), {
      previous: found(),
      config: { source: 'draft', data: mergePackData([{ data }, { data: { vocabulary: { ...emptyVocabulary(), genericWords: ['重大行政决策', '公众参与', '专家论证', '风险评估', '法定程序', '程序'] } } }]) },
    }).findings.filter((x) => x.ruleId === 'promise-follow-through');
    assert.deepEqual(withPack, [], 'the decision item has too few key terms left to be matched');
  });
});
