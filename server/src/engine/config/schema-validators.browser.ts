/** schema-validators.ts for the browser build: the validators precompiled at build time (ajv standalone). */
import type * as NodeValidators from './schema-validators';
import { config, pack } from 'fzlint-embedded:schema-validators';

export type SchemaValidators = NodeValidators.SchemaValidators;

export const AJV_OPTIONS: typeof NodeValidators.AJV_OPTIONS = { allErrors: true, strictTuples: false };

export const schemaValidators: typeof NodeValidators.schemaValidators = () => ({ pack, config });
