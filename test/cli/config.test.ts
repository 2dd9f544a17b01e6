/**
 * CLI: config files, config errors as results, and the subcommands init, print-config, pack new/test/check.
 * Uses the bundle (npm run build).
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../helpers/paths';
import { runCli, runJson } from '../helpers/run-cli';
import { tempTree } from '../unit/config/helpers';

const REPORT = ['某县2023年法治政府建设年度报告', '', '一、主要举措和成效', '推进依法行政,取得明显成效。', ''].join('\n');
const examplePackDir = path.join(repoRoot, 'examples/packs/shenzhen-checklist');

describe('CLI: configuration files', function () {
  this.timeout(60000);
  let tree: ReturnType<typeof tempTree> | undefined;
  afterEach(() => tree?.cleanup());

  it('applies the nearest config to each report', () => {
    tree = tempTree({
      '.fzlintrc.yaml': 'rules:\n  fullwidth-punctuation: off\n',
      'a/r.txt': REPORT,
      'b/.fzlintrc.json': '{ "rules": { "fullwidth-punctuation": "warning" } }',
      'b/r.txt': REPORT,
    });
    const { results } = runJson(['a/r.txt', 'b/r.txt'], { cwd: tree.root });
    const rule = (i: number) => results[i].messages.filter((m) => m.ruleId === 'fullwidth-punctuation').map((m) => m.level);
    assert.deepEqual(rule(0), []);
    assert.deepEqual(rule(1), ['warning']);
  });

  it('--rule on the command line wins over the config', () => {
    tree = tempTree({ '.fzlintrc.yaml': 'rules:\n  fullwidth-punctuation: off\n', 'r.txt': REPORT });
    const { results } = runJson(['--rule', 'fullwidth-punctuation:info', 'r.txt'], { cwd: tree.root });
    assert.deepEqual(
      results[0].messages.filter((m) => m.ruleId === 'fullwidth-punctuation').map((m) => m.level),
      ['info'],
    );
  });

  it('skips ignored files and lists them as skipped', () => {
    tree = tempTree({ '.fzlintrc.yaml': 'ignores: ["草稿/**"]\n', '草稿/r.txt': REPORT, '正式/r.txt': REPORT });
    const { results } = runJson(['.'], { cwd: tree.root });
    const rel = (r: { filePath: string }) => path.relative(tree!.root, r.filePath);
    assert.deepEqual(results.filter((r) => !r.skipped).map(rel), [path.join('正式', 'r.txt')]);
    assert.deepEqual(
      results.filter((r) => r.skipped).map((r) => [rel(r), r.skipped!.reason]),
      [[path.join('草稿', 'r.txt'), 'ignored']],
    );
  });

  it('a config error is one located result for the config file, exit 2, and the reports are still linted', () => {
    tree = tempTree({ '.fzlintrc.yaml': 'rules:\n  fullwidth-punctuation: off\nextends:\n  - fzlint-pack-missing\n', 'r.txt': REPORT });
    const run = runCli(['r.txt'], { cwd: tree.root });
    assert.equal(run.status, 2);
    assert.match(run.stdout, /\.fzlintrc\.yaml\n\s+4:5\s+错误\s+找不到规则包“fzlint-pack-missing”.*config-error/);
    const json = runJson(['r.txt'], { cwd: tree.root });
    assert.equal(json.run.status, 2);
    const config = json.results.find((r) => r.filePath.endsWith('.fzlintrc.yaml'))!;
    assert.deepEqual(
      config.messages.map((m) => [m.ruleId, m.line, m.column]),
      [['config-error', 4, 5]],
    );
    const report = json.results.find((r) => r.filePath.endsWith('r.txt'))!;
    assert.deepEqual(
      report.messages.filter((m) => m.ruleId === 'fullwidth-punctuation'),
      [],
      'the valid part of the config applied',
    );
  });

  it('invalid YAML and a schema violation are errors with file:line:col', () => {
    tree = tempTree({ 'x/.fzlintrc.yaml': 'rules:\n\tbad: off\n', 'x/r.txt': REPORT, 'y/.fzlintrc.yaml': 'source: drafts\n', 'y/r.txt': REPORT });
    const run = runCli(['--locale', 'en', 'x/r.txt', 'y/r.txt'], { cwd: tree.root });
    assert.equal(run.status, 2);
    assert.match(run.stdout, /x\/\.fzlintrc\.yaml\n\s+2:1\s+error\s+Invalid YAML: Tabs/);
    assert.match(run.stdout, /y\/\.fzlintrc\.yaml\n\s+1:9\s+error\s+Invalid config: source must be one of auto, draft, published-copy/);
  });
});

describe('CLI: rule options', function () {
  this.timeout(60000);
  let tree: ReturnType<typeof tempTree> | undefined;
  afterEach(() => tree?.cleanup());

  it('a misspelt option is one config-error line naming the file, the rule and the key; exit 2; the rest applies', () => {
    tree = tempTree({ '.fzlintrc.yaml': 'rules:\n  fullwidth-punctuation: off\n  submission-deadline: [warning, { deadlin: "02-15" }]\n', 'r.txt': REPORT });
    const run = runCli(['--locale', 'en', 'r.txt'], { cwd: tree.root });
    assert.equal(run.status, 2);
    const lines = run.stdout.split('\n');
    const at = lines.indexOf('.fzlintrc.yaml');
    assert.ok(at >= 0, run.stdout);
    assert.match(
      lines[at + 1],
      /^\s+3:36\s+error\s+Rule "submission-deadline" has no option "deadlin"; did you mean "deadline"\? It is ignored\.\s+config-error$/,
    );
    assert.doesNotMatch(lines[at + 2], /config-error/, 'one line');
    const json = runJson(['r.txt'], { cwd: tree.root });
    const report = json.results.find((r) => r.filePath.endsWith('r.txt'))!;
    assert.deepEqual(
      report.messages.filter((m) => m.ruleId === 'fullwidth-punctuation'),
      [],
      'the valid part of the config applied',
    );
  });

  it('a string where a boolean is expected is an error at the value', () => {
    const config = '{ "rules": { "submission-deadline": ["warning", { "demonstrationArea": "yes" }] } }';
    tree = tempTree({ '.fzlintrc.json': config, 'r.txt': REPORT });
    const run = runCli(['r.txt'], { cwd: tree.root });
    assert.equal(run.status, 2);
    assert.ok(run.stdout.includes(`.fzlintrc.json\n  1:${config.indexOf('"yes"') + 1}  错误`), run.stdout);
    assert.match(
      run.stdout,
      /\.fzlintrc\.json\n\s+1:\d+\s+错误\s+规则“submission-deadline”的选项“demonstrationArea”应为布尔值（true 或 false），现为 "yes"，此项已忽略。/,
    );
  });

  it('fzlint print-config shows the effective options: schema defaults, report settings, configured options', () => {
    tree = tempTree({ '.fzlintrc.yaml': 'issuerLevel: city\nrules:\n  anachronism: [error, { planKeywords: [工作安排] }]\n' });
    const run = runCli(['print-config', 'r.txt'], { cwd: tree.root });
    assert.equal(run.status, 0, run.stderr);
    const out = JSON.parse(run.stdout);
    assert.deepEqual(out.ruleOptions, {
      anachronism: { planKeywords: ['工作安排'] },
      'copied-from-last-year': { threshold: 0.8 },
      'promise-follow-through': { threshold: 0.5 },
      'indicator-coverage': {},
      'submission-deadline': { issuerLevel: 'city', demonstrationArea: false },
    });
  });

  it('fzlint print-config with a misspelt option: exit 2, the problem on stderr, the option not in effect', () => {
    const line = '  submission-deadline: [warning, { demonstrationArea: true, deadlin: "02-15" }]';
    tree = tempTree({ '.fzlintrc.yaml': `rules:\n${line}\n` });
    const run = runCli(['print-config', '--locale', 'en', 'r.txt'], { cwd: tree.root });
    assert.equal(run.status, 2);
    assert.equal(
      run.stderr,
      `.fzlintrc.yaml:2:${line.indexOf(' deadlin') + 2}: Rule "submission-deadline" has no option "deadlin"; did you mean "deadline"? It is ignored.\n`,
    );
    assert.deepEqual(JSON.parse(run.stdout).ruleOptions['submission-deadline'], { demonstrationArea: true });
  });
});

describe('CLI: subcommands', function () {
  this.timeout(60000);
  let tree: ReturnType<typeof tempTree> | undefined;
  afterEach(() => tree?.cleanup());

  it('fzlint init writes a commented .fzlintrc.yaml and refuses to overwrite it', () => {
    tree = tempTree({});
    const first = runCli(['init'], { cwd: tree.root });
    assert.equal(first.status, 0, first.stderr);
    const text = fs.readFileSync(tree.file('.fzlintrc.yaml'), 'utf8');
    assert.match(text, /^# fzlint 配置文件/);
    assert.match(text, /extends:\n {2}- fzlint:recommended/);
    fs.appendFileSync(tree.file('.fzlintrc.yaml'), '# mine\n');
    const second = runCli(['init'], { cwd: tree.root });
    assert.equal(second.status, 2);
    assert.match(second.stderr, /已存在，未覆盖/);
    assert.match(fs.readFileSync(tree.file('.fzlintrc.yaml'), 'utf8'), /# mine\n$/);
  });

  it('a report file named like a subcommand is linted, not run as the subcommand', () => {
    tree = tempTree({ init: REPORT, pack: REPORT });
    const { run, results } = runJson(['init'], { cwd: tree.root });
    assert.equal(run.status, 1);
    assert.equal(path.basename(results[0].filePath), 'init');
    assert.ok(!fs.existsSync(tree.file('.fzlintrc.yaml')));
    assert.equal(runJson(['pack'], { cwd: tree.root }).results.length, 1);
  });

  it('fzlint print-config shows the chain, rules and settings for a file', () => {
    tree = tempTree({
      'pack.yaml': 'name: p\nversion: 2.0.0\ndata:\n  dictionary: [某词]\n',
      '.fzlintrc.yaml': 'extends: [fzlint:recommended, ./pack.yaml]\nissuerLevel: county\nrules: { repeated-word: off }\n',
    });
    const run = runCli(['print-config', 'r.txt'], { cwd: tree.root });
    assert.equal(run.status, 0, run.stderr);
    const out = JSON.parse(run.stdout);
    assert.equal(out.configFile, tree.file('.fzlintrc.yaml'));
    assert.deepEqual(
      out.layers.map((l: { ref: string }) => l.ref),
      ['fzlint:recommended', './pack.yaml', '.fzlintrc.yaml'],
    );
    assert.deepEqual(out.rules, { 'repeated-word': 'off' });
    assert.deepEqual(out.settings, { issuerLevel: 'county' });
    assert.equal(typeof out.data.terms, 'number');
  });

  it('fzlint pack test passes for the built-in pack and the example pack', () => {
    const builtin = runCli(['pack', 'test', 'fzlint:recommended']);
    assert.equal(builtin.status, 0, builtin.stdout);
    assert.match(builtin.stdout, /\d+ 个通过，0 个失败/);
    const example = runCli(['pack', 'test', examplePackDir, '--locale', 'en']);
    assert.equal(example.status, 0, example.stdout);
    assert.match(example.stdout, /fzlint-pack-shenzhen-checklist@0\.1\.0/);
    assert.match(example.stdout, /4 passed, 0 failed/);
  });

  it('fzlint pack test fails with exit 1 and a clear diff when an example is wrong', () => {
    const text = fs
      .readFileSync(path.join(examplePackDir, 'pack.yaml'), 'utf8')
      .replace('line: 2, column: 3, severity: info', 'line: 2, column: 5, severity: info');
    tree = tempTree({ 'pack.yaml': text });
    const run = runCli(['pack', 'test', tree.root, '--locale', 'en']);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /✗ tests\.invalid\[1\] “市法制办/);
    assert.match(run.stdout, /expected: canonical-terms 2:5 \(info\)/);
    assert.match(run.stdout, /actual: {3}canonical-terms 2:3 \(info\)/);
    assert.match(run.stdout, /- canonical-terms 2:5 \(info\) {2}expected, not reported/);
    assert.match(run.stdout, /\+ canonical-terms 2:3 \(info\) {2}reported, not expected/);
    assert.match(run.stdout, /3 passed, 1 failed/);
  });

  it('fzlint pack new creates a pack whose own tests pass; pack check reports entries that never match', () => {
    tree = tempTree({});
    const created = runCli(['pack', 'new', 'my-pack'], { cwd: tree.root });
    assert.equal(created.status, 0, created.stderr);
    assert.equal(JSON.parse(fs.readFileSync(tree.file('my-pack/package.json'), 'utf8')).name, 'fzlint-pack-my-pack');
    assert.equal(runCli(['pack', 'new', 'my-pack'], { cwd: tree.root }).status, 2, 'never overwrites');
    const tested = runCli(['pack', 'check', 'my-pack'], { cwd: tree.root });
    assert.equal(tested.status, 0, tested.stdout);
    fs.appendFileSync(tree.file('my-pack/pack.yaml'), '');
    const broken = fs
      .readFileSync(tree.file('my-pack/pack.yaml'), 'utf8')
      .replace('  terms: []', '  terms:\n    - { id: same, wrong: [法治政府], right: 法治政府 }');
    fs.writeFileSync(tree.file('my-pack/pack.yaml'), broken);
    const checked = runCli(['pack', 'check', 'my-pack'], { cwd: tree.root });
    assert.equal(checked.status, 1);
    assert.match(checked.stdout, /my-pack\/pack\.yaml:\d+:\d+ {2}警告 {2}词条“same”的错误写法“法治政府”与正确写法相同/);
  });
});
