import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintText } from '../../../server/src/engine/lint';
import { parseReport } from '../../../server/src/engine/document/report-document';
import type { PreviousLink } from '../../../server/src/engine/across-years/previous-report';
import { loadBuiltinPack } from '../../../server/src/engine/pack/builtin-pack';
import { mergePackData } from '../../../server/src/engine/pack/merge';
import { allBuiltinRules } from '../../../server/src/engine/lint';
import { repoRoot } from '../../helpers/paths';
import { readDocsExamples, type DocsExample } from '../../helpers/docs-examples';

/**
 * The examples on the rule pages are tests (convention: test/helpers/docs-examples.ts and docs/README.md). Each
 * example is linted with all built-in rules, as a user would see it, and the findings of the page's
 * rule are compared: a wrong example gets one on each marked line, a right example gets none.
 */
/** The example's link to last year's report (DocsExample.previous). */
function previousOf(ex: DocsExample): PreviousLink | undefined {
  if (!ex.previous) return undefined;
  if (ex.previous === 'missing') return { status: 'missing', year: (parseReport(ex.text).meta.year ?? 1) - 1 };
  return { status: 'found', report: { filePath: '上一年度报告.txt', doc: parseReport(ex.previous.text) } };
}

function findingsOf(id: string, ex: DocsExample) {
  return lintText(ex.text, {
    language: ex.language,
    previous: previousOf(ex),
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

describe('docs example convention', () => {
  const page = [
    '# some-rule',
    '```text',
    '不在示例标题下的代码块不是示例。',
    '```',
    '## 错误示例',
    '```text',
    '第一行。',
    '……',
    '第三行。',
    '```',
    '```markdown source=draft rule.deadline=3',
    '# 标题',
    '正文。   ← 这里报告',
    '```',
    '## 正确示例',
    '```text',
    '正文。      ← 说明',
    '```',
  ].join('\n');
  const examples = readDocsExamples(page);

  it('reads blocks under 错误示例 as wrong and under 正确示例 as right, nothing else', () => {
    assert.deepEqual(examples.map((e) => [e.kind, e.pageLine, e.language]), [['wrong', 6, 'plaintext'], ['wrong', 11, 'markdown'], ['right', 16, 'plaintext']]);
  });

  it('expects a finding on every non-empty, non-ellipsis line of an unmarked wrong block', () => {
    assert.deepEqual(examples[0].expectedLines, [1, 3]);
  });

  it('expects a finding only on the lines marked with ←, strips the notes and reads the settings', () => {
    assert.deepEqual(examples[1].expectedLines, [2]);
    assert.equal(examples[1].text, '# 标题\n正文。\n');
    assert.equal(examples[1].source, 'draft');
    assert.deepEqual(examples[1].options, { deadline: 3 });
    assert.equal(examples[2].text, '正文。\n');
    assert.deepEqual(examples[2].expectedLines, []);
  });

  it('rejects an unknown setting and pack=page without a yaml data block', () => {
    assert.throws(() => readDocsExamples('## 错误示例\n```text rules=off\n错。\n```'), /unknown example setting "rules=off"/);
    assert.throws(() => readDocsExamples('## 错误示例\n```text pack=page\n错。\n```'), /no ```yaml block/);
  });
});

describe('docs examples', () => {
  for (const rule of allBuiltinRules()) {
    const { id } = rule.meta;
    const page = path.join(repoRoot, 'docs', 'rules', `${id}.md`);
    describe(`docs/rules/${id}.md`, () => {
      const examples = fs.existsSync(page) ? readDocsExamples(fs.readFileSync(page, 'utf8')) : [];

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
