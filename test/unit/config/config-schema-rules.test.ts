import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { AJV_OPTIONS } from '../../../server/src/engine/config/schema';
import { ruleOptionProperties } from '../../../server/src/engine/config/rule-options-schema';
import { ConfigResolver } from '../../../server/src/engine/config/resolve';
import { repoRoot } from '../../helpers/paths';
import { tempTree } from './helpers';

const schemaFile = path.join(repoRoot, 'rules', 'schema', 'config.schema.json');

describe('config.schema.json: every built-in rule and its options, for editors', () => {
  const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8')) as { definitions: { rules: { properties?: Record<string, unknown> } } };

  it('lists exactly the rules and options the rules declare (npm run schema:rules rewrites it)', () => {
    assert.deepEqual(schema.definitions.rules.properties, ruleOptionProperties());
  });

  it('an editor using the schema flags a misspelt option and accepts a right one', () => {
    const validate = new Ajv(AJV_OPTIONS).compile(schema);
    assert.equal(validate({ rules: { 'submission-deadline': ['warning', { deadlin: '03-01' }] } }), false);
    assert.equal(validate({ rules: { 'submission-deadline': ['warning', { deadline: '03-01' }] } }), true);
    assert.equal(validate({ rules: { 'leftover-placeholder': 'off', 'my-pack/my-rule': 'error' } }), true);
  });

  it('loading a config still reports a misspelt option by rule and key, not as a schema mismatch', () => {
    const tree = tempTree({ '.fzlintrc.yaml': 'rules:\n  submission-deadline: [warning, { deadlin: "03-01" }]\n' });
    try {
      const problems = new ConfigResolver().resolveFor(tree.file('a.txt')).problems;
      assert.equal(problems.length, 1);
      assert.match(problems[0].messages.en, /submission-deadline/);
      assert.match(problems[0].messages.en, /deadlin/);
    } finally {
      tree.cleanup();
    }
  });
});
