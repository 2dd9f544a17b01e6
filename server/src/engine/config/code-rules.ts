/**
 * Code rules: JS modules a pack (or config) names in `codeRules`, each exporting one Rule (rule.ts).
 *
 * Packs are data by default. The resolver (resolve.ts) only records the modules a chain names
 * (`codeRuleRefs`: paths relative to the pack file, which must stay inside its folder); nothing is
 * ever loaded while resolving, and `extends` never loads code. Only a shell that has an explicit
 * opt-in from the user (CLI `--allow-code-rules` / FZLINT_ALLOW_CODE_RULES=1; language server:
 * the user setting `fzlint.allowCodeRules` AND a trusted workspace) calls `loadCodeRules`.
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { registerStableRuleSet } from '../lint';
import { isWithin } from '../paths';
import type { LocalizedText, Rule, RuleCategory, RuleOptionsSchema, Severity } from '../rule';
import { builtinRules } from '../rules';
import { problemAt } from './code-rule-refs';
import { checkRuleOptions, optionsSchemaProblem, rejectedKeys, withoutKeys } from './rule-options';
import type { LintConfig } from '../config';
import type { CodeRuleRef, ConfigProblem, ResolvedConfig } from './types';

/** Code rule ids are namespaced (`pack/rule`), so they can never shadow a built-in rule. */
import { CODE_RULE_ID } from './layer-text';

export { CODE_RULE_ID };
export { CODE_RULES_ENV, codeRulePackNames, codeRuleRefs, codeRulesNotice } from './code-rule-refs';

type Loaded = { rule: Rule } | { error: { zh: string; en: string } };
const loadedModules = new Map<string, Loaded>();
const ruleSets = new Map<string, readonly Rule[]>();

const SEVERITIES = new Set<Severity>(['error', 'warning', 'info']);
const CATEGORIES = new Set<RuleCategory>(['punctuation', 'numbers', 'format', 'structure', 'enumeration', 'style', 'meta']);

function isText(v: unknown): v is LocalizedText {
  return !!v && typeof v === 'object' && typeof (v as LocalizedText)['zh-CN'] === 'string' && typeof (v as LocalizedText).en === 'string';
}

/** Check a module's export against the Rule contract; fill optional meta fields. */
export function validateRuleExport(value: unknown): { rule: Rule } | { error: { zh: string; en: string } } {
  const candidate = value && typeof value === 'object' && 'default' in value && !('meta' in value) ? (value as { default: unknown }).default : value;
  const fail = (zh: string, en: string) => ({ error: { zh, en } });
  if (!candidate || typeof candidate !== 'object')
    return fail('模块没有导出规则对象（module.exports = { meta, check }）。', 'the module does not export a rule object (module.exports = { meta, check }).');
  const { meta, check } = candidate as { meta?: Record<string, unknown>; check?: unknown };
  if (!meta || typeof meta !== 'object') return fail('缺少 meta 对象。', 'meta is missing.');
  const id = meta.id;
  if (typeof id !== 'string' || !CODE_RULE_ID.test(id)) {
    return fail(
      `meta.id 应为“包名/规则名”形式（小写字母、数字和连字符，如 my-pack/no-foo），现为 ${JSON.stringify(id)}。`,
      `meta.id must be "pack/rule" (lower-case letters, digits and hyphens, e.g. my-pack/no-foo), got ${JSON.stringify(id)}.`,
    );
  }
  const messages = meta.messages;
  if (!messages || typeof messages !== 'object' || Object.keys(messages).length === 0) {
    return fail(
      `规则 ${id}：meta.messages 应为非空对象（消息 id → { "zh-CN": …, en: … }）。`,
      `rule ${id}: meta.messages must be a non-empty object (message id → { "zh-CN": …, en: … }).`,
    );
  }
  for (const [key, text] of Object.entries(messages)) {
    if (!isText(text)) return fail(`规则 ${id}：消息“${key}”应有 "zh-CN" 和 en 两种文字。`, `rule ${id}: message "${key}" needs both "zh-CN" and en text.`);
  }
  if (typeof check !== 'function') return fail(`规则 ${id}：缺少 check(doc, context) 函数。`, `rule ${id}: check(doc, context) is not a function.`);
  if (meta.severity !== undefined && !SEVERITIES.has(meta.severity as Severity)) {
    return fail(`规则 ${id}：meta.severity 应为 error、warning 或 info。`, `rule ${id}: meta.severity must be error, warning or info.`);
  }
  if (meta.description !== undefined && !isText(meta.description)) {
    return fail(`规则 ${id}：meta.description 应有 "zh-CN" 和 en 两种文字。`, `rule ${id}: meta.description needs both "zh-CN" and en text.`);
  }
  // A schema is optional: without one the rule's options are passed on unchecked.
  const schemaProblem = meta.optionsSchema === undefined ? undefined : optionsSchemaProblem(meta.optionsSchema);
  if (schemaProblem) return fail(`规则 ${id}：${schemaProblem.zh}`, `rule ${id}: ${schemaProblem.en}`);
  const rule: Rule = {
    meta: {
      id,
      catalogue: Array.isArray(meta.catalogue) ? (meta.catalogue as unknown[]).map(String) : [],
      category: CATEGORIES.has(meta.category as RuleCategory) ? (meta.category as RuleCategory) : 'style',
      severity: (meta.severity as Severity | undefined) ?? 'warning',
      fixable: meta.fixable === 'certain' || meta.fixable === 'suggestion' ? meta.fixable : 'none',
      description: (meta.description as LocalizedText | undefined) ?? { 'zh-CN': id, en: id },
      messages: messages as Record<string, LocalizedText>,
      needsTokens: meta.needsTokens === true,
      docsUrl: typeof meta.docsUrl === 'string' ? meta.docsUrl : undefined,
      optionsSchema: meta.optionsSchema as RuleOptionsSchema | undefined,
    },
    check: (doc, context) => (check as Rule['check']).call(candidate, doc, context),
  };
  return { rule };
}

/** require() one module (once per process; `forgetCodeRules` drops it) and check its shape. */
function loadModule(ref: CodeRuleRef): Loaded {
  const cached = loadedModules.get(ref.module);
  if (cached) return cached;
  let result: Loaded;
  let real: string | undefined;
  try {
    real = fs.realpathSync(ref.module);
  } catch {
    real = undefined;
  }
  if (!real) {
    result = { error: { zh: `找不到文件 ${ref.module}。`, en: `${ref.module} does not exist.` } };
  } else if (!isWithin(fs.realpathSync(path.dirname(ref.declaredIn)), real)) {
    // A symbolic link inside the pack that points elsewhere.
    result = { error: { zh: `${ref.module} 是指向规则包文件夹之外的链接。`, en: `${ref.module} links to a file outside the pack's folder.` } };
  } else {
    try {
      const req = createRequire(real);
      result = validateRuleExport(req(real));
    } catch (error) {
      const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
      result = { error: { zh: `加载时出错：${message}`, en: `loading it failed: ${message}` } };
    }
  }
  loadedModules.set(ref.module, result);
  return result;
}

export interface LoadedCodeRules {
  /** The built-in rules followed by the loaded code rules: pass as `lintText(…, { rules })`. Stable per set of modules. */
  rules: readonly Rule[];
  /** The loaded code rules alone. */
  codeRules: Rule[];
  /** Modules that failed to load or do not export a valid rule: one problem each, on the pack file. */
  problems: ConfigProblem[];
}

/**
 * Load code rules. Call only after the user opted in. Each module is required once per process;
 * a module that throws or exports something that is not a rule becomes a problem naming the file.
 */
export function loadCodeRules(refs: readonly CodeRuleRef[]): LoadedCodeRules {
  const problems: ConfigProblem[] = [];
  const codeRules: Rule[] = [];
  const seen = new Map<string, string>();
  const modules = new Set<string>();
  for (const ref of refs) {
    if (modules.has(ref.module)) continue;
    modules.add(ref.module);
    const loaded = loadModule(ref);
    if ('error' in loaded) {
      problems.push(
        problemAt(
          ref,
          `代码规则 ${ref.entry}（${ref.module}）无效：${loaded.error.zh}`,
          `Code rule ${ref.entry} (${ref.module}) is not valid: ${loaded.error.en}`,
        ),
      );
      continue;
    }
    const id = loaded.rule.meta.id;
    const before = seen.get(id);
    if (before) {
      problems.push(
        problemAt(ref, `代码规则 ${ref.entry} 的 id“${id}”与 ${before} 重复，未加载。`, `Code rule ${ref.entry} has the id "${id}" of ${before}; not loaded.`),
      );
      continue;
    }
    seen.set(id, ref.module);
    codeRules.push(loaded.rule);
  }
  const key = codeRules.map((r) => r.meta.id).join('\n') + '\0' + [...modules].join('\n');
  // Modules are loaded once (loadedModules), so a key always stands for the same rule objects until
  // forgetCodeRules clears both maps.
  let rules = ruleSets.get(key);
  if (!rules) {
    rules = Object.freeze([...builtinRules, ...codeRules]);
    registerStableRuleSet(rules);
    ruleSets.set(key, rules);
  }
  return { rules, codeRules, problems };
}

/** Forget loaded modules (a pack changed): the next load requires them afresh. */
export function forgetCodeRules(): void {
  for (const file of loadedModules.keys()) {
    try {
      delete require.cache[fs.realpathSync(file)];
    } catch {
      // already gone
    }
  }
  loadedModules.clear();
  ruleSets.clear();
}

/**
 * The options the config files give code rules, checked against the schemas of the loaded rules (a
 * rule without a schema: unchecked). Each unknown or invalid option is a problem where it is written
 * and is left out of the options the rule receives (`ruleOptions`: the corrected options, if any).
 */
export function checkCodeRuleOptions(
  resolved: ResolvedConfig,
  codeRules: readonly Rule[],
): { problems: ConfigProblem[]; ruleOptions?: LintConfig['ruleOptions'] } {
  const problems: ConfigProblem[] = [];
  for (const given of resolved.codeRuleOptions ?? []) {
    const rule = codeRules.find((r) => r.meta.id === given.ruleId);
    if (!rule?.meta.optionsSchema) continue;
    for (const e of checkRuleOptions(rule.meta, given.options)) {
      const place = given.keys.find((k) => k.name === e.key);
      const pos = place && !e.missing ? (e.unknown ? place.key : place.value) : given.pos;
      problems.push({ file: given.file, code: 'schema', ...pos, messages: { 'zh-CN': e.zh, en: e.en } });
    }
  }
  if (problems.length === 0) return { problems };
  // What the rule receives: the merged options (a later layer may correct an earlier one), checked again.
  let ruleOptions: LintConfig['ruleOptions'] | undefined;
  for (const rule of codeRules) {
    const merged = resolved.config.ruleOptions[rule.meta.id];
    if (!merged || !rule.meta.optionsSchema) continue;
    const keys = rejectedKeys(checkRuleOptions(rule.meta, merged));
    if (keys.size > 0) (ruleOptions ??= {})[rule.meta.id] = withoutKeys(merged, keys);
  }
  return { problems, ruleOptions };
}
