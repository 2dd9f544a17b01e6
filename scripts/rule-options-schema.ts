/**
 * Writes each built-in rule's options schema into rules/schema/config.schema.json
 * (definitions.rules.properties), so that editors complete and check `rules: { id: [level, {…}] }`.
 * Run with `npm run schema:rules` after a rule's options change; test/unit/config/config-schema-rules.test.ts
 * fails when the file and the rules disagree. Loading a config does not use these properties: the
 * options are checked by engine/config/rule-options.ts, whose messages name the file, rule and key.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ruleOptionProperties } from '../server/src/engine/config/rule-options-schema';

const file = path.join(__dirname, '..', 'rules', 'schema', 'config.schema.json');
const schema = JSON.parse(fs.readFileSync(file, 'utf8')) as { definitions: { rules: Record<string, unknown> } };
schema.definitions.rules.properties = ruleOptionProperties();
fs.writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
process.stdout.write(`wrote ${Object.keys(schema.definitions.rules.properties as object).length} rules into ${path.relative(process.cwd(), file)}\n`);
