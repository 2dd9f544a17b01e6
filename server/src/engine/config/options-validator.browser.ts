/** options-validator.ts for the browser build: the built-in rules' options validators, precompiled at build time. */
import type * as NodeValidator from './options-validator';
import { bySchema } from 'fzlint-embedded:option-validators';

export const OPTIONS_AJV_OPTIONS: typeof NodeValidator.OPTIONS_AJV_OPTIONS = {
  allErrors: true,
  strictTuples: false,
  useDefaults: false,
  strictTypes: false,
  logger: false,
  addUsedSchema: false,
};

export const compileOptionsValidator: typeof NodeValidator.compileOptionsValidator = (schema) => {
  const validate = bySchema[JSON.stringify(schema)];
  // Only the built-in rules' schemas are precompiled (a page runs no code rules).
  if (!validate) throw new Error('fzlint: this options schema is not precompiled in the browser build');
  return validate;
};
