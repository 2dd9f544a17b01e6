import * as assert from 'node:assert/strict';
import { splitSentences } from '../../../server/src/engine/document/sentences';

function sentences(text: string): string[] {
  const out = splitSentences(text, { start: 0, end: text.length });
  for (const s of out) assert.equal(text.slice(s.span.start, s.span.end), s.text, 'span slices back to the text');
  return out.map((s) => s.text);
}

describe('engine/document/sentences', () => {
  it('splits at 。！？；', () => {
    assert.deepEqual(sentences('我市推进工作。成效明显！是否继续？加强领导；完善制度'), [
      '我市推进工作。',
      '成效明显！',
      '是否继续？',
      '加强领导；',
      '完善制度',
    ]);
  });

  it('does not split at ，、：', () => {
    assert.deepEqual(sentences('一是加强领导，二是完善制度、健全机制：成效明显。'), ['一是加强领导，二是完善制度、健全机制：成效明显。']);
  });

  it('splits at ASCII ; ! ? in Chinese context (scraped web copies)', () => {
    assert.deepEqual(sentences('加强领导;完善制度!是否继续?好'), ['加强领导;', '完善制度!', '是否继续?', '好']);
  });

  it('does not split at an ASCII ; between Latin words', () => {
    assert.deepEqual(sentences('参见 a;b 和 c; d 的说明。'), ['参见 a;b 和 c; d 的说明。']);
  });

  it('keeps closing quotes and brackets with the sentence they end', () => {
    assert.deepEqual(sentences('他强调：“要依法行政。”随后（见附件。）再说《纲要。》完'), [
      '他强调：“要依法行政。”',
      '随后（见附件。）',
      '再说《纲要。》',
      '完',
    ]);
  });

  it('keeps runs of end marks together', () => {
    assert.deepEqual(sentences('真的吗？！是的。。。'), ['真的吗？！', '是的。。。']);
  });

  it('drops leading blanks from a sentence, keeping its offsets', () => {
    const text = '\u3000\u3000第一句。 \u00a0第二句。';
    const out = splitSentences(text, { start: 0, end: text.length });
    assert.deepEqual(
      out.map((s) => [s.span.start, s.text]),
      [
        [2, '第一句。'],
        [8, '第二句。'],
      ],
    );
  });

  it('splits only inside the given paragraph span', () => {
    const text = '前一段。本段第一句。本段第二句。后一段。';
    const out = splitSentences(text, { start: 4, end: 16 });
    assert.deepEqual(
      out.map((s) => s.text),
      ['本段第一句。', '本段第二句。'],
    );
  });

  it('gives no sentence for a blank paragraph', () => {
    assert.deepEqual(sentences('  \u3000'), []);
  });
});
