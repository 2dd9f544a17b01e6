import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Paragraph, Root, Sentence, SentenceContent, Word } from 'nlcst';
import { sentencePieces, wordValue } from '../../../server/src/engine/document/nlcst';
import { parseReport, type ReportDocument } from '../../../server/src/engine/document/report-document';
import {
  ScriptSegmenter,
  defaultSegmenter,
  findRulesDir,
  loadDomainDictionary,
  parseUserDictionary,
  type Segmenter,
} from '../../../server/src/engine/document/segmenter';

const REFERENCE = path.resolve(__dirname, '../../../../shared/fixtures/reference');

const LEAVES = new Set(['WordNode', 'PunctuationNode', 'WhiteSpaceNode', 'SymbolNode']);

function leafText(node: SentenceContent): string {
  if (node.type === 'WordNode') return wordValue(node as Word);
  return 'value' in node ? (node.value as string) : '';
}

/**
 * Check the retext shape and positions of a whole tree: every node's offsets slice `doc.prose` back
 * to its text, its line/column agree with the document's line index, and a sentence's leaves
 * concatenate to the sentence text.
 */
function checkTree(doc: ReportDocument, root: Root = doc.nlcst): void {
  const checkPosition = (node: { type: string; position?: Root['position'] }, expected: string) => {
    const pos = node.position;
    assert.ok(pos && pos.start.offset !== undefined && pos.end.offset !== undefined, `${node.type} has offsets`);
    assert.equal(doc.prose.slice(pos.start.offset, pos.end.offset), expected, `${node.type} offsets slice back to its text`);
    const { line, column } = doc.index.toPoint(pos.start.offset);
    assert.deepEqual([pos.start.line, pos.start.column], [line, column], `${node.type} start line/column`);
    const end = doc.index.toPoint(pos.end.offset);
    assert.deepEqual([pos.end.line, pos.end.column], [end.line, end.column], `${node.type} end line/column`);
  };
  assert.equal(root.type, 'RootNode');
  checkPosition(root, doc.prose);
  assert.equal(root.children.length, doc.paragraphs.length, 'one ParagraphNode per paragraph');
  root.children.forEach((pNode, pi) => {
    assert.equal(pNode.type, 'ParagraphNode');
    const para = pNode as Paragraph;
    checkPosition(para, doc.paragraphs[pi].text);
    assert.equal(para.children.length, doc.paragraphs[pi].sentences.length, 'one SentenceNode per sentence');
    para.children.forEach((sNode, si) => {
      assert.equal(sNode.type, 'SentenceNode');
      const sentence = sNode as Sentence;
      const text = doc.paragraphs[pi].sentences[si].text;
      checkPosition(sentence, text);
      for (const leaf of sentence.children) {
        assert.ok(LEAVES.has(leaf.type), `unexpected ${leaf.type} in a sentence`);
        checkPosition(leaf, leafText(leaf));
        if (leaf.type === 'WordNode') {
          for (const t of leaf.children) {
            assert.equal(t.type, 'TextNode');
            checkPosition(t, (t as { value: string }).value);
          }
        }
      }
      assert.equal(sentence.children.map(leafText).join(''), text, 'leaves concatenate to the sentence');
    });
  });
}

function words(doc: ReportDocument): string[] {
  const out: string[] = [];
  for (const p of doc.nlcst.children)
    for (const s of (p as Paragraph).children) for (const n of (s as Sentence).children) if (n.type === 'WordNode') out.push(wordValue(n));
  return out;
}

function kinds(doc: ReportDocument): string[] {
  const s = (doc.nlcst.children[0] as Paragraph).children[0] as Sentence;
  return s.children.map((n) => `${n.type.replace('Node', '')}:${leafText(n)}`);
}

describe('engine/document/nlcst and segmenter', () => {
  describe('tree shape and positions', () => {
    it('is RootNode → ParagraphNode → SentenceNode → Word/Punctuation/WhiteSpace nodes', () => {
      const doc = parseReport('  一、总体情况\n\n  我市推进依法行政。成效明显！\n');
      checkTree(doc);
      assert.equal(doc.nlcst.children.length, 2);
      assert.equal((doc.nlcst.children[1] as Paragraph).children.length, 2);
    });

    it('classifies punctuation, blanks, symbols and words', () => {
      const doc = parseReport('投入1.5亿元，增长8%\u00a0（见表）。');
      checkTree(doc);
      const k = kinds(doc);
      assert.ok(k.includes('Punctuation:，'), k.join(' '));
      assert.ok(k.includes('Punctuation:（'), k.join(' '));
      assert.ok(k.includes('Punctuation:。'), k.join(' '));
      assert.ok(k.includes('WhiteSpace:\u00a0'), k.join(' '));
      assert.ok(k.includes('Word:亿元'), k.join(' '));
    });

    it('keeps offsets and columns right with astral characters and NBSP', () => {
      const doc = parseReport('  𠮷野家\u00a0调研，投入\u3000资金𠮷𠮷。\n\n  第二段，𠀀字。');
      checkTree(doc);
      const first = (doc.nlcst.children[0] as Paragraph).children[0] as Sentence;
      const jia = first.children.find((n) => leafText(n).includes('野'));
      assert.ok(jia?.position);
      assert.equal(jia.position.start.column, 5, '野 after two spaces and a surrogate pair');
    });

    it('keeps positions right with CRLF and soft-wrapped Markdown paragraphs', () => {
      const text = '# 汕尾市人民政府2020年法治政府建设年度报告\r\n\r\n## 一、总体情况\r\n\r\n我市深入推进\r\n依法行政，𠮷\r\n成效明显。后文。\r\n';
      const doc = parseReport(text, { language: 'markdown' });
      checkTree(doc);
      const last = doc.nlcst.children[2] as Paragraph;
      assert.equal(last.position?.start.line, 5);
      assert.equal(last.position?.end.line, 7);
    });

    it('holds for the three reference fixtures', () => {
      for (const name of ['shanwei-2020.fullwidth.txt', 'shanwei-2020.txt', 'shanwei-2020.mutated.txt']) {
        checkTree(parseReport(fs.readFileSync(path.join(REFERENCE, name), 'utf8')));
      }
    });

    it('sentencePieces gives each sentence the values, types and offsets of its tree leaves', () => {
      const texts = ['  𠮷野家\u00a0调研，投入\u3000资金𠮷𠮷。的的 a-b\n\n  第二段，𠀀字。', fs.readFileSync(path.join(REFERENCE, 'shanwei-2020.txt'), 'utf8')];
      for (const text of texts) {
        const doc = parseReport(text);
        doc.paragraphs.forEach((p, pi) =>
          p.sentences.forEach((s, si) => {
            const leaves = ((doc.nlcst.children[pi] as Paragraph).children[si] as Sentence).children;
            let offset = s.span.start;
            const fromPieces = sentencePieces(s, doc.segmenter).map(([value, type]) => {
              const start = offset;
              offset += value.length;
              return [type, value, start];
            });
            assert.deepEqual(
              fromPieces,
              leaves.map((n) => [n.type, leafText(n), n.position?.start.offset]),
            );
          }),
        );
      }
    });

    it('falls back to whole-sentence text when a segmenter loses characters', () => {
      const lossy: Segmenter = { segment: (t) => [t.replace(/\u00a0/g, '')], addWords: () => undefined };
      const doc = parseReport('落实决策责任，\u00a0推进工作。', { segmenter: lossy });
      checkTree(doc);
    });

    it('builds the same tree shape with the script segmenter (no dictionary)', () => {
      const doc = parseReport('  𠮷野家\u00a0调研，投入1.5亿元。', { segmenter: new ScriptSegmenter() });
      checkTree(doc);
      assert.deepEqual(words(doc), ['𠮷野家', '调研', '投入', '1', '5', '亿元']);
    });
  });

  describe('domain dictionary', () => {
    it('keeps 重大行政决策, 合法性审查, 集体讨论决定, 风险评估, 放管服 as single WordNodes', () => {
      const doc = parseReport(
        '坚持重大行政决策程序，严格落实公众参与、专家论证、风险评估、合法性审查、集体讨论决定五项程序。深化“放管服”改革，推进放管服改革。',
      );
      checkTree(doc);
      const w = words(doc);
      for (const term of ['重大行政决策', '合法性审查', '集体讨论决定', '风险评估', '放管服']) {
        assert.ok(w.includes(term), `${term} is one word in: ${w.join('/')}`);
      }
      assert.equal(w.filter((x) => x === '放管服').length, 2, 'with and without quotes');
    });

    it('segmenting gives back the input exactly', () => {
      const seg = defaultSegmenter();
      for (const t of ['我市深入推进依法行政，成效明显。', '𠮷野家\u00a0调研  abc 1,109件\u3000', '']) {
        assert.equal(seg.segment(t).join(''), t);
      }
    });

    it('reads the shipped dictionary rules/dict/fzlint.dict.txt', () => {
      const dir = findRulesDir();
      assert.ok(dir && fs.existsSync(path.join(dir, 'dict', 'fzlint.dict.txt')));
      const entries = loadDomainDictionary(dir);
      for (const term of ['重大行政决策', '合法性审查', '集体讨论决定', '风险评估', '放管服']) {
        assert.ok(
          entries.some((e) => e.word === term),
          `${term} in the dictionary`,
        );
      }
    });

    it('parseUserDictionary reads word, frequency and tag and skips comments', () => {
      assert.deepEqual(parseUserDictionary('# 注释\r\n重大行政决策 2000 n\n\n放管服\n风险评估 100 # 评估\n'), [
        { word: '重大行政决策', freq: 2000, tag: 'n' },
        { word: '放管服', freq: undefined, tag: undefined },
        { word: '风险评估', freq: 100, tag: undefined },
      ]);
    });
  });
});
