/**
 * The schema validators precompiled at build time (dist/schema-validators.cjs, ajv standalone) judge
 * packs and configs exactly as validators compiled from rules/schema/*.json at run time.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { AJV_OPTIONS, schemas } from '../../../server/src/engine/config/schema';
import { repoRoot } from '../../helpers/paths';

describe('precompiled schema validators (dist/schema-validators.cjs)', () => {
  const file = path.join(repoRoot, 'dist', 'schema-validators.cjs');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const built = (): { pack: ValidateFunction; config: ValidateFunction } => require(file);
  const ajv = new Ajv(AJV_OPTIONS);
  const fresh = { pack: ajv.compile(schemas.pack), config: ajv.compile(schemas.config) };
  const verdict = (v: ValidateFunction, value: unknown) => {
    const ok = v(value);
    return { ok, errors: (v.errors ?? []).map((e) => `${e.instancePath} ${e.keyword} ${JSON.stringify(e.params)}`) };
  };

  it('exists after npm run build', () => {
    assert.ok(fs.existsSync(file), 'run npm run build first');
  });

  it('gives the same verdicts and errors on valid and broken packs and configs', () => {
    const recommended = parse(fs.readFileSync(path.join(repoRoot, 'rules', 'recommended.yaml'), 'utf8'));
    const example = parse(fs.readFileSync(path.join(repoRoot, 'examples', 'packs', 'shenzhen-checklist', 'pack.yaml'), 'utf8'));
    const packs: unknown[] = [
      recommended,
      example,
      { ...recommended, version: 3 },
      { name: 'p', version: '1.0.0', data: { terms: [{ id: 'x', wrong: 'a', right: 'b' }], dictionary: [1] } },
      { name: 'p', version: '1.0.0', rules: { 'Bad Id': 'warning' }, data: { regex: 'a+' } },
      [],
      null,
    ];
    const configs: unknown[] = [
      { rules: { 'repeated-word': 'warning' } },
      { extends: ['./pack.yaml'], rules: { 'repeated-word': ['warning', { x: 1 }] }, overrides: [{ files: ['*.md'], rules: {} }] },
      { rules: { 'repeated-word': 'loud' }, nope: true },
      { extends: 3 },
      'text',
    ];
    let invalid = 0;
    for (const p of packs) {
      const want = verdict(fresh.pack, p);
      assert.deepEqual(verdict(built().pack, p), want, JSON.stringify(p).slice(0, 100));
      if (!want.ok) invalid++;
    }
    for (const c of configs) {
      const want = verdict(fresh.config, c);
      assert.deepEqual(verdict(built().config, c), want, JSON.stringify(c));
      if (!want.ok) invalid++;
    }
    assert.ok(verdict(fresh.pack, recommended).ok, 'the built-in pack is valid');
    assert.ok(invalid >= 6, `${invalid} invalid inputs compared`);
  });
});
