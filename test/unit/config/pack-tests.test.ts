import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkPackEntries, loadPackFile, runPackTests } from '../../../server/src/engine/config/pack-tests';
import { builtinPackPath } from '../../../server/src/engine/pack/builtin-pack';
import { repoRoot } from '../../helpers/paths';
import { tempTree } from './helpers';

const examplePack = path.join(repoRoot, 'examples/packs/shenzhen-checklist/pack.yaml');

describe('pack tests (runPackTests)', () => {
  it('the built-in pack passes its own tests', () => {
    const run = runPackTests(builtinPackPath()!);
    assert.deepEqual(run.problems, []);
    assert.ok(run.cases.length >= 3);
    assert.deepEqual(
      run.cases.filter((c) => !c.passed).map((c) => c.name),
      [],
    );
  });

  it('the example 深圳 pack passes its own tests', () => {
    const run = runPackTests(examplePack);
    assert.deepEqual(run.problems, []);
    assert.equal(run.name, 'fzlint-pack-shenzhen-checklist');
    assert.ok(run.cases.some((c) => c.kind === 'valid') && run.cases.some((c) => c.kind === 'invalid'));
    assert.deepEqual(
      run.cases.filter((c) => !c.passed).map((c) => c.name),
      [],
    );
  });

  it('a wrong expectation fails with what is missing and what is unexpected', () => {
    const text = fs
      .readFileSync(examplePack, 'utf8')
      .replace('{ rule: canonical-terms, line: 12, column: 3, severity: warning }', '{ rule: canonical-terms, line: 12, column: 4, severity: warning }');
    const tree = tempTree({ 'pack.yaml': text });
    try {
      const run = runPackTests(tree.file('pack.yaml'));
      const failed = run.cases.filter((c) => !c.passed);
      assert.equal(failed.length, 1);
      assert.deepEqual(failed[0].missing, [{ rule: 'canonical-terms', line: 12, column: 4, severity: 'warning' }]);
      assert.deepEqual(failed[0].unexpected, [{ rule: 'canonical-terms', line: 12, column: 3, endLine: 12, endColumn: 14, severity: 'warning' }]);
      assert.equal(failed[0].kind, 'invalid');
      assert.ok(failed[0].position.line > 1, 'located in the pack file');
    } finally {
      tree.cleanup();
    }
  });

  it('an invalid example without expected findings fails; a valid example with findings fails', () => {
    const tree = tempTree({
      'pack.yaml': [
        'name: t',
        'version: 1.0.0',
        'tests:',
        '  rules: [fullwidth-punctuation]',
        '  valid:',
        '    - text: "一、推进依法行政,取得成效。"',
        '  invalid:',
        '    - text: "一、推进依法行政，取得成效。"',
        '',
      ].join('\n'),
    });
    try {
      const run = runPackTests(tree.file('pack.yaml'));
      assert.deepEqual(
        run.cases.map((c) => c.passed),
        [false, false],
      );
      assert.deepEqual(
        run.cases[0].unexpected.map((f) => `${f.rule} ${f.line}:${f.column}`),
        ['fullwidth-punctuation 1:9'],
      );
      assert.deepEqual([run.cases[0].position.line, run.cases[1].position.line], [6, 8]);
    } finally {
      tree.cleanup();
    }
  });

  it('a pack with a schema error reports it and runs no case', () => {
    const tree = tempTree({ 'pack.yaml': 'name: t\nversion: one\n' });
    try {
      const run = runPackTests(tree.file('pack.yaml'));
      assert.equal(run.cases.length, 0);
      assert.equal(run.problems.length, 1);
      assert.equal(run.problems[0].line, 2);
    } finally {
      tree.cleanup();
    }
  });
});

describe('pack check (entries that can never match)', () => {
  it('finds wrong == right, empty wrong forms, wrong forms inside the right form, sections without keywords, and duplicates', () => {
    const tree = tempTree({
      'pack.yaml': [
        'name: t',
        'version: 1.0.0',
        'data:',
        '  terms:',
        '    - { id: same, wrong: [法治政府], right: 法治政府 }',
        '    - { id: blank, wrong: ["  "], right: 甲 }',
        '    - { id: inside, wrong: [司法局], right: 市司法局 }',
        '    - { id: inside-ok, wrong: [司法局], right: 市司法局, unless: [市司法局] }',
        '    - { id: same, wrong: [乙], right: 丙 }',
        '  sections:',
        '    - { id: empty, name: { zh-CN: 空 }, whenMissing: info, keywords: [] }',
        '    - { id: fine, name: { zh-CN: 好 }, whenMissing: info, keywords: [组织领导] }',
        '  procedures:',
        '    - { id: p, name: { zh-CN: 程序 }, steps: [公众参与, 专家论证], variants: [{ wrong: 专家论证, right: 专家论证 }] }',
        '  titles:',
        '    - { id: t, title: 重大行政决策程序暂行条例, match: [重大行政决策, 规定] }',
        '',
      ].join('\n'),
    });
    try {
      const { parsed, problem } = loadPackFile(tree.file('pack.yaml'));
      assert.equal(problem, undefined);
      const issues = checkPackEntries(tree.file('pack.yaml'), parsed!);
      const lines = issues.map((i) => i.line).sort((a, b) => a - b);
      assert.deepEqual(lines, [5, 6, 7, 9, 11, 14, 16]);
      assert.ok(issues.some((i) => /与正确写法相同/.test(i.messages['zh-CN'])));
      assert.ok(issues.some((i) => /no keywords/.test(i.messages.en)));
    } finally {
      tree.cleanup();
    }
  });

  it('finds nothing in the built-in pack and the example pack', () => {
    for (const file of [builtinPackPath()!, examplePack]) {
      const { parsed } = loadPackFile(file);
      assert.deepEqual(
        checkPackEntries(file, parsed!).map((i) => i.messages.en),
        [],
      );
    }
  });
});
