/** Configuration files and rule packs: discovery, extends, overrides, ignores, validation, pack tests. */
export { ConfigResolver, CONFIG_FILE_NAMES, IGNORE_FILE_NAME, BUILTIN_PACK_REF, PACK_PACKAGE_NAME, type Chain } from './resolve';
export { nodeHost, type ConfigHost } from './host';
export { parseConfigText, LIMITS } from './parse';
export { validateAgainstSchema, schemas } from './schema';
export { runPackTests, checkPackEntries, loadPackFile, packFileFor, type PackTestRun, type CaseResult } from './pack-tests';
export { problemToFinding, CONFIG_ERROR_RULE } from './finding';
export type { ConfigProblem, ResolvedConfig, ReportSettings, Layer } from './types';
