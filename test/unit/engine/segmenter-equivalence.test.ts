/**
 * fzlint's jieba (server/src/engine/document/jieba/) against the reference, jieba-wasm (jieba-rs
 * compiled to WebAssembly, the segmenter fzlint used before; a devDependency for this test only):
 * identical tokens on the reference fixtures, on every text in ../shared/fixtures/real/, and on
 * generated text (fast-check, fixed seed); identical add-word frequencies (jieba's suggest_freq).
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { readDocx } from '../../../server/src/cli/inputs/docx';
import { parseReport } from '../../../server/src/engine/document/report-document';
import { loadDomainDictionary, loadJiebaDictionary, scriptSegmenter } from '../../../server/src/engine/document/segmenter';
import { Jieba } from '../../../server/src/engine/document/jieba/jieba';
import { JiebaSegmenter } from '../../../server/src/engine/document/jieba/word-segmenter';
import { freshJiebaWasm, WasmSegmenter } from '../../helpers/jieba-wasm';
import { referenceDir, repoRoot } from '../../helpers/paths';

const realDir = path.resolve(repoRoot, '../shared/fixtures/real');

/** Every text of the reference and real fixtures (.txt, .md, and the text of .docx files). */
async function fixtureTexts(): Promise<{ name: string; text: string }[]> {
  const out: { name: string; text: string }[] = [];
  for (const dir of [referenceDir, realDir]) {
    for (const f of fs.readdirSync(dir).sort()) {
      const file = path.join(dir, f);
      if (/\.(txt|md)$/i.test(f) && !/^README/i.test(f)) out.push({ name: f, text: fs.readFileSync(file, 'utf8') });
      else if (/\.docx$/i.test(f)) out.push({ name: f, text: (await readDocx(fs.readFileSync(file))).text });
    }
  }
  return out;
}

/** The pieces the engine segments: each sentence of each paragraph; and each whole line (longer runs). */
function piecesOf(text: string): string[] {
  const doc = parseReport(text, { segmenter: scriptSegmenter });
  const sentences = doc.paragraphs.flatMap((p) => p.sentences.map((s) => s.text));
  return [...sentences, ...text.split(/\n/)];
}

function firstDifference(a: string[], b: string[]): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at token ${i}: ${JSON.stringify(a.slice(Math.max(0, i - 3), i + 4))} vs jieba-wasm ${JSON.stringify(b.slice(Math.max(0, i - 3), i + 4))}`;
}

describe('jieba in TypeScript = jieba-wasm', function () {
  this.timeout(300000);
  const domain = loadDomainDictionary();
  const ours = new JiebaSegmenter(loadJiebaDictionary, domain);
  const reference = new WasmSegmenter(domain);

  it('gives identical tokens on the reference and real fixtures, with and without the HMM', async () => {
    const texts = await fixtureTexts();
    assert.ok(texts.length >= 12, `found ${texts.length} fixture texts`);
    const plain = new Jieba(loadJiebaDictionary());
    for (const w of domain) plain.addWord(w.word, w.freq);
    let tokens = 0;
    for (const { name, text } of texts) {
      for (const piece of piecesOf(text)) {
        const want = reference.segment(piece);
        const got = ours.segment(piece);
        if (got.length !== want.length || got.some((t, i) => t !== want[i])) assert.fail(`${name}: ${firstDifference(got, want)}`);
        tokens += want.length;
        const noHmm = plain.cut(piece, false);
        const wantNoHmm = reference.jieba.cut(piece, false);
        if (noHmm.join('\u0001') !== wantNoHmm.join('\u0001')) assert.fail(`${name} (no HMM): ${firstDifference(noHmm, wantNoHmm)}`);
      }
    }
    assert.ok(tokens > 200000, `compared ${tokens} tokens`);
  });

  it('gives identical tokens on generated text (fast-check, fixed seed)', () => {
    const chars = [
      ...'的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高',
      ...'重大行政决策合法性审查集体讨论决定风险评估公众参与专家论证案件办理复议诉讼应诉执法监督',
      ...'abcXYZ0123456789.%+-#&_，。、；：？！“”（）《》〔〕—…·％１２ \u3000\t\r\n\u00a0\u2028\u0085',
      '㐀',
      '㐁',
      '丽',
      '𠮷',
      '𪚥',
      '\u9fd6',
      '\u9fea',
      '\ufa6d',
      '😀',
      '\ud800',
      '\udc00',
    ];
    const text = fc
      .array(
        fc.oneof(
          { weight: 6, arbitrary: fc.constantFrom(...chars) },
          { weight: 1, arbitrary: fc.integer({ min: 0x3400, max: 0x9fff }).map((c) => String.fromCharCode(c)) },
        ),
        { maxLength: 60 },
      )
      .map((a) => a.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const got = ours.segment(t);
        const want = reference.segment(t);
        assert.deepEqual(got, want, firstDifference(got, want));
        assert.equal(got.join(''), t);
      }),
      { numRuns: 3000, seed: 13 },
    );
  });

  it('adds words with the same frequencies (add-word, suggest-frequency) and then segments alike', () => {
    const wasm = freshJiebaWasm();
    const jieba = new Jieba(loadJiebaDictionary());
    const words = [
      ...domain.map((w) => [w.word, w.freq] as const),
      ...['案件办理', '依法治市', '行政复议', '测试词abc', '两 个词', '𠮷野家', 'x', '重大行政决策'].map((w) => [w, undefined] as const),
    ];
    for (const [word, freq] of words) {
      assert.equal(jieba.addWord(word, freq), wasm.add_word(word, freq ?? null, null), `frequency of ${word}`);
    }
    for (const t of ['全年案件办理数量上升，依法治市工作扎实。', '𠮷野家测试词abc两 个词x重大行政决策']) {
      assert.deepEqual(jieba.cut(t), wasm.cut(t, true));
    }
  });

  it('segments the same text the same way in any order (no state carried between calls)', () => {
    const a = ours.segment('推进严格规范公正文明执法，全年办理行政复议案件78件。');
    ours.segment('小明硕士毕业于中国科学院计算所𠮷');
    ours.clearCache();
    assert.deepEqual(ours.segment('推进严格规范公正文明执法，全年办理行政复议案件78件。'), a);
  });
});
