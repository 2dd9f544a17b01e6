import type { LintConfig } from '../config';
import type { LocalizedText, SeveritySetting } from '../rule';
import type { PackData } from '../pack/types';
import type { Vocabulary } from '../pack/vocabulary';

/** Where something is in a config or pack file: 1-based line and UTF-16 column. */
export interface SourcePosition {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/**
 * An error in a config or pack file. The CLI and the server show it as one finding on that file;
 * the rest of the configuration still applies.
 */
export interface ConfigProblem extends SourcePosition {
  file: string;
  code: 'parse' | 'unsafe' | 'schema' | 'cycle' | 'missing' | 'unknown-rule' | 'io' | 'code-rule';
  messages: LocalizedText;
}

export type IssuerLevel = 'province' | 'city' | 'county' | 'township' | 'department';

/** Report-level settings; every rule receives them as option defaults. */
export interface ReportSettings {
  issuerLevel?: IssuerLevel;
  /** MM-DD in the year after the report year. */
  deadline?: string;
  demonstrationArea?: boolean;
}

export type RuleSettingValue = SeveritySetting | [SeveritySetting] | [SeveritySetting, Record<string, unknown>];

/** The fields a config file (or the config part of a pack) may set. */
export interface ConfigFields extends ReportSettings {
  root?: boolean;
  extends?: string | string[];
  rules?: Record<string, RuleSettingValue>;
  source?: LintConfig['source'];
  locale?: LintConfig['locale'];
  ignores?: string[];
  /** JS modules (paths relative to the pack or config file, inside its folder) that export a Rule. Loaded only with an explicit opt-in (config/code-rules.ts). */
  codeRules?: string[];
  overrides?: (ReportSettings & {
    files: string | string[];
    excludedFiles?: string | string[];
    rules?: Record<string, RuleSettingValue>;
    source?: LintConfig['source'];
    locale?: LintConfig['locale'];
  })[];
}

/** One config or pack in an extends chain, in merge order. */
export interface Layer {
  kind: 'builtin' | 'pack' | 'config';
  /** The file it came from (the built-in pack's path for `fzlint:recommended`). */
  file: string;
  /** How it was named in `extends` (or the file name for the top config). */
  ref: string;
  name?: string;
  version?: string;
  fields: ConfigFields;
  data?: Partial<PackData> & { remove?: string[]; removeVocabulary?: Partial<Vocabulary> };
  /** Its `codeRules`, resolved (never loaded here). */
  codeRules?: CodeRuleRef[];
  /** The options it gives code rules: checked against their schemas once they are loaded. */
  codeRuleOptions?: CodeRuleOptions[];
}

/** Options a config or pack gives a code rule (`rules: { pack/rule: [level, {…}] }`), with their places. */
export interface CodeRuleOptions {
  ruleId: string;
  file: string;
  options: Record<string, unknown>;
  /** The options object. */
  pos: SourcePosition;
  /** Each option's key and value. */
  keys: { name: string; key: SourcePosition; value: SourcePosition }[];
}

/** A code rule module a pack or config names. The resolver only records it; it never loads it. */
export interface CodeRuleRef {
  /** Absolute path of the module. */
  module: string;
  /** The entry as written in `codeRules`. */
  entry: string;
  /** The pack or config file that names it, and where. */
  declaredIn: string;
  packName?: string;
  pos: SourcePosition;
}

/** The configuration that applies to one report file. */
export interface ResolvedConfig {
  config: LintConfig;
  settings: ReportSettings;
  /** The nearest config file, if any. */
  configFile?: string;
  /** The chain, built-in pack first. */
  layers: { kind: Layer['kind']; ref: string; file: string; name?: string; version?: string }[];
  /** `source` and `locale` as the config files set them (undefined: not set, the defaults apply). */
  declared: { source?: LintConfig['source']; locale?: LintConfig['locale'] };
  /** True when `ignores` or a `.fzlintignore` excludes the file. */
  ignored: boolean;
  /** Code rule modules the chain names (loaded only with an explicit opt-in). */
  codeRules: CodeRuleRef[];
  /** Options the chain gives code rules, checked when the rules are loaded (project/file-config.ts). */
  codeRuleOptions?: CodeRuleOptions[];
  /** Every file read to build this (configs, packs, package.json, .fzlintignore): watch these. */
  files: string[];
  problems: ConfigProblem[];
}

export function problemMessage(zh: string, en: string): LocalizedText {
  return { 'zh-CN': zh, en };
}
