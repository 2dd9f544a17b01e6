import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { detectDocument } from '../../../server/src/engine/document/detect';
import { readDateLine } from '../../../server/src/engine/document/metadata';
import { parseReport, type ReportDocument } from '../../../server/src/engine/document/report-document';

const REFERENCE = path.resolve(__dirname, '../../../../shared/fixtures/reference');
const readFixture = (name: string) => fs.readFileSync(path.join(REFERENCE, name), 'utf8');

/** 1-based line of an offset. */
const lineOf = (doc: ReportDocument, span: { start: number } | undefined) => (span === undefined ? undefined : doc.index.toPoint(span.start).line);

function report(title: string, tail = ['  汕尾市人民政府', '', '  2021年1月31日']): string {
  return [title, '', '  2020年，我市深入推进依法行政，成效明显。', '', '  一、总体情况', '', ...tail, ''].join('\n');
}

describe('engine/document/metadata', () => {
  describe('title, issuer and year (RULES.md §2.3 title forms)', () => {
    const forms: [string, string, number][] = [
      ['汕尾市人民政府2020年法治政府建设年度报告', '汕尾市人民政府', 2020],
      ['淮北市人民政府关于2024年法治政府建设情况的报告', '淮北市人民政府', 2024],
      ['淮北市人民政府2020年法治政府建设报告', '淮北市人民政府', 2020],
      ['中共淮南市委淮南市人民政府关于2024年法治政府建设情况的报告', '中共淮南市委淮南市人民政府', 2024],
      ['陕西省人民政府关于2025年法治政府建设情况的报告', '陕西省人民政府', 2025],
      ['静海区2023年度法治政府建设情况报告', '静海区', 2023],
    ];
    for (const [title, issuer, year] of forms) {
      it(title, () => {
        const doc = parseReport(report(title), { source: 'draft' });
        assert.equal(doc.meta.title?.text, title);
        assert.deepEqual(doc.meta.title?.span, { start: 0, end: title.length });
        assert.equal(doc.meta.issuer, issuer, 'issuer (without 关于)');
        assert.equal(doc.meta.year, year, 'report year');
        assert.equal(doc.paragraphs[0].kind, 'title');
      });
    }

    it('finds a Markdown title after its # marker, with the span on the title text', () => {
      const text = '# 静海区2023年度法治政府建设情况报告\n\n正文。\n';
      const doc = parseReport(text, { language: 'markdown', source: 'draft' });
      assert.equal(doc.meta.title?.text, '静海区2023年度法治政府建设情况报告');
      assert.equal(text.slice(doc.meta.title!.span.start, doc.meta.title!.span.end), doc.meta.title?.text);
    });

    it('does not take a body sentence or a heading as the title', () => {
      assert.equal(detectDocument('我市认真落实法治政府建设年度报告制度。').title, undefined, 'ends in a full stop');
      assert.equal(detectDocument('一、法治政府建设工作开展情况').title, undefined, 'a heading');
      const doc = parseReport('2020年，我市深入推进依法行政。\n\n一、总体情况\n', { source: 'draft' });
      assert.equal(doc.meta.title, undefined);
      assert.equal(doc.meta.year, undefined);
    });
  });

  describe('发文字号', () => {
    it('reads year and serial of 汕府〔2021〕9号', () => {
      const doc = parseReport(report('汕尾市人民政府2020年法治政府建设年度报告').replace('\n\n', '\n\n  汕府〔2021〕9号\n\n'), {
        source: 'draft',
      });
      const n = doc.meta.docNumber;
      assert.ok(n);
      assert.equal(n.text, '汕府〔2021〕9号');
      assert.equal(n.year, 2021);
      assert.equal(n.serial, 9);
      assert.equal(lineOf(doc, n.span), 3);
      assert.equal(doc.text.slice(n.span.start, n.span.end), '汕府〔2021〕9号', 'span without the indent');
      assert.equal(doc.paragraphs[1].kind, 'doc-number');
    });

    for (const [look, year, serial] of [
      ['汕府[2021]9号', 2021, 9],
      ['汕府【2021】9号', 2021, 9],
      ['汕府（2021）9号', 2021, 9],
      ['汕府〔2021〕第9号', 2021, 9],
      ['汕府〔2021〕09号', 2021, 9],
      ['汕府〔21〕9号', 21, 9],
    ] as const) {
      it(`recognises the look-alike ${look} so that rules can repair it`, () => {
        const doc = parseReport(report('汕尾市人民政府2020年法治政府建设年度报告').replace('\n\n', `\n\n  ${look}\n\n`), {
          source: 'draft',
        });
        assert.equal(doc.meta.docNumber?.text, look);
        assert.equal(doc.meta.docNumber?.year, year);
        assert.equal(doc.meta.docNumber?.serial, serial);
      });
    }

    it('does not take a document number cited in the body', () => {
      const doc = parseReport(report('汕尾市人民政府2020年法治政府建设年度报告').replace('成效明显。', '成效明显，落实《通知》（国办发〔2018〕118号）。'), {
        source: 'draft',
      });
      assert.equal(doc.meta.docNumber, undefined);
    });
  });

  describe('署名 and 成文日期', () => {
    for (const [date, y, m, d] of [
      ['2021年1月31日', 2021, 1, 31],
      ['2021.1.31', 2021, 1, 31],
      ['2021-01-31', 2021, 1, 31],
      ['2021/1/31', 2021, 1, 31],
      ['二〇二一年一月三十一日', 2021, 1, 31],
      ['二○二一年十二月三十一日', 2021, 12, 31],
    ] as const) {
      it(`reads the closing date ${date} and the 署名 above it`, () => {
        const doc = parseReport(report('汕尾市人民政府2020年法治政府建设年度报告', ['  汕尾市人民政府', '', `  ${date}`]), {
          source: 'draft',
        });
        const w = doc.meta.date;
        assert.ok(w, 'date found');
        assert.equal(w.text, date);
        assert.deepEqual([w.year, w.month, w.day], [y, m, d]);
        assert.equal(doc.text.slice(w.span.start, w.span.end), date);
        assert.equal(doc.meta.signature?.text, '汕尾市人民政府');
        assert.deepEqual(
          doc.paragraphs.slice(-2).map((p) => p.kind),
          ['signature', 'date'],
        );
      });
    }

    it('readDateLine rejects lines that are more than a date', () => {
      assert.equal(readDateLine('2021年1月31日召开会议'), undefined);
      assert.equal(readDateLine('截至2021年1月31日'), undefined);
    });

    it('takes no 署名 when the line above the date is a sentence', () => {
      const doc = parseReport(report('汕尾市人民政府2020年法治政府建设年度报告', ['  特此报告，请审阅。', '', '  2021年1月31日']), {
        source: 'draft',
      });
      assert.equal(doc.meta.date?.text, '2021年1月31日');
      assert.equal(doc.meta.signature, undefined);
    });

    it('takes no closing date from a body paragraph', () => {
      const doc = parseReport(report('汕尾市人民政府2020年法治政府建设年度报告', ['  2021年1月31日，市政府召开常务会议。']), {
        source: 'draft',
      });
      assert.equal(doc.meta.date, undefined);
      assert.equal(doc.meta.signature, undefined);
    });
  });

  describe('reference fixtures', () => {
    it('shanwei-2020.fullwidth.txt: title line 1, 文号 line 3, 署名 line 67, date line 69', () => {
      const doc = parseReport(readFixture('shanwei-2020.fullwidth.txt'));
      assert.equal(doc.meta.title?.text, '汕尾市人民政府2020年法治政府建设年度报告');
      assert.equal(lineOf(doc, doc.meta.title?.span), 1);
      assert.equal(doc.meta.issuer, '汕尾市人民政府');
      assert.equal(doc.meta.year, 2020);
      assert.equal(doc.meta.docNumber?.text, '汕府〔2021〕9号');
      assert.equal(lineOf(doc, doc.meta.docNumber?.span), 3);
      assert.deepEqual([doc.meta.docNumber?.year, doc.meta.docNumber?.serial], [2021, 9]);
      assert.equal(doc.meta.signature?.text, '汕尾市人民政府');
      assert.equal(lineOf(doc, doc.meta.signature?.span), 67);
      assert.equal(doc.meta.date?.text, '2021年1月31日');
      assert.equal(lineOf(doc, doc.meta.date?.span), 69);
      assert.deepEqual(doc.index.toPoint(doc.meta.date!.span.start), { line: 69, column: 3 });
    });

    it('shanwei-2020.txt (web copy): title line 6, 文号 line 12, 署名 line 76, date line 78, furniture stripped', () => {
      const doc = parseReport(readFixture('shanwei-2020.txt'));
      assert.equal(doc.source, 'published-copy');
      assert.equal(doc.sourceDetected, true);
      assert.equal(doc.meta.title?.text, '汕尾市人民政府2020年法治政府建设年度报告');
      assert.equal(lineOf(doc, doc.meta.title?.span), 6);
      assert.equal(doc.meta.docNumber?.text, '汕府〔2021〕9号');
      assert.equal(lineOf(doc, doc.meta.docNumber?.span), 12);
      assert.equal(lineOf(doc, doc.meta.signature?.span), 76);
      assert.equal(doc.meta.date?.text, '2021年1月31日');
      assert.equal(lineOf(doc, doc.meta.date?.span), 78);
      const expected = [1, 2, 3, 4, 5, 7, 8, 9, 10, ...Array.from({ length: 15 }, (_, i) => 79 + i)];
      assert.deepEqual(
        [...doc.furniture].map((i) => i + 1).sort((a, b) => a - b),
        expected,
        'furniture lines (1-based)',
      );
      for (const i of doc.furniture) {
        const l = doc.lines[i];
        assert.match(doc.prose.slice(l.start, l.end), /^ *$/, `furniture line ${i + 1} is blanked in prose`);
      }
      assert.equal(doc.prose.length, doc.text.length);
      assert.equal(doc.paragraphs[0].kind, 'title', 'nothing before the title is a paragraph');
      assert.equal(doc.paragraphs[doc.paragraphs.length - 1].kind, 'date', 'nothing after the date is a paragraph');
    });

    it('shanwei-2020.mutated.txt: the look-alike 汕府[2021]9号 on line 12, 署名 line 72, date line 74', () => {
      const doc = parseReport(readFixture('shanwei-2020.mutated.txt'));
      assert.equal(doc.source, 'published-copy');
      assert.equal(lineOf(doc, doc.meta.title?.span), 6);
      assert.equal(doc.meta.docNumber?.text, '汕府[2021]9号');
      assert.equal(lineOf(doc, doc.meta.docNumber?.span), 12);
      assert.deepEqual([doc.meta.docNumber?.year, doc.meta.docNumber?.serial], [2021, 9]);
      assert.equal(doc.meta.signature?.text, '汕尾市人民政府');
      assert.equal(lineOf(doc, doc.meta.signature?.span), 72);
      assert.equal(lineOf(doc, doc.meta.date?.span), 74);
    });

    it('the three fixtures have the headings of the reference report', () => {
      const levels = (name: string) =>
        parseReport(readFixture(name))
          .headings.map((h) => `${h.level}:${h.marker?.ordinal}`)
          .join(' ');
      const reference = '1:1 1:2 2:1 2:2 3:1 3:2 3:3 3:4 3:5 3:6 3:7 3:8 1:3 1:4 2:1 2:2 2:3 2:4 2:5 2:6 1:5 2:1 2:2 2:3 2:4 2:5';
      assert.equal(levels('shanwei-2020.fullwidth.txt'), reference);
      assert.equal(levels('shanwei-2020.txt'), reference);
      // D5 deletes part 三; D7 turns (四) into (三).
      assert.equal(levels('shanwei-2020.mutated.txt'), '1:1 1:2 2:1 2:2 3:1 3:2 3:3 3:4 3:5 3:6 3:7 3:8 1:4 2:1 2:2 2:3 2:3 2:5 2:6 1:5 2:1 2:2 2:3 2:4 2:5');
    });
  });
});
