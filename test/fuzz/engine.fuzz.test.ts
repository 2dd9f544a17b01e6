/**
 * Property-based fuzzing of the engine (parser, every built-in rule, fix-all) and the CLI's
 * machine-readable formatters, on generated report-like text and random edits of the reference
 * report. Runs FZLINT_FUZZ_RUNS cases per property (2,000 in the test suite; `npm run fuzz -- --runs N`
 * for long runs). See docs/design.md § Fuzzing.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { formatters } from '../../server/src/cli/formatters';
import type { FileResult } from '../../server/src/cli/result';
import type { Finding } from '../../server/src/engine/finding';
import { applyEdits, fixAll, selectFixes } from '../../server/src/engine/fix';
import { lintText, type LintResult } from '../../server/src/engine/lint';
import type { TextEdit } from '../../server/src/engine/rule';
import { filePath, lintInput, type LintInput } from './generators';
import { checkProperty, FUZZ_RUNS, propertyTimeout } from './harness';

function lint(input: LintInput, text = input.text): LintResult {
  return lintText(text, { language: input.language, config: { source: input.source, locale: input.locale } });
}

function show(text: string): string {
  return JSON.stringify(text.length > 200 ? `${text.slice(0, 200)}…(${text.length} chars)` : text);
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** The offset lies inside the text and not between the two halves of a surrogate pair. */
function assertOffset(text: string, offset: number, what: string): void {
  assert.ok(Number.isInteger(offset) && offset >= 0 && offset <= text.length, `${what}: offset ${offset} outside 0..${text.length}`);
  if (offset > 0 && offset < text.length) {
    assert.ok(!(isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset))), `${what}: offset ${offset} splits a surrogate pair`);
  }
}

function assertRange(text: string, r: { start: number; end: number }, what: string): void {
  assertOffset(text, r.start, `${what} start`);
  assertOffset(text, r.end, `${what} end`);
  assert.ok(r.start <= r.end, `${what}: start ${r.start} > end ${r.end}`);
}

/** 1-based line and UTF-16 column of an offset, line ends \r\n, \n and \r (as the engine splits lines). */
function pointOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}

function certainFixes(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.fix && !f.fixExcludedFromFixAll && f.fix.edits.length > 0);
}

describe('fuzz: engine and formatters (property-based)', function () {
  this.timeout(propertyTimeout(FUZZ_RUNS));

  it('1. no exception escapes lint and no rule fails (no internal-error finding)', () => {
    checkProperty(
      '1. no exception, no internal-error',
      fc.property(lintInput, (input) => {
        const { findings } = lint(input);
        const failed = findings.filter((f) => f.ruleId === 'internal-error');
        assert.deepEqual(
          failed.map((f) => f.messages.en),
          [],
          `rule failed on ${show(input.text)}`,
        );
      }),
      FUZZ_RUNS,
    );
  });

  it('2. every finding, fix, suggestion and related range lies inside the document and splits no surrogate pair', () => {
    checkProperty(
      '2. ranges inside the document',
      fc.property(lintInput, (input) => {
        const { doc, findings } = lint(input);
        const text = doc.text;
        assert.equal(text, input.text.charCodeAt(0) === 0xfeff ? input.text.slice(1) : input.text);
        for (const f of findings) {
          const id = `${f.ruleId}/${f.messageId}`;
          assertRange(text, f.span, `${id} span`);
          const start = pointOf(text, f.span.start);
          const end = pointOf(text, f.span.end);
          assert.deepEqual(
            { line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn },
            { line: start.line, column: start.column, endLine: end.line, endColumn: end.column },
            `${id}: line/column do not match span ${f.span.start}-${f.span.end}`,
          );
          for (const e of f.fix?.edits ?? []) assertRange(text, e, `${id} fix edit`);
          for (const s of f.suggestions ?? []) for (const e of s.edits) assertRange(text, e, `${id} suggestion edit`);
          for (const r of f.related ?? []) assertRange(text, r.span, `${id} related`);
        }
      }),
      FUZZ_RUNS,
    );
  });

  it('3. the certain fixes of one lint never overlap, and each changes the text', () => {
    checkProperty(
      '3. certain fixes do not overlap',
      fc.property(lintInput, (input) => {
        const { doc, findings } = lint(input);
        const fixes = certainFixes(findings);
        const all = fixes.flatMap((f) => f.fix!.edits.map((e) => ({ e, f })));
        for (let i = 0; i < all.length; i++) {
          for (let j = i + 1; j < all.length; j++) {
            const a = all[i];
            const b = all[j];
            assert.ok(
              !overlaps(a.e, b.e),
              `fix edits overlap: ${a.f.ruleId} ${a.e.start}-${a.e.end}→${JSON.stringify(a.e.text)} and ${b.f.ruleId} ${b.e.start}-${b.e.end}→${JSON.stringify(b.e.text)} in ${show(doc.text)}`,
            );
          }
        }
        for (const f of fixes) {
          assert.notEqual(applyEdits(doc.text, f.fix!.edits), doc.text, `${f.ruleId}: certain fix changes nothing at ${f.span.start}`);
        }
      }),
      FUZZ_RUNS,
    );
  });

  it('4. fix-all is idempotent and leaves text outside the first pass edits identical', () => {
    checkProperty(
      '4. fix-all idempotent',
      fc.property(lintInput, (input) => {
        // fixAll lints the text it starts from again: remember the last few results.
        const memo = new Map<string, Finding[]>();
        const lintFn = (t: string) => {
          let findings = memo.get(t);
          if (!findings) {
            findings = lint(input, t).findings;
            memo.set(t, findings);
          }
          return findings;
        };
        // The first pass, as fixAll does it: offsets are into the text without its BOM.
        const bom = input.text.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
        const body = input.text.slice(bom.length);
        const { edits } = selectFixes(lintFn(body));
        const once = applyEdits(body, edits);
        const sorted = [...edits].sort((a, b) => a.start - b.start);
        let inPos = 0;
        let outPos = 0;
        for (const e of sorted) {
          const keep = body.slice(inPos, e.start);
          assert.equal(once.slice(outPos, outPos + keep.length), keep, `text before edit ${e.start}-${e.end} changed`);
          outPos += keep.length + e.text.length;
          inPos = e.end;
        }
        assert.equal(once.slice(outPos), body.slice(inPos), 'text after the last edit changed');

        const first = fixAll(input.text, lintFn);
        assert.ok(first.output.startsWith(bom), 'BOM lost');
        if (edits.length > 0) assert.ok(first.passes >= 1);
        else assert.equal(first.output, input.text, 'fix-all changed a text without certain fixes');
        const second = fixAll(first.output, lintFn);
        assert.equal(second.output, first.output, `fix-all is not idempotent (${first.passes} passes) on ${show(input.text)}`);
      }),
      FUZZ_RUNS,
    );
  });

  it('5. the json and sarif formatters always give JSON that parses; the other formatters never throw', () => {
    checkProperty(
      '5. json and sarif parse',
      fc.property(
        fc.array(fc.tuple(lintInput, filePath, fc.boolean()), { minLength: 1, maxLength: 2 }),
        fc.constantFrom('zh-CN' as const, 'en' as const),
        (files, locale) => {
          const results: FileResult[] = files.map(([input, file, withOutput]) => {
            const { doc, findings } = lint(input);
            return { filePath: file, findings, source: doc.text, ...(withOutput ? { output: input.text } : {}), encoding: withOutput ? 'gb18030' : 'utf-8' };
          });
          const context = { locale, color: false, cwd: '/tmp' };
          const json = JSON.parse(formatters.json(results, context)) as { messages: unknown[] }[];
          assert.equal(json.length, results.length);
          json.forEach((r, i) => assert.equal(r.messages.length, results[i].findings.length));
          const sarif = JSON.parse(formatters.sarif(results, context)) as {
            version: string;
            runs: { results: { locations: { physicalLocation: { region: Record<string, number> } }[] }[] }[];
          };
          assert.equal(sarif.version, '2.1.0');
          const sarifResults = sarif.runs[0].results;
          assert.equal(
            sarifResults.length,
            results.reduce((n, r) => n + r.findings.length, 0),
          );
          for (const r of sarifResults) {
            const region = r.locations[0].physicalLocation.region;
            assert.ok(region.startLine >= 1 && region.startColumn >= 1 && region.endLine >= region.startLine && region.charLength >= 0, JSON.stringify(region));
          }
          for (const name of ['stylish', 'github', 'junit', 'html']) assert.equal(typeof formatters[name](results, context), 'string');
        },
      ),
      FUZZ_RUNS,
    );
  });
});
