/**
 * Vocabulary as data (rules/recommended.yaml `data.vocabulary`): a pack's words reach the rules of
 * the lints that use that pack only, and a malformed vocabulary section is a pack error naming the file.
 */
import { strict as assert } from 'node:assert';
import { ConfigResolver } from '../../../server/src/engine/config/resolve';
import { checkPackEntries, loadPackFile } from '../../../server/src/engine/config/pack-tests';
import { lintText } from '../../../server/src/engine/lint';
import { lexiconFor } from '../../../server/src/engine/figures/lexicon';
import { loadBuiltinPack } from '../../../server/src/engine/pack/builtin-pack';
import { VOCABULARY_CONCEPTS } from '../../../server/src/engine/pack/vocabulary';
import { tempTree } from '../config/helpers';

/** 封 is no measure word of the built-in vocabulary. */
const TEXT = '一、全年共收到群众来信10封，其中网上来信3封，书面来信2封，其他来信1封。\n二、办结来信 8 封。\n';
const shown = (findings: { ruleId: string; span: { start: number; end: number } }[], rules: string[]) =>
  findings.filter((f) => rules.includes(f.ruleId)).map((f) => `${f.ruleId}@${f.span.start}-${f.span.end}`);
const RULES = ['number-unit-space', 'total-equals-parts'];

describe('vocabulary from packs', () => {
  let tree: ReturnType<typeof tempTree> | undefined;
  afterEach(() => tree?.cleanup());

  it('the built-in pack carries every concept, each with words', () => {
    const v = loadBuiltinPack().data.vocabulary;
    for (const c of VOCABULARY_CONCEPTS) assert.ok(v[c].length > 0, c);
    assert.ok(v.measureWords.includes('件') && v.units.includes('千米') && v.boundedRates.includes('满意率'));
  });

  it('a pack that adds a measure word changes the findings of the rules that read units; the built-in pack in the same process does not', () => {
    const builtinBefore = shown(lintText(TEXT).findings, RULES);
    assert.deepEqual(builtinBefore, [], 'the built-in vocabulary has no 封');
    tree = tempTree({
      'pack.yaml': 'name: letters\nversion: 1.0.0\ndata:\n  vocabulary:\n    measureWords: [封]\n',
      '.fzlintrc.yaml': 'extends: [fzlint:recommended, ./pack.yaml]\n',
      'r.txt': '',
    });
    const r = new ConfigResolver().resolveFor(tree.file('r.txt'));
    assert.deepEqual(r.problems, []);
    assert.ok(r.config.data!.vocabulary.measureWords.includes('封'));
    assert.ok(r.config.data!.vocabulary.measureWords.includes('件'), 'the built-in words are kept');
    const withPack = lintText(TEXT, { config: r.config }).findings;
    const space = withPack.find((f) => f.ruleId === 'number-unit-space');
    assert.ok(space, 'number-unit-space reports "8 封"');
    assert.equal(TEXT.slice(space.span.start, space.span.end), '8 封');
    const total = withPack.find((f) => f.ruleId === 'total-equals-parts');
    assert.ok(total, 'total-equals-parts checks 10封 against 3封 + 2封 + 1封');
    assert.match(total.messages['zh-CN'], /10/);
    assert.deepEqual(shown(lintText(TEXT).findings, RULES), builtinBefore, 'the built-in pack after a lint with the pack');
  });

  it('a pack that removes a built-in word takes it out for its lints only; pack check flags blank words and words that are not there', () => {
    const text = '一、全市新增执法车辆 5 台。\n';
    const spaced = (config?: Parameters<typeof lintText>[1]) =>
      lintText(text, config)
        .findings.filter((f) => f.ruleId === 'number-unit-space')
        .map((f) => text.slice(f.span.start, f.span.end));
    assert.deepEqual(spaced(), ['5 台']);
    tree = tempTree({
      'pack.yaml': 'name: no-tai\nversion: 1.0.0\ndata:\n  removeVocabulary:\n    measureWords: [台, 没有这个词]\n  vocabulary:\n    units: [" "]\n',
      '.fzlintrc.yaml': 'extends: ./pack.yaml\n',
      'r.txt': '',
    });
    const r = new ConfigResolver().resolveFor(tree.file('r.txt'));
    assert.deepEqual(r.problems, []);
    assert.ok(!r.config.data!.vocabulary.units.includes('台') && !r.config.data!.vocabulary.measureWords.includes('台'));
    assert.ok(r.config.data!.vocabulary.units.includes('千米'), 'the other built-in words stay');
    assert.deepEqual(spaced({ config: r.config }), [], '台 is no unit for this pack');
    assert.deepEqual(spaced(), ['5 台'], 'the built-in pack in the same process still has it');
    const { parsed } = loadPackFile(tree.file('pack.yaml'));
    const issues = checkPackEntries(tree.file('pack.yaml'), parsed!).map((i) => i.messages.en);
    assert.equal(issues.length, 2);
    assert.match(issues[0], /The units word " " is blank/);
    assert.match(issues[1], /"没有这个词" is not in the built-in measureWords list/);
  });

  it('number-unit-space reads the units of the figure reader, but a blank before 年度 is still reported', () => {
    const at = (text: string) =>
      lintText(text)
        .findings.filter((f) => f.ruleId === 'number-unit-space')
        .map((f) => text.slice(f.span.start, f.span.end));
    assert.deepEqual(at('一、全市新增执法车辆 5 台。\n'), ['5 台']);
    assert.deepEqual(at('一、2020 年度法治政府建设情况。\n'), ['2020 年']);
    assert.deepEqual(at('一、共有 3 部门参与，修改 2 起草稿。\n'), []);
  });

  it('the words are compiled once per configuration, not per lint', () => {
    tree = tempTree({
      'pack.yaml': 'name: letters\nversion: 1.0.0\ndata:\n  vocabulary:\n    measureWords: [封]\n',
      '.fzlintrc.yaml': 'extends: ./pack.yaml\n',
      'r.txt': '',
    });
    const resolver = new ConfigResolver();
    const first = resolver.resolveFor(tree.file('r.txt')).config.data!;
    const second = resolver.resolveFor(tree.file('r.txt')).config.data!;
    assert.equal(lexiconFor(first), lexiconFor(second));
    assert.notEqual(lexiconFor(first), lexiconFor(loadBuiltinPack().data));
    assert.equal(lexiconFor(loadBuiltinPack().data), lexiconFor(undefined), 'no data: the built-in words');
    assert.ok(lexiconFor(first).chineseUnits.includes('封') && !lexiconFor(loadBuiltinPack().data).chineseUnits.includes('封'));
  });

  it('an unknown concept is a schema error naming the pack file and the key', () => {
    tree = tempTree({
      'pack.yaml': 'name: letters\nversion: 1.0.0\ndata:\n  vocabulary:\n    measurewords: [封]\n',
      '.fzlintrc.yaml': 'extends: ./pack.yaml\n',
      'r.txt': '',
    });
    const r = new ConfigResolver().resolveFor(tree.file('r.txt'));
    assert.equal(r.problems.length, 1);
    const p = r.problems[0];
    assert.equal(p.code, 'schema');
    assert.equal(p.file, tree.file('pack.yaml'));
    assert.equal(p.line, 5);
    assert.match(p.messages['zh-CN'], /未知的设置项“data\.vocabulary\.measurewords”/);
    assert.match(p.messages.en, /unknown property "data\.vocabulary\.measurewords"/);
    assert.ok(!r.config.data!.vocabulary.measureWords.includes('封'), 'the invalid pack adds no words');
  });

  it('a non-string word is a schema error at the word', () => {
    tree = tempTree({
      'pack.yaml': 'name: letters\nversion: 1.0.0\ndata:\n  vocabulary:\n    units: [封, 3]\n',
      '.fzlintrc.yaml': 'extends: ./pack.yaml\n',
      'r.txt': '',
    });
    const r = new ConfigResolver().resolveFor(tree.file('r.txt'));
    assert.equal(r.problems.length, 1);
    const p = r.problems[0];
    assert.equal(p.code, 'schema');
    assert.equal(p.file, tree.file('pack.yaml'));
    assert.match(p.messages['zh-CN'], /data\.vocabulary\.units\[1\] 的类型不对，应为 string/);
  });
});
