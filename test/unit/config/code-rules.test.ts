/**
 * Code rules (engine/config/code-rules.ts): the resolver records `codeRules` without loading them,
 * module shapes are checked with clear messages, and a rule that throws or reports a range outside the
 * text becomes one internal-error finding while the other rules still report.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import { loadCodeRules, validateRuleExport } from '../../../server/src/engine/config/code-rules';
import { ConfigResolver } from '../../../server/src/engine/config/resolve';
import { lintText } from '../../../server/src/engine/lint';
import type { Rule } from '../../../server/src/engine/rule';
import { builtinRules } from '../../../server/src/engine/rules';
import { unavailable } from '../../helpers/unavailable';
import { tempTree } from './helpers';

const TEXT = '某县2023年法治政府建设年度报告\n\n一、主要举措和成效\n推进依法行政,取得成效。\n';

function rule(id: string, check: Rule['check']): Rule {
  return {
    meta: {
      id,
      catalogue: [],
      category: 'style',
      severity: 'warning',
      fixable: 'none',
      description: { 'zh-CN': id, en: id },
      messages: { m: { 'zh-CN': '问题', en: 'problem' } },
    },
    check,
  };
}

describe('code rules (engine)', () => {
  let tree: ReturnType<typeof tempTree> | undefined;
  afterEach(() => tree?.cleanup());

  it('the resolver records codeRules (pack and config) but loads nothing; escaping paths are problems', () => {
    tree = tempTree({
      '.fzlintrc.yaml': 'extends: ./pack\ncodeRules: [./local.cjs]\nrules:\n  p/x: error\n  q-unknown: off\n',
      'local.cjs': "require('fs').writeFileSync(__dirname + '/loaded', '1'); module.exports = {};",
      'pack/pack.yaml': 'name: p\nversion: 1.0.0\ncodeRules: [./r/a.cjs, ../local.cjs, ./r/b.mjs]\n',
      'pack/r/a.cjs': "require('fs').writeFileSync(__dirname + '/loaded', '1'); module.exports = {};",
      'r.txt': '',
    });
    const resolved = new ConfigResolver().resolveFor(tree.file('r.txt'));
    assert.deepEqual(
      resolved.codeRules.map((r) => [r.entry, r.module, r.declaredIn, r.packName, r.pos.line]),
      [
        ['./r/a.cjs', tree.file('pack/r/a.cjs'), tree.file('pack/pack.yaml'), 'p', 3],
        ['./local.cjs', tree.file('local.cjs'), tree.file('.fzlintrc.yaml'), undefined, 2],
      ],
    );
    assert.deepEqual(
      resolved.problems.map((p) => [p.code, p.file, p.messages.en.slice(0, 40)]),
      [
        ['unknown-rule', tree.file('.fzlintrc.yaml'), 'Unknown rule "q-unknown" (ignored; see d'],
        ['code-rule', tree.file('pack/pack.yaml'), 'The code rule "../local.cjs" is outside '],
        ['code-rule', tree.file('pack/pack.yaml'), 'The code rule "./r/b.mjs" must be a .js '],
      ].sort((a, b) => (a[1] === b[1] ? 0 : a[1] < b[1] ? -1 : 1)),
    );
    assert.equal(resolved.config.rules['p/x'], 'error', 'a namespaced id is accepted in rules');
    assert.equal(fs.existsSync(tree.file('loaded')) || fs.existsSync(tree.file('pack/r/loaded')), false);
  });

  it('a symbolic link inside the pack that points outside it is refused without loading', function () {
    tree = tempTree({
      'outside.cjs': "require('fs').writeFileSync(__dirname + '/loaded', '1'); module.exports = {};",
      'pack/pack.yaml': 'name: p\nversion: 1.0.0\ncodeRules: [./link.cjs]\n',
      '.fzlintrc.yaml': 'extends: ./pack\n',
      'r.txt': '',
    });
    try {
      fs.symlinkSync(tree.file('outside.cjs'), tree.file('pack/link.cjs'));
    } catch (error) {
      // No symlink permission (Windows without developer mode): skipped with a message, failed in CI.
      unavailable(this, `cannot create a symbolic link here (${(error as Error).message})`, 'on Windows, enable developer mode');
    }
    const refs = new ConfigResolver().resolveFor(tree.file('r.txt')).codeRules;
    const loaded = loadCodeRules(refs);
    assert.equal(loaded.codeRules.length, 0);
    assert.match(loaded.problems[0].messages.en, /link\.cjs links to a file outside the pack's folder/);
    assert.equal(fs.existsSync(tree.file('loaded')), false);
  });

  it('checks the shape of a module export with messages that say what is missing', () => {
    const messages = { m: { 'zh-CN': '问题', en: 'problem' } };
    const check = () => undefined;
    const err = (v: unknown) => {
      const r = validateRuleExport(v);
      return 'error' in r ? r.error.en : 'ok';
    };
    assert.match(err(undefined), /does not export a rule object/);
    assert.match(err({ check }), /meta is missing/);
    assert.match(err({ meta: { id: 'no-namespace', messages }, check }), /meta\.id must be "pack\/rule"/);
    assert.match(err({ meta: { id: 'fullwidth-punctuation', messages }, check }), /meta\.id must be "pack\/rule"/);
    assert.match(err({ meta: { id: 'a/b' }, check }), /rule a\/b: meta\.messages must be a non-empty object/);
    assert.match(err({ meta: { id: 'a/b', messages: { m: { en: 'x' } } }, check }), /message "m" needs both "zh-CN" and en/);
    assert.match(err({ meta: { id: 'a/b', messages } }), /check\(doc, context\) is not a function/);
    assert.match(err({ meta: { id: 'a/b', messages, severity: 'fatal' }, check }), /severity must be error, warning or info/);
    assert.equal(err({ meta: { id: 'a/b', messages }, check }), 'ok');
    assert.equal(err({ default: { meta: { id: 'a/b', messages }, check } }), 'ok');
    const ok = validateRuleExport({ meta: { id: 'a/b', messages }, check }) as { rule: Rule };
    assert.deepEqual([ok.rule.meta.severity, ok.rule.meta.fixable, ok.rule.meta.category], ['warning', 'none', 'style']);
  });

  it('loads each module once and gives a stable rule set; duplicate ids are refused', () => {
    tree = tempTree({
      'pack.yaml': 'name: p\nversion: 1.0.0\ncodeRules: [./a.cjs, ./b.cjs]\n',
      'a.cjs':
        "globalThis.__fzlintLoads = (globalThis.__fzlintLoads || 0) + 1; module.exports = { meta: { id: 'p/a', messages: { m: { 'zh-CN': '甲', en: 'a' } } }, check() {} };",
      'b.cjs': "module.exports = { meta: { id: 'p/a', messages: { m: { 'zh-CN': '乙', en: 'b' } } }, check() {} };",
      'r.txt': '',
    });
    fs.writeFileSync(tree.file('.fzlintrc.yaml'), 'extends: ./pack.yaml\n');
    const refs = new ConfigResolver().resolveFor(tree.file('r.txt')).codeRules;
    const first = loadCodeRules(refs);
    const second = loadCodeRules(refs);
    assert.equal(first.rules, second.rules, 'the same array each time (pipelines are cached by identity)');
    assert.equal((globalThis as { __fzlintLoads?: number }).__fzlintLoads, 1);
    assert.deepEqual(
      first.codeRules.map((r) => r.meta.id),
      ['p/a'],
    );
    assert.equal(first.rules.length, builtinRules.length + 1);
    assert.equal(first.problems.length, 1);
    assert.match(first.problems[0].messages.en, /Code rule \.\/b\.cjs has the id "p\/a" of .*a\.cjs; not loaded/);
  });

  it('a rule that throws, or reports a range outside the text, is one internal-error; the others still report', () => {
    const throwing = rule('t/throws', () => {
      throw new TypeError('cannot read x');
    });
    const outside = rule('t/outside', (doc, context) => context.report({ span: { start: doc.text.length, end: doc.text.length + 5 }, messageId: 'm' }));
    const badFix = rule('t/bad-fix', (_doc, context) =>
      context.report({ span: { start: 0, end: 1 }, messageId: 'm', fix: { title: { 'zh-CN': '改', en: 'fix' }, edits: [{ start: -1, end: 0, text: '' }] } }),
    );
    const { findings } = lintText(TEXT, { rules: [...builtinRules, throwing, outside, badFix] });
    const internal = findings.filter((f) => f.ruleId === 'internal-error');
    assert.deepEqual(internal.map((f) => f.messages.en).sort(), [
      `Rule t/bad-fix failed: Error: rule t/bad-fix reported the range [-1, 0) outside the text (length ${TEXT.length})`,
      `Rule t/outside failed: Error: rule t/outside reported the range [${TEXT.length}, ${TEXT.length + 5}) outside the text (length ${TEXT.length})`,
      'Rule t/throws failed: TypeError: cannot read x',
    ]);
    assert.ok(internal.every((f) => f.severity === 'error' && f.line === 1 && f.column === 1));
    assert.ok(
      findings.some((f) => f.ruleId === 'fullwidth-punctuation'),
      'the built-in rules still report',
    );
  });
});
