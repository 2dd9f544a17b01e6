import * as assert from 'node:assert/strict';
import {
  DeletedTextRun,
  Document,
  ExternalHyperlink,
  InsertedTextRun,
  Packer,
  PageBreak,
  Paragraph,
  SymbolRun,
  Tab,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
} from 'docx';
import type { Finding } from '../../../server/src/engine/finding';
import { applyHunks, textHunks } from '../../../server/src/cli/annotate/text-hunks';
import { annotatePackage, commentParagraphs } from '../../../server/src/cli/annotate/write-annotated';
import { newEntry, readRawEntries, writeZip } from '../../../server/src/cli/annotate/zip-package';
import { readDocx } from '../../../server/src/cli/inputs/docx';
import { replayHint, seededRandom, testSeed } from '../../helpers/seed';
import { anchoredText, docxComments, docxText, paragraphContainers, paragraphsOf, rejectAll, zipEntries } from '../../helpers/word-review';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A package around a hand-written body (namespaces of Word's own files). */
async function packageOf(body: string): Promise<Uint8Array> {
  const ns =
    `xmlns:w="${W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:v="urn:schemas-microsoft-com:vml" ` +
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="wps w14"';
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${ns}><w:body>${body}<w:sectPr/></w:body></w:document>`;
  const types =
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
  const rels =
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
  return writeZip(
    await Promise.all([
      newEntry('[Content_Types].xml', Buffer.from(types)),
      newEntry('_rels/.rels', Buffer.from(rels)),
      newEntry('word/document.xml', Buffer.from(document)),
    ]),
  );
}

const r = (text: string, rPr = '') => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;

/** Structures Word writes that the reader handles in particular ways. */
const HAND_WRITTEN = [
  // runs with formatting, a tab, a line break, a page break, hyphens, a symbol
  `<w:p>${r('一、总体', '<w:b/>')}<w:r><w:tab/><w:t>情况</w:t><w:br/><w:t>续行</w:t><w:br w:type="page"/><w:t>甲</w:t><w:noBreakHyphen/><w:softHyphen/><w:sym w:font="Wingdings" w:char="F0FC"/></w:r></w:p>`,
  // a paragraph whose mark is deleted joins the next one
  `<w:p><w:pPr><w:rPr><w:del w:id="90" w:author="a" w:date="2020-01-01T00:00:00Z"/></w:rPr></w:pPr>${r('前半段')}</w:p><w:p>${r('后半段')}</w:p>`,
  // existing tracked changes, a hyperlink, a smart tag, a content control, a field
  `<w:p><w:ins w:id="91" w:author="a">${r('插入的')}</w:ins><w:del w:id="92" w:author="a"><w:r><w:delText>删除的</w:delText></w:r></w:del>` +
    `<w:hyperlink w:anchor="x">${r('链接')}</w:hyperlink><w:smartTag w:uri="u" w:element="e">${r('标记')}</w:smartTag>` +
    `<w:sdt><w:sdtPr/><w:sdtContent>${r('控件')}</w:sdtContent></w:sdt>` +
    `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${r('3')}<w:r><w:fldChar w:fldCharType="end"/></w:r>` +
    `<w:fldSimple w:instr="DATE">${r('不读')}</w:fldSimple><w:bookmarkStart w:id="1" w:name="b"/>${r('书签后')}<w:bookmarkEnd w:id="1"/></w:p>`,
  // a text box (mc:AlternateContent: the VML fallback is read) becomes paragraphs after its paragraph
  `<w:p>${r('图前')}<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing/></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>` +
    `<w:p>${r('文本框一')}</w:p><w:p>${r('文本框二')}</w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>${r('图后')}</w:p>`,
  // tables: merged cells left out, a deleted row left out, a nested table
  `<w:tbl><w:tblPr/><w:tblGrid/>` +
    `<w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p>${r('合并')}</w:p></w:tc><w:tc><w:p>${r('右一')}</w:p></w:tc></w:tr>` +
    `<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p>${r('右二')}</w:p></w:tc></w:tr>` +
    `<w:tr><w:trPr><w:del w:id="93" w:author="a"/></w:trPr><w:tc><w:p>${r('删行')}</w:p></w:tc></w:tr>` +
    `<w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:tbl><w:tr><w:tc><w:p>${r('嵌套')}</w:p></w:tc></w:tr></w:tbl><w:p/></w:tc></w:tr></w:tbl>`,
  // a bookmark between rows: cell merging is not applied, as in the reader
  `<w:tbl><w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p>${r('甲')}</w:p></w:tc></w:tr><w:bookmarkStart w:id="2" w:name="m"/>` +
    `<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p>${r('乙')}</w:p></w:tc></w:tr></w:tbl>`,
  `<w:p/><w:p><w:r><w:t>  两个空格开头</w:t></w:r><w:moveFrom w:id="94" w:author="a">${r('移走')}</w:moveFrom><w:moveTo w:id="95" w:author="a">${r('移来')}</w:moveTo></w:p>`,
].join('');

async function generatedDocx(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({
            children: [
              new TextRun({ text: '普通', bold: true }),
              new TextRun({ children: [new Tab(), '制表后'] }),
              new TextRun({ text: '换行后', break: 1 }),
              new SymbolRun('F04A'),
            ],
          }),
          new Paragraph({ children: [new ExternalHyperlink({ link: 'https://example.gov.cn', children: [new TextRun('网址')] }), new PageBreak()] }),
          new Paragraph({
            children: [
              new InsertedTextRun({ text: '新增', id: 1, author: 'a', date: '2020-01-01T00:00:00Z' }),
              new DeletedTextRun({ text: '删去', id: 2, author: 'a', date: '2020-01-01T00:00:00Z' }),
            ],
          }),
          new Table({
            rows: [
              new TableRow({
                children: [
                  new TableCell({ children: [new Paragraph('格一')], verticalMerge: VerticalMergeType.RESTART }),
                  new TableCell({ children: [new Paragraph('格二'), new Paragraph('格二下')] }),
                ],
              }),
              new TableRow({
                children: [
                  new TableCell({ children: [new Paragraph('')], verticalMerge: VerticalMergeType.CONTINUE }),
                  new TableCell({ children: [new Paragraph('格四')] }),
                ],
              }),
            ],
          }),
          new Paragraph(''),
          new Paragraph('末段'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

function fakeFinding(start: number, end: number, n: number): Finding {
  const message = `问题 ${n}`;
  return {
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
  };
}

describe('annotate: the document.xml walk reads what the .docx reader reads', () => {
  it('generated Word files (docx package): runs, tabs, breaks, symbols, links, tracked changes, merged cells', async () => {
    const bytes = await generatedDocx();
    assert.equal(await paragraphsOf(bytes), (await readDocx(bytes)).text);
  });

  it('hand-written structures: deleted marks, text boxes, fields, content controls, tables', async () => {
    const bytes = await packageOf(HAND_WRITTEN);
    const text = (await readDocx(bytes)).text;
    assert.ok(text.includes('文本框一') && text.includes('右二') && !text.includes('删行'), text);
    assert.equal(await paragraphsOf(bytes), text);
  });
});

describe('annotate: comments and tracked changes on any span', () => {
  const seed = testSeed();

  for (const [name, make] of [
    ['hand-written structures', async () => packageOf(HAND_WRITTEN)],
    ['generated Word file', generatedDocx],
  ] as const) {
    it(`${name}: random comments anchor on their text, random fixes accept to the fixed text and reject to the original (${replayHint(seed)})`, async () => {
      const bytes = await make();
      const original = (await readDocx(bytes)).text;
      const containers = await paragraphContainers(bytes);
      const random = seededRandom(seed);
      const int = (n: number) => Math.floor(random() * n);
      for (let round = 0; round < 15; round++) {
        const findings: Finding[] = [];
        for (let i = 0; i < 6; i++) {
          const start = int(original.length + 1);
          const end = Math.min(original.length, start + int(12));
          findings.push(fakeFinding(start, end, i));
        }
        // Fixes: within lines, not overlapping.
        const lines = original.split('\n');
        const fixedLines = lines.map((l) => {
          if (random() < 0.6 || l.length === 0) return l;
          const a = int(l.length + 1);
          const b = Math.min(l.length, a + int(4));
          return l.slice(0, a) + ['', '改', '\t新\t', '“”'][int(4)] + l.slice(b);
        });
        const fixed = fixedLines.join('\n');
        const out = await annotatePackage({ bytes, text: original, findings, fixed, locale: 'zh-CN', date: '2026-01-01T00:00:00Z' });
        const context = `round ${round}, ${replayHint(seed)}`;
        assert.equal(out.approximateParagraphs, 0, context);
        assert.equal(await docxText(out.bytes), fixed, `accepted, ${context}`);
        assert.equal(await docxText(await rejectAll(out.bytes)), original, `rejected, ${context}`);
        const comments = await docxComments(out.bytes);
        const expected = findings.map((f) => [f.message, anchoredText(original, f.span.start, f.span.end, containers)]);
        assert.deepEqual(comments.map((c) => [c.paragraphs[0], c.anchored]).sort(), expected.sort(), context);
      }
    });
  }

  it('an existing comments part keeps its comments; ids stay unique', async () => {
    const bytes = await packageOf(`<w:p>${r('第一段文字')}</w:p><w:p>${r('第二段文字')}</w:p>`);
    const text = (await readDocx(bytes)).text;
    const first = await annotatePackage({ bytes, text, findings: [fakeFinding(0, 3, 1)], locale: 'zh-CN', date: '2026-01-01T00:00:00Z' });
    const second = await annotatePackage({ bytes: first.bytes, text, findings: [fakeFinding(6, 9, 2)], locale: 'zh-CN', date: '2026-01-01T00:00:00Z' });
    const comments = await docxComments(second.bytes);
    assert.deepEqual(
      comments.map((c) => [c.paragraphs[0], c.anchored]),
      [
        ['问题 1', '第一段'],
        ['问题 2', '第二段'],
      ],
    );
    const types = (await zipEntries(second.bytes)).get('[Content_Types].xml')!.toString('utf8');
    assert.equal(types.match(/comments\.xml/g)?.length, 1, 'one content-type override');
  });
});

describe('annotate: what cannot be placed exactly', () => {
  it('a fix that joins paragraphs stays in the comments only', async () => {
    const bytes = await packageOf(`<w:p>${r('第一段')}</w:p><w:p>${r('第二段')}</w:p>`);
    const text = (await readDocx(bytes)).text;
    const out = await annotatePackage({ bytes, text, findings: [fakeFinding(3, 4, 1)], fixed: '第一段第二段', locale: 'zh-CN', date: '2026-01-01T00:00:00Z' });
    assert.equal(out.fixesNotTracked, true);
    assert.equal(out.changes, 0);
    assert.equal(await docxText(out.bytes), text);
    assert.equal((await docxComments(out.bytes)).length, 1);
  });

  it('a paragraph the walk reads differently from the reader (a check box): its comments at its end, no changes there', async () => {
    const checkbox =
      '<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="0"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>☐</w:t></w:r></w:sdtContent></w:sdt>';
    const bytes = await packageOf(`<w:p>${checkbox}${r('已完成')}</w:p><w:p>${r('下一段')}</w:p>`);
    const text = (await readDocx(bytes)).text;
    assert.equal(text, '已完成\n下一段');
    const fixed = '已完成。\n下一段。';
    const out = await annotatePackage({
      bytes,
      text,
      findings: [fakeFinding(0, 3, 1), fakeFinding(4, 7, 2)],
      fixed,
      locale: 'zh-CN',
      date: '2026-01-01T00:00:00Z',
    });
    assert.equal(out.approximateParagraphs, 1);
    assert.equal(out.fixesNotTracked, true);
    assert.equal(await docxText(out.bytes), '已完成\n下一段。', 'the other paragraph still gets its change');
    assert.deepEqual(
      (await docxComments(out.bytes)).map((c) => [c.paragraphs[0], c.anchored]),
      [
        ['问题 1', ''],
        ['问题 2', '下一段'],
      ],
    );
  });
});

describe('annotate: comment text', () => {
  it('message, rule and the wording of the fix and each suggestion, in the locale asked for', () => {
    const f: Finding = {
      ...fakeFinding(0, 1, 1),
      messages: { 'zh-CN': '中文说明', en: 'English message' },
      fix: { title: { 'zh-CN': '删除空格', en: 'remove the space' }, edits: [{ start: 0, end: 1, text: '' }] },
      suggestions: [{ title: { 'zh-CN': '改为一字线', en: 'use an em dash' }, edits: [{ start: 0, end: 1, text: '—' }] }],
    };
    assert.deepEqual(commentParagraphs(f, 'zh-CN'), ['中文说明', '规则：test-rule', '修改：删除空格', '建议：改为一字线']);
    assert.deepEqual(commentParagraphs(f, 'en'), ['English message', 'Rule: test-rule', 'Fix: remove the space', 'Suggestion: use an em dash']);
  });
});

describe('annotate: text hunks and the ZIP copy', () => {
  it('hunks turn the text into the fixed text, line by line; a changed line count gives none', () => {
    const cases: [string, string][] = [
      ['年份 2016-2020年\n第二行', '年份 2016—2020年\n第二行'],
      ['78 件', '78件'],
      ['abc', 'xabcx'],
      ['“放管服”改革', '‘放管服’改革'],
      ['', '新'],
    ];
    for (const [a, b] of cases) assert.equal(applyHunks(a, textHunks(a, b)!), b);
    assert.deepEqual(textHunks('78 件', '78件'), [{ start: 2, end: 3, text: '' }]);
    assert.equal(textHunks('一\n二', '一二'), undefined);
  });

  it('entries not replaced keep their stored bytes', async () => {
    const bytes = await generatedDocx();
    const entries = readRawEntries(bytes);
    const copy = writeZip(await Promise.all(entries.map(async (e) => (e.name === 'word/document.xml' ? await newEntry(e.name, Buffer.from('<x/>'), e) : e))));
    const again = readRawEntries(copy);
    for (const [i, e] of entries.entries()) {
      if (e.name === 'word/document.xml') continue;
      assert.ok(Buffer.from(again[i].data).equals(Buffer.from(e.data)), e.name);
      assert.equal(again[i].crc, e.crc);
    }
    const unzipped = await zipEntries(copy);
    assert.equal(unzipped.get('word/document.xml')!.toString(), '<x/>');
    assert.ok(unzipped.get('word/styles.xml')!.equals((await zipEntries(bytes)).get('word/styles.xml')!));
  });
});
