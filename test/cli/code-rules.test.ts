/**
 * CLI: code rules (JS) in packs run only with --allow-code-rules (or FZLINT_ALLOW_CODE_RULES=1).
 * Without it no module is even loaded (each test module writes a marker file when loaded) and the
 * user is told once. A bad module is a clear error naming the file; a rule that throws is one
 * internal-error finding and the other rules still report. Uses the bundle (npm run build).
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BAD_SHAPE_RULE, codeRuleWorkspace, GOOD_RULE, THROWING_RULE } from '../helpers/code-rule-pack';
import { repoRoot } from '../helpers/paths';
import { runCli, runJson } from '../helpers/run-cli';

describe('CLI: code rules in packs', function () {
  this.timeout(60000);
  let ws: ReturnType<typeof codeRuleWorkspace> | undefined;
  afterEach(() => ws?.cleanup());
  /** No FZLINT_ALLOW_CODE_RULES from the environment running the tests. */
  const env = { FZLINT_ALLOW_CODE_RULES: '' };

  it('without the opt-in, loads no code, says so once, and still applies the pack data', () => {
    ws = codeRuleWorkspace({ 'draft-word.cjs': GOOD_RULE, 'throws.cjs': THROWING_RULE });
    // Two reports under the same pack: still one notice per run.
    const { run, results } = runJson(['report.txt', 'report.txt'], { cwd: ws.root, env });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(ws.loaded('good'), false, 'the code rule module was loaded without the opt-in');
    assert.equal(ws.loaded('throwing'), false);
    const ids = results[0].messages.map((m) => m.ruleId);
    assert.ok(!ids.includes('local/no-draft-word'));
    assert.ok(!ids.includes('internal-error'));
    assert.ok(ids.includes('canonical-terms'), `the pack's data term still applies: ${ids.join(', ')}`);
    const notices = run.stderr.split('\n').filter((l) => l.includes('--allow-code-rules'));
    assert.equal(notices.length, 1, run.stderr);
    assert.match(notices[0], /未运行 2 条代码规则（JS），来自 fzlint-pack-local-test/);
  });

  it('with --allow-code-rules, the code rule reports like a built-in one', () => {
    ws = codeRuleWorkspace({ 'draft-word.cjs': GOOD_RULE });
    const { run, results } = runJson(['--allow-code-rules', 'report.txt'], { cwd: ws.root, env });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(ws.loaded('good'), true);
    assert.doesNotMatch(run.stderr, /allow-code-rules/);
    const found = results[0].messages.filter((m) => m.ruleId === 'local/no-draft-word');
    assert.deepEqual(
      found.map((m) => [m.level, m.line, m.column, m.endColumn, m.message]),
      [['warning', 4, 15, 17, '正式报告中不应出现“草稿”二字，请删除']],
    );
    assert.ok(results[0].messages.some((m) => m.ruleId === 'canonical-terms'));
    // On worker threads (a large batch) the rule is loaded in each worker and reports the same.
    fs.copyFileSync(ws.file('report.txt'), ws.file('report2.txt'));
    const parallel = runJson(['--allow-code-rules', '--workers', '2', 'report.txt', 'report2.txt'], { cwd: ws.root, env });
    assert.deepEqual(
      parallel.results.map((r) => r.messages.filter((m) => m.ruleId === 'local/no-draft-word').length),
      [1, 1],
    );
  });

  it('FZLINT_ALLOW_CODE_RULES=1 opts in too; the config can set the code rule severity', () => {
    ws = codeRuleWorkspace({ 'draft-word.cjs': GOOD_RULE });
    fs.writeFileSync(ws.file('.fzlintrc.yaml'), 'extends: ./pack\nrules:\n  local/no-draft-word: error\n');
    const { run, results } = runJson(['report.txt'], { cwd: ws.root, env: { FZLINT_ALLOW_CODE_RULES: '1' } });
    assert.equal(run.status, 1, run.stderr);
    assert.deepEqual(
      results[0].messages.filter((m) => m.ruleId === 'local/no-draft-word').map((m) => m.level),
      ['error'],
    );
  });

  it('a rule that throws gives one internal-error finding naming it; the other rules still report', () => {
    ws = codeRuleWorkspace({ 'draft-word.cjs': GOOD_RULE, 'throws.cjs': THROWING_RULE });
    const { run, results } = runJson(['--allow-code-rules', 'report.txt'], { cwd: ws.root, env });
    assert.equal(run.status, 1, run.stderr); // internal-error is an error
    const internal = results[0].messages.filter((m) => m.ruleId === 'internal-error');
    assert.equal(internal.length, 1);
    assert.match(internal[0].message, /规则 local\/always-throws 内部错误：Error: boom from a pack rule/);
    const ids = results[0].messages.map((m) => m.ruleId);
    assert.ok(ids.includes('local/no-draft-word') && ids.includes('canonical-terms'), ids.join(', '));
  });

  it('a module that is not a rule is a clear error naming the file (exit 2); the rest still runs', () => {
    ws = codeRuleWorkspace({ 'bad.cjs': BAD_SHAPE_RULE, 'draft-word.cjs': GOOD_RULE });
    const { run, results } = runJson(['--allow-code-rules', '--locale', 'en', 'report.txt'], { cwd: ws.root, env });
    assert.equal(run.status, 2, run.stderr);
    const pack = results.find((r) => r.filePath.endsWith('pack.yaml'));
    assert.ok(pack, JSON.stringify(results.map((r) => r.filePath)));
    assert.equal(pack.messages.length, 1);
    assert.equal(pack.messages[0].ruleId, 'config-error');
    assert.equal(pack.messages[0].line, 4); // the codeRules entry
    assert.match(
      pack.messages[0].message,
      /Code rule \.\/rules\/bad\.cjs \(.*bad\.cjs\) is not valid: rule local\/bad-shape: meta\.messages must be a non-empty object/,
    );
    const report = results.find((r) => r.filePath.endsWith('report.txt'))!;
    assert.ok(report.messages.some((m) => m.ruleId === 'local/no-draft-word'));
  });

  it('a module that throws while loading, or a path outside the pack, is a clear error', () => {
    ws = codeRuleWorkspace({ 'load-fails.cjs': "throw new Error('cannot start');\n" });
    let run = runCli(['--allow-code-rules', 'report.txt'], { cwd: ws.root, env });
    assert.equal(run.status, 2);
    assert.match(run.stdout, /代码规则 \.\/rules\/load-fails\.cjs（.*load-fails\.cjs）无效：加载时出错：cannot start/);
    // A path that leaves the pack's folder is refused without loading anything.
    fs.writeFileSync(ws.file('outside.cjs'), GOOD_RULE);
    fs.writeFileSync(ws.file('pack/pack.yaml'), 'name: p\nversion: 1.0.0\ncodeRules: [../outside.cjs]\n');
    run = runCli(['--allow-code-rules', 'report.txt'], { cwd: ws.root, env });
    assert.equal(run.status, 2);
    assert.match(run.stdout, /代码规则“\.\.\/outside\.cjs”不在规则包所在文件夹内/);
    assert.equal(fs.existsSync(ws.file('loaded-good')), false);
  });

  it('fzlint pack test runs the example pack code rule only with --allow-code-rules', () => {
    const example = path.join(repoRoot, 'examples/packs/code-rule-example');
    const allowed = runCli(['pack', 'test', example, '--allow-code-rules'], { env });
    assert.equal(allowed.status, 0, allowed.stdout + allowed.stderr);
    assert.match(allowed.stdout, /4 个通过，0 个失败/);
    // Without the opt-in the code rule does not run: its expected finding is missing, and the user is told why.
    // The pack's data rule needs no opt-in: its cases pass either way.
    const plain = runCli(['pack', 'test', example], { env });
    assert.equal(plain.status, 1, plain.stdout);
    assert.match(plain.stdout, /3 个通过，1 个失败/);
    assert.match(plain.stdout, /✓ tests\.invalid\[0\] “残留的修改意见”/);
    assert.match(plain.stdout, /- code-rule-example\/no-draft-marks 1:18 \(warning\) {2}预期有，但没有报告/);
    assert.match(plain.stderr, /未运行 1 条代码规则（JS），来自 fzlint-pack-code-rule-example/);
  });

  it('extends never loads a JS file, even with --allow-code-rules', () => {
    ws = codeRuleWorkspace({ 'x.cjs': GOOD_RULE });
    fs.writeFileSync(ws.file('.fzlintrc.yaml'), 'extends: ./pack/rules/x.cjs\n');
    const run = runCli(['--allow-code-rules', 'report.txt'], { cwd: ws.root, env });
    assert.equal(run.status, 2); // a config error: the file is not YAML/JSON config
    assert.equal(ws.loaded('good'), false);
  });
});
