/** The engine's public API, for the CLI, the language server, benchmarks and library users. */
export { lintText, languageForPath, type LintOptions, type LintResult } from './lint';
export { parseReport, type ReportDocument, type ParseOptions } from './document/report-document';
export { fixAll, applyEdits, selectFixes, type FixResult } from './fix';
export { builtinRules } from './rules';
export { defaultConfig, parseRuleSetting, type LintConfig } from './config';
export { ConfigResolver, runPackTests, checkPackEntries, type ResolvedConfig, type ConfigProblem } from './config/index';
export type { Finding } from './finding';
export type { Rule, RuleMeta, Severity, Locale, TextEdit, Fix, Suggestion } from './rule';
