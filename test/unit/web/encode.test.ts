/**
 * fzlint-web's GB18030 encoder (web/src/encode.ts, made from the GB18030 decoder) writes every
 * character as iconv-lite does, the encoder `fzlint --fix` writes a GB18030 file back with.
 */
import { strict as assert } from 'node:assert';
import * as iconv from 'iconv-lite';
import { encodeText, EncodeError } from '../../../web/src/encode';

describe('fzlint-web: the text back to GB18030 bytes', function () {
  this.timeout(60000);

  /**
   * The browser's decoder follows GB18030-2022, iconv-lite GB18030-2005: they differ on 18 code
   * points moved out of the Private Use Area (U+9FB4–9FBB, U+FE10–FE19 and their old PUA places)
   * and on U+E5E5. Only there may the page's bytes differ from the CLI's.
   */
  const GB18030_2022_CHANGES = /^[\u9fb4-\u9fbb\ufe10-\ufe19\ue5e5\ue78d-\ue796\ue81e\ue826\ue82b\ue82c\ue832\ue843\ue854\ue864]$/;

  it('writes every character as iconv-lite does, but for the GB18030-2022 changes', () => {
    const differ: string[] = [];
    const chars: string[] = [];
    for (let cp = 1; cp <= 0xffff; cp++) if (cp < 0xd800 || cp > 0xdfff) chars.push(String.fromCodePoint(cp));
    for (const cp of [0x10000, 0x20000, 0x2a6d6, 0x10ffff]) chars.push(String.fromCodePoint(cp));
    for (const ch of chars) {
      if (GB18030_2022_CHANGES.test(ch)) continue;
      const ours = Buffer.from(encodeText(ch, 'gb18030'));
      const theirs = iconv.encode(ch, 'gb18030');
      if (!ours.equals(theirs)) differ.push(`U+${ch.codePointAt(0)!.toString(16)}: ${ours.toString('hex')} ≠ ${theirs.toString('hex')}`);
    }
    assert.deepEqual(differ, []);
  });

  it("gives a GB18030 file's bytes back unchanged, as the page decoded them (every two-byte code)", () => {
    const decoder = new TextDecoder('gb18030', { fatal: true });
    const bad: string[] = [];
    for (let a = 0x81; a <= 0xfe; a++)
      for (let b = 0x40; b <= 0xfe; b++) {
        if (b === 0x7f) continue;
        const bytes = Buffer.from([a, b]);
        let text: string;
        try {
          text = decoder.decode(bytes);
        } catch {
          continue;
        }
        if (!Buffer.from(encodeText(text, 'gb18030')).equals(bytes)) bad.push(bytes.toString('hex'));
      }
    // A3A0 decodes to U+3000, the ideographic space, which is written A1A1 (as iconv-lite writes it).
    assert.deepEqual(bad, ['a3a0']);
  });

  it('a text with a BOM, and UTF-8', () => {
    const text = '某市2024年法治政府建设年度报告\r\n一、主要举措';
    assert.ok(Buffer.from(encodeText(text, 'gb18030', true)).equals(iconv.encode(`\ufeff${text}`, 'gb18030', { addBOM: false })));
    assert.equal(Buffer.from(encodeText(text, 'utf-8', true)).toString('utf8'), `\ufeff${text}`);
  });

  it('a lone surrogate cannot be written: EncodeError with its offset', () => {
    assert.throws(
      () => encodeText('报告\ud800', 'gb18030'),
      (e: unknown) => e instanceof EncodeError && e.offset === 2,
    );
  });
});
