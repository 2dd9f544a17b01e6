/**
 * Load-time checks of a pack's declarative rules (`data.checks`) beyond the JSON Schema: ids, the
 * fields each kind needs, and every pattern compiled by RE2. Each problem names the rule and, for a
 * pattern, the pattern; the pack loader places it in the file. A check with a problem is dropped
 * (the rest of the pack still applies).
 */
import type { CheckDefinition, CheckMatch } from '../pack/types';
import { patternProblem } from './patterns';

/** Ids of rules outside the built-in pack are namespaced, like code rules: they never shadow a built-in rule. */
export const PACK_RULE_ID = /^[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9-]*$/;

export interface CheckProblem {
  /** Index of the check in `data.checks`. */
  index: number;
  /** Path inside the check to the offending value. */
  at: (string | number)[];
  zh: string;
  en: string;
}

function matchCount(m: CheckMatch | undefined): number {
  return (m?.words?.length ?? 0) + (m?.patterns?.length ?? 0);
}

function patternsOf(def: CheckDefinition): { pattern: string; at: (string | number)[] }[] {
  const out: { pattern: string; at: (string | number)[] }[] = [];
  const add = (m: CheckMatch | undefined, base: (string | number)[]) => m?.patterns?.forEach((p, i) => out.push({ pattern: p, at: [...base, 'patterns', i] }));
  add(def, []);
  add(def.if, ['if']);
  add(def.then, ['then']);
  def.swaps?.forEach((s, i) => s.pattern !== undefined && out.push({ pattern: s.pattern, at: ['swaps', i, 'pattern'] }));
  def.items?.forEach((item, i) => typeof item !== 'string' && add(item, ['items', i]));
  return out;
}

/** What a kind needs, as a problem when it is missing. */
function kindProblem(def: CheckDefinition): { at: string[]; zh: string; en: string } | undefined {
  const need = (field: string, zh: string, en: string) => ({
    at: [field],
    zh: `规则“${def.id}”（${def.kind}）${zh}`,
    en: `The rule "${def.id}" (${def.kind}) ${en}`,
  });
  switch (def.kind) {
    case 'existence':
    case 'required':
      return matchCount(def) === 0 ? need('words', '需要 words 或 patterns。', 'needs words or patterns.') : undefined;
    case 'occurrence':
      if (matchCount(def) === 0) return need('words', '需要 words 或 patterns。', 'needs words or patterns.');
      if (def.min === undefined && def.max === undefined) return need('max', '需要 min 或 max。', 'needs min or max.');
      if (def.min !== undefined && def.max !== undefined && def.min > def.max) return need('min', '的 min 大于 max。', 'has min greater than max.');
      return undefined;
    case 'substitution':
      if (!def.swaps?.length) return need('swaps', '需要 swaps（错误写法和正确写法）。', 'needs swaps (wrong and right forms).');
      for (const [i, s] of def.swaps.entries()) {
        if (!s.wrong?.length && s.pattern === undefined)
          return {
            at: ['swaps', String(i)],
            zh: `规则“${def.id}”的 swaps[${i}] 需要 wrong 或 pattern。`,
            en: `swaps[${i}] of the rule "${def.id}" needs wrong or pattern.`,
          };
        if (s.wrong?.includes(s.right))
          return {
            at: ['swaps', String(i)],
            zh: `规则“${def.id}”的 swaps[${i}] 中错误写法与正确写法“${s.right}”相同。`,
            en: `swaps[${i}] of the rule "${def.id}" lists its right form "${s.right}" as wrong.`,
          };
      }
      return undefined;
    case 'conditional':
      if (matchCount(def.if) === 0) return need('if', '需要 if（words 或 patterns）。', 'needs if (words or patterns).');
      if (matchCount(def.then) === 0) return need('then', '需要 then（words 或 patterns）。', 'needs then (words or patterns).');
      return undefined;
    case 'sequence':
      if ((def.items?.length ?? 0) < 2) return need('items', '需要至少两项 items。', 'needs at least two items.');
      return undefined;
    case 'formulation':
      if (!def.phrases?.length) return need('phrases', '需要 phrases（规范提法）。', 'needs phrases (the canonical formulations).');
      return undefined;
  }
}

/** The problems of a pack's checks; `builtin`: the built-in pack, whose ids are not namespaced. */
export function checkDefinitionProblems(checks: readonly CheckDefinition[], builtin: boolean): CheckProblem[] {
  const problems: CheckProblem[] = [];
  checks.forEach((def, index) => {
    if (!builtin && !PACK_RULE_ID.test(def.id)) {
      problems.push({
        index,
        at: ['id'],
        zh: `规则包中的规则 id 应为“包名/规则名”形式（小写字母、数字和连字符，如 my-pack/no-placeholder），现为“${def.id}”。`,
        en: `A pack's rule id must be "pack/rule" (lower-case letters, digits and hyphens, e.g. my-pack/no-placeholder), got "${def.id}".`,
      });
      return;
    }
    const kind = kindProblem(def);
    if (kind) {
      problems.push({ index, ...kind });
      return;
    }
    for (const { pattern, at } of patternsOf(def)) {
      const p = patternProblem(pattern);
      if (!p) continue;
      problems.push({ index, at, zh: `规则“${def.id}”：${p.zh}`, en: `Rule "${def.id}": ${p.en}` });
      return;
    }
  });
  return problems;
}
