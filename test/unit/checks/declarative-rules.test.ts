import { strict as assert } from 'node:assert';
import { checkDefinitionProblems } from '../../../server/src/engine/checks/validate';
import { PatternList } from '../../../server/src/engine/checks/patterns';
import { fixAll } from '../../../server/src/engine/fix';
import { lintText } from '../../../server/src/engine/lint';
import { loadBuiltinPack } from '../../../server/src/engine/pack/builtin-pack';
import { mergePackData } from '../../../server/src/engine/pack/merge';
import type { CheckDefinition, PackData } from '../../../server/src/engine/pack/types';
import { ConfigResolver } from '../../../server/src/engine/config/resolve';
import { checkPackEntries, loadPackFile } from '../../../server/src/engine/config/pack-tests';
import { tempTree } from '../config/helpers';

/** The built-in data with these checks added, as a pack on top of the built-in pack gives it. */
function withChecks(...checks: Omit<CheckDefinition, 'message' | 'description'>[]): PackData {
  const full = checks.map((c) => ({ message: { 'zh-CN': '“{match}”有问题', en: '{match}' }, description: { 'zh-CN': '测试规则' }, ...c }) as CheckDefinition);
  return mergePackData([{ data: loadBuiltinPack().data }, { data: { checks: full } }]);
}

/** The findings of the test rules (`t/…`) as `rule line:column text`. */
function findings(text: string, data: PackData): string[] {
  return lintText(text, { config: { data, source: 'draft' } })
    .findings.filter((f) => f.ruleId.startsWith('t/'))
    .map((f) => `${f.ruleId} ${f.line}:${f.column} ${text.slice(f.span.start, f.span.end)}`);
}

const REPORT = [
  '某县2023年法治政府建设年度报告',
  '一、2023年主要举措和成效',
  '坚持依法决策，落实公众参与、专家论证、风险评估、合法性审查、集体讨论决定程序。',
  '二、存在的不足和原因',
  '一是法治意识有待增强。主要原因是学习不够。',
  '三、2024年工作安排',
  '持续推进严格规范公正文明执法。',
  '',
].join('\n');

describe('declarative rules (pack data.checks)', () => {
  describe('existence', () => {
    const data = withChecks({ id: 't/no-word', kind: 'existence', words: ['有待'], patterns: ['意识[有待]+增强'] });
    it('reports each word and pattern hit, the longest at a place', () => {
      assert.deepEqual(findings(REPORT, data), ['t/no-word 5:5 意识有待增强']);
      assert.deepEqual(findings('工作有待加强。', data), ['t/no-word 1:3 有待']);
    });
    it('says nothing on text without the words', () => {
      assert.deepEqual(findings('工作持续加强。', data), []);
    });
    it('unless: a hit inside a longer correct string is not reported', () => {
      const d = withChecks({ id: 't/no-word', kind: 'existence', words: ['督查'], unless: ['政府督查'] });
      assert.deepEqual(findings('开展政府督查和专项督查。', d), ['t/no-word 1:10 督查']);
    });
    it('scope title / headings / part limit where it looks', () => {
      const title = withChecks({ id: 't/w', kind: 'existence', words: ['2023年'], scope: 'title' });
      assert.deepEqual(findings(REPORT, title), ['t/w 1:3 2023年']);
      const headings = withChecks({ id: 't/w', kind: 'existence', words: ['2023年', '执法'], scope: 'headings' });
      assert.deepEqual(findings(REPORT, headings), ['t/w 2:3 2023年']);
      const part = withChecks({ id: 't/w', kind: 'existence', words: ['原因', '执法'], scope: { part: 'shortcomings-and-causes' } });
      assert.deepEqual(findings(REPORT, part), ['t/w 4:9 原因', 't/w 5:14 原因']);
      const plan = withChecks({ id: 't/w', kind: 'existence', words: ['原因', '执法'], scope: { part: 'next-year-plan' } });
      assert.deepEqual(findings(REPORT, plan), ['t/w 7:13 执法']);
    });
    it('wholeWords: a word inside a longer word is not a hit', () => {
      const d = withChecks({ id: 't/w', kind: 'existence', words: ['公正', '法制'], wholeWords: true });
      // 办公|正门 and 法制日报 hold the letters but not the words.
      assert.deepEqual(findings('严格规范公正文明执法。办公正门关闭。法制日报报道。', d), ['t/w 1:5 公正']);
      const loose = withChecks({ id: 't/w', kind: 'existence', words: ['公正', '法制'] });
      assert.equal(findings('严格规范公正文明执法。办公正门关闭。法制日报报道。', loose).length, 3);
    });
  });

  describe('substitution', () => {
    const data = withChecks({
      id: 't/swap',
      kind: 'substitution',
      swaps: [
        { wrong: ['行政复议委员会议'], right: '行政复议委员会会议', certain: true },
        { pattern: '(\\d+)件次', right: '$1件' },
      ],
    });
    it('reports the wrong form with its right form: certain → fix, otherwise a suggestion', () => {
      const text = '召开行政复议委员会议2次，办理案件12件次。';
      const result = lintText(text, { config: { data, source: 'draft' } }).findings.filter((f) => f.ruleId === 't/swap');
      assert.deepEqual(
        result.map((f) => [f.message, Boolean(f.fix), f.suggestions?.[0]?.edits[0].text]),
        [
          ['“行政复议委员会议”有问题', true, undefined],
          ['“12件次”有问题', false, '12件'],
        ],
      );
      // fix-all applies only the certain one.
      const fixed = fixAll(text, (t) => lintText(t, { config: { data, source: 'draft' } }).findings.filter((f) => f.ruleId === 't/swap')).output;
      assert.equal(fixed, '召开行政复议委员会会议2次，办理案件12件次。');
    });
    it('the right form itself is not reported, even when it contains the wrong form', () => {
      assert.deepEqual(findings('召开行政复议委员会会议。', data), []);
      const d = withChecks({ id: 't/swap', kind: 'substitution', swaps: [{ wrong: ['示范区'], right: '先行示范区', certain: true }] });
      assert.deepEqual(findings('建设先行示范区和示范区。', d), ['t/swap 1:9 示范区']);
      // fix-all ends: the fixed text has nothing left to fix.
      const fixed = fixAll('建设示范区。', (t) => lintText(t, { config: { data: d, source: 'draft' } }).findings.filter((f) => f.ruleId === 't/swap'));
      assert.deepEqual([fixed.output, fixed.passes], ['建设先行示范区。', 1]);
    });
  });

  describe('occurrence', () => {
    it('max: the first hit too many is reported with the count', () => {
      const d = withChecks({ id: 't/max', kind: 'occurrence', words: ['坚持'], max: 1 });
      assert.deepEqual(findings('坚持依法行政，坚持执法为民。', d), ['t/max 1:8 坚持']);
      assert.deepEqual(findings('坚持依法行政。', d), []);
    });
    it('min: too few in the scope is reported at the scope start; a part the report lacks is not', () => {
      const d = withChecks({ id: 't/min', kind: 'occurrence', words: ['原因'], min: 3, scope: { part: 'shortcomings-and-causes' } });
      assert.deepEqual(findings(REPORT, d), ['t/min 4:1 二、存在的不足和原因']);
      assert.deepEqual(findings('某县2023年法治政府建设年度报告\n一、主要举措和成效\n推进工作。\n', d), []);
    });
  });

  describe('conditional', () => {
    const d = withChecks({ id: 't/if', kind: 'conditional', if: { words: ['出庭应诉'] }, then: { patterns: ['\\d+(?:\\.\\d+)?%'] }, within: 'paragraph' });
    it('A without B in the same unit is reported at A', () => {
      assert.deepEqual(findings('行政机关负责人出庭应诉工作有序开展。\n', d), ['t/if 1:8 出庭应诉']);
    });
    it('A with B, or no A, is fine', () => {
      assert.deepEqual(findings('行政机关负责人出庭应诉率达100%。\n', d), []);
      assert.deepEqual(findings('推进依法行政。\n', d), []);
    });
  });

  describe('required', () => {
    const d = withChecks({ id: 't/req', kind: 'required', words: ['第一责任人'], scope: 'body' });
    it('a scope without the term is reported at its start', () => {
      assert.deepEqual(findings(REPORT, d), ['t/req 2:1 一、2023年主要举措和成效']);
    });
    it('a scope with the term is fine', () => {
      assert.deepEqual(findings(REPORT.replace('坚持依法决策', '履行第一责任人职责'), d), []);
    });
  });

  describe('sequence', () => {
    const d = withChecks({
      id: 't/seq',
      kind: 'sequence',
      within: 'sentence',
      items: ['公众参与', '专家论证', '风险评估', '合法性审查', '集体讨论决定'],
      message: { 'zh-CN': '“{item}”应在“{after}”之后', en: '{item} after {after}' },
    } as CheckDefinition);
    it('items out of order are reported at the first misplaced item', () => {
      assert.deepEqual(findings('落实专家论证、公众参与、风险评估程序。', d), ['t/seq 1:3 专家论证']);
      const f = lintText('落实专家论证、公众参与程序。', { config: { data: d, source: 'draft' } }).findings.find((x) => x.ruleId === 't/seq');
      assert.equal(f?.message, '“专家论证”应在“公众参与”之后');
    });
    it('items in order, or in different sentences, are fine', () => {
      assert.deepEqual(findings(REPORT, d), []);
      assert.deepEqual(findings('开展专家论证。落实公众参与。', d), []);
    });
  });

  describe('patterns run on RE2', () => {
    it('a catastrophic-backtracking pattern over a long text is run by RE2 and finds its matches', () => {
      const list = new PatternList(['(a+)+$', '(x+x+)+y']);
      // The compiled patterns are RE2 programs (re2js), not JavaScript RegExp objects.
      assert.ok((list as unknown as { patterns: object[] }).patterns.every((p) => p.constructor.name === 'RE2JS'));
      const text = `${'a'.repeat(200_000)}b\n${'x'.repeat(200_000)}`;
      assert.deepEqual(list.find(text), []);
      assert.equal(list.find(`${'a'.repeat(50_000)}`).length, 1);
    });
    it('many patterns in one RE2 set find exactly what each pattern finds on its own', () => {
      const sources = Array.from({ length: 300 }, (_, i) => `${String.fromCharCode(0x4e00 + i)}[0-9]{${1 + (i % 3)}}`);
      sources.push('(a+)+$', '第[一二三]条');
      const text = Array.from({ length: 400 }, (_, i) => `${String.fromCharCode(0x4e00 + ((i * 37) % 320))}${i}。`).join('') + '第二条aaa';
      const one = sources.flatMap((s, i) => new PatternList([s]).find(text, 0).map((h) => `${i}@${h.start}-${h.end}`));
      const all = new PatternList(sources).find(text, 0).map((h) => `${h.source}@${h.start}-${h.end}`);
      assert.ok(one.length > 100, `the text holds many hits (${one.length})`);
      assert.deepEqual([...all].sort(), [...one].sort());
    });
    it('a pack with a backreference or lookaround is refused naming the file, the rule and the pattern', () => {
      const tree = tempTree({
        'pack.yaml': [
          'name: fzlint-pack-t',
          'version: 1.0.0',
          'data:',
          '  checks:',
          '    - id: t/ok',
          '      kind: existence',
          '      words: [有待]',
          '      message: { zh-CN: 有待 }',
          '      description: { zh-CN: 有待 }',
          '    - id: t/backref',
          '      kind: existence',
          "      patterns: ['(\\S)\\1']",
          '      message: { zh-CN: 重复 }',
          '      description: { zh-CN: 重复 }',
          '    - id: t/look',
          '      kind: existence',
          "      patterns: ['执法(?!人员)']",
          '      message: { zh-CN: 执法 }',
          '      description: { zh-CN: 执法 }',
          '',
        ].join('\n'),
        '.fzlintrc.yaml': 'extends: ./pack.yaml\n',
      });
      try {
        const resolved = new ConfigResolver().resolveFor(tree.file('report.txt'));
        const problems = resolved.problems.map((p) => `${p.file.endsWith('pack.yaml')} ${p.line} ${p.messages.en}`);
        assert.equal(problems.length, 2);
        assert.match(problems[0], /^true 12 Rule "t\/backref": The pattern "\(\\S\)\\1" uses a backreference/);
        assert.match(problems[1], /^true 17 Rule "t\/look": The pattern "执法\(\?!人员\)" uses lookaround/);
        // The good rule still runs; the refused ones do not.
        assert.deepEqual(
          resolved.config.data!.checks.filter((c) => c.id.startsWith('t/')).map((c) => c.id),
          ['t/ok'],
        );
      } finally {
        tree.cleanup();
      }
    });
  });

  describe('load-time checks', () => {
    it('a pack rule id must be namespaced, and each kind needs its fields', () => {
      const problems = checkDefinitionProblems(
        [
          { id: 'no-slash', kind: 'existence', words: ['x'] },
          { id: 't/empty', kind: 'existence' },
          { id: 't/occ', kind: 'occurrence', words: ['x'] },
          { id: 't/swap', kind: 'substitution', swaps: [{ wrong: ['甲'], right: '甲' }] },
          { id: 't/if', kind: 'conditional', if: { words: ['甲'] } },
          { id: 't/seq', kind: 'sequence', items: ['甲'] },
          { id: 't/f', kind: 'formulation' },
        ] as CheckDefinition[],
        false,
      );
      assert.deepEqual(
        problems.map((p) => p.index),
        [0, 1, 2, 3, 4, 5, 6],
      );
      assert.match(problems[0].en, /"pack\/rule"/);
    });
    it('fzlint pack check names rules that can never report', () => {
      const text = [
        'name: fzlint-pack-t',
        'version: 1.0.0',
        'data:',
        '  checks:',
        '    - id: t/part',
        '      kind: required',
        '      scope: { part: shortcomings-and-cause }',
        '      words: [原因]',
        '      unless: [法治]',
        '      message: { zh-CN: 原因 }',
        '      description: { zh-CN: 原因 }',
        '    - id: t/short',
        '      kind: formulation',
        '      phrases: [四个意识, 习近平法治思想]',
        '      message: { zh-CN: 提法 }',
        '      description: { zh-CN: 提法 }',
        '',
      ].join('\n');
      const tree = tempTree({ 'pack.yaml': text });
      try {
        const { parsed } = loadPackFile(tree.file('pack.yaml'));
        const issues = checkPackEntries(tree.file('pack.yaml'), parsed!).map((i) => `${i.line} ${i.messages.en}`);
        assert.equal(issues.length, 3);
        assert.match(issues[0], /^7 Rule "t\/part": the scope part "shortcomings-and-cause" is not the id of any content item/);
        assert.match(issues[1], /^9 Rule "t\/part": the unless string "法治" contains none of the words/);
        assert.match(issues[2], /^14 Rule "t\/short": the phrase "四个意识" is shorter than five characters/);
      } finally {
        tree.cleanup();
      }
    });
    it('the built-in pack’s own declarative rules pass the load-time checks', () => {
      assert.deepEqual(checkDefinitionProblems(loadBuiltinPack().data.checks, true), []);
      assert.ok(loadBuiltinPack().data.checks.length >= 3);
    });
  });
});
