import * as assert from 'node:assert/strict';
import { dropPageChrome, joinParagraphs, layoutAutospace, pageLines, pdfPosition, type PdfTextItem } from '../../../server/src/cli/inputs/pdf-layout';

/**
 * The PDF paragraph joiner on made-up pages: 10 pt text, one Chinese character 10 pt wide, the body
 * from x = 50 to x = 250 (20 characters a line), lines 15 pt apart.
 */
const SIZE = 10;

/** One line of Chinese text at (x, y): one item, each character 1 em wide. */
function line(text: string, y: number, x = 50): PdfTextItem {
  return { str: text, x, y, width: [...text].length * SIZE, size: SIZE };
}

/** Lay out paragraphs like a word processor: first lines indented 2 characters, 20 characters to a line. */
function layout(paragraphs: string[], top = 800, perPage = 100): PdfTextItem[][] {
  const pages: PdfTextItem[][] = [[]];
  let y = top;
  for (const p of paragraphs) {
    const chars = [...p];
    let first = true;
    while (chars.length) {
      const room = first ? 18 : 20;
      const piece = chars.splice(0, room).join('');
      if (pages[pages.length - 1].length >= perPage) {
        pages.push([]);
        y = top;
      }
      pages[pages.length - 1].push(line(piece, y, first ? 70 : 50));
      y -= 15;
      first = false;
    }
  }
  return pages;
}

const join = (pages: PdfTextItem[][]) => joinParagraphs(dropPageChrome(pages.map((items, i) => pageLines(items, i + 1, layoutAutospace(pages)))));

describe('PDF layout: lines joined back into paragraphs', () => {
  const long = '我市坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大和十九届历次全会精神，深入推进依法行政。';
  const heading = '一、加强组织领导';

  it('joins the lines of a paragraph without spaces, and starts a paragraph at an indented line', () => {
    const { text } = join(layout([long, long]));
    assert.deepEqual(text.split('\n'), [long, long]);
  });

  it('a line that ends short of the right margin ends its paragraph even when the next is not indented', () => {
    const pages = [[line('第一段只有一行。', 800), line('第二段从左边开始，没有缩进，占满一整行的宽度了', 785), line('第二段的第二行。', 770)]];
    assert.deepEqual(join(pages).text.split('\n'), ['第一段只有一行。', '第二段从左边开始，没有缩进，占满一整行的宽度了第二段的第二行。']);
  });

  it('a full line followed by a heading or 一是 item at the margin ends its paragraph', () => {
    const full = '这一行正好写满了二十个字的宽度一二三四五';
    const pages = [[line(full, 800), line(heading, 785), line(full, 770), line('二是完善制度。', 755)]];
    assert.deepEqual(join(pages).text.split('\n'), [full, heading, full, '二是完善制度。']);
  });

  it('joins a paragraph across a page break and drops page numbers at the foot and head of the pages', () => {
    const pages = layout([long, long, long], 800, 4);
    pages[0].push(line('- 1 -', 40, 140));
    pages[1].unshift(line('第 2 页 共 2 页', 820, 120));
    const { text, segments } = join(pages);
    assert.deepEqual(text.split('\n'), [long, long, long]);
    assert.ok(!text.includes('1 -') && !text.includes('共'));
    // the paragraph that goes on on page 2: pieces from both pages
    const pagesOf = (n: number) => [...new Set(segments[n].map((s) => s.page))];
    assert.ok(
      segments.some((_, i) => pagesOf(i).length === 2),
      'a paragraph continues on the next page',
    );
  });

  it('keeps a number that is the only text of a line in the middle of a page', () => {
    const full = '这一行正好写满了二十个字的宽度一二三四五';
    const pages = [[line(full, 815), line('表中数字：', 800), line('12', 785), line('以上。', 770)]];
    assert.deepEqual(join(pages).text.split('\n'), [full + '表中数字：', '12', '以上。']);
  });

  it('maps a column of a joined paragraph to its page and line on the page', () => {
    const pages = layout([long, long]);
    const { segments } = join(pages);
    // paragraph 2, its 30th character: 18 characters on its first line, 20 on the next
    const linesOfLong = 1 + Math.ceil(([...long].length - 18) / 20);
    assert.deepEqual(pdfPosition(segments, 2, 30), { page: 1, line: linesOfLong + 2 });
    assert.deepEqual(pdfPosition(segments, 1, 1), { page: 1, line: 1 });
    assert.deepEqual(pdfPosition(segments, 1, 19), { page: 1, line: 2 });
    assert.equal(pdfPosition(segments, 9, 1), undefined);
  });

  it('rebuilds spaces from gaps: the layout’s own Chinese–Latin spacing is none, a wider gap is a space', () => {
    // "2020" (4 digits of 0.5 em) set after 年 with the layout's 0.2 em, and "78 件" with a real 0.25 em space
    const items: PdfTextItem[] = [];
    let y = 800;
    for (let i = 0; i < 4; i++, y -= 15) {
      items.push(
        { str: '全年', x: 50, y, width: 20, size: SIZE },
        { str: '2020', x: 72, y, width: 20, size: SIZE },
        { str: '年', x: 94, y, width: 10, size: SIZE },
      );
    }
    items.push({ str: '共78', x: 50, y, width: 20, size: SIZE }, { str: '件', x: 72.5, y, width: 10, size: SIZE });
    // pdfjs's own whitespace items are ignored
    items.push({ str: ' ', x: 70, y: 800, width: 2, size: 0 });
    const autospace = layoutAutospace([items]);
    assert.ok(Math.abs(autospace - 0.2) < 0.011, `autospace ${autospace}`);
    const lines = pageLines(items, 1, autospace).map((l) => l.text);
    assert.deepEqual(lines, ['全年2020年', '全年2020年', '全年2020年', '全年2020年', '共78 件']);
    // Latin words set apart by a gap get their space back
    assert.deepEqual(
      pageLines(
        [
          { str: 'Hello', x: 50, y: 800, width: 25, size: SIZE },
          { str: 'World', x: 78, y: 800, width: 25, size: SIZE },
        ],
        1,
      ).map((l) => l.text),
      ['Hello World'],
    );
  });

  it('a justified line spread wide: the spaces pdfjs puts between its Chinese characters are not text', () => {
    const spread = [
      { str: '高 技 术 制 造 业', x: 50, y: 800, width: 200, size: SIZE },
      { str: '增长', x: 260, y: 800, width: 20, size: SIZE },
      { str: '9.6%', x: 284, y: 800, width: 20, size: SIZE },
    ];
    assert.deepEqual(
      pageLines(spread, 1, 0.2).map((l) => l.text),
      ['高技术制造业增长9.6%'],
    );
    // one space between Chinese characters on a line set normally stays: it may be a defect to report
    assert.deepEqual(
      pageLines([{ str: '持续 改善', x: 50, y: 800, width: 45, size: SIZE }], 1, 0.2).map((l) => l.text),
      ['持续 改善'],
    );
  });

  it('joins Latin words and numbers across a line break with a space, Chinese without', () => {
    const full = '这一行写满了二十个字的宽度并以英文结尾的';
    const pages = [[line(full.slice(0, 17), 800, 50), { str: 'GDP', x: 220, y: 800, width: 30, size: SIZE }, line('增长。', 785)]];
    assert.equal(join(pages).text, `${full.slice(0, 17)}GDP增长。`);
    const latin = [
      [
        { str: 'the quick brown fox jumps over the lazy', x: 50, y: 800, width: 200, size: SIZE },
        { str: 'dog.', x: 50, y: 785, width: 20, size: SIZE },
      ],
    ];
    assert.equal(join(latin).text, 'the quick brown fox jumps over the lazy dog.');
  });
});
