import type { ReportDocument } from './document/report-document';
import type { SourceMode, Span } from './document/types';
import type { PackData } from './pack/types';
import type { PreviousLink } from './across-years/previous-report';
import type { Fix, LocalizedText, Related, Severity, Suggestion } from './types';

export type { Fix, LocalizedText, Locale, Related, Severity, SeveritySetting, Suggestion, TextEdit } from './types';

export type RuleCategory = 'punctuation' | 'numbers' | 'format' | 'structure' | 'enumeration' | 'style' | 'meta';

/** One option in a rule's options schema (a JSON Schema; `default` is what the rule uses when unset). */
export interface RuleOptionSchema {
  type?: 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object';
  description?: string;
  default?: unknown;
  [keyword: string]: unknown;
}

/**
 * The options a rule accepts, as a JSON Schema object that admits no other key. Checked when the
 * config loads (engine/config/rule-options.ts): a misspelled or mistyped option is a config error.
 */
export interface RuleOptionsSchema {
  type: 'object';
  properties: Record<string, RuleOptionSchema>;
  additionalProperties: false;
}

/** The schema of a rule that takes no options. */
export const NO_OPTIONS: RuleOptionsSchema = { type: 'object', properties: {}, additionalProperties: false };

export interface RuleMeta {
  /** Stable kebab-case id. */
  id: string;
  /** Ids in the rule catalogue (`RULES.md`), e.g. `PUN-001`. */
  catalogue: string[];
  category: RuleCategory;
  /** Default severity. */
  severity: Severity;
  fixable: 'certain' | 'suggestion' | 'none';
  description: LocalizedText;
  /** Messages by message id. */
  messages: Record<string, LocalizedText>;
  /**
   * The rule reads words (the NLCST tree or `doc.segmenter`). Only then does a run load jieba and
   * its dictionary (about 0.4 s once per process); otherwise words are script runs.
   */
  needsTokens?: boolean;
  /** Where the rule is documented; built-in rules use docs/rules/<id>.md. Code rules in packs set their own. */
  docsUrl?: string;
  /**
   * `annual-report`: the rule checks what only a 法治政府建设年度报告 must have (its parts, title form,
   * plan year, deadlines, 署名): it runs only on documents of that kind. `report`: on documents whose
   * 文种 is 报告 (annual reports included). Default: every document that is checked.
   */
  appliesTo?: 'annual-report' | 'report';
  /**
   * Rules whose findings inside this rule's finding are the same defect seen less precisely (a
   * half-width bracket inside a wrong law title): those findings are dropped.
   */
  supersedes?: string[];
  /** The other way round: this rule's findings inside a finding of one of these rules are dropped. */
  supersededBy?: string[];
  /**
   * The options the rule reads from `rules: { id: [level, {options}] }`. Every built-in rule declares
   * one (`NO_OPTIONS` when it reads none); a code rule without one has its options unchecked.
   */
  optionsSchema?: RuleOptionsSchema;
  /**
   * The rule compares the report with last year's (RuleContext.previous): its findings refer to that
   * report (Finding.previous), and the editor offers to open it ("对照去年报告"). `line`: the report
   * data field that holds the line (1-based) of last year's report a finding points at.
   */
  refersToPrevious?: { line?: string };
}

export interface Report {
  span: Span;
  messageId: string;
  data?: Record<string, string | number>;
  fix?: Fix;
  suggestions?: Suggestion[];
  /** A severity for this finding only (the rule knows the case is weaker), unless configured. */
  severity?: Severity;
  /**
   * The only evidence is a character a web scraper may have produced (published-copy mode): the
   * finding is shown as info and its fix is left out of fix-all.
   */
  publishedCopyDemoted?: boolean;
  related?: Related[];
}

export interface RuleContext {
  report(report: Report): void;
  /** Rule options from the configuration. */
  options: Record<string, unknown>;
  source: SourceMode;
  /** Data from the rule packs (terms, sections, procedures, titles, events, dictionary words). */
  data: PackData;
  /** Last year's report of the same issuer, when the lint was given one or looked for one (across-years). */
  previous?: PreviousLink;
}

export interface Rule {
  meta: RuleMeta;
  check(doc: ReportDocument, context: RuleContext): void;
}

/** Fill `{name}` placeholders. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (all, name: string) => (name in data ? String(data[name]) : all));
}

export function localize(text: LocalizedText, data?: Record<string, string | number>): LocalizedText {
  return { 'zh-CN': formatMessage(text['zh-CN'], data), en: formatMessage(text.en, data) };
}

/** A built-in rule's page: docs/rules/<id>.md of the installed package, or under a given docs base (docs.ts). */
export { ruleDocsUrl } from './docs';
