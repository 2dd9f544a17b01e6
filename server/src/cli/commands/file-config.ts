import * as fs from 'node:fs';
import * as path from 'node:path';
import type { LintConfig } from '../../engine/config';
import { codeRulesNotice, loadCodeRules } from '../../engine/config/code-rules';
import { problemToFinding } from '../../engine/config/finding';
import { MAX_CONFIG_FILE_BYTES } from '../../engine/config/host';
import { ConfigResolver } from '../../engine/config/resolve';
import { readRegularFile } from '../../engine/io/safe-file';
import type { CodeRuleRef, ConfigProblem } from '../../engine/config/types';
import type { LocalizedText, Locale } from '../../engine/rule';
import type { FileResult } from '../result';

/**
 * Per-file configuration for a CLI run: the nearest config file of each report (cached per folder),
 * with the command-line flags on top (`--rule` always; `--source` when it is not `auto`). Config and
 * pack errors are collected once per file and shown as results for those files (exit code 2).
 */
export class CliConfigs {
  readonly resolver = new ConfigResolver();
  private readonly problems = new Map<string, ConfigProblem>();
  /** One LintConfig object per distinct configuration, so that callers can memoize by identity. */
  private readonly shared = new Map<string, LintConfig>();
  /** Code rules per report file (only with the opt-in); plain data, so they can go to a worker. */
  private readonly codeRules = new Map<string, CodeRuleRef[]>();
  /** Code rules named by packs but not run (no opt-in): told once per run. */
  private readonly notRun = new Map<string, CodeRuleRef>();

  constructor(
    private readonly cli: LintConfig,
    private readonly sourceFlag: boolean,
    /** `--allow-code-rules`: load and run the code rules packs name (config/code-rules.ts). */
    private readonly allowCodeRules = false,
  ) {}

  /** The code rules to run for `file` (call forFile first); empty without the opt-in. */
  codeRulesFor(file: string): CodeRuleRef[] {
    return this.codeRules.get(file) ?? [];
  }

  /** The notice for code rules that packs name but that did not run (no opt-in), or undefined. */
  codeRulesNotice(): LocalizedText | undefined {
    return this.notRun.size > 0 ? codeRulesNotice([...this.notRun.values()], 'cli') : undefined;
  }

  /** The configuration for `file`, or undefined when the file is ignored. */
  forFile(file: string): LintConfig | undefined {
    const resolved = this.resolver.resolveFor(file);
    for (const p of resolved.problems) this.problems.set(`${p.file}:${p.line}:${p.column}:${p.messages.en}`, p);
    if (resolved.ignored) return undefined;
    if (resolved.codeRules.length > 0) {
      if (this.allowCodeRules) {
        // A module that throws on load or exports no valid rule: one problem naming it (exit code 2).
        const loaded = loadCodeRules(resolved.codeRules);
        for (const p of loaded.problems) this.problems.set(`${p.file}:${p.line}:${p.column}:${p.messages.en}`, p);
        this.codeRules.set(file, resolved.codeRules);
      } else {
        for (const r of resolved.codeRules) this.notRun.set(r.module, r);
      }
    }
    const config: LintConfig = {
      ...resolved.config,
      rules: { ...resolved.config.rules, ...this.cli.rules },
      ruleOptions: { ...resolved.config.ruleOptions, ...this.cli.ruleOptions },
      source: this.sourceFlag ? this.cli.source : resolved.config.source,
      locale: this.cli.locale,
    };
    const { data, ...rest } = config;
    const key = JSON.stringify([rest, resolved.configFile ?? '']);
    const seen = this.shared.get(key);
    if (seen && seen.data === data) return seen;
    this.shared.set(key, config);
    return config;
  }

  /** The locale the nearest config of `dir` declares, if any. */
  declaredLocale(dir: string): Locale | undefined {
    return this.resolver.resolveFor(path.join(dir, '__fzlint__.txt')).declared.locale;
  }

  hasProblems(): boolean {
    return this.problems.size > 0;
  }

  /** One result per config or pack file with errors. */
  problemResults(locale: Locale): FileResult[] {
    const byFile = new Map<string, FileResult>();
    for (const p of this.problems.values()) {
      let r = byFile.get(p.file);
      if (!r) {
        let source = '';
        try {
          source = readRegularFile(p.file, MAX_CONFIG_FILE_BYTES).bytes.toString('utf8');
        } catch {
          // the file may be the missing one
        }
        r = { filePath: p.file, findings: [], source };
        byFile.set(p.file, r);
      }
      r.findings.push(problemToFinding(p, locale));
    }
    for (const r of byFile.values()) r.findings.sort((a, b) => a.line - b.line || a.column - b.column);
    return [...byFile.values()];
  }
}
