import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Finding } from '../../../server/src/engine/finding';
import { applyEdits, fixAll, selectFixes } from '../../../server/src/engine/fix';
import { lintText } from '../../../server/src/engine/lint';
import type { Rule, TextEdit } from '../../../server/src/engine/rule';
import { fullwidthPunctuation } from '../../../server/src/engine/rules/fullwidth-punctuation';

const REFERENCE = path.resolve(__dirname, '../../../../shared/fixtures/reference');

const TITLE = { 'zh-CN': '修复', en: 'Fix' };

/** A finding at `start` with a certain fix made of `edits`. */
function finding(start: number, edits: TextEdit[], extra: Partial<Finding> = {}): Finding {
  const messages = { 'zh-CN': '消息', en: 'message' };
  return {
    ruleId: 'test',
    messageId: 'm',
    severity: 'error',
    message: messages['zh-CN'],
    messages,
    span: { start, end: start + 1 },
    line: 1,
    column: start + 1,
    endLine: 1,
    endColumn: start + 2,
    url: '',
    fix: { title: TITLE, edits },
    ...extra,
  };
}

const HALFWIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };

function lintDraft(text: string): Finding[] {
  return lintText(text, { rules: [fullwidthPunctuation], config: { source: 'draft' } }).findings;
}

/** Every character is unchanged, or an ASCII mark replaced by its full-width form (same length). */
function assertOnlyMarksChanged(before: string, after: string): number {
  assert.equal(after.length, before.length, 'one-for-one replacements keep the length');
  let changed = 0;
  for (let i = 0; i < before.length; i++) {
    if (after[i] === before[i]) continue;
    assert.equal(after[i], HALFWIDTH[before[i]], `offset ${i}: only ASCII marks change (${before[i]} → ${after[i]})`);
    changed++;
  }
  return changed;
}

describe('engine/fix', () => {
  describe('applyEdits', () => {
    it('applies edits given in any order', () => {
      assert.equal(
        applyEdits('甲,乙;丙', [
          { start: 3, end: 4, text: '；' },
          { start: 1, end: 2, text: '，' },
        ]),
        '甲，乙；丙',
      );
    });

    it('applies insertions, deletions and adjacent edits', () => {
      assert.equal(
        applyEdits('78 件和2件', [
          { start: 2, end: 3, text: '' },
          { start: 3, end: 4, text: '份' },
          { start: 0, end: 0, text: '共' },
        ]),
        '共78份和2件',
      );
    });

    it('rejects overlapping edits', () => {
      assert.throws(
        () =>
          applyEdits('abcdef', [
            { start: 0, end: 3, text: 'x' },
            { start: 2, end: 4, text: 'y' },
          ]),
        RangeError,
      );
      assert.throws(
        () =>
          applyEdits('abcdef', [
            { start: 1, end: 5, text: 'x' },
            { start: 2, end: 3, text: 'y' },
          ]),
        RangeError,
        'an edit inside another',
      );
    });

    it('rejects edits outside the text or with start after end', () => {
      assert.throws(() => applyEdits('abc', [{ start: 2, end: 4, text: 'x' }]), RangeError);
      assert.throws(() => applyEdits('abc', [{ start: 2, end: 1, text: 'x' }]), RangeError);
    });

    it('leaves the text alone for no edits', () => {
      assert.equal(applyEdits('𠮷野家', []), '𠮷野家');
    });
  });

  describe('selectFixes', () => {
    it('takes fixes in document order and skips one that overlaps a fix already taken', () => {
      const a = finding(5, [{ start: 5, end: 8, text: 'A' }]);
      const b = finding(6, [{ start: 7, end: 9, text: 'B' }]);
      const c = finding(9, [{ start: 9, end: 10, text: 'C' }]);
      const { edits, applied } = selectFixes([c, b, a]);
      assert.deepEqual(applied, [a, c]);
      assert.deepEqual(
        edits.map((e) => e.text),
        ['A', 'C'],
      );
    });

    it('takes a multi-edit fix whole or not at all', () => {
      const pair = finding(0, [
        { start: 0, end: 1, text: '（' },
        { start: 10, end: 11, text: '）' },
      ]);
      const inner = finding(5, [{ start: 10, end: 11, text: ']' }]);
      const { edits, applied } = selectFixes([pair, inner]);
      assert.deepEqual(applied, [pair]);
      assert.equal(edits.length, 2);
    });

    it('treats two insertions at the same point as a conflict', () => {
      const a = finding(3, [{ start: 3, end: 3, text: 'a' }]);
      const b = finding(3, [{ start: 3, end: 3, text: 'b' }]);
      assert.deepEqual(selectFixes([a, b]).applied, [a]);
    });

    it('skips a fix whose own edits overlap', () => {
      const bad = finding(0, [
        { start: 0, end: 2, text: 'x' },
        { start: 1, end: 3, text: 'y' },
      ]);
      assert.deepEqual(selectFixes([bad]).applied, []);
    });

    it('skips fixes excluded from fix-all, suggestions and empty fixes', () => {
      const excluded = finding(0, [{ start: 0, end: 1, text: 'x' }], { fixExcludedFromFixAll: true });
      const suggestionOnly = finding(2, [], { fix: undefined, suggestions: [{ title: TITLE, edits: [{ start: 2, end: 3, text: 's' }] }] });
      const empty = finding(4, []);
      const ok = finding(6, [{ start: 6, end: 7, text: 'y' }]);
      const { edits, applied } = selectFixes([excluded, suggestionOnly, empty, ok]);
      assert.deepEqual(applied, [ok]);
      assert.deepEqual(edits, [{ start: 6, end: 7, text: 'y' }]);
    });
  });

  describe('fixAll', () => {
    const tricky = [
      '  2020年,我市深入推进依法行政;成效明显:共接群众来电1,109件,时间为15:16。',
      '\u00a0\u00a0落实决策责任,\u00a0𠮷野家调研(见附件)!详见 https://www.gov.cn/a,b;c 网站。',
      '  The GDP grew (see table 1), fast.',
      '',
    ].join('\r\n');

    it('fixes every certain finding and leaves text outside the edits byte-identical', () => {
      const result = fixAll(tricky, lintDraft);
      const changed = assertOnlyMarksChanged(tricky, result.output);
      assert.equal(changed, 8);
      assert.equal(result.fixed, 8);
      assert.deepEqual(result.remaining, []);
      assert.ok(result.output.includes('1,109件，时间为15:16。'), 'numbers and times untouched');
      assert.ok(result.output.includes('https://www.gov.cn/a,b;c'), 'URL untouched');
      assert.ok(result.output.includes('(see table 1), fast.'), 'Latin text untouched');
      assert.ok(result.output.includes('责任，\u00a0𠮷野家调研（见附件）！'), 'NBSP and astral characters kept');
    });

    it('is idempotent', () => {
      const once = fixAll(tricky, lintDraft).output;
      const twice = fixAll(once, lintDraft);
      assert.equal(twice.output, once);
      assert.equal(twice.fixed, 0);
      assert.equal(twice.passes, 0);
    });

    it('keeps a leading BOM and fixes the right characters after it', () => {
      const result = fixAll('\ufeff我市推进工作,成效明显;好。', lintDraft);
      assert.equal(result.output, '\ufeff我市推进工作，成效明显；好。');
    });

    it('changes only ASCII marks in the web copy shanwei-2020.txt when fixed as a draft', () => {
      const web = fs.readFileSync(path.join(REFERENCE, 'shanwei-2020.txt'), 'utf8');
      const result = fixAll(web, lintDraft);
      const changed = assertOnlyMarksChanged(web, result.output);
      assert.ok(changed >= 178, `${changed} marks fixed`);
      assert.equal(fixAll(result.output, lintDraft).output, result.output, 'idempotent');
    });

    it('applies no demoted fix of a published copy (left out of fix-all)', () => {
      const web = fs.readFileSync(path.join(REFERENCE, 'shanwei-2020.txt'), 'utf8');
      const lintAuto = (t: string) => lintText(t, { rules: [fullwidthPunctuation] }).findings;
      const findings = lintAuto(web);
      assert.ok(findings.length > 0 && findings.every((f) => f.severity === 'info' && f.fixExcludedFromFixAll));
      const result = fixAll(web, lintAuto);
      assert.equal(result.output, web);
      assert.equal(result.fixed, 0);
    });

    it('re-lints between passes to apply fixes that overlapped in the first pass', () => {
      // Two rules whose fixes overlap: the second is retried on the re-linted text.
      const upper: Rule = {
        meta: {
          id: 'test-fix-quote',
          catalogue: [],
          category: 'punctuation',
          severity: 'error',
          fixable: 'certain',
          description: TITLE,
          messages: { m: TITLE },
        },
        check(doc, ctx) {
          const i = doc.prose.indexOf('"甲"');
          if (i >= 0) ctx.report({ span: { start: i, end: i + 3 }, messageId: 'm', fix: { title: TITLE, edits: [{ start: i, end: i + 3, text: '“甲”' }] } });
        },
      };
      const inner: Rule = {
        meta: { ...upper.meta, id: 'test-fix-inner' },
        check(doc, ctx) {
          const i = doc.prose.indexOf('甲');
          if (i >= 0) ctx.report({ span: { start: i, end: i + 1 }, messageId: 'm', fix: { title: TITLE, edits: [{ start: i, end: i + 1, text: '乙' }] } });
        },
      };
      const lint = (t: string) => lintText(t, { rules: [upper, inner], config: { source: 'draft' } }).findings;
      const result = fixAll('见"甲"。', lint);
      assert.equal(result.output, '见“乙”。');
      assert.equal(result.passes, 2);
      assert.equal(result.fixed, 2);
    });

    it('stops after ten passes when a fix never settles', () => {
      let calls = 0;
      const grow = (): Finding[] => {
        calls++;
        return [finding(0, [{ start: 0, end: 0, text: '甲' }])];
      };
      const result = fixAll('乙', grow);
      assert.equal(result.passes, 10);
      assert.equal(result.output, '甲'.repeat(10) + '乙');
      assert.equal(calls, 11);
    });
  });
});
