/**
 * Hostile config and pack files at the engine level (issue 8, "hostile input"): alias bombs and deep
 * nesting are refused with one clear problem before the parser can hang or overflow its stack;
 * `extends` never runs code; `__proto__`/`constructor` keys pollute nothing.
 * The CLI and language-server side of the same cases: test/cli/hostile-input.test.ts.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LIMITS, parseConfigText } from '../../../server/src/engine/config/parse';
import { ConfigResolver } from '../../../server/src/engine/config/resolve';
import { lintText } from '../../../server/src/engine/lint';
import { billionLaughs, codeForExtends, DEEP, markerModule } from '../../helpers/hostile';
import { repoRoot } from '../../helpers/paths';
import { tempTree } from './helpers';

function polluted(): string[] {
  const probe = {} as Record<string, unknown>;
  return ['polluted', 'hacked'].filter((k) => k in probe || Object.prototype.hasOwnProperty.call(Object.prototype, k));
}

describe('hostile config files (engine)', function () {
  this.timeout(30000);
  let tree: ReturnType<typeof tempTree> | undefined;
  afterEach(() => tree?.cleanup());

  it('refuses a YAML alias bomb quickly, with one "unsafe" problem naming the file', () => {
    const started = Date.now();
    const r = parseConfigText(billionLaughs(), '/x/.fzlintrc.yaml');
    assert.ok(Date.now() - started < 2000, `took ${Date.now() - started} ms`);
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.equal(r.problem.code, 'unsafe');
    assert.equal(r.problem.file, '/x/.fzlintrc.yaml');
    assert.match(r.problem.messages['zh-CN'], /YAML 别名（\*引用）展开过多（上限 1000）/);
    assert.match(r.problem.messages.en, /Too many YAML alias expansions/);
  });

  for (const [kind, { name, text }] of Object.entries(DEEP)) {
    it(`refuses 10,000-deep nesting before parsing: ${kind}`, () => {
      const started = Date.now();
      const r = parseConfigText(text, `/x/${name}`);
      assert.ok(Date.now() - started < 3000, `took ${Date.now() - started} ms`);
      assert.equal(r.ok, false);
      if (r.ok) return;
      assert.equal(r.problem.code, 'unsafe', r.problem.messages.en);
      assert.match(r.problem.messages['zh-CN'], new RegExp(`嵌套层数过深（\\d+ 层，上限 ${LIMITS.maxDepth}），未读取。`));
      assert.doesNotMatch(r.problem.messages.en, /call stack/i);
    });
  }

  it('still reads nesting up to the limit, block scalars and the shipped packs', () => {
    const nested = (n: number) => `rules: {}\nx:\n${Array.from({ length: n }, (_, i) => `${'  '.repeat(i + 1)}k:\n`).join('')}`;
    assert.equal(parseConfigText(nested(LIMITS.maxDepth - 2), '/x/a.yaml').ok, true);
    assert.equal(parseConfigText(nested(LIMITS.maxDepth + 5), '/x/a.yaml').ok, false);
    // Text in a block scalar is not nesting, however it is indented.
    const scalar = `name: p\nnote: |\n${Array.from({ length: 60 }, (_, i) => `  ${' '.repeat(i)}line ${i}\n`).join('')}rules: {}\n`;
    assert.equal(parseConfigText(scalar, '/x/p.yaml').ok, true);
    for (const f of ['rules/recommended.yaml', 'examples/packs/shenzhen-checklist/pack.yaml']) {
      const r = parseConfigText(fs.readFileSync(path.join(repoRoot, f), 'utf8'), f);
      assert.equal(r.ok, true, r.ok ? '' : r.problem.messages.en);
    }
  });

  it('extends to JS files or an npm package\'s "main" runs nothing and names the refused file', () => {
    tree = tempTree({
      ...codeForExtends(),
      'node_modules/fzlint-pack-field/package.json': '{ "name": "fzlint-pack-field", "version": "1.0.0", "fzlintPack": "index.js" }',
      'node_modules/fzlint-pack-field/index.js': markerModule('field'),
      '.fzlintrc.yaml': 'extends:\n  - ./evil.js\n  - ./evil.cjs\n  - ./evil.mjs\n  - fzlint-pack-evil\n  - fzlint-pack-field\n',
      'r.txt': '',
      'pj/package.json': '{ "name": "x", "fzlint": "./evil.js" }',
      'pj/evil.js': markerModule('pj'),
      'pj/r.txt': '',
    });
    const resolver = new ConfigResolver();
    const r = resolver.resolveFor(tree.file('r.txt'));
    assert.deepEqual(
      r.problems.map((p) => [p.file, p.line, p.messages['zh-CN'].replace(/“.*”指向 (\S+)：.*/, '$1').replace(/npm 包“(.*)”中没有.*/, 'no pack: $1')]),
      [
        [tree.file('.fzlintrc.yaml'), 2, 'extends 只能继承 YAML 或 JSON 文件（.yaml、.yml、.json），evil.js'],
        [tree.file('.fzlintrc.yaml'), 3, 'extends 只能继承 YAML 或 JSON 文件（.yaml、.yml、.json），evil.cjs'],
        [tree.file('.fzlintrc.yaml'), 4, 'extends 只能继承 YAML 或 JSON 文件（.yaml、.yml、.json），evil.mjs'],
        [tree.file('.fzlintrc.yaml'), 5, 'no pack: fzlint-pack-evil'],
        [tree.file('.fzlintrc.yaml'), 6, 'extends 只能继承 YAML 或 JSON 文件（.yaml、.yml、.json），index.js'],
      ],
    );
    assert.match(r.problems[0].messages.en, /fzlint never runs code named in extends/);
    // package.json#fzlint naming a JS file is a config of the wrong type, not a module to load.
    const pj = resolver.resolveFor(tree.file('pj/r.txt'));
    assert.equal(pj.problems.length, 1);
    assert.match(pj.problems[0].messages['zh-CN'], /应为 object/);
    const markers = fs
      .readdirSync(tree.root, { recursive: true })
      .map(String)
      .filter((f) => f.includes('MARKER'));
    assert.deepEqual(markers, [], 'no module ran');
  });

  it('__proto__ and constructor keys in configs and packs pollute no prototype', () => {
    const proto = '{ "polluted": "yes" }';
    tree = tempTree({
      // Top level: refused by the schema (unknown key), nothing assigned.
      'a/.fzlintrc.json': `{ "__proto__": ${proto}, "constructor": { "prototype": ${proto} } }`,
      'a/r.txt': '',
      // Inside rule options and pack data (valid), and inside rules and overrides (refused by the schema).
      'b/pack.yaml': [
        'name: p',
        'version: 1.0.0',
        'data:',
        '  terms:',
        '    - { id: constructor, wrong: [甲乙], right: 丙丁, certain: true }',
        '    - { id: toString, wrong: [戊己], right: 庚辛 }',
        '',
      ].join('\n'),
      'b/.fzlintrc.json': JSON.stringify({
        extends: ['./pack.yaml'],
        rules: { 'fullwidth-punctuation': ['warning', JSON.parse(`{ "__proto__": ${proto}, "constructor": { "prototype": ${proto} } }`)] },
      }),
      'b/r.txt': '',
      'd/.fzlintrc.json': JSON.stringify({
        rules: { ['__proto__']: { polluted: 'yes' }, constructor: 'off' },
        overrides: [{ files: ['*.txt'], rules: JSON.parse(`{ "__proto__": ${proto} }`) }],
      }),
      'd/r.txt': '',
      'c/.fzlintrc.yaml': `__proto__:\n  polluted: yes\nrules:\n  __proto__:\n    polluted: yes\n  repeated-word: [warning, { __proto__: { polluted: yes } }]\n`,
      'c/r.txt': '',
    });
    const resolver = new ConfigResolver();
    for (const dir of ['a', 'b', 'c', 'd']) {
      const r = resolver.resolveFor(tree.file(`${dir}/r.txt`));
      if (dir !== 'b') assert.ok(r.problems.length > 0, `${dir}: the hostile keys are reported`);
      assert.equal(Object.getPrototypeOf(r.config.rules), Object.prototype);
      assert.equal(Object.getPrototypeOf(r.config.ruleOptions), Object.prototype);
      for (const options of Object.values(r.config.ruleOptions)) assert.equal(Object.getPrototypeOf(options), Object.prototype);
      // The resolved config lints normally.
      const findings = lintText('某县2023年法治政府建设年度报告\n\n推进依法行政,甲乙。\n', { config: r.config }).findings;
      assert.ok(findings.length > 0);
      assert.deepEqual(polluted(), [], `${dir}: Object.prototype is untouched`);
    }
    const b = resolver.resolveFor(tree.file('b/r.txt'));
    assert.deepEqual(
      b.config.data!.terms.filter((t) => ['constructor', 'toString'].includes(t.id)).map((t) => t.right),
      ['丙丁', '庚辛'],
      'an id is only an id',
    );
    assert.deepEqual(polluted(), []);
  });
});
