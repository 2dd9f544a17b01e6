import type { LocalizedText, SeveritySetting } from '../types';
import { emptyVocabulary, type Vocabulary } from './vocabulary';

/**
 * Rule data that packs supply and extend. The built-in recommended pack (`rules/recommended.yaml`)
 * is itself a pack. Entries carry a stable `id`; a later pack's entry with the same id replaces the
 * earlier one, and `remove` lists ids to drop.
 */

/** A term substitution or a forbidden term (TERM rules and similar). */
export interface TermEntry {
  id: string;
  /** The rule that reports it (default `canonical-terms`). */
  rule?: string;
  /** Literal wrong forms. */
  wrong: string[];
  /** The right form; absent for a forbidden term with no replacement. */
  right?: string;
  /** True when replacing `wrong` by `right` is certain (goes into fix-all). */
  certain?: boolean;
  /** Only report when one of these strings occurs in the same sentence. */
  requires?: string[];
  /** Never report when the wrong form is part of one of these longer strings. */
  unless?: string[];
  /** Catalogue ids and source, for messages and docs. */
  catalogue?: string[];
  source?: LocalizedText;
  message?: LocalizedText;
  severity?: 'error' | 'warning' | 'info';
  /** Only report outside 《》 (inside a title, `canonical-titles` reports the whole title). */
  outsideTitleMarks?: boolean;
}

/** A content item a report must (or should) cover, e.g. the five items of the 督察规定. */
export interface SectionItem {
  id: string;
  name: LocalizedText;
  /** `error`/`warning`/`info` when missing; `optional` never reported. */
  whenMissing: 'error' | 'warning' | 'info' | 'optional';
  /** Keywords found in a heading or the first sentences of a section. */
  keywords: string[];
  /** Further words that count as a match (synonyms). */
  synonyms?: string[];
  /** All of these must also occur (e.g. a next-year word for the plan item). */
  alsoRequires?: string[];
  /** Position in the expected order (lower comes first); items without it are unordered. */
  order?: number;
  /** Heading text offered when the item is missing (a suggestion). */
  skeleton?: string;
  /** Satisfied by a phrase anywhere in the report, not only by a section. */
  anywhere?: string[];
  /** A heading that contains one of these is not this item (e.g. 解决……问题 is not a shortcomings heading). */
  exclude?: string[];
  /** Words that show the section analyses causes (RPT-002); checked in the section body. */
  causeMarkers?: string[];
  /** Where the requirement comes from (a pack's guide, e.g. the 深圳 指引), for messages. */
  source?: LocalizedText;
}

/** An ordered statutory procedure list, such as the five steps of a 重大行政决策. */
export interface Procedure {
  id: string;
  name: LocalizedText;
  /** Canonical steps in canonical order. */
  steps: string[];
  /** Known wrong names of a step → the canonical step (or null: not a step at all). */
  variants?: { wrong: string; right: string | null; unlessFollowedBy?: string[] }[];
  /** Phrases that announce the list, e.g. 五项程序. */
  triggers?: string[];
  /** Minimum number of recognised steps in a 、-list for the list to be checked. */
  minSteps?: number;
  source?: LocalizedText;
  /** Words that name what the procedure applies to (e.g. 重大行政决策). */
  subjects?: string[];
  /** A list in a sentence that names one of these, and none of `subjects`, is about something else. */
  otherContexts?: string[];
  /** The exact title of the regulation that sets the procedure, and how to recognise citations of it. */
  regulationTitle?: { title: string; match: string[]; notIf?: string[] };
}

/** An exact document title (without 《》) and the fragments that identify a near miss. */
export interface CanonicalTitle {
  id: string;
  title: string;
  /** Fragments that, all present inside 《》, make a title a (possibly wrong) citation of this one. */
  match: string[];
  /** Titles that contain the fragments but are other documents. */
  notIf?: string[];
  /** Date the document was issued (YYYY-MM-DD), for anachronism checks. */
  date?: string;
  source?: LocalizedText;
  /** The rule that reports it (default `canonical-titles`); another rule may own its own titles. */
  rule?: string;
  /** Catalogue ids (e.g. `TERM-004`, `RPT-003`), for messages and docs. */
  catalogue?: string[];
}

/** Something that came into existence on a date; citing it earlier is an anachronism. */
export interface DatedEvent {
  id: string;
  name: string;
  /** Literal phrases that cite the event. */
  phrases: string[];
  /** YYYY-MM-DD. */
  date: string;
  /** What the date is (e.g. 印发, 施行) and where it is from, for messages. */
  source?: LocalizedText;
}

/**
 * Words around a number that make it part of a name, grade, class or set phrase rather than a
 * count or quantity (劣五类水体, 三级公立医院, 两位数增长, 附件2 名词解释). Rules listed in `rules`
 * (count-vs-list, number-unit-space) say nothing about such a number.
 */
export interface NumberContext {
  id: string;
  /** The rules that honour the entry. */
  rules: string[];
  /** The number stands inside one of these phrases (the phrase contains the number as written). */
  phrases?: string[];
  /** The number comes right after one of these: 劣 (劣五类), 第 (第三类), 附件 (附件2). */
  before?: string[];
  /** The number (and any blanks) is followed by one of these: 名词 (2 名词解释 is not 2名). */
  after?: string[];
  source?: LocalizedText;
}

/** Words and RE2 patterns that a declarative check matches (engine/checks). */
export interface CheckMatch {
  /** Literal strings. */
  words?: string[];
  /** Regular expressions run by RE2 (re2js): linear time; backreferences and lookaround are refused. */
  patterns?: string[];
}

/**
 * Where a check looks: the whole document, the title, the headings only, the body (everything but
 * the title block), or the parts of the report that are the given `data.sections` items.
 */
export type CheckScope = 'document' | 'title' | 'headings' | 'body' | { part: string | string[] };

export type CheckKind = 'existence' | 'substitution' | 'occurrence' | 'conditional' | 'required' | 'sequence' | 'formulation';

/** One wrong → right pair of a substitution check. */
export interface CheckSwap {
  /** Literal wrong forms. */
  wrong?: string[];
  /** A wrong form as an RE2 pattern; `right` may use its groups as $1 … $9. */
  pattern?: string;
  right: string;
  /** True: the replacement is certain and goes into fix-all. Default: the check's `certain`. */
  certain?: boolean;
}

/** A canonical formulation (提法) and the longer correct strings around a near miss that are fine. */
export interface CheckPhrase {
  phrase: string;
  unless?: string[];
  source?: LocalizedText;
}

/** An item of a sequence check: a name for messages and what marks it in the text. */
export interface CheckSequenceItem extends CheckMatch {
  name: string;
}

/**
 * A declarative rule from a pack (`data.checks`): a rule written as data. Its id is the rule id
 * (namespaced `pack/rule` outside the built-in pack), configured and suppressed like any rule.
 */
export interface CheckDefinition extends CheckMatch {
  id: string;
  kind: CheckKind;
  level?: 'error' | 'warning' | 'info';
  /** The message; `{match}`, `{right}`, `{count}`, `{min}`, `{max}`, `{item}`, `{after}` are filled in. */
  message: LocalizedText;
  /** One line: what the rule checks (rule lists, hovers). */
  description: LocalizedText;
  /** Longer explanation for the docs page and the HTML report. */
  docs?: LocalizedText;
  source?: LocalizedText;
  catalogue?: string[];
  scope?: CheckScope;
  /** Literal words match only on whole words of the segmenter (jieba) when true. */
  wholeWords?: boolean;
  /** A hit inside one of these longer strings is not a hit. */
  unless?: string[];
  /** substitution: the pairs. */
  swaps?: CheckSwap[];
  /** substitution: the default of each swap's `certain` (default false: a suggestion). */
  certain?: boolean;
  /** occurrence: the bounds. */
  min?: number;
  max?: number;
  /** conditional: when `if` matches in a unit, `then` must match in the same unit. */
  if?: CheckMatch;
  then?: CheckMatch;
  /** conditional and sequence: the unit (default: the scope). */
  within?: 'scope' | 'paragraph' | 'sentence';
  /** sequence: the items in their required order. */
  items?: (string | CheckSequenceItem)[];
  /** formulation: the canonical phrases. */
  phrases?: (string | CheckPhrase)[];
  /** formulation: at most this many edits (default by phrase length). */
  maxEdits?: 1 | 2;
  /** Rules that report the same defect more precisely: this rule's findings inside theirs are dropped. */
  supersededBy?: string[];
  /** Run only on annual reports, or on documents whose 文种 is 报告 (RuleMeta.appliesTo). */
  appliesTo?: 'annual-report' | 'report';
  /** The pack file that defines the check (set when the pack loads), for links and messages. */
  definedIn?: string;
}

/**
 * An area of an indicator system: a passage of the report that holds one of its key terms covers
 * it. A first-level area may have second-level areas; it is covered by its own terms or a child's.
 */
export interface IndicatorArea {
  id: string;
  name: LocalizedText;
  terms: string[];
  children?: IndicatorArea[];
}

/**
 * An indicator system (指标体系) a report is read against (engine/coverage): its areas, and the
 * report years it applies to (the eight 体系 of the 2021–2025 纲要 from reports on 2021).
 */
export interface IndicatorSystem {
  id: string;
  name: LocalizedText;
  source?: LocalizedText;
  fromYear?: number;
  toYear?: number;
  areas: IndicatorArea[];
}

export interface PackData {
  terms: TermEntry[];
  sections: SectionItem[];
  procedures: Procedure[];
  titles: CanonicalTitle[];
  events: DatedEvent[];
  numberContexts: NumberContext[];
  /** Extra words for the segmenter. */
  dictionary: string[];
  /** Units, measure words, rate and share words … (./vocabulary.ts): the built-in lists plus the packs' words. */
  vocabulary: Vocabulary;
  /** Declarative rules (engine/checks). */
  checks: CheckDefinition[];
  /** Indicator systems for the coverage map (engine/coverage). */
  indicators: IndicatorSystem[];
}

export type PackDataKind = keyof PackData;

export interface PackRuleSetting {
  severity?: SeveritySetting;
  options?: Record<string, unknown>;
}

/** A rule pack as written in YAML or JSON. */
export interface PackFile {
  name: string;
  version: string;
  description?: string;
  rules?: Record<string, SeveritySetting | [SeveritySetting, Record<string, unknown>]>;
  data?: Partial<Record<Exclude<PackDataKind, 'vocabulary'>, unknown[]>> & {
    remove?: string[];
    vocabulary?: Partial<Vocabulary>;
    removeVocabulary?: Partial<Vocabulary>;
  };
  tests?: unknown;
}

export function emptyPackData(): PackData {
  return {
    terms: [],
    sections: [],
    procedures: [],
    titles: [],
    events: [],
    numberContexts: [],
    dictionary: [],
    vocabulary: emptyVocabulary(),
    checks: [],
    indicators: [],
  };
}
