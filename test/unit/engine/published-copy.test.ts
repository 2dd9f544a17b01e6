import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { detectSourceMode, isFurnitureLine, publishedCopyEvidence } from '../../../server/src/engine/document/published-copy';
import { parseReport } from '../../../server/src/engine/document/report-document';

const REFERENCE = path.resolve(__dirname, '../../../../shared/fixtures/reference');
const readFixture = (name: string) => fs.readFileSync(path.join(REFERENCE, name), 'utf8');

describe('engine/document/published-copy', () => {
  it('detects the web copy shanwei-2020.txt as a published copy', () => {
    const doc = parseReport(readFixture('shanwei-2020.txt'));
    assert.equal(doc.source, 'published-copy');
    assert.equal(doc.sourceDetected, true);
    assert.equal(doc.evidence.fullwidthCommas, 0);
    assert.ok(doc.evidence.asciiCommas >= 178, `ASCII commas in Chinese context: ${doc.evidence.asciiCommas}`);
  });

  it('detects the mutated web copy as a published copy', () => {
    assert.equal(parseReport(readFixture('shanwei-2020.mutated.txt')).source, 'published-copy');
  });

  it('takes the full-width original shanwei-2020.fullwidth.txt as a draft with no furniture', () => {
    const doc = parseReport(readFixture('shanwei-2020.fullwidth.txt'));
    assert.equal(doc.source, 'draft');
    assert.equal(doc.evidence.asciiCommas, 0);
    assert.equal(doc.evidence.fullwidthCommas, 178);
    assert.equal(doc.furniture.size, 0);
  });

  it('a single full-width comma makes a text a draft', () => {
    const web = readFixture('shanwei-2020.txt');
    const i = web.indexOf(',', web.indexOf('2020年'));
    assert.equal(parseReport(web.slice(0, i) + '，' + web.slice(i + 1)).source, 'draft');
  });

  it('keeps short texts as drafts, however many ASCII commas they have', () => {
    const short = '我市推进依法行政,成效明显,群众满意,工作扎实,制度健全,监督有力。';
    const doc = parseReport(short);
    assert.equal(doc.evidence.asciiCommas, 5);
    assert.equal(doc.source, 'draft');
  });

  it('needs at least five ASCII commas in Chinese context', () => {
    assert.equal(detectSourceMode({ asciiCommas: 4, fullwidthCommas: 0, hanCharacters: 5000 }), 'draft');
    assert.equal(detectSourceMode({ asciiCommas: 5, fullwidthCommas: 0, hanCharacters: 5000 }), 'published-copy');
    assert.equal(detectSourceMode({ asciiCommas: 5, fullwidthCommas: 0, hanCharacters: 299 }), 'draft');
  });

  it('does not count commas in numbers or Latin text', () => {
    const e = publishedCopyEvidence('共1,109件, see a,b 和 c,d 中,文');
    assert.equal(e.asciiCommas, 2, 'only 件, and 中,');
    assert.equal(e.fullwidthCommas, 0);
  });

  describe('source option', () => {
    it('source: draft overrides the detection of a web copy; only the page text around the title is removed', () => {
      const doc = parseReport(readFixture('shanwei-2020.txt'), { source: 'draft' });
      assert.equal(doc.source, 'draft');
      assert.equal(doc.sourceDetected, false);
      // Before the title (lines 1–5) and the chrome between title and 文号 (7–10) are not the document
      // in any mode; the furniture after the closing date is removed only in published-copy mode.
      assert.deepEqual(
        [...doc.furniture].map((i) => i + 1).sort((a, b) => a - b),
        [1, 2, 3, 4, 5, 7, 8, 9, 10],
      );
      assert.match(doc.prose.split('\n')[0], /^ *$/, 'page header is not prose');
      assert.equal(doc.prose.split('\n')[92], doc.text.split('\n')[92], 'the last line stays prose in draft mode');
    });

    it('source: published-copy overrides the detection of a draft', () => {
      const doc = parseReport('我市推进依法行政，成效明显。', { source: 'published-copy' });
      assert.equal(doc.source, 'published-copy');
      assert.equal(doc.sourceDetected, false);
    });
  });

  it('recognises page-furniture lines of government portals', () => {
    for (const line of [
      '• 2021-02-26 15:16',
      '• 来源: 汕尾市人民政府',
      '【字体:大 中 小】',
      '分享到:',
      '关联稿件:',
      '相关附件:',
      '扫一扫在手机打开当前页',
      '发布时间：2021-02-26',
    ]) {
      assert.equal(isFurnitureLine(line), true, line);
    }
    for (const line of ['汕尾市人民政府', '2021年1月31日', '一、深入学习习近平法治思想', '来源于群众的意见']) {
      assert.equal(isFurnitureLine(line), false, line);
    }
  });

  it('keeps the text of the web copy between title and date except furniture', () => {
    const doc = parseReport(readFixture('shanwei-2020.txt'));
    const lines = doc.text.split('\n');
    const proseLines = doc.prose.split('\n');
    for (let i = 5; i < 78; i++) {
      if (doc.furniture.has(i)) continue;
      assert.equal(proseLines[i], lines[i], `line ${i + 1} is prose`);
    }
  });
});
