import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import * as iconv from 'iconv-lite';
import { fullwidthReport } from '../helpers/paths';
import { linted, runCli, runJson, type JsonMessage } from '../helpers/run-cli';

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'fzlint-inputs-'));
}

const key = (m: JsonMessage) => `${m.ruleId}@${m.line}:${m.column}-${m.endLine}:${m.endColumn}/${m.level}`;

/** A Word file with one paragraph per line of the text (built here; no binary fixture). */
async function docxOf(text: string): Promise<Buffer> {
  const lines = text.replace(/\n$/, '').split(/\r?\n/);
  const doc = new Document({ sections: [{ children: lines.map((l) => new Paragraph({ children: [new TextRun(l)] })) }] });
  return Packer.toBuffer(doc);
}

describe('CLI inputs: GB18030/GBK text, UTF-8 with BOM, .docx', () => {
  const reference = fs.readFileSync(fullwidthReport, 'utf8');
  const utf8Findings = runJson([fullwidthReport]).results[0].messages.map(key);

  it('a GB18030 copy of the reference report gives the same findings as the UTF-8 copy', () => {
    const dir = tempDir();
    const file = path.join(dir, 'report-gb18030.txt');
    fs.writeFileSync(file, iconv.encode(reference, 'gb18030'));
    const { run, results } = runJson([file]);
    assert.equal(run.stderr, '');
    assert.equal(run.status, 1);
    assert.deepEqual(results[0].messages.map(key), utf8Findings);
  });

  it('--fix on a GB18030 file writes it back in GB18030', () => {
    const dir = tempDir();
    const file = path.join(dir, 'report-gb18030.txt');
    fs.writeFileSync(file, iconv.encode(reference, 'gb18030'));
    const expected = runJson(['--fix-dry-run', fullwidthReport]).results[0].output;
    assert.ok(expected && expected !== reference, 'the reference report has certain fixes');
    const r = runCli(['--fix', file]);
    assert.equal(r.stderr, '');
    const bytes = fs.readFileSync(file);
    assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'not rewritten as UTF-8');
    assert.equal(iconv.decode(bytes, 'gb18030'), expected);
  });

  it('--fix on a GB18030 file with a BOM keeps the BOM', () => {
    const dir = tempDir();
    const file = path.join(dir, 'bom.txt');
    fs.writeFileSync(file, iconv.encode('\ufeff' + reference, 'gb18030'));
    assert.deepEqual(runJson([file]).results[0].messages.map(key), utf8Findings);
    runCli(['--fix', file]);
    const bytes = fs.readFileSync(file);
    assert.deepEqual([...bytes.subarray(0, 4)], [0x84, 0x31, 0x95, 0x33]);
  });

  it('UTF-8 with BOM gives the same findings, and --fix keeps the BOM', () => {
    const dir = tempDir();
    const file = path.join(dir, 'bom.txt');
    fs.writeFileSync(file, '\ufeff' + reference);
    assert.deepEqual(runJson([file]).results[0].messages.map(key), utf8Findings);
    runCli(['--fix', file]);
    assert.deepEqual([...fs.readFileSync(file).subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  });

  it('a .docx made from the reference report gives the same findings (paragraph = line)', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'report.docx');
    fs.writeFileSync(file, await docxOf(reference));
    const { run, results } = runJson([file]);
    assert.equal(run.status, 1);
    assert.equal(run.stderr, '');
    // the .txt ends with a newline; the Word file has no empty paragraph after its last line
    const txtWithoutFinalNewline = path.join(dir, 'report.txt');
    fs.writeFileSync(txtWithoutFinalNewline, reference.replace(/\n$/, ''));
    assert.deepEqual(results[0].messages.map(key), runJson([txtWithoutFinalNewline]).results[0].messages.map(key));
    assert.ok(results[0].messages.some((m) => m.ruleId === 'enumeration-sequence' && m.line === 51));
  });

  it('--fix refuses a .docx with a clear message and leaves it unchanged', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'report.docx');
    const bytes = await docxOf(reference);
    fs.writeFileSync(file, bytes);
    const r = runCli(['--fix', file]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /report\.docx：Word 文件只读，--fix 不改写 \.docx/);
    assert.match(r.stdout, /二是/, 'the findings are still shown');
    assert.ok(fs.readFileSync(file).equals(bytes));
  });

  it('a directory walk checks Word files that hold an official document, and lists the others as skipped', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'report.docx'), await docxOf(reference));
    fs.writeFileSync(path.join(dir, 'notes.docx'), await docxOf('随手记\n\n今天开会，讨论了三件事。'));
    fs.writeFileSync(path.join(dir, '~$report.docx'), 'lock');
    fs.writeFileSync(path.join(dir, 'gbk-report.txt'), iconv.encode(reference, 'gbk'));
    const { results } = runJson([dir]);
    assert.deepEqual(
      linted(results)
        .map((r) => path.basename(r.filePath))
        .sort(),
      ['gbk-report.txt', 'report.docx'],
    );
    assert.deepEqual(
      results
        .filter((r) => r.skipped)
        .map((r) => [path.basename(r.filePath), r.skipped!.reason])
        .sort(),
      [
        ['notes.docx', 'not-a-document'],
        ['~$report.docx', 'word-lock'],
      ],
    );
  });

  it('a file that is not a Word document but named .docx is refused clearly', () => {
    const dir = tempDir();
    const file = path.join(dir, 'fake.docx');
    fs.writeFileSync(file, '不是 Word 文件');
    const r = runCli([file]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /fake\.docx：无法读取 Word 文件/);
  });
});
