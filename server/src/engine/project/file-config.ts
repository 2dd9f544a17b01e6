/**
 * The configuration of one report file as the shells use it: the resolved config files with the
 * shell's own settings on top (command-line flags, editor settings), and the code-rule gate.
 */
import type { LintConfig } from '../config';
import { loadCodeRules } from '../config/code-rules';
import { checkRuleOptions, rejectedKeys, withoutKeys } from '../config/rule-options';
import type { CodeRuleRef, ConfigProblem, ResolvedConfig } from '../config/types';
import type { LocalizedText, Locale, Rule, SeveritySetting } from '../rule';

/** Settings a shell puts on top of the config files (absent fields: the config files decide). */
export interface ShellSettings {
  /** Per-rule severities (`--rule`, `fzlint.rules`); they win over the config files. */
  rules?: Record<string, SeveritySetting>;
  ruleOptions?: Record<string, Record<string, unknown>>;
  /** `--source` given on the command line. */
  source?: LintConfig['source'];
  locale?: Locale;
}

/**
 * Who decides that code rules (JS in packs) may run: the CLI's `--allow-code-rules`; in the editor
 * the user setting `fzlint.allowCodeRules` AND a trusted workspace. Without it, no code is loaded.
 */
export interface CodeRuleGate {
  allow: boolean;
  /** Why they do not run, for the notice: `cli` (no flag), `setting` (setting off), `untrusted`. */
  reason: 'cli' | 'setting' | 'untrusted';
}

export interface FileConfig {
  /** The report file (absolute). */
  file: string;
  /** Excluded by `ignores` or a `.fzlintignore`: not linted. */
  ignored: boolean;
  /** The engine configuration: config files, then the shell's settings. One object per distinct configuration. */
  config: LintConfig;
  /** The rules to run: undefined (the built-in rules) unless code rules are allowed and named. */
  rules?: readonly Rule[];
  /** The code rules to run (plain data: a batch worker loads them itself). Empty without the opt-in. */
  codeRules: CodeRuleRef[];
  /** Code rules the packs name that do not run (no opt-in). */
  codeRulesNotRun: CodeRuleRef[];
  /** The notice for those of codeRulesNotRun this project has not told about yet (once per pack and reason). */
  notice?: LocalizedText;
  /** Problems in the config and pack files (and code rules that failed to load), on those files. */
  problems: ConfigProblem[];
  /** Every file the configuration was read from: a change to one may change it. */
  files: string[];
  configFile?: string;
  /** `source` and `locale` as the config files set them. */
  declared: ResolvedConfig['declared'];
  /** The full resolution (layers, settings) for print-config. */
  resolved: ResolvedConfig;
}

/** One LintConfig object per distinct configuration, so that callers can memoize by identity. */
export class SharedConfigs {
  private readonly shared = new Map<string, LintConfig>();

  /** `checked`: code rules' options without the ones their schemas reject (gateCodeRules). */
  merge(resolved: ResolvedConfig, shell: ShellSettings, checked?: LintConfig['ruleOptions']): LintConfig {
    const config: LintConfig = {
      ...resolved.config,
      rules: { ...resolved.config.rules, ...shell.rules },
      ruleOptions: { ...resolved.config.ruleOptions, ...checked, ...shell.ruleOptions },
      source: shell.source ?? resolved.config.source,
      locale: shell.locale ?? resolved.config.locale,
    };
    const { data, ...rest } = config;
    const key = JSON.stringify([rest, resolved.configFile ?? '']);
    const seen = this.shared.get(key);
    if (seen && seen.data === data) return seen;
    if (this.shared.size > 256) this.shared.clear();
    this.shared.set(key, config);
    return config;
  }
}

/** The code-rule gate: load the named code rules only with the opt-in. */
export function gateCodeRules(
  resolved: ResolvedConfig,
  gate: CodeRuleGate | undefined,
): Pick<FileConfig, 'rules' | 'codeRules' | 'codeRulesNotRun'> & { problems: ConfigProblem[]; ruleOptions?: LintConfig['ruleOptions'] } {
  if (resolved.codeRules.length === 0) return { codeRules: [], codeRulesNotRun: [], problems: [] };
  if (!gate?.allow) return { codeRules: [], codeRulesNotRun: resolved.codeRules, problems: [] };
  // A module that throws on load or exports no valid rule: one problem naming it; the others run.
  const loaded = loadCodeRules(resolved.codeRules);
  const options = checkCodeRuleOptions(resolved, loaded.codeRules);
  return { rules: loaded.rules, codeRules: resolved.codeRules, codeRulesNotRun: [], problems: [...loaded.problems, ...options.problems], ruleOptions: options.ruleOptions };
}

/**
 * The options the config files give code rules, checked against the schemas of the loaded rules (a
 * rule without a schema: unchecked). Each unknown or invalid option is a problem where it is written
 * and is left out of the options the rule receives (`ruleOptions`: the corrected options, if any).
 */
function checkCodeRuleOptions(resolved: ResolvedConfig, codeRules: readonly Rule[]): { problems: ConfigProblem[]; ruleOptions?: LintConfig['ruleOptions'] } {
  const problems: ConfigProblem[] = [];
  for (const given of resolved.codeRuleOptions ?? []) {
    const rule = codeRules.find((r) => r.meta.id === given.ruleId);
    if (!rule?.meta.optionsSchema) continue;
    for (const e of checkRuleOptions(rule.meta, given.options)) {
      const place = given.keys.find((k) => k.name === e.key);
      const pos = place && !e.missing ? (e.unknown ? place.key : place.value) : given.pos;
      problems.push({ file: given.file, code: 'schema', ...pos, messages: { 'zh-CN': e.zh, en: e.en } });
    }
  }
  if (problems.length === 0) return { problems };
  // What the rule receives: the merged options (a later layer may correct an earlier one), checked again.
  let ruleOptions: LintConfig['ruleOptions'] | undefined;
  for (const rule of codeRules) {
    const merged = resolved.config.ruleOptions[rule.meta.id];
    if (!merged || !rule.meta.optionsSchema) continue;
    const keys = rejectedKeys(checkRuleOptions(rule.meta, merged));
    if (keys.size > 0) (ruleOptions ??= {})[rule.meta.id] = withoutKeys(merged, keys);
  }
  return { problems, ruleOptions };
}
