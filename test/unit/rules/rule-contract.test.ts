import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtinRules } from '../../../server/src/engine/rules';
import { readDocsExamples } from '../../helpers/docs-examples';
import { repoRoot } from '../../helpers/paths';

/** Every built-in rule keeps the contract of ARCHITECTURE.md; this table fails when one does not. */
describe('rule contract', () => {
  const docsIndex = fs.readFileSync(path.join(repoRoot, 'docs', 'README.md'), 'utf8');

  it('rule ids are unique kebab-case', () => {
    const ids = builtinRules.map((r) => r.meta.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
  });

  for (const rule of builtinRules) {
    const { id } = rule.meta;
    describe(id, () => {
      it('has a docs page with Chinese and English sections, listed in docs/README.md', () => {
        const page = path.join(repoRoot, 'docs', 'rules', `${id}.md`);
        assert.ok(fs.existsSync(page), `docs/rules/${id}.md exists`);
        const text = fs.readFileSync(page, 'utf8');
        assert.match(text, new RegExp(`^# ${id}`), 'page starts with the rule id');
        assert.match(text, /## English/, 'English section');
        assert.ok(docsIndex.includes(`rules/${id}.md`), 'listed in docs/README.md');
      });

      it('has at least one wrong and one right example on its docs page (run by docs-examples.test.ts)', () => {
        const examples = readDocsExamples(fs.readFileSync(path.join(repoRoot, 'docs', 'rules', `${id}.md`), 'utf8'));
        assert.ok(examples.some((e) => e.kind === 'wrong'), 'a code block under ## 错误示例');
        assert.ok(examples.some((e) => e.kind === 'right'), 'a code block under ## 正确示例');
      });

      it('has zh-CN and en text for its description and every message', () => {
        for (const text of [rule.meta.description, ...Object.values(rule.meta.messages)]) {
          assert.ok(/[\u4e00-\u9fff]/.test(text['zh-CN']), `zh-CN text: ${text['zh-CN']}`);
          assert.ok(text.en.length > 0 && !/[\u4e00-\u9fff]{6,}/.test(text.en.replace(/[“"《][^”"》]*[”"》]/g, '')), `en text: ${text.en}`);
        }
      });

      it('has a valid/invalid test table', () => {
        assert.ok(fs.existsSync(path.join(repoRoot, 'test', 'unit', 'rules', `${id}.test.ts`)), `test/unit/rules/${id}.test.ts`);
      });
    });
  }
});
