/**
 * The compiled jieba dictionary (server/src/engine/document/jieba/): compiling, opening from a
 * buffer, and refusing a buffer that is not one.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { compileDictionary, parseDictionary } from '../../../server/src/engine/document/jieba/compile';
import { JiebaDictionary } from '../../../server/src/engine/document/jieba/dictionary';
import { Jieba } from '../../../server/src/engine/document/jieba/jieba';
import { dictionaryBuffer } from '../../../server/src/engine/document/segmenter';
import { repoRoot } from '../../helpers/paths';

const hmm = fs.readFileSync(path.join(repoRoot, 'vendor', 'jieba', 'hmm_model.utf8'), 'utf8');

describe('compiled jieba dictionary', () => {
  it('holds jieba dict.txt: every word with its frequency, and the total', () => {
    const dict = new JiebaDictionary(dictionaryBuffer());
    const source = parseDictionary(fs.readFileSync(require.resolve('@node-rs/jieba/dict.txt'), 'utf8'));
    let total = 0;
    let k = 0;
    for (const [word, freq] of source) {
      total += freq;
      // Every 97th word (all 349,046 take a while): found with its frequency.
      if (k++ % 97 === 0) assert.equal(dict.freq(word, 0, word.length), freq, word);
    }
    assert.equal(dict.total, total);
    assert.equal(dict.freq('法治政府建设年度报告', 0, 10), -1, 'not a jieba word');
  });

  it('compiles a small dictionary: later lines replace a frequency, a missing one is 0', () => {
    const dict = new JiebaDictionary(compileDictionary('依法 10 d\n行政 20 n\n依法 30\n审查\n', hmm));
    assert.equal(dict.freq('依法', 0, 2), 30);
    assert.equal(dict.freq('行政', 0, 2), 20);
    assert.equal(dict.freq('审查', 0, 2), 0);
    assert.equal(dict.freq('依', 0, 1), -1, 'a prefix is not a word');
    assert.equal(dict.total, 50);
    assert.deepEqual(new Jieba(dict).cut('依法行政，abc 1.5'), ['依法', '行政', '，', 'abc', ' ', '1.5']);
  });

  it('refuses a buffer that is not a compiled dictionary, saying why', () => {
    const good = compileDictionary('依法 10\n', hmm);
    assert.throws(() => new JiebaDictionary(new Uint8Array(10)), /too short/);
    assert.throws(() => new JiebaDictionary(new Uint8Array(good.length)), /not a compiled fzlint dictionary/);
    const otherVersion = good.slice();
    otherVersion[4] = 99;
    assert.throws(() => new JiebaDictionary(otherVersion), /format version 99/);
    assert.throws(() => new JiebaDictionary(good.subarray(0, good.length - 8)), /bytes, the header needs/);
    assert.throws(() => compileDictionary('依法 x\n', hmm), /line 1: frequency "x"/);
  });
});
