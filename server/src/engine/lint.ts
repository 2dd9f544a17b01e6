import type { Root } from 'nlcst';
import { unified, type Processor } from 'unified';
import { VFile } from 'vfile';
import { defaultConfig, effectiveSeverity, type LintConfig } from './config';
import { parseReport, type DocumentLanguage, type ReportDocument } from './document/report-document';
import { retextChinese } from './document/retext-chinese';
import type { PreviousLink } from './across-years/previous-report';
import { scriptSegmenter, segmenterFor, type Segmenter } from './document/segmenter';
import type { Span } from './document/types';
import type { Finding } from './finding';
import { loadBuiltinPack } from './pack/builtin-pack';
import type { PackData } from './pack/types';
import { localize, ruleDocsUrl, type LocalizedText, type Report, type Rule, type Severity } from './rule';
import { builtinRules } from './rules';
import { unusedDisable } from './rules/unused-disable';
import { applySuppressions } from './suppressions';
import { compileCheck } from './checks/compile';
import { packFileUrl } from './docs';
import type { CheckDefinition } from './pack/types';

declare module 'vfile' {
  interface DataMap {
    /** LintOptions.previous, for the rules (RuleContext.previous). */
    previous: PreviousLink;
    /** The findings the rules filed, as plain objects (no vfile message, no Error object per finding). */
    fzlintFindings: Finding[];
  }
}

export interface LintOptions {
  config?: Partial<LintConfig>;
  language?: DocumentLanguage;
  filePath?: string;
  rules?: readonly Rule[];
  segmenter?: Segmenter;
  /** Last year's report of the same issuer, or what its lookup found (cross-year rules read it). */
  previous?: PreviousLink;
  /**
   * The text already parsed for this lint (parseForLint with the same options): the lint reuses it
   * instead of parsing again. Ignored when its text is not the text being linted.
   */
  doc?: ReportDocument;
}

export interface LintResult {
  doc: ReportDocument;
  findings: Finding[];
}

export function languageForPath(filePath: string | undefined): DocumentLanguage {
  return filePath && /\.(md|markdown)$/i.test(filePath) ? 'markdown' : 'plaintext';
}

function insideNonProse(doc: ReportDocument, span: Span): boolean {
  return doc.nonProse.some((s) => span.start < s.end && s.start < span.end && span.start >= s.start);
}

/** Does the rule apply to a document of this kind (RuleMeta.appliesTo)? */
export function appliesTo(rule: Rule, doc: ReportDocument): boolean {
  switch (rule.meta.appliesTo) {
    case 'annual-report':
      return doc.kind === 'annual-report';
    case 'report':
      return doc.kind === 'annual-report' || doc.meta.profile.genre === '报告';
    default:
      return true;
  }
}

/** A unified plugin that runs one fzlint rule over the parsed report and files vfile messages. */
function outside(e: { start: number; end: number }, length: number): boolean {
  return !(Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.start <= e.end && e.end <= length);
}

/** The first of a report's span, fix edits and suggestion edits that is not a range of the text. */
function rangeOutside(r: Report, length: number): { start: number; end: number } | undefined {
  if (outside(r.span, length)) return r.span;
  for (const e of r.fix?.edits ?? []) if (outside(e, length)) return e;
  for (const s of r.suggestions ?? []) for (const e of s.edits) if (outside(e, length)) return e;
  return undefined;
}

/** Where in last year's report a finding points: the line in the data field the rule's meta names. */
function previousPlace(refers: NonNullable<Rule['meta']['refersToPrevious']>, data: Report['data']): { line?: number } {
  const line = refers.line === undefined ? undefined : data?.[refers.line];
  return typeof line === 'number' && Number.isInteger(line) && line > 0 ? { line } : {};
}

function rulePlugin(rule: Rule, severity: Severity, options: Record<string, unknown>, data: PackData) {
  return function attacher() {
    return function transformer(_tree: Root, file: VFile) {
      const doc = file.data.report as ReportDocument;
      // Rules about what only an annual report (or a 报告) must have say nothing about other documents.
      if (!appliesTo(rule, doc)) return;
      const findings = (file.data.fzlintFindings ??= []);
      const report = (r: Report) => {
        // A span or edit outside the text (a buggy rule, e.g. a pack's code rule) becomes this rule's internal-error.
        const bad = rangeOutside(r, doc.text.length);
        if (bad) throw new Error(`rule ${rule.meta.id} reported the range [${bad.start}, ${bad.end}) outside the text (length ${doc.text.length})`);
        if (insideNonProse(doc, r.span)) return;
        const template = rule.meta.messages[r.messageId];
        if (!template) throw new Error(`rule ${rule.meta.id} reported unknown message id "${r.messageId}"`);
        const messages = localize(template, r.data);
        const start = doc.index.toPoint(r.span.start);
        const end = doc.index.toPoint(r.span.end);
        const level: Severity = r.publishedCopyDemoted ? 'info' : severity === rule.meta.severity && r.severity ? r.severity : severity;
        const finding: Finding = {
          ruleId: rule.meta.id,
          messageId: r.messageId,
          severity: level,
          message: messages['zh-CN'],
          messages,
          span: r.span,
          line: start.line,
          column: start.column,
          endLine: end.line,
          endColumn: end.column,
          url: rule.meta.docsUrl ?? ruleDocsUrl(rule.meta.id),
        };
        if (r.fix) finding.fix = r.fix;
        if (r.suggestions && r.suggestions.length) finding.suggestions = r.suggestions;
        if (r.related && r.related.length) finding.related = r.related.map((x) => ({ ...x, ...doc.index.toPoint(x.span.start) }));
        if (r.publishedCopyDemoted) finding.fixExcludedFromFixAll = true;
        if (rule.meta.refersToPrevious) finding.previous = previousPlace(rule.meta.refersToPrevious, r.data);
        findings.push(finding);
      };
      try {
        rule.check(doc, { report, options, source: doc.source, data, previous: file.data.previous });
      } catch (error) {
        // A failing rule becomes one finding; the other rules still run.
        const messages: LocalizedText = {
          'zh-CN': `规则 ${rule.meta.id} 内部错误：${String(error)}`,
          en: `Rule ${rule.meta.id} failed: ${String(error)}`,
        };
        findings.push({
          ruleId: 'internal-error',
          messageId: 'internalError',
          severity: 'error',
          message: messages['zh-CN'],
          messages,
          span: { start: 0, end: 0 },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 1,
          url: '',
        });
      }
    };
  };
}

interface Pipeline {
  processor: Processor<Root, Root, Root>;
}

const pipelines = new Map<string, Pipeline>();

const dataIds = new WeakMap<PackData, number>();
let nextDataId = 1;
function dataId(data: PackData): number {
  let id = dataIds.get(data);
  if (id === undefined) {
    id = nextDataId++;
    dataIds.set(data, id);
  }
  return id;
}

/** Rule sets (built-in rules plus loaded code rules, config/code-rules.ts) whose pipelines are cached, by identity. */
const stableRuleSets = new WeakMap<readonly Rule[], number>();
/** Let lintText cache pipelines for this exact array (it must never change afterwards). */
export function registerStableRuleSet(rules: readonly Rule[]): void {
  if (!stableRuleSets.has(rules)) stableRuleSets.set(rules, nextDataId++);
}

/** Each check's Rule, compiled once per definition object. */
const compiledChecks = new WeakMap<CheckDefinition, Rule>();
/** The rule set with a pack data's checks, per base rule set and data (stable, so pipelines are cached). */
const checkRuleSets = new WeakMap<readonly Rule[], WeakMap<PackData, readonly Rule[]>>();

/** The Rule of a declarative check (engine/checks). */
export function checkRule(def: CheckDefinition): Rule {
  let rule = compiledChecks.get(def);
  if (!rule) {
    rule = compileCheck(def, def.definedIn ? packFileUrl(def.definedIn) : undefined);
    compiledChecks.set(def, rule);
  }
  return rule;
}

/**
 * `rules` plus the declarative rules of the packs (`data.checks`). A check with the id of a rule in
 * `rules` replaces it. The same inputs give the same array, registered as a stable rule set.
 */
export function withChecks(rules: readonly Rule[], data: PackData): readonly Rule[] {
  if (data.checks.length === 0) return rules;
  let byData = checkRuleSets.get(rules);
  if (!byData) checkRuleSets.set(rules, (byData = new WeakMap()));
  let out = byData.get(data);
  if (!out) {
    const checks = data.checks.map(checkRule);
    const ids = new Set(checks.map((r) => r.meta.id));
    out = [...rules.filter((r) => !ids.has(r.meta.id)), ...checks];
    byData.set(data, out);
    if (rules === builtinRules || stableRuleSets.has(rules)) registerStableRuleSet(out);
  }
  return out;
}

/** The declarative rules of the built-in pack (they are built-in rules written as data). */
export function builtinCheckRules(): readonly Rule[] {
  return loadBuiltinPack().data.checks.map(checkRule);
}

/** Every built-in rule: the code rules and the built-in pack's declarative rules. */
export function allBuiltinRules(): readonly Rule[] {
  return withChecks(builtinRules, loadBuiltinPack().data);
}

/**
 * The rules a lint runs: the built-in rules (or a registered set: built-in plus loaded code rules)
 * and the config's checks. An ad-hoc list of rules (a test of one rule) runs as given.
 */
function lintRules(options: LintOptions, config: LintConfig): readonly Rule[] {
  const base = options.rules ?? builtinRules;
  if (base !== builtinRules && !stableRuleSets.has(base)) return base;
  return withChecks(base, config.data ?? loadBuiltinPack().data);
}

/** The segmenter a lint with these rules and config parses with (script runs unless a rule needs words). */
function lintSegmenter(rules: readonly Rule[], config: LintConfig, segmenter?: Segmenter): Segmenter {
  const data = config.data ?? loadBuiltinPack().data;
  const needsWords = rules.some((r) => r.meta.needsTokens && effectiveSeverity(r, config) !== 'off');
  // A pack's words go into a segmenter of their own (segmenterFor), never into one other configurations use.
  const words = segmenter ?? (needsWords ? segmenterFor(data.dictionary) : scriptSegmenter);
  if (segmenter && needsWords && data.dictionary.length > 0) segmenter.addWords(data.dictionary);
  return words;
}

/**
 * Parse a text exactly as lintText with the same options would (language, source, segmenter), so
 * that a shell can use the parse for its own features and hand it to lintText (`options.doc`).
 */
export function parseForLint(text: string, options: LintOptions = {}): ReportDocument {
  const config: LintConfig = { ...defaultConfig(), ...options.config };
  const rules = lintRules(options, config);
  const language = options.language ?? languageForPath(options.filePath);
  const words = options.segmenter ?? lintSegmenter(rules, config);
  return parseReport(text, { language, source: config.source, segmenter: words });
}

function pipelineFor(rules: readonly Rule[], config: LintConfig, language: DocumentLanguage, segmenter?: Segmenter): Pipeline {
  const data = config.data ?? loadBuiltinPack().data;
  const key = JSON.stringify([
    rules.map((r) => r.meta.id),
    config.rules,
    config.ruleOptions,
    config.source,
    language,
    dataId(data),
    stableRuleSets.get(rules) ?? 0,
  ]);
  // Only the built-in rule set (and registered sets) is cached: ad-hoc rule objects may reuse an id with other behaviour.
  const cacheable = !segmenter && (rules === builtinRules || stableRuleSets.has(rules));
  const cached = cacheable ? pipelines.get(key) : undefined;
  if (cached) return cached;
  const enabled = rules.filter((r) => effectiveSeverity(r, config) !== 'off');
  const words = lintSegmenter(rules, config, segmenter);
  // retext's architecture: unified with the Chinese parser (document model; NLCST on demand), then the rules.
  const processor = unified().use(retextChinese, { language, source: config.source, segmenter: words }) as unknown as Processor<Root, Root, Root>;
  for (const rule of enabled) {
    const severity = effectiveSeverity(rule, config);
    if (severity === 'off') continue;
    processor.use(rulePlugin(rule, severity, config.ruleOptions[rule.meta.id] ?? {}, data));
  }
  processor.freeze();
  const pipeline = { processor };
  if (cacheable) {
    if (pipelines.size > 32) pipelines.clear();
    pipelines.set(key, pipeline);
  }
  return pipeline;
}

/**
 * One defect, one finding: a finding inside the span of a more specific rule's finding that
 * supersedes its rule (RuleMeta.supersedes) is the same defect seen less precisely, and is dropped.
 */
function dropSuperseded(findings: Finding[], rules: readonly Rule[]): Finding[] {
  const supersedes = new Map<string, Set<string>>();
  const add = (specific: string, general: string) => {
    let set = supersedes.get(specific);
    if (!set) supersedes.set(specific, (set = new Set()));
    set.add(general);
  };
  for (const r of rules) {
    for (const general of r.meta.supersedes ?? []) add(r.meta.id, general);
    for (const specific of r.meta.supersededBy ?? []) add(specific, r.meta.id);
  }
  if (supersedes.size === 0) return findings;
  const specific = findings.filter((f) => supersedes.has(f.ruleId));
  if (specific.length === 0) return findings;
  return findings.filter(
    (f) => !specific.some((s) => s !== f && supersedes.get(s.ruleId)?.has(f.ruleId) && f.span.start >= s.span.start && f.span.end <= s.span.end),
  );
}

/** The findings with their message in the configured language. */
function localized(findings: Finding[], locale: LintConfig['locale']): Finding[] {
  if (locale !== 'zh-CN') for (const f of findings) f.message = f.messages[locale];
  return findings;
}

/** Lint one text. The same text and config give the same findings in every shell. */
export function lintText(text: string, options: LintOptions = {}): LintResult {
  const config: LintConfig = { ...defaultConfig(), ...options.config };
  const rules = lintRules(options, config);
  const language = options.language ?? languageForPath(options.filePath);
  const { processor } = pipelineFor(rules, config, language, options.segmenter);
  const file = new VFile({ path: options.filePath, value: text });
  if (options.doc) file.data.report = options.doc;
  if (options.previous) file.data.previous = options.previous;
  const tree = processor.parse(file);
  processor.runSync(tree, file);
  const doc = file.data.report as ReportDocument;
  // Disable comments (suppressions.ts) drop findings; comments that suppress nothing are reported.
  const ran = new Set(rules.filter((r) => effectiveSeverity(r, config) !== 'off').map((r) => r.meta.id));
  const unusedSeverity = rules.includes(unusedDisable) ? effectiveSeverity(unusedDisable, config) : 'off';
  const findings = applySuppressions({
    text: doc.text,
    lines: doc.lines,
    language: doc.language,
    findings: dropSuperseded(localized(file.data.fzlintFindings ?? [], config.locale), rules),
    ran,
    known: new Set([...builtinRules, ...rules].map((r) => r.meta.id)),
    unusedSeverity: unusedSeverity === 'off' ? undefined : unusedSeverity,
    locale: config.locale,
    toPoint: (offset) => doc.index.toPoint(offset),
  }).sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.ruleId.localeCompare(b.ruleId));
  return { doc, findings };
}
