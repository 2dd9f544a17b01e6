import * as fs from 'node:fs';
import * as path from 'node:path';
import type { LintConfig } from '../../engine/config';
import { problemToFinding } from '../../engine/config/finding';
import { ConfigResolver } from '../../engine/config/resolve';
import type { ConfigProblem } from '../../engine/config/types';
import type { Locale } from '../../engine/rule';
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

  constructor(
    private readonly cli: LintConfig,
    private readonly sourceFlag: boolean,
  ) {}

  /** The configuration for `file`, or undefined when the file is ignored. */
  forFile(file: string): LintConfig | undefined {
    const resolved = this.resolver.resolveFor(file);
    for (const p of resolved.problems) this.problems.set(`${p.file}:${p.line}:${p.column}:${p.messages.en}`, p);
    if (resolved.ignored) return undefined;
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
          source = fs.readFileSync(p.file, 'utf8');
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
