import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { parseReport } from '../../../server/src/engine/document/report-document';
import { indicatorCoverage } from '../../../server/src/engine/coverage/indicator-coverage';
import { lintText } from '../../../server/src/engine/lint';
import { loadBuiltinPack } from '../../../server/src/engine/pack/builtin-pack';
import { mergePackData } from '../../../server/src/engine/pack/merge';
import { indicatorCoverageRule } from '../../../server/src/engine/rules/indicator-coverage';
import { fullwidthReport } from '../../helpers/paths';
import { ruleTester } from '../../helpers/rule-tester';

const report = (year: number, items: string[], tail = '二、存在的不足和原因\n执法力量不足，主要是编制紧缺。\n') =>
  `某县人民政府${year}年法治政府建设年度报告\n一、主要举措和成效\n${items.map((t, i) => `（${'一二三四五六七八九'[i]}）${t}`).join('\n')}\n${tail}`;
const ALL = [
  '深化“放管服”改革，持续优化营商环境。',
  '加强规范性文件合法性审核和备案审查。',
  '严格落实重大行政决策程序。',
  '推进综合行政执法改革。',
  '修订突发事件应急预案。',
  '发挥行政复议化解行政争议的主渠道作用。',
  '全面推进政务公开。',
  '推进数字政府建设。',
];
const without = (i: number) => ALL.filter((_, k) => k !== i);

ruleTester(indicatorCoverageRule, {
  valid: [
    { name: 'all eight areas covered', text: report(2023, ALL) },
    { name: 'a 2020 report (before the 2021–2025 Outline) is not checked', text: report(2020, without(4)) },
    { name: 'a 2026 report (after the Outline) is not checked', text: report(2026, without(4)) },
    { name: 'no year known: not checked', text: `某县人民政府法治政府建设年度报告\n一、主要举措和成效\n（一）推进数字政府建设。\n` },
  ],
  invalid: [
    {
      name: 'one area missing: one finding on the title naming it',
      text: report(2023, without(4)),
      findings: [{ messageId: 'absent', severity: 'info', line: 1, column: 1 }],
    },
    {
      name: 'an area named only in the plans or the shortcomings is not covered',
      text: report(2023, without(7), '二、存在的不足和原因\n数字政府建设滞后，主要是投入不足。\n三、2024年工作安排\n加快推进数字政府建设。\n'),
      findings: [{ messageId: 'absent', severity: 'info', line: 1 }],
    },
  ],
});

describe('indicator-coverage: messages, options and pack systems', () => {
  const findings = (text: string, options: Parameters<typeof lintText>[1] = {}) => lintText(text, options).findings.filter((f) => f.ruleId === 'indicator-coverage');

  it('lists every absent area once, in Chinese and in English', () => {
    const [zh] = findings(report(2023, ALL.slice(0, 5)));
    assert.equal(
      zh.message,
      '对照《法治政府建设实施纲要（2021—2025年）》八个体系，本报告的工作情况部分未涉及3个领域：“健全社会矛盾纠纷行政预防调处化解体系”、“健全行政权力制约和监督体系”、“健全法治政府建设科技保障体系”。报告通常按这些领域逐项报告（非强制要求）；如确有相关工作，建议补写。',
    );
    const [en] = findings(report(2023, ALL.slice(0, 5)), { config: { locale: 'en' } });
    assert.match(en.message, /does not touch 3 area\(s\): preventing and resolving social disputes; checks on and oversight of administrative power; technology support/);
  });

  it('the systems option limits the check to the named systems', () => {
    const text = report(2023, without(4));
    assert.equal(findings(text, { config: { ruleOptions: { 'indicator-coverage': { systems: ['other'] } } } }).length, 0);
    assert.equal(findings(text, { config: { ruleOptions: { 'indicator-coverage': { systems: ['outline-2021-2025-systems'] } } } }).length, 1);
  });

  it("a pack's own system (with second-level areas) is mapped too; a child's passage covers its parent", () => {
    const data = mergePackData([
      { data: loadBuiltinPack().data },
      {
        data: {
          indicators: [
            {
              id: 'house',
              name: { 'zh-CN': '本市指标', en: 'city indicators' },
              areas: [
                { id: 'a', name: { 'zh-CN': '营商环境', en: 'business' }, terms: ['营商环境'], children: [{ id: 'a1', name: { 'zh-CN': '证照分离', en: 'licences' }, terms: ['证照分离'] }] },
                { id: 'b', name: { 'zh-CN': '基层治理', en: 'grassroots' }, terms: ['网格化'] },
              ],
            },
          ],
        },
      },
    ]);
    const doc = parseReport(report(2023, ['推进证照分离改革。', ...ALL.slice(1)]), { source: 'draft' });
    const house = indicatorCoverage(doc, data).find((s) => s.id === 'house')!;
    assert.equal(house.applies, true, 'a system without years applies to every report');
    assert.deepEqual(
      house.areas.map((a) => [a.id, a.passages.map((p) => p.line), a.children.map((c) => [c.id, c.passages.map((p) => p.line)])]),
      [
        ['a', [3], [['a1', [3]]]],
        ['b', [], []],
      ],
    );
    const f = findings(report(2023, ['推进证照分离改革。', ...ALL.slice(1)]), { config: { data } });
    // The Outline misses 健全政府机构职能体系 here (证照分离 is a term of the pack's system only).
    assert.equal(f.length, 2);
    assert.match(f[0].message, /^对照《法治政府建设实施纲要（2021—2025年）》八个体系，本报告的工作情况部分未涉及1个领域：“健全政府机构职能体系”。/);
    assert.match(f[1].message, /^对照本市指标，本报告的工作情况部分未涉及1个领域：“基层治理”。/);
  });
});

describe('indicator-coverage on the reference report (hand-checked table)', () => {
  // Read by hand in the reference report (full-width copy): the paragraphs of its account of the
  // work (parts 一 and 二, lines 7–35) that touch each of the eight systems. Its parts 三 to 五
  // (shortcomings, the 2021 plans, the inspection follow-up, lines 37–65) are not work done: the
  // 数字政府 of its plans (line 53) does not count.
  const TABLE: Record<string, number[]> = {
    'agency-functions': [23, 25, 35], // 职能转变、放管服、营商环境; 证明事项; 政务服务
    'rules-system': [25], // 立法、规章
    'decision-system': [27], // 重大行政决策、法律顾问
    'enforcement-system': [29], // 综合行政执法、行政处罚
    'emergency-system': [21, 31], // 疫情防控; 应急
    'dispute-system': [35], // 行政复议
    'oversight-system': [31, 33], // 政务公开; 人大监督、民主监督、审计
    'technology-system': [23], // 数字政府
  };

  it('lists each area with its passages, and nothing outside the account of the work', () => {
    const doc = parseReport(fs.readFileSync(fullwidthReport, 'utf8'));
    const [outline] = indicatorCoverage(doc, loadBuiltinPack().data);
    assert.equal(outline.applies, false, 'the reference is a 2020 report: the 2021–2025 systems do not apply to it');
    assert.deepEqual(Object.fromEntries(outline.areas.map((a) => [a.id, a.passages.map((p) => p.line)])), TABLE);
    const decision = outline.areas.find((a) => a.id === 'decision-system')!;
    assert.ok(decision.passages[0].terms.includes('重大行政决策'));
  });

  it('the reference as a 2023 report: no finding; without its 行政复议 paragraph, that system is reported absent', () => {
    const text = fs.readFileSync(fullwidthReport, 'utf8');
    const lines = text.split('\n');
    const title = parseReport(text).meta.title!;
    const as2023 = text.slice(0, title.span.start) + text.slice(title.span.start, title.span.end).replace('2020', '2023') + text.slice(title.span.end);
    assert.deepEqual(lintText(as2023).findings.filter((f) => f.ruleId === 'indicator-coverage'), []);
    const cut = as2023.split('\n').map((l, i) => (i + 1 === 35 ? '' : l)).join('\n');
    assert.equal(cut.split('\n').length, lines.length);
    const f = lintText(cut).findings.filter((x) => x.ruleId === 'indicator-coverage');
    assert.equal(f.length, 1);
    assert.match(f[0].message, /未涉及1个领域：“健全社会矛盾纠纷行政预防调处化解体系”/);
  });
});
