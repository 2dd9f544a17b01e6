/**
 * Rule options checked against each rule's `optionsSchema` when the config loads (issue 19): an
 * unknown or mistyped option is a problem on the file that writes it, naming the rule and the key; the
 * option is dropped, the rule's level and its valid options still apply. Code rules may declare a
 * schema too (checked once they are loaded); one without stays unchecked.
 */
import { strict as assert } from 'node:assert';
import { forgetCodeRules } from '../../../server/src/engine/config/code-rules';
import { runPackTests } from '../../../server/src/engine/config/pack-tests';
import { ConfigResolver } from '../../../server/src/engine/config/resolve';
import { checkRuleOptions, effectiveRuleOptions } from '../../../server/src/engine/config/rule-options';
import { lintText } from '../../../server/src/engine/lint';
import { Project } from '../../../server/src/engine/project';
import { builtinRules } from '../../../server/src/engine/rules';
import { tempTree } from './helpers';

const where = (p: { file: string; line: number; column: number; code: string }) => [p.file, p.line, p.column, p.code];

describe('rule options (engine/config/rule-options.ts)', () => {
  let tree: ReturnType<typeof tempTree> | undefined;
  afterEach(() => {
    tree?.cleanup();
    tree = undefined;
  });

  it('a misspelt option is a problem at its key naming the file, the rule and the key; it is dropped', () => {
    const line = '  submission-deadline: [error, { deadlin: "02-15", issuerLevel: city }]';
    tree = tempTree({ '.fzlintrc.yaml': `rules:\n${line}\n`, 'r.txt': '' });
    const r = new ConfigResolver().resolveFor(tree.file('r.txt'));
    const column = line.indexOf('{ deadlin') + 3;
    assert.deepEqual(r.problems.map(where), [[tree.file('.fzlintrc.yaml'), 2, column, 'schema']]);
    const [p] = r.problems;
    assert.equal(p.endColumn, column + 'deadlin'.length, 'the key deadlin is underlined');
    assert.match(p.messages['zh-CN'], /规则“submission-deadline”没有选项“deadlin”，是否应为“deadline”？/);
    assert.match(p.messages.en, /Rule "submission-deadline" has no option "deadlin"; did you mean "deadline"\?/);
    assert.equal(r.config.rules['submission-deadline'], 'error', 'the level applies');
    assert.deepEqual(r.config.ruleOptions['submission-deadline'], { issuerLevel: 'city' }, 'the valid option applies, the misspelt one is gone');
  });

  it('a value of the wrong type or form is a problem at the value', () => {
    tree = tempTree({
      '.fzlintrc.json': JSON.stringify({
        rules: { 'submission-deadline': ['warning', { demonstrationArea: 'yes', deadline: '3月1日', issuerLevel: 'nation' }] },
      }),
      'r.txt': '',
    });
    const r = new ConfigResolver().resolveFor(tree.file('r.txt'));
    const messages = r.problems.map((p) => p.messages.en);
    assert.deepEqual(messages, [
      'Rule "submission-deadline": option "demonstrationArea" must be true or false, not "yes"; it is ignored.',
      'Rule "submission-deadline": option "deadline" must look like "03-01", not "3月1日"; it is ignored.',
      'Rule "submission-deadline": option "issuerLevel" must be one of "province", "city", "county", "township", "department", not "nation"; it is ignored.',
    ]);
    const text = JSON.stringify({ rules: { 'submission-deadline': ['warning', { demonstrationArea: 'yes' }] } });
    assert.equal(r.problems[0].column, text.indexOf('"yes"') + 1, 'located at the value');
    assert.deepEqual(r.config.ruleOptions['submission-deadline'], {});
  });

  it('options for a rule that takes none, in overrides and in packs, are checked too', () => {
    tree = tempTree({
      'pack.yaml': 'name: p\nversion: 1.0.0\nrules:\n  anachronism: [error, { planKeywords: 安排 }]\n',
      '.fzlintrc.yaml': 'extends: [./pack.yaml]\noverrides:\n  - files: ["*.md"]\n    rules:\n      repeated-word: [warning, { minLength: 3 }]\n',
      'r.txt': '',
    });
    const r = new ConfigResolver().resolveFor(tree.file('r.txt'));
    assert.deepEqual(
      r.problems.map((p) => [p.file, p.line, p.messages['zh-CN']]),
      [
        [tree.file('.fzlintrc.yaml'), 5, '规则“repeated-word”不接受任何选项（“minLength”已忽略）。'],
        [tree.file('pack.yaml'), 4, '规则“anachronism”的选项“planKeywords”应为列表（如 ["工作安排","工作计划"]），现为 "安排"，此项已忽略。'],
      ],
    );
  });

  it('valid options give no problem and reach the rule', () => {
    tree = tempTree({ '.fzlintrc.yaml': 'rules:\n  submission-deadline: [warning, { deadline: "02-15", demonstrationArea: false }]\n', 'r.txt': '' });
    const r = new ConfigResolver().resolveFor(tree.file('r.txt'));
    assert.deepEqual(r.problems, []);
    const text = '某县2020年法治政府建设年度报告\n\n某县人民政府\n2021年2月20日\n';
    const late = lintText(text, { config: { ...r.config, source: 'draft' } }).findings.filter((f) => f.ruleId === 'submission-deadline');
    assert.equal(late.length, 1);
    assert.match(late[0].messages['zh-CN'], /2021年2月15日/);
  });

  it('every built-in schema compiles, admits no other key and accepts its own defaults', () => {
    for (const rule of builtinRules) {
      const schema = rule.meta.optionsSchema!;
      assert.equal(schema.additionalProperties, false, rule.meta.id);
      assert.deepEqual(checkRuleOptions(rule.meta, effectiveRuleOptions(rule.meta)), [], rule.meta.id);
      assert.equal(checkRuleOptions(rule.meta, { 'no-such-option': 1 }).length, 1, rule.meta.id);
    }
  });

  it('effective options: schema defaults, then the configured ones; report settings only where declared', () => {
    const deadline = builtinRules.find((r) => r.meta.id === 'submission-deadline')!;
    const quotes = builtinRules.find((r) => r.meta.id === 'straight-quotes')!;
    assert.deepEqual(effectiveRuleOptions(deadline.meta, { issuerLevel: 'city' }), { issuerLevel: 'city', demonstrationArea: false });
    assert.deepEqual(effectiveRuleOptions(deadline.meta, { demonstrationArea: true }), { demonstrationArea: true });
    assert.deepEqual(effectiveRuleOptions(quotes.meta, { issuerLevel: 'city' }), {});
    assert.deepEqual(effectiveRuleOptions({ optionsSchema: undefined }, { any: 1 }), { any: 1 }, 'a code rule without a schema: as configured');
  });
});

describe('rule options of code rules', () => {
  let tree: ReturnType<typeof tempTree> | undefined;
  afterEach(() => {
    tree?.cleanup();
    tree = undefined;
    forgetCodeRules();
  });

  const ruleModule = (id: string, schema: string | undefined) => `module.exports = {
  meta: { id: '${id}', messages: { m: { 'zh-CN': '问题：{n}', en: 'problem: {n}' } }${schema ? `, optionsSchema: ${schema}` : ''} },
  check(doc, context) { context.report({ span: { start: 0, end: 1 }, messageId: 'm', data: { n: JSON.stringify(context.options) } }); },
};
`;
  const SCHEMA = "{ type: 'object', properties: { limit: { type: 'number', default: 10 } }, additionalProperties: false }";

  function workspace(rules: Record<string, string>, config: string) {
    const files: Record<string, string> = {
      '.fzlintrc.yaml': `extends: ./pack\n${config}`,
      'r.txt': '某县2023年法治政府建设年度报告\n',
      'pack/pack.yaml': `name: p\nversion: 1.0.0\ncodeRules:\n${Object.keys(rules)
        .map((f) => `  - ./${f}\n`)
        .join('')}`,
    };
    for (const [name, text] of Object.entries(rules)) files[`pack/${name}`] = text;
    tree = tempTree(files);
    return new Project().resolve(tree.file('r.txt'), { codeRules: { allow: true, reason: 'cli' } });
  }

  it('a string where the schema wants a number is a problem once the rule is loaded; the rule runs without it', () => {
    const fc = workspace({ 'a.cjs': ruleModule('p/counted', SCHEMA) }, 'rules:\n  p/counted: [warning, { limit: "5" }]\n');
    assert.deepEqual(
      fc.problems.map((p) => [p.file, p.line, p.code, p.messages.en]),
      [[tree!.file('.fzlintrc.yaml'), 3, 'schema', 'Rule "p/counted": option "limit" must be a number, not "5"; it is ignored.']],
    );
    assert.deepEqual(fc.config.ruleOptions['p/counted'], {});
    const finding = lintText('x', { rules: fc.rules, config: fc.config }).findings.find((f) => f.ruleId === 'p/counted');
    assert.equal(finding?.messages.en, 'problem: {}');
  });

  it('a code rule without a schema has its options passed on unchecked', () => {
    const fc = workspace({ 'b.cjs': ruleModule('p/free', undefined) }, 'rules:\n  p/free: [warning, { anything: "goes" }]\n');
    assert.deepEqual(fc.problems, []);
    assert.deepEqual(fc.config.ruleOptions['p/free'], { anything: 'goes' });
  });

  it('without the opt-in nothing is loaded and nothing is checked', () => {
    tree = tempTree({
      '.fzlintrc.yaml': 'extends: ./pack\nrules:\n  p/counted: [warning, { limit: "5" }]\n',
      'r.txt': '',
      'pack/pack.yaml': 'name: p\nversion: 1.0.0\ncodeRules: [./a.cjs]\n',
      'pack/a.cjs': ruleModule('p/counted', SCHEMA),
    });
    assert.deepEqual(new Project().resolve(tree.file('r.txt')).problems, []);
  });

  it("fzlint pack test with code rules allowed checks the pack's options for them too", () => {
    tree = tempTree({
      'pack.yaml': "name: p\nversion: 1.0.0\ncodeRules: [./a.cjs]\nrules:\n  p/counted: [warning, { limt: 5 }]\ntests:\n  valid: [{ text: '甲' }]\n",
      'a.cjs': ruleModule('p/counted', SCHEMA),
    });
    const run = runPackTests(tree.file('pack.yaml'), undefined, { allowCodeRules: true });
    assert.deepEqual(
      run.problems.map((p) => [p.line, p.messages.en]),
      [[5, 'Rule "p/counted" has no option "limt"; did you mean "limit"? It is ignored.']],
    );
  });

  it('a schema that is not a usable JSON Schema makes the module invalid', () => {
    const fc = workspace(
      {
        'c.cjs': ruleModule('p/loose', "{ type: 'object', properties: { n: { type: 'number' } } }"),
        'd.cjs': ruleModule('p/typo', "{ type: 'object', properties: { n: { type: 'number', minimun: 1 } }, additionalProperties: false }"),
      },
      '',
    );
    const messages = fc.problems.map((p) => p.messages.en);
    assert.equal(messages.length, 2);
    assert.match(messages[0], /p\/loose: meta\.optionsSchema needs additionalProperties: false/);
    assert.match(messages[1], /p\/typo: meta\.optionsSchema is not a valid JSON Schema: .*minimun/);
  });
});
