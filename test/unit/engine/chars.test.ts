import * as assert from 'node:assert/strict';
import { isHan } from '../../../server/src/engine/document/chars';

describe('engine/document/chars isHan', () => {
  it('agrees with \\p{Script=Han} on every BMP code unit and on astral CJK characters', () => {
    const han = /\p{Script=Han}/u;
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (isHan(ch) !== han.test(ch)) wrong.push(c.toString(16));
    }
    assert.deepEqual(wrong.slice(0, 10), []);
    for (const ch of ['𠮷', '𪚥', '😀']) assert.equal(isHan(ch), han.test(ch), ch);
    assert.equal(isHan(undefined), false);
    assert.equal(isHan(''), false);
  });
});
