/**
 * The jieba segmenter's word cache (issue 5, server memory): the language server segments every
 * sentence on every keystroke, so the cache must stay bounded and must not keep whole documents alive.
 */
import { strict as assert } from 'node:assert';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { defaultSegmenter, JiebaSegmenter, segmenterFor } from '../../../server/src/engine/document/segmenter';

/** A full garbage collection (exposes gc for this process; only tests do this). */
function collect(): void {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  gc();
  gc();
}

describe('JiebaSegmenter word cache', function () {
  this.timeout(60000);
  const segmenter = defaultSegmenter();

  beforeEach(() => segmenter.clearCache());
  after(() => segmenter.clearCache());

  it('returns the same words for the same sentence, cached', function () {
    const a = segmenter.segment('全年共办理行政复议案件12件。');
    const b = segmenter.segment('全年共办理行政复议案件12件。');
    assert.equal(a, b, 'the second call is a cache hit');
    assert.equal(a.join(''), '全年共办理行政复议案件12件。');
    assert.deepEqual(segmenter.cacheStats(), { entries: 1, chars: '全年共办理行政复议案件12件。'.length });
  });

  it('stays within its character budget and evicts the least recently used sentence first', function () {
    const sentence = (i: number) => `第${i}次修改：依法行政，重大行政决策经过合法性审查。`;
    const first = segmenter.segment(sentence(0));
    const second = segmenter.segment(sentence(1));
    let i = 2;
    while (segmenter.cacheStats().chars < JiebaSegmenter.CACHE_CHARS - 100) {
      segmenter.segment(sentence(i++));
      // Sentence 0 is used all the time (an unchanged sentence of the open document): it stays.
      if (i % 100 === 0) assert.equal(segmenter.segment(sentence(0)), first);
    }
    for (let k = 0; k < 1000; k++) segmenter.segment(sentence(i++));
    const { chars, entries } = segmenter.cacheStats();
    assert.ok(chars <= JiebaSegmenter.CACHE_CHARS, `${chars} cached characters exceed the budget`);
    assert.ok(entries < i, 'old sentences were evicted');
    assert.equal(segmenter.segment(sentence(0)), first, 'the sentence in use is still cached');
    assert.notEqual(segmenter.segment(sentence(1)), second, 'a sentence not used since was evicted (segmented anew)');
  });

  it('does not keep the document a sentence was cut from alive', function () {
    collect();
    const before = process.memoryUsage().heapUsed;
    // 60 edited versions of a 200,000-character document (400 KB each as a two-byte string): if the
    // cache kept the slices, it would keep 24 MB of documents.
    for (let v = 0; v < 60; v++) {
      const doc = `第${v}版。`.padEnd(200000, '依法行政，') + `第${v}句：重大行政决策经过合法性审查。`;
      const words = segmenter.segment(doc.slice(200000 - 2));
      assert.ok(words.length > 0);
    }
    collect();
    const grown = (process.memoryUsage().heapUsed - before) / 1048576;
    assert.equal(segmenter.cacheStats().entries, 60);
    assert.ok(grown < 8, `the heap grew by ${grown.toFixed(1)} MB for 60 cached sentences`);
  });
});

describe('segmenters per word list', () => {
  it('keeps the four most recently used word lists; a list used since stays, the oldest is built anew', () => {
    const lists = [['甲词一'], ['乙词二'], ['丙词三'], ['丁词四'], ['戊词五']];
    const first = lists.slice(0, 4).map((words) => segmenterFor(words));
    assert.equal(segmenterFor(lists[0]), first[0], 'recently used: the same segmenter');
    segmenterFor(lists[4]); // a fifth list evicts the least recently used one: lists[1]
    assert.equal(segmenterFor(lists[0]), first[0]);
    assert.equal(segmenterFor(lists[2]), first[2]);
    assert.equal(segmenterFor(lists[3]), first[3]);
    assert.notEqual(segmenterFor(lists[1]), first[1], 'evicted: a new segmenter');
  });
});
