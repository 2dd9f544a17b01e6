/**
 * A rule's options schema compiled to a validator: in Node with ajv, on first use. The browser build
 * replaces this module with options-validator.browser.ts (the built-in rules' validators precompiled
 * at build time: a page's CSP allows no code made at run time).
 */
import type { ValidateFunction } from 'ajv';
import type { RuleOptionsSchema } from '../rule';
import { AJV_OPTIONS } from './schema-validators';

let ajv: import('ajv').default | undefined;

/** The ajv options rule options are checked with (here and, precompiled, by scripts/browser-build.mjs). */
export const OPTIONS_AJV_OPTIONS = { ...AJV_OPTIONS, useDefaults: false, strictTypes: false, logger: false, addUsedSchema: false } as const;

export function compileOptionsValidator(schema: RuleOptionsSchema): ValidateFunction {
  if (!ajv) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Ajv = (require('ajv') as typeof import('ajv')).default;
    // Unknown keywords in a schema are an error (a code rule's typo); type hints are not logged;
    // `$id`s are not registered, so two code rules may use the same one.
    ajv = new Ajv(OPTIONS_AJV_OPTIONS);
  }
  return ajv.compile(schema);
}
