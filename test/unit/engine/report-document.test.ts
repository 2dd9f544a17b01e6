import * as assert from 'node:assert/strict';
import { parseReport, type ReportDocument } from '../../../server/src/engine/document/report-document';

const REPORT_LF = [
  '汕尾市人民政府2020年法治政府建设年度报告',
  '',
  '  汕府〔2021〕9号',
  '',
  '  2020年，我市深入推进依法行政。',
  '',
  '  一、深入学习习近平法治思想',
  '',
  '  （一）切实履行推进法治建设第一责任人职责',
  '',
  '  1.全力做好依法防控工作。疫情发生后，我市迅速行动。',
  '',
  '  汕尾市人民政府',
  '',
  '  2021年1月31日',
  '',
].join('\n');

/**
 * What a user sees of the structure: title, meta, paragraph kinds and headings, in line/column
 * terms. Line breaks inside a text are shown as LF so that CRLF and LF copies compare equal.
 */
function structure(doc: ReportDocument) {
  const at = (o: number) => doc.index.toPoint(o);
  const nl = (s: string) => s.replace(/\r\n?/g, '\n');
  return {
    meta: {
      title: doc.meta.title?.text,
      issuer: doc.meta.issuer,
      year: doc.meta.year,
      docNumber: doc.meta.docNumber && [doc.meta.docNumber.text, doc.meta.docNumber.year, doc.meta.docNumber.serial],
      signature: doc.meta.signature?.text,
      date: doc.meta.date && [doc.meta.date.year, doc.meta.date.month, doc.meta.date.day],
      dateAt: doc.meta.date && at(doc.meta.date.span.start),
    },
    paragraphs: doc.paragraphs.map((p) => [p.kind, p.firstLine, p.lastLine, nl(p.text.trim())]),
    headings: doc.headings.map((h) => [h.line, h.level, h.marker?.text, h.title, h.runIn, at(h.titleSpan.start)]),
    sentences: doc.paragraphs.flatMap((p) => p.sentences.map((s) => nl(s.text))),
  };
}

describe('engine/document/report-document parseReport', () => {
  describe('BOM', () => {
    it('removes a leading BOM and keeps offsets relative to the text without it', () => {
      const doc = parseReport('\ufeff' + REPORT_LF);
      assert.equal(doc.hadBom, true);
      assert.equal(doc.text, REPORT_LF);
      assert.equal(doc.prose.length, doc.text.length);
      assert.deepEqual(doc.meta.title?.span, { start: 0, end: 22 });
      assert.equal(doc.meta.title?.text, '汕尾市人民政府2020年法治政府建设年度报告');
      const h = doc.headings[0];
      assert.equal(doc.text.slice(h.titleSpan.start, h.titleSpan.end), '深入学习习近平法治思想');
      assert.deepEqual(doc.index.toPoint(doc.meta.title!.span.start), { line: 1, column: 1 });
    });

    it('reports hadBom false without a BOM, and the same structure as with one', () => {
      const plain = parseReport(REPORT_LF);
      assert.equal(plain.hadBom, false);
      assert.deepEqual(structure(parseReport('\ufeff' + REPORT_LF)), structure(plain));
    });
  });

  describe('line endings', () => {
    it('gives the same headings, meta, paragraphs and sentences for CRLF as for LF', () => {
      const lf = structure(parseReport(REPORT_LF));
      const crlf = structure(parseReport(REPORT_LF.replace(/\n/g, '\r\n')));
      assert.deepEqual(crlf, lf);
      assert.equal(lf.headings.length, 3);
      assert.deepEqual(lf.meta.date, [2021, 1, 31]);
      assert.deepEqual(lf.meta.dateAt, { line: 15, column: 3 });
    });

    it('gives the same structure for lone CR', () => {
      assert.deepEqual(structure(parseReport(REPORT_LF.replace(/\n/g, '\r'))), structure(parseReport(REPORT_LF)));
    });

    it('keeps CR out of heading titles and sentences', () => {
      const doc = parseReport(REPORT_LF.replace(/\n/g, '\r\n'));
      for (const h of doc.headings) assert.doesNotMatch(h.title, /\r/);
      for (const p of doc.paragraphs) for (const s of p.sentences) assert.doesNotMatch(s.text, /\r/);
    });

    it('gives the same Markdown structure for CRLF as for LF', () => {
      const md = '# 汕尾市人民政府2020年法治政府建设年度报告\n\n## 一、总体情况\n\n我市深入推进\n依法行政。\n\n```\n代码,代码\n```\n';
      const lf = parseReport(md, { language: 'markdown' });
      const crlf = parseReport(md.replace(/\n/g, '\r\n'), { language: 'markdown' });
      assert.deepEqual(structure(crlf), structure(lf));
      assert.equal(crlf.prose.replace(/\r\n/g, '\n'), lf.prose, 'the same ranges are masked');
    });
  });

  describe('indentation', () => {
    it('finds headings and meta indented with NBSP and U+3000', () => {
      const text = REPORT_LF.replace(/^ {2}/gm, '\u3000\u3000').replace('\u3000\u3000一、', '\u00a0\u00a0一、');
      const doc = parseReport(text);
      const s = structure(doc);
      const ref = structure(parseReport(REPORT_LF));
      assert.deepEqual(s.meta, ref.meta);
      assert.deepEqual(
        s.headings.map((h) => h.slice(0, 5)),
        ref.headings.map((h) => h.slice(0, 5)),
      );
      assert.equal(doc.meta.signature?.text, '汕尾市人民政府');
    });
  });

  describe('paragraphs', () => {
    it('plain text: one paragraph per non-blank line', () => {
      const doc = parseReport('第一行内容\n第二行内容\n\n  \n\u3000\n第三行内容', { source: 'draft' });
      assert.deepEqual(
        doc.paragraphs.map((p) => [p.firstLine, p.lastLine, p.text]),
        [
          [0, 0, '第一行内容'],
          [1, 1, '第二行内容'],
          [5, 5, '第三行内容'],
        ],
      );
    });

    it('Markdown: soft-wrapped lines join into one paragraph', () => {
      const text = '我市深入推进\n依法行政，\n成效明显。\n\n另一段。';
      const doc = parseReport(text, { language: 'markdown', source: 'draft' });
      assert.deepEqual(
        doc.paragraphs.map((p) => [p.firstLine, p.lastLine, p.text]),
        [
          [0, 2, '我市深入推进\n依法行政，\n成效明显。'],
          [4, 4, '另一段。'],
        ],
      );
      assert.deepEqual(
        doc.paragraphs[0].sentences.map((s) => s.text),
        ['我市深入推进\n依法行政，\n成效明显。'],
      );
    });

    it('Markdown: headings and list items start new paragraphs', () => {
      const text = '前言内容\n## 一、总体情况\n正文第一行\n正文第二行\n- 列表一\n- 列表二\n（一）加强领导\n1.完善制度\n续行';
      const doc = parseReport(text, { language: 'markdown', source: 'draft' });
      assert.deepEqual(
        doc.paragraphs.map((p) => [p.kind, p.text]),
        [
          ['body', '前言内容'],
          ['heading', '## 一、总体情况'],
          ['body', '正文第一行\n正文第二行'],
          ['body', '- 列表一'],
          ['body', '- 列表二'],
          ['heading', '（一）加强领导'],
          ['heading', '1.完善制度\n续行'],
        ],
      );
    });

    it('Markdown: a soft-wrapped line starting with a decimal number continues the paragraph', () => {
      const doc = parseReport('全年投入资金\n1.5亿元用于建设。', { language: 'markdown', source: 'draft' });
      assert.deepEqual(
        doc.paragraphs.map((p) => p.text),
        ['全年投入资金\n1.5亿元用于建设。'],
      );
      assert.deepEqual(doc.headings, []);
    });

    it('marks title, doc-number, signature and date paragraphs', () => {
      const doc = parseReport(REPORT_LF);
      assert.deepEqual(
        doc.paragraphs.map((p) => p.kind),
        ['title', 'doc-number', 'body', 'heading', 'heading', 'heading', 'signature', 'date'],
      );
    });
  });

  it('builds the section tree from heading levels', () => {
    const doc = parseReport('前言。\n一、甲\n（一）乙\n正文。\n（二）丙\n二、丁\n正文。', { source: 'draft' });
    const root = doc.root;
    assert.deepEqual(
      root.paragraphs.map((p) => p.text),
      ['前言。'],
    );
    assert.deepEqual(
      root.children.map((s) => [s.heading?.title, s.children.map((c) => c.heading?.title)]),
      [
        ['甲', ['乙', '丙']],
        ['丁', []],
      ],
    );
    const yi = root.children[0].children[0];
    assert.equal(doc.text.slice(yi.span.start, yi.span.end), '（一）乙\n正文。\n');
  });
});
