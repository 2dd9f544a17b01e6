/**
 * No silent skip: a folder run lints each file or lists it as skipped with the reason, in every
 * output format, and the counts add up. The folder holds the real official texts, the reference
 * report copies, a Markdown README, a binary file named .txt and an image.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { referenceDir, repoRoot } from '../helpers/paths';
import { runCli, type JsonResult } from '../helpers/run-cli';

const REAL = path.resolve(repoRoot, '../shared/fixtures/real');

describe('CLI folder run: every file linted or listed as skipped, in every format', function () {
  this.timeout(180000);
  let dir = '';
  let all: string[] = [];
  const documents: string[] = [];
  const notDocuments = ['README.md', 'scan.txt', 'photo.png'];

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fzlint-folder-'));
    for (const source of [REAL, referenceDir]) {
      for (const f of fs.readdirSync(source)) {
        if (f === 'README.md') continue;
        fs.copyFileSync(path.join(source, f), path.join(dir, f));
        documents.push(f);
      }
    }
    fs.writeFileSync(path.join(dir, 'README.md'), '# 说明\n\n本文件夹存放收到的报告，按报送单位命名。\n');
    fs.writeFileSync(path.join(dir, 'scan.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    fs.writeFileSync(path.join(dir, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0x03]));
    all = fs.readdirSync(dir).sort();
    assert.ok(documents.length >= 14, `${documents.length} documents`);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('json: a record per file; the documents linted with their kind, the others skipped with a reason', () => {
    const r = runCli(['--format', 'json', dir]);
    const records = JSON.parse(r.stdout) as JsonResult[];
    assert.deepEqual(records.map((x) => path.basename(x.filePath)).sort(), all, 'one record per file');
    const skipped = Object.fromEntries(records.filter((x) => x.skipped).map((x) => [path.basename(x.filePath), x.skipped!.reason]));
    assert.deepEqual(skipped, { 'README.md': 'not-a-document', 'scan.txt': 'binary', 'photo.png': 'unsupported-type' });
    for (const x of records.filter((y) => !y.skipped)) {
      assert.ok(x.documentKind === 'annual-report' || x.documentKind === 'official-document', `${x.filePath}: ${x.documentKind}`);
    }
    assert.equal(records.filter((x) => x.documentKind === 'annual-report').length, 3, 'the three reference copies are annual reports');
    assert.notEqual(r.status, 2, r.stderr);
  });

  it('stylish: the skipped files with their reasons, and a summary whose counts add up', () => {
    const r = runCli([dir]);
    for (const name of notDocuments) assert.match(r.stdout, new RegExp(`^  \\S*${name.replace('.', '\\.')}  \\S`, 'm'), name);
    const m = /检查了 (\d+) 个文件（法治政府建设年度报告 (\d+) 份，其他公文 (\d+) 份）；未检查 (\d+) 个文件/.exec(r.stdout);
    assert.ok(m, r.stdout.slice(-400));
    assert.equal(Number(m[1]), documents.length);
    assert.equal(Number(m[2]) + Number(m[3]), documents.length);
    assert.equal(Number(m[4]), notDocuments.length);
    assert.equal(Number(m[1]) + Number(m[4]), all.length);
  });

  it('github: a notice per skipped file', () => {
    const r = runCli(['--format', 'github', dir]);
    const notices = r.stdout.split('\n').filter((l) => l.startsWith('::notice') && l.includes('fzlint 未检查此文件'));
    assert.deepEqual(notices.map((l) => /file=([^,]+)/.exec(l)![1].split('/').pop()).sort(), [...notDocuments].sort());
  });

  it('junit: a test case per file, the skipped ones marked skipped', () => {
    const r = runCli(['--format', 'junit', dir]);
    assert.match(r.stdout, new RegExp(`<testsuites name="fzlint" tests="${all.length}" failures="\\d+" errors="0" skipped="${notDocuments.length}"`));
    assert.equal((r.stdout.match(/<testcase /g) ?? []).length, all.length);
    assert.equal((r.stdout.match(/<skipped message="/g) ?? []).length, notDocuments.length);
  });

  it('sarif: an artifact per linted file and a notification per skipped one', () => {
    const r = runCli(['--format', 'sarif', dir]);
    const run = JSON.parse(r.stdout).runs[0];
    assert.equal(run.artifacts.length, documents.length);
    const notes = run.invocations[0].toolExecutionNotifications as {
      descriptor: { id: string };
      locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
    }[];
    assert.deepEqual(
      notes.map((n) => decodeURIComponent(n.locations[0].physicalLocation.artifactLocation.uri).split('/').pop()).sort(),
      [...notDocuments].sort(),
    );
    assert.equal(run.artifacts.length + notes.length, all.length);
  });

  it('html: a table of the files not checked, with the reasons', () => {
    const r = runCli(['--format', 'html', dir]);
    const table = /<section id="skipped"><h2>未检查的文件（(\d+)）<\/h2>([\s\S]*?)<\/section>/.exec(r.stdout);
    assert.ok(table, 'the skipped table');
    assert.equal(Number(table[1]), notDocuments.length);
    for (const name of notDocuments) assert.ok(table[2].includes(name), name);
    assert.equal((r.stdout.match(/<section id="r\d+">/g) ?? []).length, documents.length);
  });

  it('--all-files lints the README too; binary and other types stay skipped', () => {
    const records = JSON.parse(runCli(['--format', 'json', '--all-files', dir]).stdout) as JsonResult[];
    const readme = records.find((x) => path.basename(x.filePath) === 'README.md')!;
    assert.equal(readme.skipped, undefined);
    assert.equal(readme.documentKind, 'other');
    assert.deepEqual(
      records
        .filter((x) => x.skipped)
        .map((x) => path.basename(x.filePath))
        .sort(),
      ['photo.png', 'scan.txt'],
    );
  });
});
