import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintText } from '../../../server/src/engine/lint';
import { loadBuiltinPack } from '../../../server/src/engine/pack/builtin-pack';
import { mergePackData } from '../../../server/src/engine/pack/merge';
import { builtinRules } from '../../../server/src/engine/rules';
import { repoRoot } from '../../helpers/paths';
import { readDocsExamples, type DocsExample } from './docs-examples';

/**
 * The examples on the rule pages are tests (convention: docs-examples.ts and docs/README.md). Each
 * example is linted with all built-in rules, as a user would see it, and the findings of the page's
 * rule are compared: a wrong example gets one on each marked line, a right example gets none.
 */
function findingsOf(id: string, ex: DocsExample) {
  return lintText(ex.text, {
    language: ex.language,
    config: {
      ...(ex.source ? { source: ex.source } : {}),
      ...(ex.packData ? { data: mergePackData([{ data: loadBuiltinPack().data }, { data: ex.packData }]) } : {}),
      ruleOptions: { [id]: ex.options },
    },
  }).findings.filter((f) => f.ruleId === id);
}

function show(ex: DocsExample, findings: ReturnType<typeof findingsOf>): string {
  const lines = ex.text.split('\n');
  return findings.map((f) => `  ${f.line}:${f.column} ${f.message}  [${lines[f.line - 1]}]`).join('\n') || '  (none)';
}

describe('docs examples', () => {
  for (const rule of builtinRules) {
    const { id } = rule.meta;
    const page = path.join(repoRoot, 'docs', 'rules', `${id}.md`);
    describe(`docs/rules/${id}.md`, () => {
      const examples = fs.existsSync(page) ? readDocsExamples(fs.readFileSync(page, 'utf8')) : [];

      it('has at least one wrong and one right example', () => {
        assert.ok(examples.some((e) => e.kind === 'wrong'), 'a block under ## 错误示例');
        assert.ok(examples.some((e) => e.kind === 'right'), 'a block under ## 正确示例');
      });

      for (const ex of examples) {
        if (ex.kind === 'wrong') {
          it(`wrong example at page line ${ex.pageLine} gets a finding on line(s) ${ex.expectedLines.join(', ')}`, () => {
            assert.ok(ex.expectedLines.length > 0, 'the wrong example has a line to check');
            const findings = findingsOf(id, ex);
            const missing = ex.expectedLines.filter((n) => !findings.some((f) => f.line <= n && n <= f.endLine));
            assert.deepEqual(missing, [], `lines without a ${id} finding; findings:\n${show(ex, findings)}`);
          });
        } else {
          it(`right example at page line ${ex.pageLine} gets no finding`, () => {
            const findings = findingsOf(id, ex);
            assert.equal(findings.length, 0, `expected no ${id} finding, got:\n${show(ex, findings)}`);
          });
        }
      }
    });
  }
});
