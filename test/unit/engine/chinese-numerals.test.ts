import * as assert from 'node:assert/strict';
import { parseChineseNumeral, toChineseNumeral } from '../../../server/src/engine/document/chinese-numerals';

describe('engine/document/chinese-numerals', () => {
  it('writes ordinals as a drafter would', () => {
    assert.equal(toChineseNumeral(1), '一');
    assert.equal(toChineseNumeral(10), '十');
    assert.equal(toChineseNumeral(12), '十二');
    assert.equal(toChineseNumeral(20), '二十');
    assert.equal(toChineseNumeral(21), '二十一');
    assert.equal(toChineseNumeral(100), '一百');
    assert.equal(toChineseNumeral(105), '一百零五');
    assert.equal(toChineseNumeral(110), '一百一十');
    assert.equal(toChineseNumeral(120), '一百二十');
  });

  it('round-trips 1..120 through toChineseNumeral and parseChineseNumeral', () => {
    for (let n = 1; n <= 120; n++) {
      const written = toChineseNumeral(n);
      assert.match(written, /^[零一二三四五六七八九十百]+$/, `${n} is written in Chinese numerals`);
      assert.equal(parseChineseNumeral(written), n, `${n} → ${written} → back`);
    }
  });

  it('reads 两 as 2', () => {
    assert.equal(parseChineseNumeral('两'), 2);
    assert.equal(parseChineseNumeral('两百'), 200);
  });

  it('reads 〇 and 零 as 0, also inside a number and in positional years', () => {
    assert.equal(parseChineseNumeral('〇'), 0);
    assert.equal(parseChineseNumeral('一百〇五'), 105);
    assert.equal(parseChineseNumeral('一百零五'), 105);
    assert.equal(parseChineseNumeral('二〇二一'), 2021);
  });

  it('reads the short forms 十 and 十二', () => {
    assert.equal(parseChineseNumeral('十'), 10);
    assert.equal(parseChineseNumeral('十二'), 12);
    assert.equal(parseChineseNumeral('二十一'), 21);
  });

  it('rejects anything that is not a Chinese numeral', () => {
    assert.equal(parseChineseNumeral(''), undefined);
    assert.equal(parseChineseNumeral('一是'), undefined);
    assert.equal(parseChineseNumeral('12'), undefined);
  });
});
