import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LIMITS, parseConfigText } from '../../../server/src/engine/config/parse';
import { ConfigResolver } from '../../../server/src/engine/config/resolve';
import { validateAgainstSchema } from '../../../server/src/engine/config/schema';
import { builtinPackPath } from '../../../server/src/engine/pack/builtin-pack';
import { initTemplate } from '../../../server/src/cli/commands/init';
import { packTemplate } from '../../../server/src/cli/commands/pack';
import { schemaRef } from '../../../server/src/cli/commands/schema-ref';
import { repoRoot } from '../../helpers/paths';
import { tempTree } from './helpers';

function validates(kind: 'pack' | 'config', file: string) {
  const parsed = parseConfigText(fs.readFileSync(file, 'utf8'), file);
  assert.ok(parsed.ok, parsed.ok ? '' : parsed.problem.messages.en);
  return validateAgainstSchema(kind, file, parsed.file);
}

describe('pack and config schemas', () => {
  it('the built-in pack rules/recommended.yaml validates against rules/schema/pack.schema.json', () => {
    assert.equal(validates('pack', builtinPackPath()!), undefined);
  });

  it('the example pack validates', () => {
    assert.equal(validates('pack', path.join(repoRoot, 'examples/packs/shenzhen-checklist/pack.yaml')), undefined);
  });

  it('the config that fzlint init writes validates', () => {
    const parsed = parseConfigText(initTemplate('./node_modules/fzlint/rules/schema/config.schema.json'), '.fzlintrc.yaml');
    assert.ok(parsed.ok);
    assert.equal(validateAgainstSchema('config', '.fzlintrc.yaml', parsed.file), undefined);
  });

  it('the files fzlint init and pack new write name the schema installed with fzlint, which exists', () => {
    for (const [template, name] of [
      [initTemplate, 'config'],
      [(ref: string) => packTemplate('fzlint-pack-x', ref), 'pack'],
    ] as const) {
      const ref = schemaRef(os.tmpdir(), name);
      assert.match(template(ref), new RegExp(`^# yaml-language-server: \\$schema=${ref.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
      // fzlint is not installed in that folder's node_modules: the installed file's file: URI.
      assert.ok(fs.existsSync(fileURLToPath(ref)), ref);
      assert.equal(JSON.parse(fs.readFileSync(fileURLToPath(ref), 'utf8')).$id, `urn:fzlint:schema:${name}`);
    }
  });

  it('the pack that fzlint pack new writes validates', () => {
    const parsed = parseConfigText(packTemplate('fzlint-pack-x', './node_modules/fzlint/rules/schema/pack.schema.json'), 'pack.yaml');
    assert.ok(parsed.ok);
    assert.equal(validateAgainstSchema('pack', 'pack.yaml', parsed.file), undefined);
  });

  it('both schemas are valid JSON named by a URN (no web address that does not exist), for editors (contributes.jsonValidation)', () => {
    for (const name of ['pack', 'config']) {
      const schema = JSON.parse(fs.readFileSync(path.join(repoRoot, 'rules/schema', `${name}.schema.json`), 'utf8'));
      assert.equal(schema.$id, `urn:fzlint:schema:${name}`);
    }
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
    const validation = pkg.contributes.jsonValidation as { fileMatch: string | string[]; url: string }[];
    assert.ok(validation.some((v) => [v.fileMatch].flat().includes('.fzlintrc.json') && v.url.endsWith('config.schema.json')));
  });
});

describe('safety: hostile config and pack files', () => {
  it('rejects a YAML alias bomb quickly with a clear message', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    }
    const t0 = Date.now();
    const r = parseConfigText(levels.join('\n') + '\n', 'bomb.yaml');
    assert.ok(Date.now() - t0 < 1000);
    assert.ok(!r.ok);
    assert.equal(r.problem.code, 'unsafe');
    assert.match(r.problem.messages['zh-CN'], /别名.*展开过多/);
  });

  it('rejects deep flow nesting before parsing, and deep block nesting after', () => {
    const t0 = Date.now();
    const flow = parseConfigText(`rules: ${'['.repeat(50000)}${']'.repeat(50000)}\n`, 'deep.yaml');
    assert.ok(Date.now() - t0 < 1000);
    assert.ok(!flow.ok);
    assert.match(flow.problem.messages.en, /Nesting is too deep/);
    const block = Array.from({ length: LIMITS.maxDepth + 2 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n') + ' 1\n';
    const r = parseConfigText(block, 'deep2.yaml');
    assert.ok(!r.ok);
    assert.equal(r.problem.code, 'unsafe');
  });

  it('rejects a pack with a (catastrophic) regular expression within 1 second, with a clear message', () => {
    const t0 = Date.now();
    const text = 'name: p\nversion: 1.0.0\ndata:\n  terms:\n    - id: evil\n      wrong: [甲]\n      pattern: "(a+)+$"\n';
    const parsed = parseConfigText(text, 'p.yaml');
    assert.ok(parsed.ok);
    const problem = validateAgainstSchema('pack', 'p.yaml', parsed.file);
    assert.ok(Date.now() - t0 < 1000);
    assert.ok(problem);
    assert.deepEqual([problem.line, problem.column], [7, 7]);
    assert.match(problem.messages['zh-CN'], /不支持正则表达式字段“data\.terms\[0\]\.pattern”/);
    assert.match(problem.messages.en, /regular expressions are not supported/);
  });

  it('brackets inside quoted strings do not count as nesting', () => {
    const r = parseConfigText(`name: p\nversion: 1.0.0\ndescription: "${'['.repeat(100)}"\n`, 'p.yaml');
    assert.ok(r.ok);
  });

  it('a broken pack never stops linting: the resolver returns a usable config and one problem', () => {
    const tree = tempTree({ 'p.yaml': 'a: &a [x]\nb: *a\nc: *zz\n', '.fzlintrc.yaml': 'extends: ./p.yaml\n', 'r.txt': '' });
    try {
      const r = new ConfigResolver().resolveFor(tree.file('r.txt'));
      assert.equal(r.problems.length, 1);
      assert.ok(r.config.data);
    } finally {
      tree.cleanup();
    }
  });
});

describe('pack schema and pack/types.ts stay in step', () => {
  /** Field names of an exported interface in pack/types.ts (top-level members only). */
  function fields(source: string, name: string): string[] {
    const start = source.indexOf(`export interface ${name} {`);
    assert.ok(start >= 0, `interface ${name} not found`);
    let depth = 0;
    const out: string[] = [];
    let line = '';
    for (let i = source.indexOf('{', start); i < source.length; i++) {
      const ch = source[i];
      if (ch === '{') depth++;
      if (ch === '}' && --depth === 0) break;
      if (ch === '\n') {
        const m = /^\s*([A-Za-z]+)\??:/.exec(line);
        if (m && depth === 1) out.push(m[1]);
        line = '';
      } else line += ch;
    }
    return out.sort();
  }

  it('every field of TermEntry, SectionItem, Procedure, CanonicalTitle and DatedEvent is in pack.schema.json (and no other)', () => {
    const source = fs.readFileSync(path.join(repoRoot, 'server/src/engine/pack/types.ts'), 'utf8');
    const schema = JSON.parse(fs.readFileSync(path.join(repoRoot, 'rules/schema/pack.schema.json'), 'utf8'));
    const pairs: [string, string][] = [
      ['TermEntry', 'term'],
      ['SectionItem', 'section'],
      ['Procedure', 'procedure'],
      ['CanonicalTitle', 'title'],
      ['DatedEvent', 'event'],
    ];
    for (const [iface, def] of pairs) {
      assert.deepEqual(
        Object.keys(schema.definitions[def].properties).sort(),
        fields(source, iface),
        `${iface} vs definitions.${def}: add new optional fields to rules/schema/pack.schema.json`,
      );
    }
  });
});
