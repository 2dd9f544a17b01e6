/**
 * The configuration of one report file as the shells use it: the resolved config files with the
 * shell's own settings on top (command-line flags, editor settings), and the code-rule gate.
 */
import type { LintConfig } from '../config';
import { checkCodeRuleOptions, loadCodeRules } from '../config/code-rules';
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
  return {
    rules: loaded.rules,
    codeRules: resolved.codeRules,
    codeRulesNotRun: [],
    problems: [...loaded.problems, ...options.problems],
    ruleOptions: options.ruleOptions,
  };
}
