import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fullwidthReport, repoRoot } from '../helpers/paths';
import { runCli, runJson } from '../helpers/run-cli';

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'fzlint-cli-'));
}

describe('CLI basics', () => {
  it('prints Chinese help by default and English with --locale en', () => {
    const zh = runCli(['--help']);
    assert.equal(zh.status, 0);
    assert.match(zh.stdout, /用法：fzlint/);
    const en = runCli(['--help', '--locale', 'en']);
    assert.match(en.stdout, /Usage: fzlint/);
  });

  it('prints the package version', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
    assert.equal(runCli(['--version']).stdout.trim(), pkg.version);
  });

  it('exits 2 with one clear line for a missing file, without a stack trace', () => {
    const r = runCli(['no-such-report.txt']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /no-such-report\.txt：文件或目录不存在/);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  });

  it('exits 2 for a directory with no official document, listing what it did not check and why', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'README.md'), '# 说明\n\n这是一个普通的说明文件。\n');
    const r = runCli([dir]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /没有找到可检查的公文：1 个文件均未检查/);
    assert.match(r.stdout, /未检查的文件（1 个）：\n\s+\S*README\.md\s+不是公文/);
  });

  it('exits 2 for binary input and for bytes that are neither UTF-8 nor GB18030, naming the file; GBK decodes', () => {
    const dir = tempDir();
    const bin = path.join(dir, 'scan.txt');
    fs.writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    const r1 = runCli([bin]);
    assert.equal(r1.status, 2);
    assert.match(r1.stderr, /scan\.txt：是二进制文件/);
    const gbk = path.join(dir, 'gbk.txt');
    fs.writeFileSync(gbk, Buffer.from([0xb7, 0xa8, 0xd6, 0xce, 0xd5, 0xfe, 0xb8, 0xae])); // 法治政府 in GBK
    const ok = runCli([gbk]);
    assert.doesNotMatch(ok.stderr, /gbk\.txt/, 'GBK text is detected and decoded');
    assert.notEqual(ok.status, 2);
    const bad = path.join(dir, 'bad.txt');
    fs.writeFileSync(bad, Buffer.from([0x41, 0xff, 0xfe, 0x80, 0x81, 0x42])); // neither UTF-8 nor GB18030
    const r2 = runCli([bad]);
    assert.equal(r2.status, 2);
    assert.match(r2.stderr, /bad\.txt：不是有效的 UTF-8 文本，也不是 GB18030\/GBK/);
    assert.doesNotMatch(r1.stderr + r2.stderr, /\n\s+at /);
  });

  it('rejects a bad --rule, an unknown rule, an unknown format and an unknown option with exit 2', () => {
    assert.equal(runCli(['--rule', 'nonsense', fullwidthReport]).status, 2);
    const unknown = runCli(['--rule', 'no-such-rule:off', fullwidthReport]);
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /unknown rule "no-such-rule"/);
    const level = runCli(['--rule', 'fullwidth-punctuation:loud', fullwidthReport]);
    assert.equal(level.status, 2);
    assert.match(level.stderr, /unknown severity/);
    const fmt = runCli(['--format', 'xml', fullwidthReport]);
    assert.equal(fmt.status, 2);
    assert.match(fmt.stderr, /未知的输出格式“xml”/);
    assert.equal(runCli(['--frobnicate']).status, 2);
    assert.equal(runCli([]).status, 2);
  });

  it('reads standard input with - and --stdin, parsing by --stdin-filename', () => {
    const text = '青山县人民政府2025年法治政府建设年度报告\n\n  2025年,我县深入推进依法行政,成效明显。\n';
    const a = runJson(['-', '--source', 'draft'], { input: text });
    assert.equal(a.run.status, 1);
    assert.equal(a.results[0].messages.filter((m) => m.ruleId === 'fullwidth-punctuation').length, 2);
    const md = '# 青山县人民政府2025年法治政府建设年度报告\n\n```\n代码,不检查\n```\n';
    const b = runJson(['--stdin', '--stdin-filename', 'report.md'], { input: md });
    assert.equal(b.results[0].messages.filter((m) => m.ruleId === 'fullwidth-punctuation').length, 0, 'code block is not prose');
    const c = runJson(['--stdin', '--stdin-filename', 'report.txt'], { input: md });
    assert.equal(c.results[0].messages.filter((m) => m.ruleId === 'fullwidth-punctuation').length, 1, 'as plain text the comma counts');
  });

  it('refuses --fix on standard input', () => {
    const r = runCli(['--stdin', '--fix'], { input: '测试' });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--fix-dry-run/);
  });

  it('uses colour only when asked or on a TTY, and honours NO_COLOR', () => {
    const input = '我县深入推进依法行政,成效明显。';
    const plain = runCli(['--stdin', '--source', 'draft'], { input });
    assert.doesNotMatch(plain.stdout, /\u001b\[/);
    const forced = runCli(['--stdin', '--source', 'draft', '--color'], { input });
    assert.match(forced.stdout, /\u001b\[/);
    const env = { FORCE_COLOR: '1' };
    const noColor = runCli(['--stdin', '--source', 'draft'], { input, env: { ...env, NO_COLOR: '1' } });
    assert.doesNotMatch(noColor.stdout, /\u001b\[/);
  });

  it('--quiet keeps errors only; --max-warnings turns warnings into exit 1', () => {
    const input = '我县深入推进依法行政,成效明显。审查文件78 件。';
    const all = runJson(['--stdin', '--source', 'draft'], { input });
    assert.ok(all.results[0].messages.some((m) => m.level === 'warning'));
    const quiet = runJson(['--stdin', '--source', 'draft', '--quiet'], { input });
    assert.ok(quiet.results[0].messages.every((m) => m.level === 'error'));
    const warnOnly = '审查文件78 件。';
    assert.equal(runCli(['--stdin', '--source', 'draft'], { input: warnOnly }).status, 0);
    const over = runCli(['--stdin', '--source', 'draft', '--max-warnings', '0'], { input: warnOnly });
    assert.equal(over.status, 1);
    assert.match(over.stderr, /警告过多/);
  });

  it('--rule changes severity and turns rules off', () => {
    const input = '我县深入推进依法行政,成效明显。';
    const off = runJson(['--stdin', '--source', 'draft', '--rule', 'fullwidth-punctuation:off'], { input });
    assert.equal(off.results[0].messages.length, 0);
    assert.equal(off.run.status, 0);
    const warn = runJson(['--stdin', '--source', 'draft', '--rule', 'fullwidth-punctuation:warning'], { input });
    assert.deepEqual(
      warn.results[0].messages.map((m) => [m.level, m.severity]),
      [['warning', 1]],
    );
    assert.equal(warn.run.status, 0);
  });

  it('prints English messages with --locale en', () => {
    const r = runCli(['--stdin', '--source', 'draft', '--locale', 'en'], { input: '我县深入推进依法行政,成效明显。' });
    assert.match(r.stdout, /Half-width "," in Chinese text/);
    assert.match(r.stdout, /1 problem \(1 error/);
  });
});
