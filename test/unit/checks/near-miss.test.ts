import { strict as assert } from 'node:assert';
import { boundedDistance, compileNearMisses } from '../../../server/src/engine/checks/near-miss';
import { loadBuiltinPack } from '../../../server/src/engine/pack/builtin-pack';

const PHRASES = [
  '习近平新时代中国特色社会主义思想',
  '习近平法治思想',
  '中央全面依法治国工作会议',
  '中国特色社会主义法治体系',
  '中国特色社会主义法律体系',
  '谁执法谁普法',
  '四个意识',
];
const matcher = compileNearMisses(PHRASES.map((phrase) => ({ phrase })));
const found = (text: string) => matcher.find(text).map((m) => `${text.slice(m.start, m.end)}→${m.phrase}/${m.edits}`);

describe('near misses of canonical formulations', () => {
  it('each kind of edit is caught, with the span and the phrase', () => {
    assert.deepEqual(found('学习习近平新时代中国特色社会思想。'), ['习近平新时代中国特色社会思想→习近平新时代中国特色社会主义思想/2'], 'two dropped');
    assert.deepEqual(found('学习习近平法思想。'), ['习近平法思想→习近平法治思想/1'], 'one dropped');
    assert.deepEqual(found('学习习近平法治的思想。'), ['习近平法治的思想→习近平法治思想/1'], 'one added');
    assert.deepEqual(found('学习习近平法冶思想。'), ['习近平法冶思想→习近平法治思想/1'], 'one replaced');
    assert.deepEqual(found('学习习近平治法思想。'), ['习近平治法思想→习近平法治思想/1'], 'two swapped');
    assert.deepEqual(found('召开中央全面依法冶国工做会议。'), ['中央全面依法冶国工做会议→中央全面依法治国工作会议/2'], 'two replaced');
    assert.deepEqual(found('落实谁执发谁普法责任制。'), ['谁执发谁普法→谁执法谁普法/1'], 'a six-character phrase');
  });

  it('correct phrases, longer text containing them and correct neighbours are never flagged', () => {
    for (const text of [
      '深入学习贯彻习近平新时代中国特色社会主义思想和习近平法治思想。',
      '习近平法治思想研究中心成立。',
      '坚持中国特色社会主义，走中国特色社会主义法治道路。',
      '习近平新时代中国特色社会主义经济思想', // two characters added: another correct phrase
      '中国特色社会主义法律体系已经形成，中国特色社会主义法治体系加快建设。',
      '中国特色社会主义法制体系', // as near to 法治体系 as to 法律体系: no certain right form
      '习近平 法治思想', // a blank the phrase lacks
      '习近平法治\n思想', // across a line break
      '增强四个意思。', // phrases under five characters are exact only
    ]) {
      assert.deepEqual(found(text), [], text);
    }
  });

  it('edits at either end are not near misses (the first and last characters must match)', () => {
    assert.deepEqual(found('近平法治思想'), []);
    assert.deepEqual(found('习近平法治思路'), []);
    assert.deepEqual(found('习近平法治思想想'), []);
  });

  it('unless: a longer correct string around a near miss keeps it', () => {
    const m = compileNearMisses([{ phrase: '习近平法治思想', unless: ['习近平法治思想概论'] }]);
    assert.deepEqual(m.find('习近平法治思想概论'), []);
  });

  it('maxEdits caps the edits', () => {
    const m = compileNearMisses([{ phrase: '习近平新时代中国特色社会主义思想' }], { maxEdits: 1 });
    assert.deepEqual(m.find('习近平新时代中国特色社会思想'), []);
    assert.equal(m.find('习近平新时代中国特色社会主思想').length, 1);
  });

  it('bounded distance: restricted Damerau–Levenshtein', () => {
    assert.equal(boundedDistance('法治思想', '治法思想', 2), 1);
    assert.equal(boundedDistance('abc', 'abc', 1), 0);
    assert.equal(boundedDistance('abcdef', 'ab', 2), 3, 'stops at limit + 1');
  });

  it('a long text with the whole built-in list: the planted near misses are found, nothing else', () => {
    const check = loadBuiltinPack().data.checks.find((c) => c.kind === 'formulation')!;
    const all = compileNearMisses((check.phrases ?? []).map((p) => (typeof p === 'string' ? { phrase: p } : p)));
    const filler = '各地区各部门认真贯彻落实党中央决策部署，推进依法行政，建设法治政府。';
    const parts: string[] = [];
    for (let i = 0; i < 5000; i++) parts.push(i % 1000 === 0 ? '坚持以习近平治法思想为指导。' : filler);
    const text = parts.join('\n');
    assert.ok(text.length > 150_000);
    const misses = all.find(text);
    assert.equal(misses.length, 5);
    assert.ok(misses.every((m) => text.slice(m.start, m.end) === '习近平治法思想' && m.phrase === '习近平法治思想'));
  });
});
