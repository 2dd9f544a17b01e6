/**
 * The project API: everything the CLI, its batch workers and the language server need to lint a
 * file of a project — resolve its configuration (discovery, extends, overrides, ignores, the
 * code-rule gate; config problems as findings), detect the document, lint, fix. The shells hold no
 * copy of any of it.
 */
import * as path from '../node-path';
import { previousCandidates, type PreviousCandidate, type PreviousLink } from '../across-years/previous-report';
import { loadBuiltinPack } from '../pack/builtin-pack';
import { indicatorCoverage, type SystemCoverage } from '../coverage/indicator-coverage';
import type { LintConfig } from '../config';
import { codeRulesNotice, forgetCodeRules, loadCodeRules } from '../config/code-rules';
import { CONFIG_ERROR_RULE, problemToFinding } from '../config/finding';
import { MAX_CONFIG_FILE_BYTES, nodeHost, type ConfigHost } from '../config/host';
import { CONFIG_FILE_NAMES, ConfigResolver, IGNORE_FILE_NAME } from '../config/resolve';
import type { CodeRuleRef, ConfigProblem, ResolvedConfig } from '../config/types';
import type { DocumentLanguage, ReportDocument } from '../document/report-document';
import type { Finding } from '../finding';
import { fixAll, type FixResult } from '../fix';
import { readRegularFile } from '../io/safe-file';
import { languageForPath, lintText, parseForLint, type LintOptions, type LintResult } from '../lint';
import { isWithin } from '../paths';
import type { LocalizedText, Locale, Rule } from '../rule';
import { ContentCache, readContent, RecordingHost, sameContent, type Content } from './cache';
import { shellDefaultsConfig } from './defaults';
import { gateCodeRules, SharedConfigs, type CodeRuleGate, type FileConfig, type ShellSettings } from './file-config';

/** Counts for tests: how often configurations were asked for and texts parsed. */
export const projectCounters = { resolutions: 0, parses: 0 };

export interface ResolveRequest {
  /** An explicit config file (the editor's `fzlint.configFile`, absolute) instead of discovery. */
  configFile?: string;
  /** The shell's settings on top of the config files. */
  shell?: ShellSettings;
  /** May code rules run (undefined: no). */
  codeRules?: CodeRuleGate;
}

export interface ProjectOptions {
  host?: ConfigHost;
  /**
   * Check the config files' contents on every resolve (the language server: files change while it
   * runs). Without it (one CLI run), each file is read once.
   */
  revalidate?: boolean;
}

/** What a lint needs: plain data except `rules`, so that it can go to a batch worker. */
export interface LintPlan {
  config: Partial<LintConfig>;
  /** Loaded rules (FileConfig.rules); or `codeRules`, loaded where the lint runs. */
  rules?: readonly Rule[];
  codeRules?: readonly CodeRuleRef[];
  filePath?: string;
  language?: DocumentLanguage;
  /** Last year's report of the same issuer, or what looking for it found (cross-year rules). */
  previous?: PreviousLink;
}

/** Config or pack problems of one file, as findings on it. */
export interface ProblemReport {
  file: string;
  /** The file's text ('' when it cannot be read). */
  source: string;
  findings: Finding[];
}

function problemKey(p: ConfigProblem): string {
  return `${p.file}:${p.line}:${p.column}:${p.messages.en}`;
}

export class Project {
  private readonly base: ConfigHost;
  private readonly revalidate: boolean;
  private recorder: RecordingHost;
  private resolver: ConfigResolver;
  private readonly cache: ContentCache<ResolvedConfig>;
  private readonly shared = new SharedConfigs();
  private readonly problems = new Map<string, ConfigProblem>();
  private readonly notRun = new Map<string, CodeRuleRef>();
  private readonly noticed = new Set<string>();
  private readonly known = new Set<string>();

  constructor(options: ProjectOptions = {}) {
    this.base = options.host ?? nodeHost;
    this.revalidate = options.revalidate ?? false;
    this.recorder = new RecordingHost(this.base);
    this.resolver = new ConfigResolver(this.recorder);
    this.cache = new ContentCache(this.base, this.revalidate);
  }

  /** The configuration of a report file. */
  resolve(file: string, request: ResolveRequest = {}): FileConfig {
    projectCounters.resolutions++;
    const abs = path.resolve(file);
    const resolved = this.resolved(abs, request.configFile);
    const gate = gateCodeRules(resolved, request.codeRules);
    const problems = [...resolved.problems, ...gate.problems];
    for (const p of problems) this.problems.set(problemKey(p), p);
    for (const r of gate.codeRulesNotRun) this.notRun.set(r.module, r);
    return {
      file: abs,
      ignored: resolved.ignored,
      config: this.shared.merge(resolved, request.shell ?? {}, gate.ruleOptions),
      rules: gate.rules,
      codeRules: gate.codeRules,
      codeRulesNotRun: gate.codeRulesNotRun,
      notice: this.freshNotice(gate.codeRulesNotRun, request.codeRules?.reason ?? 'cli'),
      problems,
      files: resolved.files,
      configFile: resolved.configFile,
      declared: resolved.declared,
      resolved,
    };
  }

  /** The config files' resolution for `abs`, from the cache while the files it was read from are unchanged. */
  private resolved(abs: string, explicit: string | undefined): ResolvedConfig {
    const configFile = explicit ? path.resolve(explicit) : undefined;
    const key = `${abs}\0${configFile ?? ''}`;
    let resolved = this.cache.get(key);
    if (!resolved) {
      // Some file read earlier changed: start from a fresh resolver (entries of unchanged files stay).
      if (this.revalidate && this.stale()) this.newGeneration();
      resolved = configFile ? this.resolver.applyChain(this.resolver.loadChain({ file: configFile }), abs) : this.resolver.resolveFor(abs);
      this.cache.set(key, resolved, this.depsOf(abs, resolved, configFile));
    }
    for (const f of resolved.files) this.known.add(f);
    return resolved;
  }

  /** The configuration of a text with no file (an untitled editor buffer): the defaults and the shell's settings. */
  defaults(shell: ShellSettings = {}): FileConfig {
    projectCounters.resolutions++;
    const config = shellDefaultsConfig(shell);
    const resolved: ResolvedConfig = { config, settings: {}, layers: [], declared: {}, ignored: false, codeRules: [], files: [], problems: [] };
    return { file: '', ignored: false, config, codeRules: [], codeRulesNotRun: [], problems: [], files: [], declared: {}, resolved };
  }

  /** The locale the nearest config of `dir` declares, if any. */
  declaredLocale(dir: string): Locale | undefined {
    // Only asked for the default locale: its problems are reported when a report uses that config.
    return this.resolved(path.resolve(dir, '__fzlint__.txt'), undefined).declared.locale;
  }

  /** The notice for code rules named but not run, over everything resolved so far (the CLI: once per run). */
  codeRulesNotice(reason: CodeRuleGate['reason'] = 'cli'): LocalizedText | undefined {
    return this.notRun.size > 0 ? codeRulesNotice([...this.notRun.values()], reason) : undefined;
  }

  hasProblems(): boolean {
    return this.problems.size > 0;
  }

  /** Every config or pack problem met so far, one report per file, as findings (rule config-error). */
  problemReports(locale: Locale): ProblemReport[] {
    return problemReports([...this.problems.values()], locale);
  }

  /** A file whose change may change some report's configuration. */
  isConfigFile(filePath: string): boolean {
    const base = path.basename(filePath);
    return this.known.has(filePath) || this.cache.files().has(filePath) || (CONFIG_FILE_NAMES as readonly string[]).includes(base) || base === IGNORE_FILE_NAME;
  }

  /**
   * A config, pack or ignore file changed (a watcher said so): code rules are required afresh, and
   * the next resolve re-reads the files (entries whose files still hold the same bytes stay).
   */
  changed(): void {
    forgetCodeRules();
    this.newGeneration();
    this.problems.clear();
  }

  private newGeneration(): void {
    this.recorder = new RecordingHost(this.base);
    this.resolver = new ConfigResolver(this.recorder);
  }

  private stale(): boolean {
    for (const [file, content] of this.recorder.seen) if (!sameContent(readContent(this.base, file), content)) return true;
    return false;
  }

  /** The files a resolution depends on: the config names looked for on the way up, the ignore files, the chain. */
  private depsOf(abs: string, resolved: ResolvedConfig, configFile: string | undefined): Map<string, Content> {
    const seen = this.recorder.seen;
    const deps = new Map<string, Content>();
    const add = (f: string) => {
      if (seen.has(f)) deps.set(f, seen.get(f));
    };
    const configDir = configFile ? undefined : resolved.configFile ? path.dirname(resolved.configFile) : undefined;
    let lookForConfig = !configFile;
    let lookForIgnore = true;
    let dir = path.dirname(abs);
    for (;;) {
      if (lookForConfig) for (const name of CONFIG_FILE_NAMES) add(path.join(dir, name));
      if (lookForIgnore) {
        const ignore = path.join(dir, IGNORE_FILE_NAME);
        add(ignore);
        if (seen.has(ignore) && seen.get(ignore) !== undefined) lookForIgnore = false;
      }
      if (dir === configDir) lookForConfig = false;
      const parent = path.dirname(dir);
      if (parent === dir || (!lookForConfig && !lookForIgnore)) break;
      dir = parent;
    }
    for (const f of resolved.files) {
      if (seen.has(f)) deps.set(f, seen.get(f));
      else deps.set(f, readContent(this.base, f));
    }
    if (configFile && !deps.has(configFile)) deps.set(configFile, readContent(this.base, configFile));
    return deps;
  }

  private freshNotice(refs: readonly CodeRuleRef[], reason: CodeRuleGate['reason']): LocalizedText | undefined {
    const fresh = refs.filter((r) => !this.noticed.has(`${reason}\0${r.declaredIn}`));
    if (fresh.length === 0) return undefined;
    for (const r of fresh) this.noticed.add(`${reason}\0${r.declaredIn}`);
    return codeRulesNotice(fresh, reason);
  }
}

/** Problems grouped per file, as findings sorted by position. */
export function problemReports(problems: readonly ConfigProblem[], locale: Locale): ProblemReport[] {
  const byFile = new Map<string, ProblemReport>();
  for (const p of problems) {
    let r = byFile.get(p.file);
    if (!r) {
      let source = '';
      try {
        source = readRegularFile(p.file, MAX_CONFIG_FILE_BYTES).bytes.toString('utf8');
      } catch {
        // the file may be the missing one
      }
      r = { file: p.file, source, findings: [] };
      byFile.set(p.file, r);
    }
    r.findings.push(problemToFinding(p, locale));
  }
  for (const r of byFile.values()) r.findings.sort((a, b) => a.line - b.line || a.column - b.column);
  return [...byFile.values()];
}

/**
 * An editor's `fzlint.configFile` as an absolute path: a relative path is relative to the workspace
 * folder that holds the report (the first folder when none does; the report's own folder without any).
 */
export function configFileSetting(configFile: string, reportFile: string, folders: readonly string[]): string {
  if (path.isAbsolute(configFile)) return configFile;
  const abs = path.resolve(reportFile);
  const holding = folders
    .map((f) => path.resolve(f))
    .filter((f) => isWithin(f, abs))
    .sort((a, b) => b.length - a.length)[0];
  return path.resolve(holding ?? (folders[0] ? path.resolve(folders[0]) : path.dirname(abs)), configFile);
}

function lintOptions(plan: LintPlan): LintOptions {
  const rules = plan.rules ?? (plan.codeRules?.length ? loadCodeRules(plan.codeRules).rules : undefined);
  return { config: plan.config, rules, filePath: plan.filePath, language: plan.language ?? languageForPath(plan.filePath), previous: plan.previous };
}

/** The plan of a report file with its configuration. */
export function planFor(fc: FileConfig, filePath: string | undefined = fc.file || undefined, language?: DocumentLanguage): LintPlan {
  return { config: fc.config, rules: fc.rules, filePath, language };
}

/** Parse a text as a lint with this plan will (the editor shares it between its features and the lint). */
export function parseText(text: string, plan: LintPlan): ReportDocument {
  projectCounters.parses++;
  return parseForLint(text, lintOptions(plan));
}

/** Lint a text; `doc`: its parse (parseText with the same plan), reused. */
export function lintWith(text: string, plan: LintPlan, doc?: ReportDocument): LintResult {
  const result = lintText(text, { ...lintOptions(plan), doc });
  if (result.doc !== doc) projectCounters.parses++;
  return result;
}

/**
 * Apply every certain fix, re-linting between passes (`fzlint --fix`); `only` keeps one rule's fixes.
 * `doc` (the parse of `text`) is used for the first pass. Returns the first pass's document too.
 */
export function fixWith(
  text: string,
  plan: LintPlan,
  options: {
    only?: string;
    doc?: ReportDocument;
    /** The findings whose fixes may apply (the editor leaves out those its verdict ledger dismisses); all when absent. */
    keep?: (text: string, findings: Finding[]) => Finding[];
  } = {},
): FixResult & { doc?: ReportDocument } {
  const opts = lintOptions(plan);
  let first: ReportDocument | undefined;
  const lint = (t: string): Finding[] => {
    const given = first === undefined && t === text ? options.doc : undefined;
    const result = lintText(t, { ...opts, doc: given });
    if (result.doc !== given) projectCounters.parses++;
    first ??= result.doc;
    const findings = options.only ? result.findings.filter((f) => f.ruleId === options.only) : result.findings;
    return options.keep ? options.keep(t, findings) : findings;
  };
  return { ...fixAll(text, lint), doc: first };
}

export { CONFIG_ERROR_RULE };

/**
 * The report's coverage of the indicator systems of its configuration (engine/coverage) that apply
 * to it: for an annual report only, and only the systems whose years include the report's.
 */
export function coverageOf(doc: ReportDocument, plan: LintPlan): SystemCoverage[] {
  if (doc.kind !== 'annual-report') return [];
  return indicatorCoverage(doc, plan.config.data ?? loadBuiltinPack().data, { applyingOnly: true });
}

/**
 * Choose last year's report for a lint among candidates (files with their detected issuer and year):
 * the one report of the same issuer for year Y−1. None or several: said as such, nothing guessed.
 */
export function choosePrevious(doc: ReportDocument, candidates: readonly PreviousCandidate[]): PreviousChoice {
  const year = doc.meta.year;
  const same = previousCandidates(doc, candidates);
  if (!same || year === undefined) return { status: 'unknown' };
  if (same.length === 0) return { status: 'missing', year: year - 1 };
  if (same.length > 1) return { status: 'ambiguous', year: year - 1, files: same.map((c) => c.filePath) };
  return { status: 'chosen', candidate: same[0] };
}

export type PreviousChoice = Exclude<PreviousLink, { status: 'found' }> | { status: 'chosen'; candidate: PreviousCandidate };
