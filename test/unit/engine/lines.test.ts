import * as assert from 'node:assert/strict';
import { LineIndex, splitLines } from '../../../server/src/engine/document/lines';

/** The text of each line, and a check that every line's offsets slice back to its text. */
function lineTexts(text: string): string[] {
  const lines = splitLines(text);
  lines.forEach((l, i) => {
    assert.equal(l.index, i, 'line index');
    assert.equal(text.slice(l.start, l.end), l.text, `line ${i} offsets slice back to its text`);
  });
  return lines.map((l) => l.text);
}

describe('engine/document/lines', () => {
  describe('splitLines', () => {
    it('splits at LF', () => {
      assert.deepEqual(lineTexts('一、总体情况\n正文\n'), ['一、总体情况', '正文', '']);
    });

    it('splits at CRLF without leaving CR in the line text', () => {
      const lines = splitLines('一、总体情况\r\n正文\r\n结尾');
      assert.deepEqual(
        lines.map((l) => [l.start, l.end, l.text]),
        [
          [0, 6, '一、总体情况'],
          [8, 10, '正文'],
          [12, 14, '结尾'],
        ],
      );
    });

    it('splits at a lone CR (old Mac line endings)', () => {
      assert.deepEqual(lineTexts('甲\r乙\r丙'), ['甲', '乙', '丙']);
    });

    it('handles mixed endings, and CR CR LF as two line breaks', () => {
      assert.deepEqual(lineTexts('a\nb\r\nc\rd\r\r\ne'), ['a', 'b', 'c', 'd', '', 'e']);
    });

    it('gives one empty line for an empty text and a trailing empty line after a final newline', () => {
      assert.deepEqual(lineTexts(''), ['']);
      assert.deepEqual(lineTexts('正文\r\n'), ['正文', '']);
    });

    it('keeps UTF-16 offsets with astral characters', () => {
      const lines = splitLines('𠮷野家\n中文');
      assert.deepEqual(
        lines.map((l) => [l.start, l.end]),
        [
          [0, 4],
          [5, 7],
        ],
      );
    });
  });

  describe('LineIndex', () => {
    // 𠮷 (U+20BB7) is two UTF-16 code units; columns count code units, as LSP and VS Code do.
    const text = '𠮷野家\n中文abc\n';
    const index = new LineIndex(text);

    it('gives 1-based lines and UTF-16 columns', () => {
      assert.deepEqual(index.toPoint(0), { line: 1, column: 1 });
      assert.deepEqual(index.toPoint(2), { line: 1, column: 3 }, '野 after the surrogate pair');
      assert.deepEqual(index.toPoint(3), { line: 1, column: 4 });
      assert.deepEqual(index.toPoint(4), { line: 1, column: 5 }, 'the newline itself');
      assert.deepEqual(index.toPoint(5), { line: 2, column: 1 });
      assert.deepEqual(index.toPoint(8), { line: 2, column: 4 }, 'b after 中文a');
    });

    it('maps the end of the text to the position after the last character', () => {
      assert.deepEqual(index.toPoint(text.length), { line: 3, column: 1 });
      const noFinalNewline = new LineIndex('中文𠮷');
      assert.deepEqual(noFinalNewline.toPoint(4), { line: 1, column: 5 });
    });

    it('clamps offsets outside the text', () => {
      assert.deepEqual(index.toPoint(-5), { line: 1, column: 1 });
      assert.deepEqual(index.toPoint(999), index.toPoint(text.length));
    });

    it('round-trips every offset through toPoint and toOffset', () => {
      for (let o = 0; o <= text.length; o++) assert.equal(index.toOffset(index.toPoint(o)), o, `offset ${o}`);
    });

    it('maps points beyond the text to its end', () => {
      assert.equal(index.toOffset({ line: 9, column: 1 }), text.length);
    });

    it('agrees with splitLines on CRLF and lone CR', () => {
      const mixed = 'a\r\nb\rc\nd';
      const li = new LineIndex(mixed);
      for (const line of splitLines(mixed)) {
        for (let o = line.start; o <= line.end; o++) {
          assert.deepEqual(li.toPoint(o), { line: line.index + 1, column: o - line.start + 1 }, `offset ${o}`);
        }
      }
    });
  });
});
