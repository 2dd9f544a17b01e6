import * as assert from 'node:assert/strict';
import { blankOut, markdownNonProse, mergeSpans } from '../../../server/src/engine/document/markdown-mask';
import { parseReport } from '../../../server/src/engine/document/report-document';

function prose(text: string): string {
  const doc = parseReport(text, { language: 'markdown', source: 'draft' });
  assert.equal(doc.prose.length, doc.text.length, 'prose has the length of text');
  // Only masking changes characters, and masking keeps line breaks.
  for (let i = 0; i < doc.text.length; i++) {
    if (doc.prose[i] !== doc.text[i]) assert.equal(doc.prose[i], ' ', `offset ${i} is either kept or blanked`);
    if (doc.text[i] === '\n' || doc.text[i] === '\r') assert.equal(doc.prose[i], doc.text[i], 'line breaks kept');
  }
  return doc.prose;
}

/** Blanked text of the same length: every character but line breaks becomes a space. */
const blank = (s: string) => s.replace(/[^\r\n]/g, ' ');

describe('engine/document/markdown-mask', () => {
  it('blanks fenced code blocks (``` and ~~~), fences included', () => {
    const code = '```js\nconst a = 1,b = 2;\n```';
    const tilde = '~~~\n汕府[2021]9号,错误\n~~~';
    const text = `正文，前。\n${code}\n中间。\n${tilde}\n正文，后。`;
    assert.equal(prose(text), `正文，前。\n${blank(code)}\n中间。\n${blank(tilde)}\n正文，后。`);
  });

  it('blanks an unclosed fence to the end of the document', () => {
    const text = '正文。\n```\n代码,代码\n代码;代码';
    assert.equal(prose(text), `正文。\n${blank('```\n代码,代码\n代码;代码')}`);
  });

  it('blanks inline code but keeps the prose around it', () => {
    const text = '执行`npm run build,test`命令，然后``a`b``结束。';
    assert.equal(prose(text), `执行${blank('`npm run build,test`')}命令，然后${blank('``a`b``')}结束。`);
  });

  it('blanks HTML comments, also over several lines', () => {
    const text = '正文。<!-- 注释,注释 -->后文。\n<!--\n第二个,\n注释 -->\n结尾。';
    assert.equal(prose(text), `正文。${blank('<!-- 注释,注释 -->')}后文。\n${blank('<!--\n第二个,\n注释 -->')}\n结尾。`);
  });

  it('blanks link and image targets and the image marker, keeping the link text', () => {
    const text = '详见[汕尾市人民政府网站](http://www.shanwei.gov.cn/a,b "标题,标题")和![图](img/a(1).png)。';
    assert.equal(prose(text), `详见[汕尾市人民政府网站]${blank('(http://www.shanwei.gov.cn/a,b "标题,标题")')}和 [图]${blank('(img/a(1).png)')}。`);
  });

  it('blanks autolinks and bare URLs', () => {
    const text = '网址<https://www.gov.cn/a,b>与https://www.shanwei.gov.cn/x,y，结束。';
    assert.equal(prose(text), `网址${blank('<https://www.gov.cn/a,b>')}与${blank('https://www.shanwei.gov.cn/x,y')}，结束。`);
  });

  it('blanks reference definitions', () => {
    const text = '见[纲要][1]。\n\n[1]: http://www.gov.cn/zhengce/a,b.htm "纲要"\n正文。';
    assert.equal(prose(text), `见[纲要][1]。\n\n${blank('[1]: http://www.gov.cn/zhengce/a,b.htm "纲要"')}\n正文。`);
  });

  it('blanks YAML front matter at the start only', () => {
    const front = '---\ntitle: 报告,草稿\ndate: 2021-01-31\n---\n';
    const text = `${front}# 汕尾市人民政府2020年法治政府建设年度报告\n\n---\n\n正文，结束。`;
    assert.equal(prose(text), `${blank(front)}# 汕尾市人民政府2020年法治政府建设年度报告\n\n---\n\n正文，结束。`);
    const doc = parseReport(text, { language: 'markdown' });
    assert.equal(doc.meta.title?.text, '汕尾市人民政府2020年法治政府建设年度报告', 'title found after the front matter');
  });

  it('masks the same ranges with CRLF line endings', () => {
    const text = '---\ntitle: a,b\n---\n正文`x,y`。\n```\n代码,代码\n```\n<!-- c,d -->结束。';
    assert.equal(prose(text.replace(/\n/g, '\r\n')), prose(text).replace(/\n/g, '\r\n'));
  });

  it('leaves a plain-text file alone except bare URLs', () => {
    const text = '执行`a,b`命令<!-- c,d -->，见https://www.gov.cn/a,b。';
    const doc = parseReport(text, { source: 'draft' });
    assert.equal(doc.prose, `执行\`a,b\`命令<!-- c,d -->，见${blank('https://www.gov.cn/a,b')}。`);
  });

  it('markdownNonProse returns the masked spans as UTF-16 offsets', () => {
    const spans = markdownNonProse('正文`a,b`正文');
    assert.deepEqual(spans, [{ start: 2, end: 7 }]);
  });

  it('mergeSpans joins overlapping and touching spans', () => {
    assert.deepEqual(
      mergeSpans([
        { start: 5, end: 8 },
        { start: 0, end: 2 },
        { start: 2, end: 3 },
        { start: 6, end: 10 },
      ]),
      [
        { start: 0, end: 3 },
        { start: 5, end: 10 },
      ],
    );
  });

  it('blankOut keeps astral characters as two spaces (offsets stay aligned)', () => {
    const out = blankOut('甲𠮷乙', [{ start: 1, end: 3 }]);
    assert.equal(out, '甲  乙');
  });
});
