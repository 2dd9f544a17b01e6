/**
 * A pack's words affect only the lints that use that pack (issue 19, fixed with the segmenter of
 * issue 13): segmenters are per set of pack words, never one process-wide dictionary that packs add to.
 */
import { strict as assert } from 'node:assert';
import { defaultSegmenter, segmenterFor } from '../../../server/src/engine/document/segmenter';
import { lintText } from '../../../server/src/engine/lint';
import { loadBuiltinPack } from '../../../server/src/engine/pack/builtin-pack';

const TEXT = '今年全市案件办理案件办理效率明显提高，群众满意度持续上升。';
const findings = (dictionary?: string[]) => {
  const builtin = loadBuiltinPack().data;
  const config = dictionary ? { data: { ...builtin, dictionary: [...builtin.dictionary, ...dictionary] } } : {};
  return lintText(TEXT, { config }).findings.map((f) => `${f.ruleId}@${f.span.start}-${f.span.end} ${f.message}`);
};

describe('segmenter per pack (no words leak between configurations)', () => {
  it('the built-in pack gives the same findings before and after a lint with a pack that adds words', () => {
    const before = findings();
    const withPack = findings(['案件办理']);
    assert.notDeepEqual(withPack, before, 'the pack word changes the findings (otherwise this test shows nothing)');
    assert.deepEqual(findings(), before);
    assert.deepEqual(findings(['案件办理']), withPack, 'and the pack still gets its words');
  });

  it('segmenterFor gives each word list its own segmenter; the shared ones cannot be changed', () => {
    const plain = defaultSegmenter();
    const packed = segmenterFor(['案件办理']);
    assert.notEqual(plain, packed);
    assert.equal(segmenterFor(['案件办理']), packed);
    assert.ok(packed.segment('案件办理').includes('案件办理'));
    assert.ok(!plain.segment('案件办理').includes('案件办理'));
    assert.throws(() => plain.addWords(['案件办理']), /segmenterFor/);
  });
});
