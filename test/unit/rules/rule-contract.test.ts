import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allBuiltinRules, builtinCheckRules, parseForLint } from '../../../server/src/engine/lint';
import { loadBuiltinPack } from '../../../server/src/engine/pack/builtin-pack';
import type { Rule } from '../../../server/src/engine/rule';
import { readDocsExamples } from '../../helpers/docs-examples';
import { repoRoot } from '../../helpers/paths';

/** A report that reaches the option reads: a next-year plan section and a date after the deadline. */
const OPTION_PROBE = ['某县2020年法治政府建设年度报告', '', '一、2020年主要举措和成效', '推进依法行政。', '二、2021年工作安排', '继续推进。', '', '某县人民政府', '2021年5月20日', ''].join('\n');

/** The option names a rule reads while it checks the probe report. */
function optionsRead(rule: Rule): Set<string> {
  const read = new Set<string>();
  const options = new Proxy({} as Record<string, unknown>, {
    get: (_, key) => {
      if (typeof key === 'string') read.add(key);
      return undefined;
    },
  });
  const doc = parseForLint(OPTION_PROBE, { rules: [rule], config: { source: 'draft' } });
  rule.check(doc, { report: () => undefined, options, source: doc.source, data: loadBuiltinPack().data });
  return read;
}

/** Every built-in rule keeps the contract of ARCHITECTURE.md; this table fails when one does not. */
describe('rule contract', () => {
  /** The built-in rules written as data (rules/recommended.yaml data.checks): no .ts file of their own. */
  const declarative = new Set(builtinCheckRules().map((r) => r.meta.id));
  const packTests = loadBuiltinPack().file.tests as { invalid?: { findings?: { rule: string }[] }[]; valid?: { text: string }[] };
  const docsIndex = fs.readFileSync(path.join(repoRoot, 'docs', 'README.md'), 'utf8');

  it('rule ids are unique kebab-case', () => {
    const ids = allBuiltinRules().map((r) => r.meta.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
  });

  for (const rule of allBuiltinRules()) {
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

      it('declares an options schema with exactly the options it reads', () => {
        const schema = rule.meta.optionsSchema;
        assert.ok(schema, 'meta.optionsSchema (NO_OPTIONS when it reads none)');
        assert.equal(schema.type, 'object');
        assert.equal(schema.additionalProperties, false, 'a misspelt option must be an error');
        const declared = Object.keys(schema.properties);
        for (const [name, prop] of Object.entries(schema.properties)) {
          assert.ok(typeof prop.description === 'string' && /[\u4e00-\u9fff]/.test(prop.description), `option ${name} has a description with Chinese text`);
        }
        if (declarative.has(id)) {
          // A rule written as data takes no options: its words and patterns are its configuration.
          assert.equal(declared.length, 0, 'a declarative rule declares no options');
          return;
        }
        const source = fs.readFileSync(path.join(repoRoot, 'server', 'src', 'engine', 'rules', `${id}.ts`), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
        assert.equal(/\.options\b/.test(source), declared.length > 0, declared.length > 0 ? 'declares options but never reads context.options' : 'reads context.options but declares no option');
        const read = optionsRead(rule);
        for (const name of read) assert.ok(declared.includes(name), `reads the undeclared option "${name}"`);
        for (const name of declared) assert.ok(read.has(name), `declares "${name}" but does not read it on the probe report`);
        const page = fs.readFileSync(path.join(repoRoot, 'docs', 'rules', `${id}.md`), 'utf8');
        for (const name of declared) assert.ok(page.includes(`\`${name}\``), `docs/rules/${id}.md names the option \`${name}\``);
      });

      it('has a valid/invalid test table', () => {
        if (declarative.has(id)) {
          // Its table is the built-in pack's own tests (fzlint pack test fzlint:recommended, run by pack-tests).
          assert.ok((packTests.invalid ?? []).some((c) => c.findings?.some((f) => f.rule === id)), `rules/recommended.yaml tests.invalid has a case for ${id}`);
          return;
        }
        assert.ok(fs.existsSync(path.join(repoRoot, 'test', 'unit', 'rules', `${id}.test.ts`)), `test/unit/rules/${id}.test.ts`);
      });
    });
  }
});
