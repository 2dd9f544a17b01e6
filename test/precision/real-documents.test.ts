/**
 * Precision on real official texts nobody on this team wrote (../shared/fixtures/real, README there):
 * no error-level finding except the real defects the README lists, which must still be found at
 * their lines; no count-vs-list warning at all; each .docx gives the findings of its .txt copy.
 * The reference report keeps its results too (its own tests say which: test/cli/reference-report).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readInput } from '../../server/src/cli/read-input';
import type { Finding } from '../../server/src/engine/finding';
import { parseReport } from '../../server/src/engine/document/report-document';
import { lintText } from '../../server/src/engine/lint';
import { fullwidthReport, repoRoot, webCopyReport } from '../helpers/paths';

const REAL = path.resolve(repoRoot, '../shared/fixtures/real');

/** The real defects of each text as its README gives them: rule → the lines where it must report. */
interface Expected {
  /** Every error must come from one of these rules. */
  rules: Record<string, { lines?: number[]; count?: number; atLeast?: number }>;
}

const REAL_DEFECTS: Record<string, Expected> = {
  // Half-width ，：；！（） in Chinese text throughout (about 54 places, e.g. line 8); half-width
  // heading brackets (一) in 23 headings; 《法治政府建设实施纲要(2021—2025年)》 on line 68.
  'gwr2025-xinjiang.txt': {
    rules: {
      'fullwidth-punctuation': { lines: [8], atLeast: 45 },
      'heading-marker-form': { count: 23 },
      'canonical-titles': { lines: [68], count: 1 },
    },
  },
  // One half-width punctuation mark on line 14.
  'gwr2025-beijing.txt': { rules: { 'fullwidth-punctuation': { lines: [14], count: 1 } } },
  // The copy broke a paired mark across lines 250 and 252.
  'gwr-guowuyuan-2018.txt': { rules: { 'balanced-pairs': { lines: [250, 252], count: 2 } } },
};

function lintFile(file: string, text: string): Finding[] {
  return lintText(text, { filePath: file }).findings;
}

const texts = fs.existsSync(REAL)
  ? fs
      .readdirSync(REAL)
      .filter((f) => f.endsWith('.txt'))
      .sort()
  : [];

describe('precision on real official texts (../shared/fixtures/real)', function () {
  this.timeout(60000);

  it('has the real texts to measure', () => {
    assert.ok(texts.length >= 9, `found ${texts.length} texts in ${REAL}`);
  });

  for (const name of texts) {
    describe(name, () => {
      let findings: Finding[] = [];
      before(() => {
        findings = lintFile(path.join(REAL, name), fs.readFileSync(path.join(REAL, name), 'utf8'));
      });

      it('no error-level finding except its real defects, which are all found at their lines', () => {
        const expected = REAL_DEFECTS[name]?.rules ?? {};
        const errors = findings.filter((f) => f.severity === 'error');
        const unexpected = errors.filter((f) => !(f.ruleId in expected));
        assert.deepEqual(
          unexpected.map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.message}`),
          [],
          'false errors',
        );
        for (const [rule, want] of Object.entries(expected)) {
          const got = errors.filter((f) => f.ruleId === rule);
          for (const line of want.lines ?? [])
            assert.ok(
              got.some((f) => f.line === line),
              `${rule} on line ${line}`,
            );
          if (want.count !== undefined) assert.equal(got.length, want.count, `${rule}: ${got.map((f) => f.line).join(', ')}`);
          if (want.atLeast !== undefined) assert.ok(got.length >= want.atLeast, `${rule}: ${got.length} findings, at least ${want.atLeast}`);
        }
      });

      it('no count-vs-list warning (every one on these texts would be false)', () => {
        assert.deepEqual(
          findings.filter((f) => f.ruleId === 'count-vs-list').map((f) => `${f.line}:${f.column} ${f.message}`),
          [],
        );
      });

      it('read as a web copy, no sentence of its text is taken for page chrome', () => {
        const doc = parseReport(fs.readFileSync(path.join(REAL, name), 'utf8'), { source: 'published-copy' });
        const closing = doc.meta.date ? doc.index.toPoint(doc.meta.date.span.start).line - 1 : Infinity;
        const blanked = [...doc.furniture].filter((i) => i > (doc.meta.title ? doc.index.toPoint(doc.meta.title.span.end).line - 1 : -1) && i < closing);
        const sentences = blanked.filter((i) => /[。；！？]/.test(doc.lines[i].text) && doc.lines[i].text.length > 20);
        assert.deepEqual(
          sentences.map((i) => `${i + 1}: ${doc.lines[i].text.slice(0, 30)}`),
          [],
        );
      });

      const docx = path.join(REAL, name.replace(/\.txt$/, '.docx'));
      if (fs.existsSync(docx)) {
        it(`its .docx copy gives the same findings`, async () => {
          const input = await readInput(docx, 'zh-CN');
          const fromDocx = lintFile(docx, input.text);
          const key = (f: Finding) => `${f.line}:${f.column} ${f.ruleId} ${f.severity} ${f.message}`;
          assert.deepEqual(fromDocx.map(key), findings.map(key));
        });
      }
    });
  }

  it('the reference report (draft) has its one real error only: the missing 一是 on line 51', () => {
    const errors = lintFile(fullwidthReport, fs.readFileSync(fullwidthReport, 'utf8')).filter((f) => f.severity === 'error');
    assert.deepEqual(
      errors.map((f) => `${f.line} ${f.ruleId}`),
      ['51 enumeration-sequence'],
    );
  });

  it('the reference web copy: the same one error (line 60), no flood', () => {
    const findings = lintFile(webCopyReport, fs.readFileSync(webCopyReport, 'utf8'));
    assert.deepEqual(
      findings.filter((f) => f.severity === 'error').map((f) => `${f.line} ${f.ruleId}`),
      ['60 enumeration-sequence'],
    );
    assert.ok(findings.filter((f) => f.severity === 'warning').length <= 5, 'a few warnings, not a flood');
  });
});
