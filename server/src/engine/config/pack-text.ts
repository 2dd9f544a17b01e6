/**
 * A rule pack read from its text alone, without the file system: what a web page does with a pack
 * file the user chose (fzlint-web). Parsing and validation are the CLI's own (layer-text.ts), so each
 * problem names the file, the place and the problem in the CLI's words. A page runs data rules only:
 * a pack with code rules (`codeRules`), or one that extends another file, is refused.
 */
import type { LintConfig } from '../config';
import { loadBuiltinPack } from '../pack/builtin-pack';
import { BUILTIN_PACK_REF, builtinLayerFields, configFromLayers, mergeLayerData } from './apply-layers';
import { builtinRuleIds, readLayerText } from './layer-text';
import type { ConfigProblem, Layer } from './types';

/** A pack read and checked, ready to be applied over the built-in pack. */
export interface TextPack {
  /** The file name it was read from. */
  file: string;
  name: string;
  version?: string;
  layer: Pick<Layer, 'kind' | 'file' | 'ref' | 'name' | 'version' | 'fields' | 'data'>;
}

/**
 * `ok`: the pack, with the problems of entries that were dropped (as the CLI drops them: an unknown
 * rule, an invalid option or declarative rule); otherwise the problems that keep it from being used.
 */
export type PackTextResult = { ok: true; pack: TextPack; problems: ConfigProblem[] } | { ok: false; problems: ConfigProblem[] };

/** Read a pack (YAML, or JSON when the name ends in .json) from its text. Never throws. */
export function readPackText(text: string, fileName: string): PackTextResult {
  const read = readLayerText(text, fileName);
  if (!read.ok) return read;
  const { parsed, isPack, raw, fields, data } = read.layer;
  const refuse = (code: ConfigProblem['code'], at: (string | number)[], zh: string, en: string): PackTextResult => ({
    ok: false,
    problems: [{ file: fileName, code, ...parsed.locate(at, true), messages: { 'zh-CN': zh, en } }],
  });
  if (!isPack) {
    return refuse(
      'schema',
      [],
      `${fileName} 不是规则包：规则包在顶层有 name 字段（见 docs/packs.md）；配置文件（.fzlintrc 等）只在命令行和编辑器中使用。`,
      `${fileName} is not a rule pack: a pack has a top-level "name" (see docs/packs.md); config files (.fzlintrc …) are for the CLI and editors.`,
    );
  }
  if (Array.isArray(raw.codeRules) && raw.codeRules.length > 0) {
    return refuse(
      'code-rule',
      ['codeRules'],
      `规则包“${raw.name}”含代码规则（codeRules：${raw.codeRules.join('、')}），网页中不运行代码，未加载此规则包。网页只加载数据规则（用语、词表、声明式规则等）；代码规则请用命令行 fzlint --allow-code-rules。`,
      `The pack "${raw.name}" has code rules (codeRules: ${raw.codeRules.join(', ')}); a web page runs no code, so the pack was not loaded. The page loads data rules only (terms, vocabulary, declarative rules …); for code rules use the CLI with --allow-code-rules.`,
    );
  }
  const others = (Array.isArray(raw.extends) ? raw.extends : raw.extends === undefined ? [] : [raw.extends]).filter((r) => r !== BUILTIN_PACK_REF);
  if (others.length > 0) {
    return refuse(
      'missing',
      ['extends'],
      `规则包“${raw.name}”继承其他文件（extends：${others.join('、')}），网页无法读取，未加载此规则包。请把这些内容合并到一个规则包文件中，或用命令行 fzlint。`,
      `The pack "${raw.name}" extends other files (extends: ${others.join(', ')}) that a web page cannot read, so it was not loaded. Merge them into one pack file, or use the fzlint CLI.`,
    );
  }
  const name = raw.name ?? fileName;
  return {
    ok: true,
    pack: { file: fileName, name, version: raw.version, layer: { kind: 'pack', file: fileName, ref: fileName, name, version: raw.version, fields, data } },
    problems: read.problems,
  };
}

/**
 * The configuration `extends: [fzlint:recommended, ./a.yaml, ./b.yaml]` gives, for packs read with
 * readPackText (overrides, which name files, do not apply to a text without a file).
 */
export function packsConfig(packs: readonly TextPack[]): LintConfig {
  const builtin = loadBuiltinPack();
  const layers: Pick<Layer, 'kind' | 'fields' | 'data'>[] = [{ kind: 'builtin', fields: builtinLayerFields(builtin.file) }, ...packs.map((p) => p.layer)];
  return configFromLayers(layers, mergeLayerData(builtin.data, layers), builtinRuleIds()).config;
}
