/**
 * Issue "across documents", what must hold: the reference report (2020) as last year's report of a
 * generated 2021 report that leaves two of its 2021 plan items unreported, copies its 不足 paragraph
 * verbatim, and states one year-on-year figure wrongly and one rightly. Linking last year's report
 * adds exactly those three findings (the promise finding listing the two items) and nothing else.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { PreviousLink } from '../../server/src/engine/across-years/previous-report';
import { parseReport } from '../../server/src/engine/document/report-document';
import type { Finding } from '../../server/src/engine/finding';
import { lintText } from '../../server/src/engine/lint';
import { nextYearReport } from '../helpers/next-year-report';
import { fullwidthReport, webCopyReport } from '../helpers/paths';

const CROSS_YEAR = ['copied-from-last-year', 'year-on-year-figures', 'promise-follow-through', 'previous-report'];
const key = (f: Finding) => `${f.ruleId} ${f.line}:${f.column} ${f.message}`;

// Hand-checked in the reference: its part 四 (2021年度…主要思路和打算) has six numbered items; (四) is
// the major-decision procedure and (六) the government services reform — lines 49 and 53 of the
// full-width copy, 58 and 62 of the web copy (page furniture above the title).
for (const [file, unreportedLines] of [
  [fullwidthReport, [49, 53]],
  [webCopyReport, [58, 62]],
] as const)
  describe(`across years: the reference report (${path.basename(file)}) as last year’s report of a generated 2021 report`, () => {
    const lastYearText = fs.readFileSync(file, 'utf8');
    const lastYear = parseReport(lastYearText);
    const link: PreviousLink = { status: 'found', report: { filePath: path.basename(file), doc: lastYear } };
    const figures = { rightNoun: '群众来电', wrongNoun: '矛盾纠纷案件', unit: '件' };
    // The generated report gives no account of the plan items (四) and (六).
    const next = nextYearReport(lastYearText, { unreported: ['decisions', 'services'], ...figures });

    it('adds exactly the copied shortcoming, the wrong change and the two unreported plan items', () => {
      const without = lintText(next.text).findings;
      const withPrevious = lintText(next.text, { previous: link }).findings;
      assert.deepEqual(
        without.filter((f) => CROSS_YEAR.includes(f.ruleId)),
        [],
      );
      const before = new Set(without.map(key));
      const added = withPrevious.filter((f) => !before.has(key(f)));
      assert.deepEqual(
        added.map((f) => [f.ruleId, f.line]).sort(),
        [
          ['copied-from-last-year', next.lines.copiedShortcoming],
          ['promise-follow-through', next.lines.title],
          ['year-on-year-figures', next.lines.wrongChange],
        ].sort(),
      );
      assert.equal(withPrevious.length, without.length + 3, 'nothing else changes');

      const copied = added.find((f) => f.ruleId === 'copied-from-last-year')!;
      assert.equal(copied.messageId, 'verbatim');
      assert.ok(copied.message.includes(`${path.basename(file)}第`), copied.message);

      const change = added.find((f) => f.ruleId === 'year-on-year-figures')!;
      const { last, now } = next.figures.wrong;
      assert.ok(change.message.includes(`（${now}−${last}）÷${last}≈${(((now - last) / last) * 100).toFixed(1)}%`), change.message);

      const promises = added.find((f) => f.ruleId === 'promise-follow-through')!;
      assert.match(promises.message, /有2项/);
      assert.deepEqual(
        [...promises.message.matchAll(/（\d）去年第(\d+)行/g)].map((m) => Number(m[1])),
        [...unreportedLines],
      );
    });

    it('the right change and the followed-up plans give nothing: with every plan reported, only the copy and the wrong change', () => {
      const all = nextYearReport(lastYearText, { unreported: [], ...figures });
      const findings = lintText(all.text, { previous: link }).findings.filter((f) => CROSS_YEAR.includes(f.ruleId));
      assert.deepEqual(findings.map((f) => [f.ruleId, f.line]).sort(), [
        ['copied-from-last-year', all.lines.copiedShortcoming],
        ['year-on-year-figures', all.lines.wrongChange],
      ]);
      assert.ok(!findings.some((f) => f.line === all.lines.rightChange));
    });

    it('no previous report found: the one info that says so; the rule off by config: none', () => {
      const missing: PreviousLink = { status: 'missing', year: 2020 };
      const said = lintText(next.text, { previous: missing }).findings.filter((f) => CROSS_YEAR.includes(f.ruleId));
      assert.deepEqual(
        said.map((f) => [f.ruleId, f.line, f.severity]),
        [['previous-report', 1, 'info']],
      );
      const off = lintText(next.text, { previous: missing, config: { rules: { 'previous-report': 'off' } } }).findings;
      assert.deepEqual(
        off.filter((f) => CROSS_YEAR.includes(f.ruleId)),
        [],
      );
    });
  });
