import { strict as assert } from 'node:assert';
import { byFirstChar, byLastChar, listedAt, listedEndingAt, wordEntries } from '../../../server/src/engine/figures/word-index';

describe('word index (the figure reader’s unit and lead-word lookups)', () => {
  const units = byFirstChar(wordEntries(['平方公里', '个百分点', '公里', '个', '件']));

  it('finds the first listed word at a position, as trying the whole list in order would', () => {
    assert.equal(listedAt(units, '共12个百分点', 3)?.[0], '个百分点');
    assert.equal(listedAt(units, '共12个人', 3)?.[0], '个');
    assert.equal(listedAt(units, '120公里', 3)?.[0], '公里');
    assert.equal(listedAt(units, '12人', 2), undefined);
    assert.equal(listedAt(units, '12', 2), undefined, 'past the end');
  });

  it('respects a length limit', () => {
    assert.equal(listedAt(units, '5平方公里', 1, 3), undefined);
    assert.equal(listedAt(units, '5平方公里', 1, 4)?.[0], '平方公里');
  });

  it('finds a word ending at a position, never one that starts before the floor', () => {
    const before = byLastChar([
      ['将近', 'near'],
      ['近', 'near'],
      ['约', 'about'],
    ] as const);
    assert.deepEqual(listedEndingAt(before, '将近300人', 2, 0), ['将近', 'near']);
    assert.deepEqual(listedEndingAt(before, '将近300人', 2, 1), ['近', 'near'], 'the floor cuts 将近 off');
    assert.equal(listedEndingAt(before, '约300人', 0, 0), undefined);
    assert.deepEqual(
      listedEndingAt(before, '最近300人', 2, 0, Infinity, (w) => w !== '近'),
      undefined,
      'a refused word is skipped',
    );
  });
});
