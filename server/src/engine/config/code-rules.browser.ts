/**
 * code-rules.ts in a browser bundle: code rules never run in a browser. The references and the
 * notice are the shared ones (code-rule-refs.ts); loading refuses every module, naming it, so that
 * even a shell that asked to load one gets a problem on the pack, never code run.
 */
import type { LintConfig } from '../config';
import type { Rule } from '../rule';
import { builtinRules } from '../rules';
import { problemAt } from './code-rule-refs';
import { CODE_RULE_ID } from './layer-text';
import type { LoadedCodeRules } from './code-rules';
import type { CodeRuleRef, ConfigProblem, ResolvedConfig } from './types';

export { CODE_RULES_ENV, codeRulePackNames, codeRuleRefs, codeRulesNotice } from './code-rule-refs';
export { CODE_RULE_ID };

export function loadCodeRules(refs: readonly CodeRuleRef[]): LoadedCodeRules {
  const problems = refs.map((ref) =>
    problemAt(
      ref,
      `代码规则 ${ref.entry}（${ref.module}）未加载：浏览器中不运行代码规则。`,
      `Code rule ${ref.entry} (${ref.module}) was not loaded: code rules never run in a browser.`,
    ),
  );
  return { rules: builtinRules, codeRules: [], problems };
}

export function forgetCodeRules(): void {
  // nothing is ever loaded
}

export function checkCodeRuleOptions(
  _resolved: ResolvedConfig,
  _codeRules: readonly Rule[],
): { problems: ConfigProblem[]; ruleOptions?: LintConfig['ruleOptions'] } {
  return { problems: [] };
}
