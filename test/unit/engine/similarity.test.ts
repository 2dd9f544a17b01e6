import { strict as assert } from 'node:assert';
import { findCopying, findSimilarParagraphs, normalizeParagraph, type SimilarityDocument } from '../../../server/src/engine/similarity';

// Texts built here: a pseudo-random Han paragraph per seed, so that different seeds share nothing.
function hanParagraph(seed: number, length = 80): string {
  let s = seed * 7919 + 17;
  let out = '';
  for (let i = 0; i < length; i++) {
    s = (s * 1103515245 + 12345) % 2147483648;
    out += String.fromCharCode(0x4e00 + (s % 2000));
    if (i % 20 === 19) out += '，';
  }
  return `${out}。`;
}

/** A document with the given paragraphs, then four of its own (so one shared paragraph is not the whole text). */
function doc(id: string, issuer: string | undefined, paragraphs: string[], year = 2020): SimilarityDocument {
  const seed = 10000 + ([...`${id}${year}`].reduce((h, c) => h * 31 + c.charCodeAt(0), 7) % 100000);
  const own = [0, 1, 2, 3].map((k) => hanParagraph(seed + k));
  return { id, issuer, year, paragraphs: [...paragraphs, ...own].map((text, i) => ({ text, line: 2 * i + 1 })) };
}

/** Change `n` characters spread over the text (a near copy). */
function edit(text: string, n: number): string {
  const chars = Array.from(text);
  for (let k = 1; k <= n; k++) chars[Math.floor((k * chars.length) / (n + 1))] = '改';
  return chars.join('');
}

describe('engine/similarity', () => {
  it('normalises punctuation, whitespace and full-width forms away', () => {
    assert.equal(normalizeParagraph('全市 共计７６１９个，ＡＢＣ（试点）。'), normalizeParagraph('全市共计7619个abc试点'));
  });

  it('finds a paragraph shared verbatim (up to punctuation and width) and names both places', () => {
    const shared = hanParagraph(1);
    const docs = [
      doc('a.txt', '甲市', [hanParagraph(2), shared]),
      doc('b.txt', '乙市', [shared.replace(/，/g, ',').replace('。', '.'), hanParagraph(3), hanParagraph(4)]),
    ];
    const { copies } = findCopying(docs);
    assert.equal(copies.length, 1);
    const [c] = copies;
    assert.deepEqual([c.a.document, c.a.line, c.b.document, c.b.line], ['a.txt', 3, 'b.txt', 1]);
    assert.equal(c.verbatim, true);
    assert.equal(c.similarity, 1);
    assert.equal(c.relation, 'other-issuer');
  });

  it('finds a near copy (a few characters changed) and not a different paragraph', () => {
    const base = hanParagraph(5, 200);
    const docs = [doc('a.txt', '甲市', [base]), doc('b.txt', '乙市', [edit(base, 3)]), doc('c.txt', '丙市', [hanParagraph(6, 200)])];
    const { copies } = findCopying(docs);
    assert.equal(copies.length, 1);
    assert.deepEqual([copies[0].a.document, copies[0].b.document], ['a.txt', 'b.txt']);
    assert.equal(copies[0].verbatim, false);
    assert.ok(copies[0].similarity >= 0.8 && copies[0].similarity < 1, String(copies[0].similarity));
    // Many characters changed: below the threshold.
    assert.equal(findCopying([doc('a.txt', '甲市', [base]), doc('b.txt', '乙市', [edit(base, 40)])]).copies.length, 0);
  });

  it('compares only paragraphs of the minimum length', () => {
    const short = '按照市委市政府的统一部署扎实推进各项工作';
    assert.equal(findCopying([doc('a.txt', '甲市', [short]), doc('b.txt', '乙市', [short])]).copies.length, 0);
    assert.equal(findCopying([doc('a.txt', '甲市', [short]), doc('b.txt', '乙市', [short])], { minLength: 10 }).copies.length, 1);
  });

  it('is deterministic', () => {
    const docs = Array.from({ length: 6 }, (_, i) => doc(`${i}.txt`, `市${i}`, [hanParagraph(10 + i), edit(hanParagraph(99, 120), i), hanParagraph(20 + i)]));
    const one = JSON.stringify(findSimilarParagraphs(docs));
    assert.equal(JSON.stringify(findSimilarParagraphs(docs)), one);
    assert.ok(findSimilarParagraphs(docs).pairs.length > 0);
  });

  it('leaves out boilerplate shared by at least half of the issuers, and keeps a copy between two', () => {
    const opening = hanParagraph(50);
    const copied = hanParagraph(51);
    const docs = ['甲', '乙', '丙', '丁', '戊'].map((name, i) =>
      doc(`${i}.txt`, `${name}市`, [opening, hanParagraph(60 + i), i === 4 ? copied : hanParagraph(70 + i)]),
    );
    docs[1] = doc('1.txt', '乙市', [opening, copied, hanParagraph(80)]);
    const { copies, boilerplate } = findCopying(docs);
    assert.equal(boilerplate.length, 1);
    assert.equal(boilerplate[0].issuers, 5);
    assert.equal(copies.length, 1);
    assert.deepEqual([copies[0].a.document, copies[0].a.line, copies[0].b.document, copies[0].b.line], ['1.txt', 3, '4.txt', 5]);
  });

  it('gives two documents that are largely the same text one entry, not a copy per paragraph', () => {
    const body = [1, 2, 3, 4, 5, 6].map((k) => hanParagraph(200 + k));
    const same = { id: 'same.docx', issuer: undefined, year: 2020, paragraphs: body.map((text, i) => ({ text, line: i + 1 })) };
    const txt = { id: 'same.txt', issuer: undefined, year: 2020, paragraphs: body.map((text, i) => ({ text: text.replace(/，/g, ','), line: i + 1 })) };
    const { copies, sameText } = findCopying([same, txt, doc('other.txt', '甲市', [hanParagraph(300)])]);
    assert.deepEqual(copies, []);
    assert.deepEqual(sameText, [{ a: 'same.docx', b: 'same.txt', relation: 'other-issuer', shared: 6, of: 6 }]);
    // Turned off: a copy per paragraph.
    assert.equal(findCopying([same, txt], { sameTextShare: 2 }).copies.length, 6);
  });

  it('names a text repeated many times in two documents once, not once per pair of repetitions', () => {
    const line = hanParagraph(400);
    const many = (id: string, issuer: string) => ({
      id,
      issuer,
      year: 2020,
      paragraphs: Array.from({ length: 2000 }, (_, i) => ({ text: `${i}${line}`, line: i + 1 })),
    });
    const { copies } = findCopying([many('a.txt', '甲市'), many('b.txt', '乙市')], { sameTextShare: 2 });
    assert.equal(copies.length, 1);
    assert.deepEqual([copies[0].a.line, copies[0].b.line], [1, 1]);
  });

  it('copying is between different issuers, or with the same issuer’s report of the year before', () => {
    const p = hanParagraph(90);
    // Same issuer, same year (a resubmission): not copying.
    assert.equal(findCopying([doc('a.txt', '甲市', [p]), doc('b.txt', '甲市', [p])]).copies.length, 0);
    // Same issuer, last year's report: copying, last year's place first.
    const { copies } = findCopying([doc('2021.txt', '甲市', [p], 2021), doc('2020.txt', '甲市', [p], 2020)]);
    assert.equal(copies.length, 1);
    assert.equal(copies[0].relation, 'last-year');
    assert.equal(copies[0].a.document, '2020.txt');
    // Two years apart: not compared.
    assert.equal(findCopying([doc('2022.txt', '甲市', [p], 2022), doc('2020.txt', '甲市', [p], 2020)]).copies.length, 0);
  });
});
