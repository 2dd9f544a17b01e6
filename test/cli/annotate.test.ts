import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { Document, ExternalHyperlink, Packer, Paragraph, Tab, Table, TableCell, TableRow, TextRun, VerticalMergeType } from 'docx';
import type { Finding } from '../../server/src/engine/finding';
import { annotatePackage } from '../../server/src/cli/annotate/write-annotated';
import { replayHint, seededRandom, testSeed } from '../helpers/seed';
import { fullwidthReport, referenceDir } from '../helpers/paths';
import { runCli, runJson, type JsonMessage } from '../helpers/run-cli';
import { unavailable } from '../helpers/unavailable';
import {
  anchoredText,
  convertToFodt,
  docxComments,
  docxText,
  expectedComments,
  paragraphContainers,
  paragraphsOf,
  readFodt,
  rejectAll,
  sofficePath,
  zipEntries,
} from '../helpers/word-review';

const realDir = path.resolve(referenceDir, '../real');
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
/** The parts an annotated copy may change; every other one is byte-identical. */
const REWRITTEN = new Set(['word/document.xml', 'word/comments.xml', 'word/_rels/document.xml.rels', '[Content_Types].xml']);
const EPOCH = '1767225600'; // 2026-01-01T00:00:00Z

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'fzlint-annotate-'));
}

async function docxOf(text: string): Promise<Buffer> {
  const lines = text.replace(/\n$/, '').split(/\r?\n/);
  const doc = new Document({ sections: [{ children: lines.map((l) => new Paragraph({ children: [new TextRun(l)] })) }] });
  return Packer.toBuffer(doc);
}

const keyOf = (c: { paragraphs: string[]; anchored: string }) => JSON.stringify([c.paragraphs.slice(0, 2), c.anchored]);

/** A Word file with a table (merged cells), a link, tabs and line breaks. */
async function structuredDocx(): Promise<Buffer> {
  const cell = (text: string[], merge?: (typeof VerticalMergeType)[keyof typeof VerticalMergeType]) =>
    new TableCell({ children: text.map((t) => new Paragraph(t)), verticalMerge: merge });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({
            children: [
              new TextRun({ text: '加粗的开头文字', bold: true }),
              new TextRun({ children: [new Tab(), '制表符后的文字'] }),
              new TextRun({ text: '换行后的文字', break: 1 }),
            ],
          }),
          new Paragraph({
            children: [
              new TextRun('链接前'),
              new ExternalHyperlink({ link: 'https://example.gov.cn', children: [new TextRun('链接文字')] }),
              new TextRun('链接后'),
            ],
          }),
          new Table({
            rows: [
              new TableRow({ children: [cell(['第一格文字'], VerticalMergeType.RESTART), cell(['第二格文字', '第二格下段'])] }),
              new TableRow({ children: [cell([''], VerticalMergeType.CONTINUE), cell(['第四格文字'])] }),
            ],
          }),
          new Paragraph(''),
          new Paragraph('末段的文字内容'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** Random comments and fixes on a Word file (seeded), written with the annotator itself. */
async function randomlyAnnotated(bytes: Buffer, seed: number, count: number) {
  const original = await docxText(bytes);
  const containers = await paragraphContainers(bytes);
  const random = seededRandom(seed);
  const int = (n: number) => Math.floor(random() * n);
  const out = [];
  for (let round = 0; round < count; round++) {
    const findings: Finding[] = [];
    for (let i = 0; i < 6; i++) {
      const start = int(original.length + 1);
      const end = Math.min(original.length, start + int(10));
      const message = `问题 ${i}`;
      findings.push({
        ruleId: 'test-rule',
        messageId: 'm',
        severity: 'warning',
        message,
        messages: { 'zh-CN': message, en: message },
        span: { start, end },
        line: 0,
        column: 0,
        endLine: 0,
        endColumn: 0,
        url: '',
      });
    }
    const fixed = original
      .split('\n')
      .map((l) => {
        if (random() < 0.5 || l.length === 0) return l;
        const a = int(l.length + 1);
        return l.slice(0, a) + ['', '改', '新的\t'][int(3)] + l.slice(Math.min(l.length, a + int(3)));
      })
      .join('\n');
    const annotated = await annotatePackage({ bytes, text: original, findings, fixed, locale: 'zh-CN', date: '2026-01-01T00:00:00Z' });
    out.push({
      bytes: annotated.bytes,
      original,
      fixed,
      comments: findings.map((f) => [f.message, anchoredText(original, f.span.start, f.span.end, containers)]),
    });
  }
  return out;
}

interface Case {
  name: string;
  input: string;
  output: string;
  messages: JsonMessage[];
  original: string;
  fixed: string;
  /** Which table cell, text box or body each paragraph is in. */
  containers: number[];
}

describe('fzlint annotate: reviewed Word copies (comments and tracked changes)', function () {
  this.timeout(600000);
  const reference = fs.readFileSync(fullwidthReport, 'utf8');
  const dir = tempDir();
  const out = path.join(dir, 'out');
  const cases: Case[] = [];
  let run: ReturnType<typeof runCli>;

  before(async () => {
    const ref = path.join(dir, 'reference.docx');
    fs.writeFileSync(ref, await docxOf(reference));
    const inputs = [
      ref,
      ...fs
        .readdirSync(realDir)
        .filter((f) => f.endsWith('.docx'))
        .map((f) => path.join(realDir, f)),
    ];
    run = runCli(['annotate', ...inputs, '-o', out], { env: { SOURCE_DATE_EPOCH: EPOCH } });
    for (const input of inputs) {
      const plain = runJson([input]).results[0];
      const fixed = runJson(['--fix-dry-run', input]).results[0];
      const original = await docxText(fs.readFileSync(input));
      cases.push({
        name: path.basename(input),
        input,
        output: path.join(out, path.basename(input)),
        messages: plain.messages,
        original,
        fixed: fixed.output ?? original,
        containers: await paragraphContainers(fs.readFileSync(input)),
      });
    }
  });

  it('writes one reviewed copy per Word file and says what it wrote', () => {
    assert.equal(run.stderr, '');
    assert.equal(run.status, 0);
    for (const c of cases) {
      assert.ok(fs.existsSync(c.output), c.output);
      assert.match(run.stdout, new RegExp(`${c.name.replace('.', '\\.')} → .*：${c.messages.length} 条批注`));
    }
    assert.ok(cases.length >= 3, 'the reference report and the real Word files');
  });

  it('the document.xml walk reads the same paragraphs as the .docx reader (reference and real Word files)', async () => {
    for (const c of cases) assert.equal(await paragraphsOf(fs.readFileSync(c.input)), c.original, c.name);
  });

  it('each finding is one comment by fzlint, anchored on exactly its span', async () => {
    for (const c of cases) {
      const comments = await docxComments(fs.readFileSync(c.output));
      assert.ok(c.messages.length > 0, `${c.name} has findings`);
      assert.deepEqual(comments.map(keyOf).sort(), expectedComments(c.original, c.messages, c.containers).map(keyOf).sort(), c.name);
      for (const m of comments) {
        assert.equal(m.author, 'fzlint');
        assert.equal(m.initials, 'FZ');
        assert.equal(m.date, '2026-01-01T00:00:00Z');
      }
    }
  });

  it('the comment gives the suggested wording of a fix or suggestion', async () => {
    const c = cases[0];
    const comments = await docxComments(fs.readFileSync(c.output));
    const withWording = c.messages.filter((m) => m.fix || m.suggestions);
    assert.ok(withWording.length > 0);
    for (const m of withWording) {
      const comment = comments.find((x) => x.paragraphs[0] === m.message)!;
      const wording = m.suggestions?.[0]?.desc;
      assert.ok(comment.paragraphs.length >= 3, m.ruleId);
      if (wording)
        assert.ok(
          comment.paragraphs.some((p) => p.endsWith(wording)),
          `${m.ruleId}: ${comment.paragraphs.join(' / ')}`,
        );
    }
  });

  it('accepting every tracked change gives the --fix-dry-run text; rejecting them gives the original', async () => {
    assert.notEqual(cases[0].fixed, cases[0].original, 'the reference report has certain fixes');
    for (const c of cases) {
      const bytes = fs.readFileSync(c.output);
      assert.equal(await docxText(bytes), c.fixed, `${c.name}: accepted`);
      assert.equal(await docxText(await rejectAll(bytes)), c.original, `${c.name}: rejected`);
    }
    const xml = (await zipEntries(fs.readFileSync(cases[0].output))).get('word/document.xml')!.toString('utf8');
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    const revisions = [...Array.from(doc.getElementsByTagNameNS(W, 'ins')), ...Array.from(doc.getElementsByTagNameNS(W, 'del'))];
    assert.ok(revisions.length > 0);
    for (const r of revisions) assert.equal(r.getAttributeNS(W, 'author'), 'fzlint');
    const ids = Array.from(doc.getElementsByTagNameNS(W, '*'))
      .filter((e) => ['ins', 'del'].includes(e.localName))
      .map((e) => e.getAttributeNS(W, 'id'));
    assert.equal(new Set(ids).size, ids.length, 'unique w:id');
  });

  it('every other part of the package is byte-identical', async () => {
    for (const c of cases) {
      const before = await zipEntries(fs.readFileSync(c.input));
      const after = await zipEntries(fs.readFileSync(c.output));
      for (const [name, bytes] of before) {
        assert.ok(after.has(name), `${c.name}: ${name} kept`);
        if (!REWRITTEN.has(name)) assert.ok(after.get(name)!.equals(bytes), `${c.name}: ${name} unchanged`);
      }
      assert.deepEqual(
        [...after.keys()].filter((n) => !before.has(n)),
        before.has('word/comments.xml') ? [] : ['word/comments.xml'],
      );
      const types = after.get('[Content_Types].xml')!.toString('utf8');
      assert.match(types, /PartName="\/word\/comments\.xml"/);
      assert.match(after.get('word/_rels/document.xml.rels')!.toString('utf8'), /relationships\/comments"/);
    }
  });

  it('--no-track-changes leaves the text as it is and the fixes in the comments', async () => {
    const o = path.join(dir, 'no-track');
    const r = runCli(['annotate', '--no-track-changes', cases[0].input, '-o', o]);
    assert.equal(r.status, 0, r.stderr);
    const bytes = fs.readFileSync(path.join(o, cases[0].name));
    assert.equal(await docxText(bytes), cases[0].original);
    assert.doesNotMatch((await zipEntries(bytes)).get('word/document.xml')!.toString('utf8'), /<w:(ins|del) /);
    assert.equal((await docxComments(bytes)).length, cases[0].messages.length);
  });

  it('--format docx -o DIR is the same command', async () => {
    const o = path.join(dir, 'format-docx');
    const r = runCli(['--format', 'docx', cases[0].input, '-o', o], { env: { SOURCE_DATE_EPOCH: EPOCH } });
    assert.equal(r.status, 0, r.stderr);
    assert.ok(fs.readFileSync(path.join(o, cases[0].name)).equals(fs.readFileSync(cases[0].output)));
  });

  it('a bold, coloured run split by a comment keeps its formatting in every piece', async () => {
    const c = cases[0];
    const m = c.messages.find((x) => x.fix && x.line === x.endLine && x.column > 3)!;
    assert.ok(m, 'a finding with a certain fix inside one paragraph');
    const lines = c.original.split('\n');
    const line = lines[m.line - 1];
    const a = m.column - 3;
    const b = Math.min(line.length, m.endColumn + 1);
    const paragraphs = lines.map((l, i) =>
      i === m.line - 1
        ? new Paragraph({
            children: [new TextRun(l.slice(0, a)), new TextRun({ text: l.slice(a, b), bold: true, color: 'C00000' }), new TextRun(l.slice(b))],
          })
        : new Paragraph({ children: [new TextRun(l)] }),
    );
    const d = tempDir();
    const input = path.join(d, 'styled.docx');
    fs.writeFileSync(input, await Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] })));
    const r = runCli(['annotate', input, '-o', path.join(d, 'out')]);
    assert.equal(r.status, 0, r.stderr);
    const bytes = fs.readFileSync(path.join(d, 'out', 'styled.docx'));
    const doc = new DOMParser().parseFromString((await zipEntries(bytes)).get('word/document.xml')!.toString('utf8'), 'application/xml');
    const p = Array.from(doc.getElementsByTagNameNS(W, 'p'))[m.line - 1];
    const runs = Array.from(p.getElementsByTagNameNS(W, 'r')).filter((run) => run.getElementsByTagNameNS(W, 'commentReference').length === 0);
    assert.ok(runs.length > 3, 'the styled run was split');
    let pos = 0;
    let styledText = '';
    for (const run of runs) {
      const text = Array.from(run.childNodes)
        .filter((n) => n.nodeType === 1 && ['t', 'delText'].includes((n as Element).localName))
        .map((n) => n.textContent)
        .join('');
      const inserted = (run.parentNode as Element).localName === 'ins';
      const bold = run.getElementsByTagNameNS(W, 'b').length > 0;
      const color = run.getElementsByTagNameNS(W, 'color')[0]?.getAttributeNS(W, 'val');
      if (!inserted && text) {
        const styled = pos >= a && pos + text.length <= b;
        assert.equal(bold, styled, `bold on "${text}"`);
        assert.equal(color === 'C00000', styled, `colour on "${text}"`);
        if (styled) styledText += text;
        pos += text.length;
      }
    }
    assert.equal(styledText, line.slice(a, b));
    assert.equal(await docxText(await rejectAll(bytes)), c.original);
  });

  it('refuses to write over an input, and goes on with the other files', async () => {
    const d = tempDir();
    const input = path.join(d, 'report.docx');
    const bytes = await docxOf(reference);
    fs.writeFileSync(input, bytes);
    const other = path.join(d, 'other');
    fs.mkdirSync(other);
    fs.writeFileSync(path.join(other, 'second.docx'), bytes);
    const r = runCli(['annotate', input, path.join(other, 'second.docx'), '-o', d]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /report\.docx：输出文件 .*report\.docx 是输入文件之一，不覆盖输入/);
    assert.equal(r.stderr.trim().split('\n').length, 1);
    assert.ok(fs.readFileSync(input).equals(bytes), 'the input is unchanged');
    assert.ok(fs.existsSync(path.join(d, 'second.docx')), 'the other file was annotated');
  });

  it('a damaged or encrypted Word file gets one clear line (exit 2); the other files are still annotated', async () => {
    const d = tempDir();
    const good = path.join(d, 'good.docx');
    fs.writeFileSync(good, await docxOf(reference));
    const broken = path.join(d, 'broken.docx');
    fs.writeFileSync(broken, fs.readFileSync(good).subarray(0, 2000));
    const encrypted = path.join(d, 'encrypted.docx');
    fs.writeFileSync(encrypted, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096)]));
    const r = runCli(['annotate', broken, encrypted, good, '-o', path.join(d, 'out')]);
    assert.equal(r.status, 2);
    const lines = r.stderr.trim().split('\n');
    assert.equal(lines.length, 2, r.stderr);
    assert.match(lines[0], /broken\.docx：无法读取 Word 文件（.+），未批注。/);
    assert.match(lines[1], /encrypted\.docx：不是 \.docx 压缩包（是加密的 Word 文件/);
    assert.ok(fs.existsSync(path.join(d, 'out', 'good.docx')));
    assert.ok(!fs.existsSync(path.join(d, 'out', 'broken.docx')));
  });

  it('a text report: refused without --docx-from-text; with it, a Word file of the text with the same comments and changes', async () => {
    const d = tempDir();
    const txt = path.join(d, 'report.txt');
    fs.writeFileSync(txt, reference);
    const refused = runCli(['annotate', txt, '-o', path.join(d, 'out')]);
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /report\.txt：不是 Word（\.docx）文件，未批注；加 --docx-from-text/);
    const r = runCli(['annotate', '--docx-from-text', txt, '-o', path.join(d, 'out')], { env: { SOURCE_DATE_EPOCH: EPOCH } });
    assert.equal(r.status, 0, r.stderr);
    const bytes = fs.readFileSync(path.join(d, 'out', 'report.docx'));
    const c = cases[0];
    assert.equal(await docxText(await rejectAll(bytes)), c.original);
    assert.equal(await docxText(bytes), c.fixed);
    assert.deepEqual((await docxComments(bytes)).map(keyOf).sort(), expectedComments(c.original, c.messages, c.containers).map(keyOf).sort());
  });

  it('a folder: Word reports annotated, other documents and text files left alone unless asked', async () => {
    const d = tempDir();
    const src = path.join(d, 'received');
    fs.mkdirSync(src);
    fs.writeFileSync(path.join(src, 'report.docx'), await docxOf(reference));
    fs.writeFileSync(path.join(src, 'notes.docx'), await docxOf('随手记\n\n今天开会，讨论了三件事。'));
    fs.writeFileSync(path.join(src, 'second.txt'), reference);
    const o = path.join(d, 'out');
    const r = runCli(['annotate', src, '-o', o]);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(fs.readdirSync(o), ['report.docx']);
    const withText = runCli(['annotate', '--docx-from-text', src, '-o', o]);
    assert.equal(withText.status, 0, withText.stderr);
    assert.deepEqual(fs.readdirSync(o).sort(), ['report.docx', 'second.docx']);
    // The output folder inside the folder walked: earlier copies are not annotated again.
    const inside = path.join(src, 'reviewed');
    for (let i = 0; i < 2; i++) {
      const again = runCli(['annotate', src, '-o', inside]);
      assert.equal(again.status, 0, again.stderr);
      assert.equal(again.stdout.trim().split('\n').length, 1, again.stdout);
    }
    const notFolder = runCli(['annotate', src, '-o', path.join(src, 'report.docx')]);
    assert.equal(notFolder.status, 2);
    assert.match(notFolder.stderr, /report\.docx：不是目录/);
    const nothing = runCli(['annotate', path.join(src, 'notes.docx'), '-o', o]);
    assert.equal(nothing.status, 0, 'a file named one by one is always annotated');
    const empty = path.join(d, 'empty');
    fs.mkdirSync(empty);
    fs.writeFileSync(path.join(empty, 'a.txt'), reference);
    const none = runCli(['annotate', empty, '-o', path.join(d, 'none')]);
    assert.equal(none.status, 2);
    assert.match(none.stderr, /没有写出审阅副本/);
  });

  it('needs -o: a usage line, exit 2', () => {
    const r = runCli(['annotate', cases[0].input]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /需要用 -o <目录> 指定批注副本的输出目录/);
    const en = runCli(['annotate', cases[0].input, '--locale', 'en']);
    assert.match(en.stderr, /needs -o <folder>/);
  });

  it('LibreOffice opens each copy: its comments are the findings with their text, its changes give the fixed and the original text', async function () {
    if (!sofficePath()) unavailable(this, 'LibreOffice (soffice) is not installed', 'install libreoffice-writer-nogui (.ci/run does)');
    // Besides the reports: random comments and changes over a table, a link, tabs and line breaks.
    const seed = testSeed();
    const random = await randomlyAnnotated(await structuredDocx(), seed, 6);
    const randomFiles = random.map((r, i) => {
      const file = path.join(dir, `structured-${i}.docx`);
      fs.writeFileSync(file, r.bytes);
      return file;
    });
    const fodts = convertToFodt([...cases.map((c) => c.output), ...randomFiles], path.join(dir, 'fodt'), path.join(dir, 'lo-profile'));
    cases.forEach((c, i) => {
      const review = readFodt(fodts[i]);
      assert.deepEqual(review.annotations.map(keyOf).sort(), expectedComments(c.original, c.messages, c.containers).map(keyOf).sort(), `${c.name}: comments`);
      assert.equal(review.accepted, c.fixed, `${c.name}: all changes accepted`);
      assert.equal(review.rejected, c.original, `${c.name}: all changes rejected`);
    });
    random.forEach((r, i) => {
      const review = readFodt(fodts[cases.length + i]);
      const context = `structured-${i}, ${replayHint(seed)}`;
      assert.deepEqual(review.annotations.map((a) => [a.paragraphs[0], a.anchored]).sort(), r.comments.sort(), `${context}: comments`);
      assert.equal(review.accepted, r.fixed, `${context}: accepted`);
      assert.equal(review.rejected, r.original, `${context}: rejected`);
    });
  });
});
