import * as assert from 'node:assert/strict';
import { checkRuleOptions } from '../../server/src/engine/config/rule-options';
import type { SourceMode } from '../../server/src/engine/document/types';
import { fixAll } from '../../server/src/engine/fix';
import type { Finding } from '../../server/src/engine/finding';
import { lintText } from '../../server/src/engine/lint';
import type { PreviousLink } from '../../server/src/engine/across-years/previous-report';
import { applyEdits } from '../../server/src/engine/fix';
import { loadBuiltinPack } from '../../server/src/engine/pack/builtin-pack';
import { mergePackData } from '../../server/src/engine/pack/merge';
import type { PackData } from '../../server/src/engine/pack/types';
import type { Rule, Severity } from '../../server/src/engine/rule';
import { builtinRules } from '../../server/src/engine/rules';

export interface ValidCase {
  text: string;
  language?: 'plaintext' | 'markdown';
  source?: SourceMode | 'auto';
  /** Why this text must stay clean (shown as the test name). */
  name?: string;
  /**
   * The rule's options, as a config would give them (`rules: { id: [level, options] }`); they must
   * pass the rule's options schema.
   */
  options?: Record<string, unknown>;
  /** Pack data for this case, merged over the built-in pack as an extended pack's `data` would be. */
  data?: Partial<PackData> & { remove?: string[] };
  /** Last year's report (or what looking for it found), for the cross-year rules. */
  previous?: PreviousLink;
}

export interface ExpectedFinding {
  messageId?: string;
  /** 1-based line and UTF-16 column. */
  line?: number;
  column?: number;
  endColumn?: number;
  severity?: Severity;
  /** The exact text the finding covers. */
  covers?: string;
  /** A substring of the zh-CN message. */
  messageIncludes?: string;
}

export interface InvalidCase extends ValidCase {
  findings: ExpectedFinding[];
  /** Text after fix-all with this rule alone; omit when the rule has no certain fix for the case. */
  output?: string;
  /** Text after applying the first suggestion of the first finding. */
  suggestionOutput?: string;
}

function label(c: ValidCase): string {
  return c.name ?? c.text.replace(/\s+/g, ' ').slice(0, 60);
}

/** The pack data of each case with `data` (one object per case: the pipeline is cached by data identity). */
const caseData = new WeakMap<ValidCase, PackData>();

function dataOf(c: ValidCase): PackData | undefined {
  if (!c.data) return undefined;
  let data = caseData.get(c);
  if (!data) {
    data = mergePackData([{ data: loadBuiltinPack().data }, { data: c.data, remove: c.data.remove }]);
    caseData.set(c, data);
  }
  return data;
}

function lintOne(rule: Rule, c: ValidCase, text = c.text): Finding[] {
  return lintText(text, {
    rules: [rule],
    language: c.language ?? 'plaintext',
    config: { source: c.source ?? 'draft', ruleOptions: c.options ? { [rule.meta.id]: c.options } : {}, data: dataOf(c) },
    previous: c.previous,
  }).findings;
}

/** A case's options are ones a config could give: the rule's schema accepts them. */
function assertValidOptions(rule: Rule, c: ValidCase): void {
  if (!c.options) return;
  const errors = checkRuleOptions(rule.meta, c.options);
  assert.deepEqual(
    errors.map((e) => e.en),
    [],
    'the case gives options the rule accepts',
  );
}

/**
 * Run a rule's valid/invalid table, in the style of ESLint's RuleTester: valid texts give no finding
 * from the rule; invalid texts give exactly the expected findings, and fix-all produces `output`.
 */
export function ruleTester(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  assert.ok(builtinRules.includes(rule), `${rule.meta.id} is registered in builtinRules`);
  describe(`rule ${rule.meta.id}`, () => {
    describe('valid', () => {
      for (const c of cases.valid) {
        it(label(c), () => {
          assertValidOptions(rule, c);
          const findings = lintOne(rule, c);
          assert.deepEqual(
            findings.map((f) => `${f.line}:${f.column} ${f.message}`),
            [],
            'expected no finding',
          );
        });
      }
    });
    describe('invalid', () => {
      for (const c of cases.invalid) {
        it(label(c), () => {
          assertValidOptions(rule, c);
          const findings = lintOne(rule, c);
          assert.equal(
            findings.length,
            c.findings.length,
            `expected ${c.findings.length} finding(s), got:\n${findings.map((f) => `${f.line}:${f.column} ${f.message}`).join('\n')}`,
          );
          c.findings.forEach((exp, i) => {
            const f = findings[i];
            if (exp.messageId) assert.equal(f.messageId, exp.messageId, 'messageId');
            if (exp.line !== undefined) assert.equal(f.line, exp.line, 'line');
            if (exp.column !== undefined) assert.equal(f.column, exp.column, 'column');
            if (exp.endColumn !== undefined) assert.equal(f.endColumn, exp.endColumn, 'endColumn');
            if (exp.severity) assert.equal(f.severity, exp.severity, 'severity');
            if (exp.covers !== undefined) {
              const doc = c.text.charCodeAt(0) === 0xfeff ? c.text.slice(1) : c.text;
              assert.equal(doc.slice(f.span.start, f.span.end), exp.covers, 'covered text');
            }
            if (exp.messageIncludes)
              assert.ok(f.messages['zh-CN'].includes(exp.messageIncludes), `message "${f.messages['zh-CN']}" includes "${exp.messageIncludes}"`);
            assert.ok(f.messages.en.length > 0 && !/\{\w+\}/.test(f.messages.en + f.messages['zh-CN']), 'both messages filled');
          });
          const fixed = fixAll(c.text, (t) => lintOne(rule, c, t)).output;
          if (c.output !== undefined) {
            assert.equal(fixed, c.output, 'fix-all output');
            const again = fixAll(fixed, (t) => lintOne(rule, c, t)).output;
            assert.equal(again, fixed, 'fix-all is idempotent');
          } else {
            assert.equal(fixed, c.text, 'no certain fix expected for this case');
          }
          if (c.suggestionOutput !== undefined) {
            const s = findings[0].suggestions?.[0];
            assert.ok(s, 'first finding has a suggestion');
            assert.equal(applyEdits(c.text, s.edits), c.suggestionOutput, 'suggestion output');
          }
        });
      }
    });
  });
}
