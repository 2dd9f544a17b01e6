/**
 * The compiled JSON Schema validators of packs and configs, in Node. The browser build replaces this
 * module with schema-validators.browser.ts (the validators precompiled at build time: a page's CSP
 * allows no code made at run time).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ValidateFunction } from 'ajv';
import configSchema from '../../../../rules/schema/config.schema.json';
import packSchema from '../../../../rules/schema/pack.schema.json';
import { withoutRuleProperties } from './rule-options-schema';

export interface SchemaValidators {
  pack: ValidateFunction;
  config: ValidateFunction;
}

/** The ajv options the validators are compiled with (here and, precompiled, by scripts/build.mjs). */
export const AJV_OPTIONS = { allErrors: true, strictTuples: false } as const;

let validators: SchemaValidators | undefined;

/**
 * Validators precompiled at build time with ajv standalone (dist/schema-validators.cjs, next to the
 * bundles): no schema compilation at run time. From the source tree, they are compiled with ajv.
 */
function precompiled(): SchemaValidators | undefined {
  const file = path.join(__dirname, 'schema-validators.cjs');
  if (!fs.existsSync(file)) return undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const m = require(file) as { pack?: ValidateFunction; config?: ValidateFunction };
  return m.pack && m.config ? { pack: m.pack, config: m.config } : undefined;
}

export function schemaValidators(): SchemaValidators {
  if (!validators) {
    validators = precompiled();
    if (!validators) {
      // Loaded on first use: a run without config files never pays for ajv's start-up.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const Ajv = (require('ajv') as typeof import('ajv')).default;
      const ajv = new Ajv(AJV_OPTIONS);
      validators = { pack: ajv.compile(packSchema), config: ajv.compile(withoutRuleProperties(configSchema)) };
    }
  }
  return validators;
}
