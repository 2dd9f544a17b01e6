/**
 * The engine for a web page (scripts/build.mjs bundles it with platform `browser`): the same lint and
 * fix as the CLI on a text without a file, with the built-in pack, the dictionaries and the rules'
 * pages embedded. Modules that read files in Node have a `.browser.ts` sibling that the build puts
 * in their place; the bundle contains no Node built-in (test/package/browser-build.test.ts).
 *
 * Call `ready()` once before the first lint: it unpacks the word dictionary.
 */
import { unpackDictionary } from './dictionary-unpack';
import { defaultConfig, type LintConfig } from '../config';
import { packsConfig, readPackText, type PackTextResult, type TextPack } from '../config/pack-text';
import type { ConfigProblem } from '../config/types';
import { readDocsPage, ruleDocsPage } from '../docs';
import type { ReportDocument } from '../document/report-document';
import { useDictionaryBuffer } from '../document/segmenter';
import type { Section } from '../document/types';
import type { Finding } from '../finding';
import { fixAll, applyEdits, selectFixes } from '../fix';
import { allBuiltinRules, lintText, withChecks } from '../lint';
import { loadBuiltinPack } from '../pack/builtin-pack';
import { requiredParts, type RequiredPart } from '../triage/report-facts';
import type { Locale, RuleMeta, TextEdit } from '../rule';

export { applyEdits, selectFixes, readPackText };
export type { ConfigProblem, Finding, Locale, PackTextResult, ReportDocument, RequiredPart, RuleMeta, TextEdit, TextPack };

let loading: Promise<void> | undefined;

/** Unpack the embedded word dictionary (once; about 4 MB from 1.7 MB) and open it for the lints. */
export function ready(): Promise<void> {
  loading ??= unpackDictionary().then(useDictionaryBuffer);
  return loading;
}

export interface BrowserLintOptions {
  locale?: Locale;
  /** `markdown` for a .md file; plain text otherwise. */
  language?: 'plaintext' | 'markdown';
  /**
   * Rule packs read with readPackText, applied over the built-in pack in order, as
   * `extends: [fzlint:recommended, ./a.yaml, …]` applies them. A pack's dictionary words go into a
   * segmenter of their own: they change only the lints given this pack.
   */
  packs?: readonly TextPack[];
}

let packsCache: { packs: readonly TextPack[]; config: LintConfig } | undefined;

function baseConfig(packs: readonly TextPack[] | undefined): Partial<LintConfig> {
  if (!packs || packs.length === 0) return defaultConfig();
  if (packsCache?.packs.length !== packs.length || packsCache.packs.some((p, i) => p !== packs[i]))
    packsCache = { packs: [...packs], config: packsConfig(packs) };
  return packsCache.config;
}

function configFor(options: BrowserLintOptions): Partial<LintConfig> {
  return { ...baseConfig(options.packs), locale: options.locale ?? 'zh-CN' };
}

/** Lint a text as `fzlint` lints a file without a config file. */
export function lint(text: string, options: BrowserLintOptions = {}): { doc: ReportDocument; findings: Finding[] } {
  return lintText(text, { config: configFor(options), language: options.language });
}

/** Apply every certain fix, re-linting between passes: the text `fzlint --fix` writes. */
export function fixAllCertain(text: string, options: BrowserLintOptions = {}): { output: string; fixed: number } {
  const { output, fixed } = fixAll(text, (t) => lint(t, options).findings);
  return { output, fixed };
}

/** The rules' metadata by id (the code rules and the built-in pack's declarative rules, and the packs'). */
export function ruleMetas(packs: readonly TextPack[] = []): Map<string, RuleMeta> {
  const rules = packs.length ? withChecks(allBuiltinRules(), baseConfig(packs).data!) : allBuiltinRules();
  return new Map(rules.map((r) => [r.meta.id, r.meta]));
}

/** The Markdown text of a built-in rule's page (docs/rules/<id>.md), embedded; undefined if none. */
export function ruleExplanation(id: string): string | undefined {
  return readDocsPage(ruleDocsPage(id));
}

export interface ReportPart {
  /** The part's heading, or undefined for the text before the first heading. */
  title?: string;
  /** 0-based line of the heading. */
  line?: number;
  start: number;
  end: number;
}

/** The top-level parts of the report (the sections under the root, the text before them first). */
export function reportParts(doc: ReportDocument): ReportPart[] {
  const parts: ReportPart[] = [];
  const first = doc.root.children[0]?.span.start ?? doc.text.length;
  if (first > 0) parts.push({ start: 0, end: first });
  const visit = (s: Section) => parts.push({ title: s.heading?.title, line: s.heading?.line, start: s.span.start, end: s.span.end });
  doc.root.children.forEach(visit);
  return parts;
}

export interface OutlineEntry {
  title: string;
  /** Structural level (0 for an unnumbered heading, 1 for 一、, 2 for （一） …). */
  level: number;
  /** 0-based line, and the heading paragraph's offsets. */
  line: number;
  start: number;
  end: number;
}

/** The report's headings in order: its outline. */
export function reportOutline(doc: ReportDocument): OutlineEntry[] {
  return doc.headings.map((h) => ({ title: h.title, level: h.level, line: h.line, start: h.paragraphSpan.start, end: h.paragraphSpan.end }));
}

/** The required parts of an annual report (the built-in pack's items, as the packs change them) and whether this one has each. */
export function requiredPartsChecklist(doc: ReportDocument, packs?: readonly TextPack[]): RequiredPart[] {
  return requiredParts(doc, packs?.length ? baseConfig(packs).data!.sections : loadBuiltinPack().data.sections);
}
