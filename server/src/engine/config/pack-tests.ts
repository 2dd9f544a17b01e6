import * as path from 'node:path';
import type { LintConfig } from '../config';
import type { DocumentLanguage } from '../document/report-document';
import { fixAll } from '../fix';
import { lintText } from '../lint';
import type { CheckDefinition, PackData } from '../pack/types';
import type { Vocabulary, VocabularyConcept } from '../pack/vocabulary';
import type { ConfigHost } from './host';
import { nodeHost } from './host';
import { parseConfigText, type ParsedFile, type PathSegment } from './parse';
import { builtinPackPath, loadBuiltinPack } from '../pack/builtin-pack';
import { BUILTIN_PACK_REF, ConfigResolver } from './resolve';
import { checkCodeRuleOptions, loadCodeRules } from './code-rules';
import { validateAgainstSchema } from './schema';
import type { CodeRuleRef, ConfigProblem, SourcePosition } from './types';

export interface ExpectedFinding {
  rule: string;
  line: number;
  column: number;
  /** Where the finding ends (optional: then the end is compared too). */
  endLine?: number;
  endColumn?: number;
  severity?: 'error' | 'warning' | 'info';
}

interface TestCase {
  name?: string;
  text: string;
  language?: DocumentLanguage;
  source?: LintConfig['source'];
  rules?: string[];
  findings?: ExpectedFinding[];
  /** The text after `fzlint --fix` with only the compared rules' certain fixes. */
  output?: string;
}

interface PackTests {
  rules?: string[];
  valid?: TestCase[];
  invalid?: TestCase[];
}

export interface CaseResult {
  kind: 'valid' | 'invalid';
  index: number;
  name: string;
  /** Where the case is in the pack file. */
  position: SourcePosition;
  passed: boolean;
  expected: ExpectedFinding[];
  actual: ExpectedFinding[];
  /** Expected but not reported / reported but not expected. */
  missing: ExpectedFinding[];
  unexpected: ExpectedFinding[];
  /** The case's `output` and the text the certain fixes gave, when they differ. */
  output?: { expected: string; actual: string };
}

export interface PackTestRun {
  file: string;
  name?: string;
  version?: string;
  /** Errors loading the pack (then no case runs). */
  problems: ConfigProblem[];
  cases: CaseResult[];
  /** Code rules the pack names that did not run (no opt-in): their expected findings will be missing. */
  codeRulesNotRun?: CodeRuleRef[];
}

/** Find the pack file of a folder or take the file as given. */
export function packFileFor(target: string, host: ConfigHost = nodeHost): string | undefined {
  if (path.basename(target) === BUILTIN_PACK_REF) return builtinPackPath();
  const abs = path.resolve(target);
  if (host.isDirectory(abs)) return new ConfigResolver(host).packFileIn(abs);
  return host.readFile(abs) !== undefined ? abs : undefined;
}

export function loadPackFile(file: string, host: ConfigHost = nodeHost): { parsed?: ParsedFile; problem?: ConfigProblem } {
  const text = host.readFile(file);
  if (text === undefined) {
    return {
      problem: {
        file,
        code: 'missing',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        messages: { 'zh-CN': `找不到规则包文件 ${file}。`, en: `Cannot find the pack file ${file}.` },
      },
    };
  }
  const parsed = parseConfigText(text, file);
  if (!parsed.ok) return { problem: parsed.problem };
  const problem = validateAgainstSchema('pack', file, parsed.file);
  return problem ? { parsed: parsed.file, problem } : { parsed: parsed.file };
}

const key = (f: ExpectedFinding) => `${f.rule}@${f.line}:${f.column}`;

/** Does the actual finding match the expected one (its end and severity only when the case gives them)? */
function same(expected: ExpectedFinding, actual: ExpectedFinding): boolean {
  if (key(expected) !== key(actual)) return false;
  if (expected.severity && expected.severity !== actual.severity) return false;
  if (expected.endLine !== undefined && expected.endLine !== actual.endLine) return false;
  return expected.endColumn === undefined || expected.endColumn === actual.endColumn;
}

/**
 * Run a pack's own examples: each `valid` text must give no finding, each `invalid` text exactly the
 * listed findings (rule, line, column, and severity when given), counting only the rules in `rules`
 * (the case's, else the pack's `tests.rules`, else every rule). The pack is applied on top of the
 * built-in pack, with what it extends, as a config that extends it would apply it.
 */
export function runPackTests(file: string, host: ConfigHost = nodeHost, options: { allowCodeRules?: boolean } = {}): PackTestRun {
  const { parsed, problem } = loadPackFile(file, host);
  if (problem || !parsed) return { file, problems: problem ? [problem] : [], cases: [] };
  const pack = parsed.value as { name?: string; version?: string; tests?: PackTests };
  const resolver = new ConfigResolver(host);
  const chain = resolver.loadChain({ file });
  if (chain.problems.length > 0) return { file, name: pack.name, version: pack.version, problems: chain.problems, cases: [] };
  const resolved = resolver.applyChain(chain, path.join(path.dirname(file), '__pack_test__.txt'));
  // Code rules run only with the user's opt-in (fzlint pack test --allow-code-rules).
  const code = options.allowCodeRules && resolved.codeRules.length > 0 ? loadCodeRules(resolved.codeRules) : undefined;
  const codeOptions = code ? checkCodeRuleOptions(resolved, code.codeRules) : undefined;
  const codeProblems = [...(code?.problems ?? []), ...(codeOptions?.problems ?? [])];
  if (codeProblems.length) return { file, name: pack.name, version: pack.version, problems: codeProblems, cases: [] };
  const tests = pack.tests ?? {};
  const cases: CaseResult[] = [];
  for (const kind of ['valid', 'invalid'] as const) {
    (tests[kind] ?? []).forEach((c, index) => {
      const only = c.rules ?? tests.rules;
      const config: LintConfig = { ...resolved.config, source: c.source ?? resolved.config.source };
      const lint = (text: string) =>
        lintText(text, { config, language: c.language ?? 'plaintext', rules: code?.rules }).findings.filter((f) => !only || only.includes(f.ruleId));
      const findings = lint(c.text);
      const actual = findings.map((f) => ({
        rule: f.ruleId,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        severity: f.severity,
      }));
      const expected = kind === 'valid' ? [] : (c.findings ?? []);
      const left = [...actual];
      const missing: ExpectedFinding[] = [];
      for (const e of expected) {
        const at = left.findIndex((a) => same(e, a));
        if (at >= 0) left.splice(at, 1);
        else missing.push(e);
      }
      const position = parsed.locate(['tests', kind, index] as PathSegment[]);
      const fixed = c.output === undefined ? undefined : fixAll(c.text, lint).output;
      const output = fixed !== undefined && fixed !== c.output ? { expected: c.output!, actual: fixed } : undefined;
      cases.push({
        kind,
        index,
        name:
          c.name ??
          c.text
            .split(/\r?\n/)
            .find((l) => l.trim())
            ?.trim()
            .slice(0, 30) ??
          '',
        position,
        passed: missing.length === 0 && left.length === 0 && !(kind === 'invalid' && expected.length === 0) && !output,
        expected,
        actual,
        missing,
        unexpected: left,
        ...(output ? { output } : {}),
      });
    });
  }
  return {
    file,
    name: pack.name,
    version: pack.version,
    problems: [],
    cases,
    codeRulesNotRun: !code && resolved.codeRules.length > 0 ? resolved.codeRules : undefined,
  };
}

export interface PackCheckIssue extends SourcePosition {
  file: string;
  messages: { 'zh-CN': string; en: string };
}

/**
 * Declarative rules that can never report (or never do what they say): a part scope that names no
 * content item, words that are blank, an `unless` string that contains none of the words, a
 * formulation phrase too short to have near misses.
 */
function checkEntryIssues(checks: CheckDefinition[], sections: { id: string }[], at: (p: PathSegment[], zh: string, en: string) => void): void {
  const known = new Set(sections.map((s) => s.id));
  checks.forEach((c, i) => {
    const base: PathSegment[] = ['data', 'checks', i];
    if (c.scope && typeof c.scope === 'object') {
      for (const part of Array.isArray(c.scope.part) ? c.scope.part : [c.scope.part]) {
        if (!known.has(part))
          at(
            [...base, 'scope'],
            `规则“${c.id}”的范围 part“${part}”不是内置规则包或本规则包中任何内容项（data.sections）的 id，永远找不到这一部分。`,
            `Rule "${c.id}": the scope part "${part}" is not the id of any content item (data.sections) of the built-in pack or this pack; it never matches.`,
          );
      }
    }
    const words = [...(c.words ?? []), ...(c.swaps ?? []).flatMap((s) => s.wrong ?? [])];
    words.forEach((w) => {
      if (!w.trim()) at([...base], `规则“${c.id}”中有空白的词语，永远不会匹配。`, `Rule "${c.id}" has a blank word; it never matches.`);
    });
    (c.unless ?? []).forEach((u, j) => {
      if (words.length > 0 && !(c.patterns?.length || c.swaps?.some((s) => s.pattern)) && !words.some((w) => u.includes(w)))
        at(
          [...base, 'unless', j],
          `规则“${c.id}”的 unless“${u}”不包含任何一个词语，不起作用。`,
          `Rule "${c.id}": the unless string "${u}" contains none of the words; it has no effect.`,
        );
    });
    (c.phrases ?? []).forEach((p, j) => {
      const phrase = typeof p === 'string' ? p : p.phrase;
      if ([...phrase].length < 5)
        at(
          [...base, 'phrases', j],
          `规则“${c.id}”的提法“${phrase}”少于5个字：不查找相近的写法（避免误报），这一项不起作用。`,
          `Rule "${c.id}": the phrase "${phrase}" is shorter than five characters; its near misses are not looked for (to avoid false alarms), so it has no effect.`,
        );
    });
  });
}

/**
 * Entries of a pack that can never match anything (or would flag correct text): a term whose wrong
 * form is empty or equals its right form, a section with no keywords, a procedure variant that is a
 * canonical step, a title whose own text lacks its match fragments, duplicate ids, and so on.
 */
export function checkPackEntries(file: string, parsed: ParsedFile): PackCheckIssue[] {
  const data = ((parsed.value as { data?: Partial<PackData> }).data ?? {}) as Partial<PackData>;
  const issues: PackCheckIssue[] = [];
  const at = (p: PathSegment[], zh: string, en: string) => issues.push({ file, ...parsed.locate(p), messages: { 'zh-CN': zh, en } });
  const seen = new Map<string, number>();
  for (const kind of ['terms', 'sections', 'procedures', 'titles', 'events', 'numberContexts', 'checks'] as const) {
    seen.clear();
    ((data[kind] ?? []) as { id: string }[]).forEach((e, i) => {
      if (seen.has(e.id))
        at(
          ['data', kind, i, 'id'],
          `${kind} 中的 id“${e.id}”重复（第 ${seen.get(e.id)! + 1} 项已用），后者会替换前者。`,
          `Duplicate id "${e.id}" in ${kind} (also item ${seen.get(e.id)! + 1}); the later one replaces the earlier.`,
        );
      else seen.set(e.id, i);
    });
  }
  (data.terms ?? []).forEach((t, i) => {
    (t.wrong ?? []).forEach((w, j) => {
      const p: PathSegment[] = ['data', 'terms', i, 'wrong', j];
      if (!w || !w.trim()) at(p, `词条“${t.id}”的错误写法为空，永远不会匹配。`, `Term "${t.id}" has an empty wrong form; it never matches.`);
      else if (t.right !== undefined && w === t.right)
        at(
          p,
          `词条“${t.id}”的错误写法“${w}”与正确写法相同，永远不会报告（或会把正确写法标为错误）。`,
          `Term "${t.id}": the wrong form "${w}" equals the right form; it can never be a real finding.`,
        );
      else if (t.right !== undefined && t.right.includes(w) && !(t.unless ?? []).some((u) => u.includes(w) && t.right!.includes(u))) {
        at(
          p,
          `词条“${t.id}”的错误写法“${w}”是正确写法“${t.right}”的一部分，会把正确写法也标为错误；请在 unless 中加入“${t.right}”。`,
          `Term "${t.id}": the wrong form "${w}" is part of the right form "${t.right}" and would flag it; add "${t.right}" to unless.`,
        );
      } else if ((t.unless ?? []).includes(w))
        at(p, `词条“${t.id}”的错误写法“${w}”同时列在 unless 中，永远不会报告。`, `Term "${t.id}": the wrong form "${w}" is also in unless; it never matches.`);
    });
    if ((t.requires ?? []).some((r) => !r.trim()))
      at(['data', 'terms', i, 'requires'], `词条“${t.id}”的 requires 中有空字符串。`, `Term "${t.id}" has an empty string in requires.`);
  });
  (data.sections ?? []).forEach((s, i) => {
    const words = [...(s.keywords ?? []), ...(s.synonyms ?? []), ...(s.anywhere ?? [])].filter((w) => w.trim());
    if (words.length === 0)
      at(
        ['data', 'sections', i],
        `内容项“${s.id}”没有关键词（keywords、synonyms、anywhere 都为空），永远无法被识别为已写。`,
        `Section "${s.id}" has no keywords, synonyms or anywhere phrases; it can never be found.`,
      );
  });
  (data.procedures ?? []).forEach((p, i) => {
    (p.variants ?? []).forEach((v, j) => {
      if (v.right !== null && v.wrong === v.right)
        at(
          ['data', 'procedures', i, 'variants', j],
          `程序“${p.id}”的变体“${v.wrong}”与正确写法相同。`,
          `Procedure "${p.id}": the variant "${v.wrong}" equals its right form.`,
        );
      else if (p.steps.includes(v.wrong))
        at(
          ['data', 'procedures', i, 'variants', j],
          `程序“${p.id}”的变体“${v.wrong}”就是一个规范步骤，会把正确写法标为错误。`,
          `Procedure "${p.id}": the variant "${v.wrong}" is a canonical step and would flag correct text.`,
        );
      if (v.right !== null && v.right !== undefined && !p.steps.includes(v.right))
        at(
          ['data', 'procedures', i, 'variants', j, 'right'],
          `程序“${p.id}”的变体指向的“${v.right}”不是规范步骤之一。`,
          `Procedure "${p.id}": "${v.right}" is not one of the canonical steps.`,
        );
    });
  });
  (data.titles ?? []).forEach((t, i) => {
    const absent = (t.match ?? []).filter((m) => !t.title.includes(m));
    if (absent.length)
      at(
        ['data', 'titles', i, 'match'],
        `标题“${t.id}”的识别片段 ${absent.map((m) => `“${m}”`).join('、')} 不在规范标题中，连正确引用都识别不到。`,
        `Title "${t.id}": the fragments ${absent.join(', ')} are not in the title itself, so even a correct citation is not recognised.`,
      );
    if ((t.notIf ?? []).includes(t.title))
      at(
        ['data', 'titles', i, 'notIf'],
        `标题“${t.id}”的 notIf 包含规范标题本身，永远不会匹配。`,
        `Title "${t.id}": notIf contains the title itself; it never matches.`,
      );
  });
  (data.events ?? []).forEach((e, i) => {
    if (Number.isNaN(Date.parse(e.date)))
      at(['data', 'events', i, 'date'], `事件“${e.id}”的日期“${e.date}”不是有效日期。`, `Event "${e.id}": "${e.date}" is not a valid date.`);
    if ((e.phrases ?? []).some((p) => !p.trim())) at(['data', 'events', i, 'phrases'], `事件“${e.id}”有空的引用短语。`, `Event "${e.id}" has an empty phrase.`);
  });
  checkEntryIssues(data.checks ?? [], [...loadBuiltinPack().data.sections, ...(data.sections ?? [])], at);
  const vocabulary = data as { vocabulary?: Partial<Vocabulary>; removeVocabulary?: Partial<Vocabulary> };
  for (const field of ['vocabulary', 'removeVocabulary'] as const) {
    for (const [concept, words] of Object.entries(vocabulary[field] ?? {}) as [VocabularyConcept, string[]][]) {
      words.forEach((w, i) => {
        const p: PathSegment[] = ['data', field, concept, i];
        if (typeof w !== 'string') return;
        if (!w.trim() || /\s/.test(w))
          at(p, `词表 ${concept} 中的词“${w}”为空白或含空白，永远不会匹配。`, `The ${concept} word "${w}" is blank or contains white space; it never matches.`);
        else if (field === 'removeVocabulary' && !loadBuiltinPack().data.vocabulary[concept].includes(w))
          at(
            p,
            `要删除的词“${w}”不在内置词表 ${concept} 中（若它来自前面的规则包，可忽略本提示）。`,
            `"${w}" is not in the built-in ${concept} list, so removing it has no effect (unless an earlier pack adds it).`,
          );
      });
    }
  }
  (data.dictionary ?? []).forEach((w, i) => {
    if (/\s/.test(w) || !w)
      at(
        ['data', 'dictionary', i],
        `词典词“${w}”含空白或为空，分词器不会用到。`,
        `Dictionary word "${w}" is empty or contains white space; the segmenter never uses it.`,
      );
  });
  return issues;
}
