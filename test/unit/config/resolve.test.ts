import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import { ConfigResolver } from '../../../server/src/engine/config/resolve';
import { loadBuiltinPack } from '../../../server/src/engine/pack/builtin-pack';
import { tempTree } from './helpers';

const term = (id: string, wrong: string, right: string) => `    - { id: ${id}, wrong: [${wrong}], right: ${right} }\n`;

describe('config resolution', () => {
  let tree: ReturnType<typeof tempTree> | undefined;
  afterEach(() => tree?.cleanup());

  it('uses the built-in pack alone when there is no config file', () => {
    tree = tempTree({ 'r.txt': '' });
    const r = new ConfigResolver().resolveFor(tree.file('r.txt'));
    assert.equal(r.configFile, undefined);
    assert.deepEqual(r.config.rules, {});
    assert.equal(r.config.data, loadBuiltinPack().data, 'the same data object (pipeline cache hits)');
    assert.deepEqual(
      r.layers.map((l) => l.ref),
      ['fzlint:recommended'],
    );
    assert.deepEqual(r.problems, []);
  });

  it('the nearest config wins, configs further up are not merged', () => {
    tree = tempTree({
      '.fzlintrc.yaml': 'rules:\n  repeated-word: off\n  straight-quotes: info\n',
      'a/.fzlintrc.json': '{ "rules": { "repeated-word": "warning" } }',
      'a/b/r.txt': '',
      'r.txt': '',
      'c/package.json': '{ "name": "x" }',
      'c/r.txt': '',
      'd/package.json': '{ "name": "y", "fzlint": { "rules": { "repeated-word": "error" } } }',
      'd/r.txt': '',
    });
    const resolver = new ConfigResolver();
    assert.deepEqual(resolver.resolveFor(tree.file('a/b/r.txt')).config.rules, { 'repeated-word': 'warning' });
    assert.equal(resolver.resolveFor(tree.file('a/b/r.txt')).configFile, tree.file('a/.fzlintrc.json'));
    assert.deepEqual(resolver.resolveFor(tree.file('r.txt')).config.rules, { 'repeated-word': 'off', 'straight-quotes': 'info' });
    // package.json without an fzlint key is not a config: the search goes on upward.
    assert.equal(resolver.resolveFor(tree.file('c/r.txt')).configFile, tree.file('.fzlintrc.yaml'));
    assert.deepEqual(resolver.resolveFor(tree.file('d/r.txt')).config.rules, { 'repeated-word': 'error' });
  });

  it('prefers .fzlintrc.json over .fzlintrc.yaml in one folder', () => {
    tree = tempTree({ '.fzlintrc.yaml': 'rules: { repeated-word: off }\n', '.fzlintrc.json': '{"rules":{"repeated-word":"info"}}', 'r.txt': '' });
    assert.deepEqual(new ConfigResolver().resolveFor(tree.file('r.txt')).config.rules, { 'repeated-word': 'info' });
  });

  it('merges an extends chain in order: the built-in pack, each extended pack, then the config itself', () => {
    tree = tempTree({
      'p1.yaml': `name: p1\nversion: 1.0.0\nrules:\n  repeated-word: error\n  straight-quotes: off\ndata:\n  terms:\n${term('t1', '甲', '乙')}${term('t3', '庚', '辛')}`,
      'p2.yaml': `name: p2\nversion: 1.0.0\nrules:\n  repeated-word: warning\ndata:\n  remove: [t3]\n  terms:\n${term('t1', '丙', '丁')}${term('t2', '戊', '己')}  dictionary: [某某词]\n`,
      '.fzlintrc.yaml': 'extends: [fzlint:recommended, ./p1.yaml, ./p2.yaml]\nrules:\n  straight-quotes: info\n',
      'r.txt': '',
    });
    const r = new ConfigResolver().resolveFor(tree.file('r.txt'));
    assert.deepEqual(r.problems, []);
    assert.deepEqual(
      r.layers.map((l) => l.ref),
      ['fzlint:recommended', './p1.yaml', './p2.yaml', '.fzlintrc.yaml'],
    );
    assert.deepEqual(r.config.rules, { 'repeated-word': 'warning', 'straight-quotes': 'info' });
    const terms = r.config.data!.terms.filter((t) => /^t\d$/.test(t.id));
    assert.deepEqual(
      terms.map((t) => [t.id, t.wrong[0]]),
      [
        ['t1', '丙'],
        ['t2', '戊'],
      ],
    );
    assert.ok(r.config.data!.dictionary.includes('某某词'));
    const builtinTerms = loadBuiltinPack().data.terms.length;
    assert.equal(r.config.data!.terms.length, builtinTerms + 2, 'built-in terms kept');
  });

  it('follows nested extends (a config extending a shared config extending a pack) and rule options', () => {
    tree = tempTree({
      'shared/base.yaml': 'extends: [./pack.yaml]\nrules:\n  anachronism: [warning, { planKeywords: [工作安排] }]\nissuerLevel: city\n',
      'shared/pack.yaml': 'name: base-pack\nversion: 0.1.0\ndata:\n  dictionary: [共享词]\n',
      'team/.fzlintrc.yaml': 'extends: ../shared/base.yaml\ndeadline: "03-01"\n',
      'team/r.txt': '',
      // One repository: `extends` may reach a sibling folder inside it (issue 18: not outside it).
      '.git/HEAD': 'ref: refs/heads/main\n',
    });
    const r = new ConfigResolver().resolveFor(tree.file('team/r.txt'));
    assert.deepEqual(r.problems, []);
    assert.deepEqual(
      r.layers.map((l) => l.kind),
      ['builtin', 'pack', 'config', 'config'],
    );
    assert.equal(r.config.rules.anachronism, 'warning');
    assert.deepEqual(r.config.ruleOptions.anachronism, { issuerLevel: 'city', deadline: '03-01', planKeywords: ['工作安排'] });
    assert.deepEqual(r.settings, { issuerLevel: 'city', deadline: '03-01' });
    assert.equal(r.config.ruleOptions['straight-quotes'].issuerLevel, 'city', 'report settings reach every rule');
    assert.ok(r.config.data!.dictionary.includes('共享词'));
  });

  it('applies overrides whose files glob matches, relative to the config folder', () => {
    tree = tempTree({
      '.fzlintrc.yaml': [
        'source: draft',
        'overrides:',
        '  - files: ["部门/**"]',
        '    issuerLevel: department',
        '    rules: { repeated-word: off }',
        '  - files: "*.md"',
        '    excludedFiles: ["keep/**"]',
        '    source: published-copy',
        '',
      ].join('\n'),
    });
    const resolver = new ConfigResolver();
    const dept = resolver.resolveFor(tree.file('部门/交通局/r.txt'));
    assert.equal(dept.config.rules['repeated-word'], 'off');
    assert.equal(dept.settings.issuerLevel, 'department');
    assert.equal(dept.config.source, 'draft');
    const other = resolver.resolveFor(tree.file('区/r.txt'));
    assert.equal(other.config.rules['repeated-word'], undefined);
    assert.deepEqual(other.settings, {});
    assert.equal(resolver.resolveFor(tree.file('a/b/r.md')).config.source, 'published-copy', 'a pattern without a slash matches the base name');
    assert.equal(resolver.resolveFor(tree.file('keep/r.md')).config.source, 'draft');
  });

  it('ignores files by the config `ignores` and the nearest .fzlintignore', () => {
    tree = tempTree({
      '.fzlintrc.yaml': 'ignores: ["草稿/**", "*.bak.txt"]\n',
      '.fzlintignore': '# 旧稿\nold/\n*.tmp.txt\n!keep.tmp.txt\n',
    });
    const resolver = new ConfigResolver();
    const ignored = (p: string) => resolver.resolveFor(tree!.file(p)).ignored;
    assert.equal(ignored('草稿/r.txt'), true);
    assert.equal(ignored('a/r.bak.txt'), true);
    assert.equal(ignored('old/x/r.txt'), true);
    assert.equal(ignored('a/r.tmp.txt'), true);
    assert.equal(ignored('keep.tmp.txt'), false);
    assert.equal(ignored('正式/r.txt'), false);
  });

  it('resolves npm packs named fzlint-pack-* and @scope/fzlint-pack-* from node_modules, reading data only', () => {
    tree = tempTree({
      'node_modules/fzlint-pack-city/package.json': '{"name":"fzlint-pack-city","version":"1.2.0","main":"index.js","fzlintPack":"data/pack.yaml"}',
      'node_modules/fzlint-pack-city/index.js': 'throw new Error("packs are never executed")',
      'node_modules/fzlint-pack-city/data/pack.yaml': 'name: fzlint-pack-city\nversion: 1.2.0\ndata:\n  dictionary: [城市词]\n',
      'node_modules/@org/fzlint-pack-dept/package.json': '{"name":"@org/fzlint-pack-dept","version":"0.3.0"}',
      'node_modules/@org/fzlint-pack-dept/pack.yaml': 'name: "@org/fzlint-pack-dept"\nversion: 0.3.0\ndata:\n  dictionary: [部门词]\n',
      'reports/.fzlintrc.yaml': 'extends: [fzlint-pack-city, "@org/fzlint-pack-dept"]\n',
      'reports/r.txt': '',
    });
    const r = new ConfigResolver().resolveFor(tree.file('reports/r.txt'));
    assert.deepEqual(r.problems, []);
    assert.deepEqual(
      r.layers.map((l) => `${l.name ?? l.ref}@${l.version ?? ''}`),
      ['fzlint:recommended@0.1.0', 'fzlint-pack-city@1.2.0', '@org/fzlint-pack-dept@0.3.0', '.fzlintrc.yaml@'],
    );
    assert.ok(r.config.data!.dictionary.includes('城市词') && r.config.data!.dictionary.includes('部门词'));
  });

  describe('errors: one clear, located problem, and the rest still applies', () => {
    it('a cycle', () => {
      tree = tempTree({
        '.fzlintrc.yaml': 'extends: ./a.yaml\nrules: { repeated-word: off }\n',
        'a.yaml': 'extends: [./b.yaml]\n',
        'b.yaml': 'rules: { straight-quotes: info }\nextends:\n  - ./a.yaml\n',
        'r.txt': '',
      });
      const r = new ConfigResolver().resolveFor(tree.file('r.txt'));
      assert.equal(r.problems.length, 1);
      const p = r.problems[0];
      assert.equal(p.code, 'cycle');
      assert.equal(p.file, tree.file('b.yaml'));
      assert.deepEqual([p.line, p.column], [3, 5]);
      assert.match(p.messages['zh-CN'], /循环继承：a\.yaml → b\.yaml → a\.yaml/);
      assert.match(p.messages.en, /Circular extends/);
      assert.deepEqual(r.config.rules, { 'straight-quotes': 'info', 'repeated-word': 'off' }, 'the rest of the chain applies');
    });

    it('a missing npm pack and a missing relative pack', () => {
      tree = tempTree({ '.fzlintrc.yaml': 'rules: { repeated-word: off }\nextends:\n  - fzlint-pack-nowhere\n  - ./packs/none.yaml\n', 'r.txt': '' });
      const r = new ConfigResolver().resolveFor(tree.file('r.txt'));
      assert.deepEqual(
        r.problems.map((p) => [p.code, p.line, p.column]),
        [
          ['missing', 3, 5],
          ['missing', 4, 5],
        ],
      );
      assert.match(r.problems[0].messages['zh-CN'], /找不到规则包“fzlint-pack-nowhere”.*npm install --save-dev fzlint-pack-nowhere/);
      assert.match(r.problems[1].messages.en, /Cannot find the pack or config "\.\/packs\/none\.yaml"/);
      assert.deepEqual(r.config.rules, { 'repeated-word': 'off' });
    });

    it('an extends value that is neither a path nor a pack name, and an unknown built-in', () => {
      tree = tempTree({ '.fzlintrc.json': '{\n  "extends": ["lodash", "fzlint:all"]\n}\n', 'r.txt': '' });
      const r = new ConfigResolver().resolveFor(tree.file('r.txt'));
      assert.deepEqual(
        r.problems.map((p) => [p.line, p.column]),
        [
          [2, 15],
          [2, 25],
        ],
      );
      assert.match(r.problems[0].messages['zh-CN'], /无法识别 extends 的值“lodash”/);
      assert.match(r.problems[1].messages.en, /no built-in pack "fzlint:all"/);
    });

    it('invalid YAML', () => {
      tree = tempTree({ '.fzlintrc.yaml': 'source: auto\nrules:\n\trepeated-word: off\n', 'r.txt': '' });
      const r = new ConfigResolver().resolveFor(tree.file('r.txt'));
      assert.equal(r.problems.length, 1);
      assert.equal(r.problems[0].code, 'parse');
      assert.deepEqual([r.problems[0].line, r.problems[0].column], [3, 1]);
      assert.match(r.problems[0].messages['zh-CN'], /^YAML 语法错误：Tabs are not allowed as indentation/);
      assert.deepEqual(r.config.rules, {}, 'the broken config is skipped; defaults apply');
    });

    it('invalid JSON', () => {
      tree = tempTree({ '.fzlintrc.json': '{\n  "rules": { "repeated-word": "off", }\n}\n', 'r.txt': '' });
      const r = new ConfigResolver().resolveFor(tree.file('r.txt'));
      assert.equal(r.problems.length, 1);
      assert.equal(r.problems[0].code, 'parse');
      assert.match(r.problems[0].messages.en, /^Invalid JSON/);
    });

    it('a schema violation, at the offending value', () => {
      tree = tempTree({ '.fzlintrc.yaml': 'source: auto\nrules:\n  repeated-word: warn\n', 'r.txt': '' });
      const r = new ConfigResolver().resolveFor(tree.file('r.txt'));
      assert.equal(r.problems.length, 1);
      const p = r.problems[0];
      assert.equal(p.code, 'schema');
      assert.deepEqual([p.line, p.column, p.endColumn], [3, 18, 22]);
      assert.match(p.messages['zh-CN'], /rules\.repeated-word 的值无效，应为 off、info、warning、error 之一/);
    });

    it('a misspelt field, at its key', () => {
      tree = tempTree({ '.fzlintrc.yaml': 'extends: ./p.yaml\nrule:\n  repeated-word: off\n', 'r.txt': '' });
      const r = new ConfigResolver().resolveFor(tree.file('r.txt'));
      assert.equal(r.problems.length, 1);
      assert.deepEqual([r.problems[0].line, r.problems[0].column, r.problems[0].endColumn], [2, 1, 5]);
      assert.match(r.problems[0].messages['zh-CN'], /未知的设置项“rule”/);
    });

    it('a misspelt field inside a pack entry: the pack is skipped, the config still applies', () => {
      tree = tempTree({
        '.fzlintrc.yaml': 'extends: ./p.yaml\nrules:\n  repeated-word: off\n',
        'p.yaml': 'name: p\nversion: 1.0.0\ndata:\n  terms:\n    - id: x\n      wrong: [a]\n      rigth: b\n',
        'r.txt': '',
      });
      const r = new ConfigResolver().resolveFor(tree.file('r.txt'));
      assert.equal(r.problems.length, 1);
      assert.equal(r.problems[0].file, tree.file('p.yaml'));
      assert.deepEqual([r.problems[0].line, r.problems[0].column], [7, 7]);
      assert.match(r.problems[0].messages.en, /unknown property "data\.terms\[0\]\.rigth"/);
      assert.deepEqual(r.config.rules, { 'repeated-word': 'off' });
    });

    it('an unknown rule id is reported at its key and dropped', () => {
      tree = tempTree({ '.fzlintrc.yaml': 'rules:\n  repeated-word: off\n  no-such-rule: error\n', 'r.txt': '' });
      const r = new ConfigResolver().resolveFor(tree.file('r.txt'));
      assert.deepEqual(
        r.problems.map((p) => [p.code, p.line, p.column]),
        [['unknown-rule', 3, 3]],
      );
      assert.deepEqual(r.config.rules, { 'repeated-word': 'off' });
    });
  });

  it('clear() forgets cached configs', () => {
    tree = tempTree({ '.fzlintrc.yaml': 'rules: { repeated-word: off }\n', 'r.txt': '' });
    const resolver = new ConfigResolver();
    assert.equal(resolver.resolveFor(tree.file('r.txt')).config.rules['repeated-word'], 'off');
    fs.writeFileSync(tree.file('.fzlintrc.yaml'), 'rules: { repeated-word: info }\n');
    assert.equal(resolver.resolveFor(tree.file('r.txt')).config.rules['repeated-word'], 'off', 'cached');
    resolver.clear();
    assert.equal(resolver.resolveFor(tree.file('r.txt')).config.rules['repeated-word'], 'info');
  });
});
