/**
 * dictionary-files.ts for the browser build (scripts/build.mjs puts this file in its place): the
 * domain dictionary is embedded; the compiled word dictionary is given to useDictionaryBuffer by the
 * browser entry (engine/browser/index.ts) before the first lint.
 */
import type * as NodeFiles from './dictionary-files';
import texts from 'fzlint-embedded:domain-dictionary';
import { parseUserDictionary } from './user-dictionary';

export const DICTIONARY_FILE: typeof NodeFiles.DICTIONARY_FILE = 'jieba.dict';

export const findRulesDir: typeof NodeFiles.findRulesDir = () => undefined;

export const loadDomainDictionary: typeof NodeFiles.loadDomainDictionary = () => texts.flatMap(parseUserDictionary);

/** Not loaded yet: the browser entry's ready() loads it. */
export const builtDictionary: typeof NodeFiles.builtDictionary = () => undefined;

export const compileFromSources: typeof NodeFiles.compileFromSources = () => undefined;
