import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { readPdf } from '../../server/src/cli/inputs/pdf';
import { readDocument } from '../../server/src/cli/inputs/document';
import { pdfPosition } from '../../server/src/cli/inputs/pdf-layout';
import { fullwidthReport, referenceDir } from '../helpers/paths';
import { runCli, runJson, type JsonMessage, type JsonResult } from '../helpers/run-cli';
import { unavailable } from '../helpers/unavailable';
import { zip } from '../helpers/zip-writer';

/**
 * .doc, .odt and PDF versions of the reference report, made by LibreOffice from a .docx built here,
 * give the same findings as the text; broken, encrypted and image-only inputs give one clear error
 * each while the other files of the run are still checked.
 */

type PdfMessage = JsonMessage & { pdf?: { page: number; line: number } };

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'fzlint-more-inputs-'));
}

const key = (m: JsonMessage) => `${m.ruleId}@${m.line}:${m.column}-${m.endLine}:${m.endColumn}/${m.level}`;

/** The text a finding covers (its first line). */
function covered(text: string, m: JsonMessage): string {
  const line = text.split('\n')[m.line - 1] ?? '';
  return line.slice(m.column - 1, m.endLine === m.line ? m.endColumn - 1 : undefined);
}

async function docxOf(paragraphs: (Paragraph | Table)[]): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] }));
}

const lines = (text: string) =>
  text
    .replace(/\n$/, '')
    .split('\n')
    .map((l) => new Paragraph({ children: [new TextRun(l)] }));

/** A small document with a table and a manual line break: how .doc and .odt readers lay them out. */
function tableDocument(): (Paragraph | Table)[] {
  const cell = (t: string) => new TableCell({ children: [new Paragraph(t)] });
  return [
    new Paragraph('表格前的段落'),
    new Table({
      rows: [new TableRow({ children: [cell('甲单元格'), cell('乙单元格')] }), new TableRow({ children: [cell('丙单元格'), cell('丁单元格')] })],
    }),
    new Paragraph({ children: [new TextRun('换行前'), new TextRun({ text: '换行后', break: 1 })] }),
    new Paragraph({ children: [new TextRun('有\t制表符')] }),
  ];
}

const soffice = (() => {
  const r = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
})();

/** Convert files with LibreOffice headless (its own profile in the temp folder). */
function convert(files: string[], to: string, outDir: string): void {
  const profile = path.join(os.tmpdir(), 'fzlint-lo-profile');
  const r = spawnSync(soffice!, ['--headless', `-env:UserInstallation=file://${profile}`, '--convert-to', to, '--outdir', outDir, ...files], {
    encoding: 'utf8',
    timeout: 180000,
  });
  for (const f of files) {
    const out = path.join(outDir, path.basename(f).replace(/\.[^.]+$/, `.${to.split(':')[0]}`));
    if (!fs.existsSync(out)) throw new Error(`soffice --convert-to ${to} made no ${out}: ${r.stderr || r.stdout}`);
  }
}

describe('CLI inputs: .doc, .odt and PDF made by LibreOffice', function () {
  this.timeout(300000);
  const reference = fs.readFileSync(fullwidthReport, 'utf8');
  const dir = tempDir();
  const made = path.join(dir, 'made');
  let txtFindings: JsonMessage[];
  const txt = path.join(dir, 'report.txt');
  // The real reports received as Word files (../shared/fixtures/real): their .doc, .odt and PDF too.
  const realDir = path.resolve(referenceDir, '../real');
  const realDocx = fs.existsSync(realDir) ? fs.readdirSync(realDir).filter((f) => f.endsWith('.docx')) : [];

  before(async function () {
    if (!soffice) unavailable(this, 'LibreOffice (soffice) is not installed', 'apt-get install libreoffice-writer-nogui');
    fs.mkdirSync(made);
    // The Word file has no empty paragraph after the last line: the text to compare with neither.
    fs.writeFileSync(txt, reference.replace(/\n$/, ''));
    txtFindings = runJson([txt]).results[0].messages;
    fs.writeFileSync(path.join(dir, 'report.docx'), await docxOf(lines(reference)));
    fs.writeFileSync(path.join(dir, 'table.docx'), await docxOf(tableDocument()));
    const inputs = [path.join(dir, 'report.docx'), path.join(dir, 'table.docx'), ...realDocx.map((f) => path.join(dir, f))];
    for (const f of realDocx) fs.copyFileSync(path.join(realDir, f), path.join(dir, f));
    for (const to of ['doc', 'odt', 'fodt', 'pdf']) convert(inputs, to, made);
    // An encrypted PDF (password to open), made the same way.
    fs.mkdirSync(path.join(made, 'encrypted'));
    convert(
      [path.join(dir, 'table.docx')],
      'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}',
      path.join(made, 'encrypted'),
    );
  });

  for (const ext of ['doc', 'odt', 'fodt']) {
    it(`a .${ext} of the reference report gives the same findings as the text (rule, line, column)`, () => {
      const { run, results } = runJson([path.join(made, `report.${ext}`)]);
      assert.equal(run.stderr, '');
      assert.equal(run.status, 1);
      assert.ok(txtFindings.length > 0);
      assert.deepEqual(results[0].messages.map(key), txtFindings.map(key));
    });

    it(`a .${ext} keeps table cells on lines of their own and a manual line break as a space`, async () => {
      const file = path.join(made, `table.${ext}`);
      const { text } = await readDocument(file, fs.readFileSync(file), ext as 'doc' | 'odt' | 'fodt', 'en');
      assert.deepEqual(text.split('\n'), ['表格前的段落', '甲单元格', '乙单元格', '丙单元格', '丁单元格', '换行前 换行后', '有\t制表符']);
    });

    it(`--fix refuses a .${ext} and leaves it unchanged`, () => {
      const file = path.join(dir, `fix.${ext}`);
      fs.copyFileSync(path.join(made, `report.${ext}`), file);
      const before = fs.readFileSync(file);
      const r = runCli(['--fix', file]);
      assert.equal(r.status, 2);
      assert.match(r.stderr, new RegExp(`fix\\.${ext}：${ext === 'doc' ? 'Word' : 'OpenDocument'} 文件只读，--fix 不改写 \\.${ext}`));
      assert.ok(fs.readFileSync(file).equals(before));
    });
  }

  it('a PDF of the reference report gives the same rules on the same text, located by page and line', async () => {
    const file = path.join(made, 'report.pdf');
    const { run, results } = runJson([file]);
    assert.equal(run.stderr, '');
    assert.equal(run.status, 1);
    const pdf = await readPdf(fs.readFileSync(file));
    const messages = results[0].messages as PdfMessage[];
    assert.equal((results[0] as JsonResult & { notes?: string[] }).notes?.length, 1, 'one note for the PDF');
    const txtText = fs.readFileSync(txt, 'utf8');
    const byText = (ms: JsonMessage[], text: string) => ms.map((m) => `${m.ruleId}: ${covered(text, m)}`).sort();
    assert.deepEqual(byText(messages, pdf.text), byText(txtFindings, txtText));
    // Each finding's page and line is where its text starts in the PDF.
    const paragraphs = pdf.text.split('\n');
    for (const m of messages) {
      assert.ok(m.pdf, `${m.ruleId} has a pdf location`);
      assert.deepEqual(m.pdf, pdfPosition(pdf.segments, m.line, m.column));
      const pieces = pdf.segments[m.line - 1];
      const next = pieces.find((p) => p.offset > m.column - 1)?.offset ?? Infinity;
      const start = covered(pdf.text, m)
        .slice(0, next - (m.column - 1))
        .trim();
      const pageLine = pdf.lines[m.pdf.page - 1][m.pdf.line - 1].text;
      assert.ok(pageLine.includes(start), `“${start}” on page ${m.pdf.page} line ${m.pdf.line}: “${pageLine}” (${paragraphs[m.line - 1].slice(0, 20)}…)`);
    }
    assert.ok(new Set(messages.map((m) => m.pdf!.page)).size > 1, 'findings on more than one page');
  });

  it('the real Word reports as .doc, .odt and PDF give the findings of the .docx (PDF: the same rules on the same text)', async () => {
    assert.ok(realDocx.length > 0, 'real .docx reports in ../shared/fixtures/real');
    for (const f of realDocx) {
      const docx = path.join(dir, f);
      const original = runJson([docx]).results[0].messages;
      const { text: docxText } = await readDocument(docx, fs.readFileSync(docx), 'docx', 'en');
      for (const ext of ['doc', 'odt']) {
        const other = path.join(made, f.replace(/\.docx$/, `.${ext}`));
        assert.deepEqual(runJson([other]).results[0].messages.map(key), original.map(key), `${f} as .${ext}`);
      }
      const pdfFile = path.join(made, f.replace(/\.docx$/, '.pdf'));
      const pdf = await readPdf(fs.readFileSync(pdfFile));
      const byText = (ms: JsonMessage[], text: string) => ms.map((m) => `${m.ruleId}: ${covered(text, m)}`).sort();
      assert.deepEqual(byText(runJson([pdfFile]).results[0].messages, pdf.text), byText(original, docxText), `${f} as PDF`);
    }
  });

  it('--fix refuses a PDF and leaves it unchanged', () => {
    const file = path.join(dir, 'fix.pdf');
    fs.copyFileSync(path.join(made, 'report.pdf'), file);
    const before = fs.readFileSync(file);
    const r = runCli(['--fix', file]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /fix\.pdf：PDF 文件只读，--fix 不改写 \.pdf/);
    assert.ok(fs.readFileSync(file).equals(before));
  });

  it('stylish output shows a PDF finding as 第N页第M行, and the PDF note once', () => {
    const r = runCli([path.join(made, 'report.pdf')]);
    assert.equal(r.status, 1);
    const notes = r.stdout.split('\n').filter((l) => l.includes('版式会掩盖部分问题'));
    assert.equal(notes.length, 1);
    assert.match(r.stdout, /^ {2}第\d+页第\d+行 +警告/m);
    const en = runCli(['--locale', 'en', path.join(made, 'report.pdf')]);
    assert.match(en.stdout, /layout can hide some defects/);
    assert.match(en.stdout, /^ {2}p\.\d+ l\.\d+ +warning/m);
  });

  it('an encrypted PDF: one clear line, exit 2, the other file still checked', () => {
    const bad = path.join(made, 'encrypted', 'table.pdf');
    const { run, results } = runJson([bad, txt]);
    assert.equal(run.status, 2);
    const errors = run.stderr.trim().split('\n');
    assert.equal(errors.length, 1);
    assert.match(errors[0], /table\.pdf：PDF 文件已加密/);
    assertChecked(results, txt);
  });
});

/** The good file of a run was checked and has its findings. */
function assertChecked(results: JsonResult[], file: string): void {
  const r = results.find((x) => x.filePath === file);
  assert.ok(r && r.messages.length > 0, `${file} was checked`);
}

/** A one-page PDF that draws a rectangle and no text (like a scan: no text layer). */
function pdfWithoutText(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
  ];
  const stream = '0 0 1 rg 100 100 200 200 re f';
  objects.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** The start of an OLE compound file that holds an EncryptedPackage stream (how Office stores a .docx with a password). */
function encryptedDocx(): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  const entry = Buffer.alloc(128);
  Buffer.from('EncryptedPackage', 'utf16le').copy(entry);
  return Buffer.concat([header, entry, Buffer.alloc(1024)]);
}

/** An .odt saved with a password: the manifest lists encryption data for content.xml. */
function encryptedOdt(): Buffer {
  const manifest =
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data manifest:checksum-type="SHA1/1K"/></manifest:file-entry></manifest:manifest>';
  return zip({ mimetype: 'application/vnd.oasis.opendocument.text', 'META-INF/manifest.xml': manifest, 'content.xml': '\u0000\u0001 encrypted bytes' });
}

describe('CLI inputs: broken, encrypted and image-only documents', () => {
  const reference = fs.readFileSync(fullwidthReport, 'utf8');

  const cases: { name: string; bytes: () => Buffer; message: RegExp }[] = [
    { name: 'broken.docx', bytes: () => Buffer.from('PK\u0003\u0004 not really a zip', 'latin1'), message: /broken\.docx：无法读取 Word 文件（.*ZIP/ },
    {
      name: 'broken.odt',
      bytes: () => Buffer.from('PK\u0003\u0004 not really a zip', 'latin1'),
      message: /broken\.odt：无法读取 OpenDocument（\.odt）文件（.*ZIP/,
    },
    { name: 'locked.docx', bytes: encryptedDocx, message: /locked\.docx：文件已加密（设有打开密码）/ },
    { name: 'locked.odt', bytes: encryptedOdt, message: /locked\.odt：文件已加密（设有打开密码）/ },
    { name: 'scan.pdf', bytes: pdfWithoutText, message: /scan\.pdf：PDF 没有文字层（可能是扫描件或图片）/ },
    { name: 'broken.pdf', bytes: () => Buffer.from('%PDF-1.4\n garbage'), message: /broken\.pdf：(无法读取 PDF 文件|PDF 没有文字层)/ },
    { name: 'report.wps', bytes: () => Buffer.from('not readable'), message: /report\.wps：不支持 WPS 文字的 \.wps 格式.*另存为 \.docx/ },
  ];
  for (const c of cases) {
    it(`${c.name}: one clear line naming the file, exit 2, the other file still checked`, () => {
      const dir = tempDir();
      const bad = path.join(dir, c.name);
      fs.writeFileSync(bad, c.bytes());
      const good = path.join(dir, 'good.txt');
      fs.writeFileSync(good, reference);
      const { run, results } = runJson([bad, good]);
      assert.equal(run.status, 2);
      const errors = run.stderr.trim().split('\n');
      assert.equal(errors.length, 1, run.stderr);
      assert.match(errors[0], c.message);
      assertChecked(results, good);
    });
  }

  it('in English too', () => {
    const dir = tempDir();
    const bad = path.join(dir, 'scan.pdf');
    fs.writeFileSync(bad, pdfWithoutText());
    const r = runCli(['--locale', 'en', bad]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /scan\.pdf: the PDF has no text layer/);
  });

  it('a folder run checks .doc/.odt/.pdf files and lists a .wps as unsupported with advice', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'a.wps'), 'x');
    fs.writeFileSync(path.join(dir, 'scan.pdf'), pdfWithoutText());
    const { run, results } = runJson([dir]);
    assert.equal(run.status, 2, 'the image-only PDF is an error');
    assert.match(run.stderr, /scan\.pdf：PDF 没有文字层/);
    const wps = results.find((r) => r.filePath.endsWith('a.wps'));
    assert.equal(wps?.skipped?.reason, 'unsupported-type');
    assert.match(wps!.skipped!.message, /\.wps 文件请先另存为 \.docx/);
  });
});
