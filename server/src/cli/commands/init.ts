import * as fs from 'node:fs';
import * as path from 'node:path';
import { CONFIG_FILE_NAMES } from '../../engine/project';
import { t, type CommandIo } from './io';
import { schemaRef } from './schema-ref';
import type { Locale } from '../../engine/rule';

/** The commented .fzlintrc.yaml `fzlint init` writes; `schema` is the schema the editor comment names (schema-ref.ts). */
export function initTemplate(schema: string): string {
  return `# fzlint 配置文件 · fzlint configuration (docs/configuration.md)
# 本文件对所在文件夹及其子文件夹中的报告生效；离报告最近的配置文件生效（不与上级合并）。
# It applies to reports in this folder and below; the nearest config file wins (no merging upward).
# yaml-language-server: $schema=${schema}

# 继承的规则包，按顺序合并：内置推荐包总是最先生效；可加相对路径（./packs/本市.yaml）
# 或已安装的 npm 包（fzlint-pack-xxx、@单位/fzlint-pack-xxx）。
# Packs merged in order: the built-in pack always comes first; add relative paths or installed
# npm packages named fzlint-pack-* / @scope/fzlint-pack-*.
extends:
  - fzlint:recommended

# 报告主体层级，决定报送期限：province 省级 | city 市级 | county 县级 | township 乡镇 | department 政府部门
# Issuer level (sets the reporting deadline).
# issuerLevel: county

# 报送期限（次年 月-日），不填则按层级推定。Deadline MM-DD of the next year; default from the level.
# deadline: "03-01"

# 全国法治政府建设示范地区（期限提前到 1 月 31 日）。Demonstration area (deadline 31 January).
# demonstrationArea: false

# 文本来源：auto 自动识别网页复制件 | draft 草稿 | published-copy 网页复制件
# Text source: auto | draft | published-copy
source: auto

# 信息语言：zh-CN | en
locale: zh-CN

# 规则级别：off 关闭 | info 提示 | warning 警告 | error 错误；或 [级别, {选项}]
# Rule severities: off | info | warning | error, or [severity, { options }]
rules: {}
#  repeated-word: off
#  fullwidth-punctuation: warning

# 不检查的文件（相对本文件夹的通配符；也可写在 .fzlintignore 中）
# Files not to check (globs relative to this folder; .fzlintignore works too)
ignores: []
#  - 草稿/**

# 按文件调整设置（后面的覆盖前面的）。Settings for some files (later entries win).
overrides: []
#  - files: ["部门/**"]
#    issuerLevel: department
`;
}

/** `fzlint init`: write a commented .fzlintrc.yaml in the current folder; never overwrite. */
export function runInit(io: CommandIo, locale: Locale): number {
  const existing = CONFIG_FILE_NAMES.filter((n) => n !== 'package.json')
    .map((n) => path.join(io.cwd, n))
    .find((f) => fs.existsSync(f));
  if (existing) {
    io.stderr(
      `fzlint: ${t(locale, `${path.basename(existing)} 已存在，未覆盖。请直接编辑它，或先删除后再运行 fzlint init。`, `${path.basename(existing)} already exists; not overwritten. Edit it, or delete it and run fzlint init again.`)}\n`,
    );
    return 2;
  }
  const file = path.join(io.cwd, '.fzlintrc.yaml');
  try {
    fs.writeFileSync(file, initTemplate(schemaRef(io.cwd, 'config')), { encoding: 'utf8', flag: 'wx' });
  } catch (error) {
    io.stderr(`fzlint: ${file}: ${(error as Error).message}\n`);
    return 2;
  }
  io.stdout(t(locale, `已创建 ${file}\n`, `Created ${file}\n`));
  return 0;
}
