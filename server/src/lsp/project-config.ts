/**
 * Config files and rule packs in the language server: the configuration of each open report comes
 * from the nearest config file (engine/config), cached until a config, pack or ignore file changes
 * (`workspace/didChangeWatchedFiles`, or a save of such a file). Errors in those files become
 * diagnostics on them and a log line; the report is still linted with the rest.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { LintConfig } from '../engine';
import { CONFIG_ERROR_RULE, CONFIG_DOCS_URL } from '../engine/config/finding';
import { codeRulesNotice, forgetCodeRules, loadCodeRules } from '../engine/config/code-rules';
import { CONFIG_FILE_NAMES, ConfigResolver, IGNORE_FILE_NAME } from '../engine/config/resolve';
import type { ConfigProblem, ResolvedConfig } from '../engine/config/types';
import { isWithin } from '../engine/paths';
import type { Locale, Rule } from '../engine/rule';
import { workspaceTrust } from './trust';

/** Globs the server asks the client to watch. */
export const CONFIG_WATCH_GLOBS = [
  '**/.fzlintrc.json',
  '**/.fzlintrc.yaml',
  '**/.fzlintrc.yml',
  '**/fzlint.config.json',
  '**/package.json',
  `**/${IGNORE_FILE_NAME}`,
  '**/*.{yaml,yml,json}',
];

export interface ProjectConfigHost {
  publish(uri: string, diagnostics: Diagnostic[]): void;
  log(message: string): void;
  /** Tell the user once (window/showMessage). */
  notify?(message: string): void;
}

function toDiagnostic(p: ConfigProblem, locale: Locale): Diagnostic {
  return {
    range: { start: { line: p.line - 1, character: p.column - 1 }, end: { line: p.endLine - 1, character: p.endColumn - 1 } },
    severity: DiagnosticSeverity.Error,
    source: 'fzlint',
    code: CONFIG_ERROR_RULE,
    codeDescription: { href: CONFIG_DOCS_URL },
    message: p.messages[locale],
  };
}

export class ProjectConfigs {
  private resolver = new ConfigResolver();
  private host: ProjectConfigHost | undefined;
  /** Every config/pack/ignore file read so far. */
  private readonly known = new Set<string>();
  /** What was last published per config file (to publish only changes, and clear them later). */
  private readonly published = new Map<string, string>();
  /** Code rule modules that failed to load, by pack file (shown with that file's other problems). */
  private codeProblems: ConfigProblem[] = [];
  /** Packs whose unloaded code rules the user has been told about (`reason\0file`): once per session. */
  private readonly noticed = new Set<string>();
  /** Workspace folder paths: a relative `fzlint.configFile` is relative to the report's folder. */
  private folders: string[] = [];

  attach(host: ProjectConfigHost): void {
    this.host = host;
  }

  setWorkspaceFolders(folders: string[]): void {
    this.folders = folders.map((f) => path.resolve(f));
  }

  /**
   * The `fzlint.configFile` setting as an absolute path: relative paths are relative to the workspace
   * folder that holds the report (the first folder when none does; the report's own folder without any).
   */
  configFilePath(configFile: string, filePath: string): string {
    if (path.isAbsolute(configFile)) return configFile;
    const abs = path.resolve(filePath);
    const holding = this.folders.filter((f) => isWithin(f, abs)).sort((a, b) => b.length - a.length)[0];
    return path.resolve(holding ?? this.folders[0] ?? path.dirname(abs), configFile);
  }

  /** The configuration of a report file (`configFile`: an explicit config from the settings). */
  resolve(filePath: string | undefined, locale: Locale, configFile?: string): ResolvedConfig | undefined {
    if (!filePath) return undefined;
    let resolved: ResolvedConfig;
    try {
      resolved = configFile
        ? this.resolver.applyChain(this.resolver.loadChain({ file: this.configFilePath(configFile, filePath) }), path.resolve(filePath))
        : this.resolver.resolveFor(filePath);
    } catch (error) {
      this.host?.log(`fzlint: reading the configuration for ${filePath} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return undefined;
    }
    for (const f of resolved.files) this.known.add(f);
    this.report(resolved, locale);
    return resolved;
  }

  /** Partial engine config for a report (undefined: defaults). */
  lintConfig(filePath: string | undefined, locale: Locale, configFile?: string): Partial<LintConfig> & { ignored?: boolean } {
    const resolved = this.resolve(filePath, locale, configFile);
    if (!resolved) return {};
    return { ...resolved.config, ignored: resolved.ignored };
  }

  /** The engine config and rules for a report, from one resolution of its config files. */
  forReport(filePath: string | undefined, locale: Locale, configFile: string | undefined, allowCodeRules: boolean): { config: Partial<LintConfig>; rules?: readonly Rule[] } {
    const resolved = this.resolve(filePath, locale, configFile);
    if (!resolved) return { config: {} };
    return { config: resolved.config, rules: this.ruleSet(resolved, locale, allowCodeRules) };
  }

  /**
   * The rules for a report: undefined (the built-in rules) unless its packs name code rules AND the
   * workspace is trusted AND the user setting `fzlint.allowCodeRules` is on; only then is any code
   * loaded. Otherwise the user is told once per pack. A module that fails to load is a diagnostic on
   * the pack file (the other rules still run).
   */
  private ruleSet(resolved: ResolvedConfig, locale: Locale, allowCodeRules: boolean): readonly Rule[] | undefined {
    if (resolved.codeRules.length === 0) return undefined;
    if (!workspaceTrust.trusted || !allowCodeRules) {
      const reason = workspaceTrust.trusted ? 'setting' : 'untrusted';
      const fresh = resolved.codeRules.filter((r) => !this.noticed.has(`${reason}\0${r.declaredIn}`));
      if (fresh.length > 0) {
        for (const r of fresh) this.noticed.add(`${reason}\0${r.declaredIn}`);
        const text = codeRulesNotice(fresh, reason);
        this.host?.log(`fzlint: ${text.en}`);
        this.host?.notify?.(text[locale]);
      }
      return undefined;
    }
    const loaded = loadCodeRules(resolved.codeRules);
    const before = this.codeProblems.length;
    for (const p of loaded.problems) {
      if (!this.codeProblems.some((q) => q.file === p.file && q.line === p.line && q.column === p.column)) this.codeProblems.push(p);
    }
    if (this.codeProblems.length !== before) this.report(resolved, locale);
    return loaded.rules;
  }

  private report(resolved: ResolvedConfig, locale: Locale): void {
    const byFile = new Map<string, ConfigProblem[]>();
    const chainFiles = new Set(resolved.files);
    for (const p of [...resolved.problems, ...this.codeProblems.filter((q) => chainFiles.has(q.file))]) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
    for (const [file, problems] of byFile) {
      const signature = JSON.stringify(problems.map((p) => [p.line, p.column, p.messages[locale]]));
      if (this.published.get(file) === signature) continue;
      this.published.set(file, signature);
      this.host?.publish(pathToFileURL(file).href, problems.map((p) => toDiagnostic(p, locale)));
      for (const p of problems) this.host?.log(`fzlint: ${file}:${p.line}:${p.column}: ${p.messages.en}`);
    }
  }

  /** A file whose change may change some report's configuration. */
  isConfigFile(filePath: string): boolean {
    const base = path.basename(filePath);
    return this.known.has(filePath) || (CONFIG_FILE_NAMES as readonly string[]).includes(base) || base === IGNORE_FILE_NAME;
  }

  /** Forget everything read (a config or pack changed); clears the diagnostics published on them. */
  changed(): void {
    this.resolver = new ConfigResolver();
    // Code rules are required afresh with the new configuration.
    forgetCodeRules();
    this.codeProblems = [];
    for (const file of this.published.keys()) this.host?.publish(pathToFileURL(file).href, []);
    this.published.clear();
  }
}

/** The server's single instance. */
export const projectConfigs = new ProjectConfigs();
