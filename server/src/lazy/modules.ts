/**
 * Libraries that only some runs need, loaded on first use: encodings (iconv-lite), YAML, atomic
 * writes, and schema validation when no precompiled validators are at hand. In the bundles
 * (scripts/build.mjs) each lives in its own file under dist/lib/, so a run that never calls them
 * neither reads nor compiles their code.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
import type * as IconvLite from 'iconv-lite';
import type * as Yaml from 'yaml';
import type WriteFileAtomic from 'write-file-atomic';

let iconvModule: typeof IconvLite | undefined;
let yamlModule: typeof Yaml | undefined;
let atomicModule: typeof WriteFileAtomic | undefined;

export const loadIconv = (): typeof IconvLite => (iconvModule ??= require('iconv-lite') as typeof IconvLite);
export const loadYaml = (): typeof Yaml => (yamlModule ??= require('yaml') as typeof Yaml);
export const loadWriteFileAtomic = (): typeof WriteFileAtomic => (atomicModule ??= require('write-file-atomic') as typeof WriteFileAtomic);

/** tinypool (an ES module), through a file that is never part of a code-cached bundle (import-tinypool.cjs). */
export const importTinypool = (): Promise<typeof import('tinypool')> => (require('./import-tinypool.cjs') as () => Promise<typeof import('tinypool')>)();

/** iconv-lite's decode and encode, loaded when first called. */
export const iconv = {
  decode: (...args: Parameters<typeof IconvLite.decode>) => loadIconv().decode(...args),
  encode: (...args: Parameters<typeof IconvLite.encode>) => loadIconv().encode(...args),
};

/** write-file-atomic's synchronous write, loaded when first called. */
export const writeFileAtomic = {
  sync: (...args: Parameters<typeof WriteFileAtomic.sync>) => loadWriteFileAtomic().sync(...args),
};
