/**
 * The code rules a pack or config names (`codeRules`), recorded while resolving and never loaded
 * here, and the notice for code rules that do not run. No Node import: the web worker server, which
 * never runs code rules, resolves configurations with the same resolver (code-rules.ts loads them).
 */
import * as path from '../node-path';
import { isWithin } from '../paths';
import type { LocalizedText } from '../rule';
import type { ParsedFile } from './parse';
import type { CodeRuleRef, ConfigProblem } from './types';

/** Module files a code rule may be (CommonJS: Node 20 cannot require ES modules). */
const MODULE_EXTENSIONS = /\.(?:c?js)$/i;
/** The environment variable that opts in on the command line, like `--allow-code-rules`. */
export const CODE_RULES_ENV = 'FZLINT_ALLOW_CODE_RULES';

export function problemAt(ref: Pick<CodeRuleRef, 'declaredIn' | 'pos'>, zh: string, en: string): ConfigProblem {
  return { file: ref.declaredIn, code: 'code-rule', ...ref.pos, messages: { 'zh-CN': zh, en } };
}

/**
 * The `codeRules` entries of one pack or config file, resolved to absolute paths (not loaded).
 * Entries that leave the file's folder or are not .js/.cjs files become problems.
 */
export function codeRuleRefs(entries: unknown, file: string, parsed: ParsedFile, packName: string | undefined, problems: ConfigProblem[]): CodeRuleRef[] {
  if (!Array.isArray(entries)) return [];
  const dir = path.dirname(file);
  const refs: CodeRuleRef[] = [];
  entries.forEach((entry, i) => {
    if (typeof entry !== 'string') return;
    const pos = parsed.locate(['codeRules', i]);
    const at = { declaredIn: file, pos };
    const module = path.resolve(dir, entry);
    if (path.isAbsolute(entry) || module === dir || !isWithin(dir, module)) {
      problems.push(
        problemAt(
          at,
          `代码规则“${entry}”不在规则包所在文件夹内：codeRules 只能写规则包文件夹中的相对路径（如 ./rules/my-rule.cjs）。`,
          `The code rule "${entry}" is outside the pack's folder: codeRules takes paths relative to the pack, inside its folder (e.g. ./rules/my-rule.cjs).`,
        ),
      );
      return;
    }
    if (!MODULE_EXTENSIONS.test(module)) {
      problems.push(
        problemAt(at, `代码规则“${entry}”应为 .js 或 .cjs 文件（CommonJS 模块）。`, `The code rule "${entry}" must be a .js or .cjs file (a CommonJS module).`),
      );
      return;
    }
    refs.push({ module, entry, declaredIn: file, packName, pos });
  });
  return refs;
}

/** The packs (or configs) that name code rules, for the "not loaded" notice: `name (file)`. */
export function codeRulePackNames(refs: readonly CodeRuleRef[], zh = false): string[] {
  const names = new Map<string, string>();
  for (const r of refs) names.set(r.declaredIn, r.packName ? (zh ? `${r.packName}（${r.declaredIn}）` : `${r.packName} (${r.declaredIn})`) : r.declaredIn);
  return [...names.values()];
}

/** The notice shown once when code rules are named but not loaded. */
export function codeRulesNotice(refs: readonly CodeRuleRef[], how: 'cli' | 'setting' | 'untrusted'): LocalizedText {
  const packs = codeRulePackNames(refs, true);
  const n = new Set(refs.map((r) => r.module)).size;
  const list = codeRulePackNames(refs).join(', ');
  if (how === 'cli') {
    return {
      'zh-CN': `未运行 ${n} 条代码规则（JS），来自 ${packs.join('、')}：规则包默认只用数据。确认信任这些代码后，加 --allow-code-rules（或设环境变量 ${CODE_RULES_ENV}=1）运行。`,
      en: `${n} code rule(s) (JS) from ${list} were not run: packs are data only by default. If you trust this code, run with --allow-code-rules (or set ${CODE_RULES_ENV}=1).`,
    };
  }
  if (how === 'untrusted') {
    return {
      'zh-CN': `工作区未受信任，未加载 ${n} 条代码规则（JS），来自 ${packs.join('、')}；规则包中的数据规则照常检查。信任此工作区后才可能运行代码规则（还需在用户设置中开启 fzlint.allowCodeRules）。`,
      en: `This workspace is not trusted: ${n} code rule(s) (JS) from ${list} were not loaded; the pack's data rules still apply. Code rules can only run in a trusted workspace (and with the user setting fzlint.allowCodeRules on).`,
    };
  }
  return {
    'zh-CN': `未加载 ${n} 条代码规则（JS），来自 ${packs.join('、')}：规则包默认只用数据。确认信任这些代码后，在用户设置中开启 fzlint.allowCodeRules（工作区设置无效）。`,
    en: `${n} code rule(s) (JS) from ${list} were not loaded: packs are data only by default. If you trust this code, turn on fzlint.allowCodeRules in your user settings (workspace settings cannot).`,
  };
}

/**
 * Code rules refused where code never runs (the web worker server): one problem on each pack or
 * config that names some, at its first `codeRules` entry, in the words of the CLI's notice.
 */
export function codeRulesRefused(refs: readonly CodeRuleRef[]): ConfigProblem[] {
  const byFile = new Map<string, CodeRuleRef[]>();
  for (const r of refs) byFile.set(r.declaredIn, [...(byFile.get(r.declaredIn) ?? []), r]);
  return [...byFile.values()].map((own) => {
    const notice = codeRulesNotice(own, 'cli');
    return problemAt(own[0], notice['zh-CN'], notice.en);
  });
}
