import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkPackEntries, loadPackFile, packFileFor, runPackTests, type CaseResult } from '../../engine/config/pack-tests';
import { codeRulesNotice } from '../../engine/project';
import type { ConfigProblem } from '../../engine/config/types';
import type { Locale } from '../../engine/rule';
import { t, type CommandIo } from './io';
import { schemaRef } from './schema-ref';

const rel = (io: CommandIo, file: string) => path.relative(io.cwd, file) || file;

function printProblems(io: CommandIo, locale: Locale, problems: ConfigProblem[]): void {
  for (const p of problems) io.stdout(`${rel(io, p.file)}:${p.line}:${p.column}  ${t(locale, '错误', 'error')}  ${p.messages[locale]}  config-error\n`);
}

const fmt = (f: { rule: string; line: number; column: number; severity?: string }) => `${f.rule} ${f.line}:${f.column}${f.severity ? ` (${f.severity})` : ''}`;

function printCase(io: CommandIo, locale: Locale, file: string, c: CaseResult): void {
  const where = `${rel(io, file)}:${c.position.line}:${c.position.column}`;
  const label = `tests.${c.kind}[${c.index}]${c.name ? ` “${c.name}”` : ''}`;
  if (c.passed) {
    io.stdout(`  ✓ ${label}\n`);
    return;
  }
  io.stdout(`  ✗ ${label}  ${where}\n`);
  if (c.kind === 'invalid' && c.expected.length === 0) {
    io.stdout(`      ${t(locale, '反例没有列出预期结果（findings）', 'an invalid example lists no expected findings')}\n`);
  }
  io.stdout(`      ${t(locale, '预期', 'expected')}: ${c.expected.length ? c.expected.map(fmt).join(', ') : t(locale, '（无）', '(none)')}\n`);
  io.stdout(`      ${t(locale, '实际', 'actual')}:   ${c.actual.length ? c.actual.map(fmt).join(', ') : t(locale, '（无）', '(none)')}\n`);
  for (const m of c.missing) io.stdout(`      - ${fmt(m)}  ${t(locale, '预期有，但没有报告', 'expected, not reported')}\n`);
  for (const u of c.unexpected) io.stdout(`      + ${fmt(u)}  ${t(locale, '报告了，但未预期', 'reported, not expected')}\n`);
  if (c.output) {
    io.stdout(`      ${t(locale, '修复后的文本与 output 不同', 'the fixed text differs from output')}:\n`);
    io.stdout(`      ${t(locale, '预期', 'expected')}: ${JSON.stringify(c.output.expected)}\n`);
    io.stdout(`      ${t(locale, '实际', 'actual')}:   ${JSON.stringify(c.output.actual)}\n`);
  }
}

/** Run a pack's tests; returns 0 all passed, 1 a case failed, 2 the pack could not be loaded. */
function testPack(file: string, io: CommandIo, locale: Locale, allowCodeRules = false): number {
  const run = runPackTests(file, undefined, { allowCodeRules });
  io.stdout(`${run.name ?? rel(io, file)}${run.version ? `@${run.version}` : ''}  (${rel(io, file)})\n`);
  if (run.codeRulesNotRun) io.stderr(`fzlint: ${codeRulesNotice(run.codeRulesNotRun, 'cli')[locale]}\n`);
  if (run.problems.length) {
    printProblems(io, locale, run.problems);
    return 2;
  }
  for (const c of run.cases) printCase(io, locale, file, c);
  const failed = run.cases.filter((c) => !c.passed).length;
  const passed = run.cases.length - failed;
  if (run.cases.length === 0)
    io.stdout(`  ${t(locale, '这个规则包没有测试用例（tests.valid / tests.invalid）。', 'This pack has no tests (tests.valid / tests.invalid).')}\n`);
  io.stdout(t(locale, `${passed} 个通过，${failed} 个失败\n`, `${passed} passed, ${failed} failed\n`));
  return failed > 0 ? 1 : 0;
}

function checkPack(file: string, io: CommandIo, locale: Locale, allowCodeRules = false): number {
  const { parsed, problem } = loadPackFile(file);
  if (problem || !parsed) {
    printProblems(io, locale, problem ? [problem] : []);
    return 2;
  }
  const issues = checkPackEntries(file, parsed);
  for (const i of issues) io.stdout(`${rel(io, file)}:${i.line}:${i.column}  ${t(locale, '警告', 'warning')}  ${i.messages[locale]}  pack-check\n`);
  if (issues.length === 0) io.stdout(t(locale, `${rel(io, file)}：没有发现永远不会匹配的条目。\n`, `${rel(io, file)}: no entries that can never match.\n`));
  const tested = testPack(file, io, locale, allowCodeRules);
  return tested === 2 ? 2 : issues.length > 0 || tested === 1 ? 1 : 0;
}

function newPack(dir: string, io: CommandIo, locale: Locale): number {
  const abs = path.resolve(io.cwd, dir);
  const packFile = path.join(abs, 'pack.yaml');
  if (fs.existsSync(packFile)) {
    io.stderr(`fzlint: ${t(locale, `${rel(io, packFile)} 已存在，未覆盖。`, `${rel(io, packFile)} already exists; not overwritten.`)}\n`);
    return 2;
  }
  const base =
    path
      .basename(abs)
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'local';
  const name = base.startsWith('fzlint-pack-') ? base : `fzlint-pack-${base}`;
  fs.mkdirSync(abs, { recursive: true });
  fs.writeFileSync(packFile, packTemplate(name, schemaRef(abs, 'pack')), { encoding: 'utf8', flag: 'wx' });
  const pkgFile = path.join(abs, 'package.json');
  if (!fs.existsSync(pkgFile)) {
    const pkg = {
      name,
      version: '0.1.0',
      description: 'fzlint rule pack (data only)',
      keywords: ['fzlint', 'fzlint-pack'],
      fzlintPack: 'pack.yaml',
      files: ['pack.yaml', 'README.md'],
      scripts: { test: 'fzlint pack check .' },
      license: 'MIT',
    };
    fs.writeFileSync(pkgFile, `${JSON.stringify(pkg, null, 2)}\n`, { encoding: 'utf8', flag: 'wx' });
  }
  const readme = path.join(abs, 'README.md');
  if (!fs.existsSync(readme)) {
    fs.writeFileSync(
      readme,
      `# ${name}\n\nfzlint 规则包（仅数据）。使用：在 .fzlintrc.yaml 中写 \`extends: [fzlint:recommended, ${name}]\`（npm 安装）或相对路径。\n\n测试：\`fzlint pack check .\`\n`,
      { encoding: 'utf8', flag: 'wx' },
    );
  }
  io.stdout(
    t(
      locale,
      `已创建规则包 ${rel(io, abs)}（pack.yaml、package.json、README.md）。运行 fzlint pack test ${rel(io, abs)} 检验示例。\n`,
      `Created the pack ${rel(io, abs)} (pack.yaml, package.json, README.md). Run fzlint pack test ${rel(io, abs)}.\n`,
    ),
  );
  return 0;
}

/** The rule-id prefix of a pack (`fzlint-pack-本市` → `local`): lower-case letters, digits and hyphens. */
export function packRulePrefix(name: string): string {
  const bare = name
    .replace(/^@[^/]+\//, '')
    .replace(/^fzlint-pack-/, '')
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return bare || 'local';
}

/** A new pack's pack.yaml, with one declarative rule of each kind and its tests; `schema` is the schema the editor comment names (schema-ref.ts). */
export function packTemplate(name: string, schema: string): string {
  const p = packRulePrefix(name);
  return `# fzlint 规则包 · fzlint rule pack (docs/packs.md)
# yaml-language-server: $schema=${schema}
name: ${name}
version: 0.1.0
description: 本地规则包 · local rule pack

# 规则级别（可选），包括下面 data.checks 中的规则。Rule severities (optional), the rules in data.checks too.
rules: {}

data:
  # 用语：wrong 是错误写法，right 是正确写法；certain: true 表示可以自动替换。
  # Terms: wrong forms, the right form; certain: true lets fix-all replace them.
  terms: []
  #  - id: local-office-name
  #    wrong: [市法制办]
  #    right: 市司法局
  #    certain: false
  #    message: { zh-CN: "机构改革后应写“市司法局”", en: "Write 市司法局 after the reorganisation" }

  # 内容项：报告应写到的事项；whenMissing: error | warning | info | optional
  # Content items a report should cover.
  sections: []

  # 数据写成的规则（docs/pack-rules/）：每种一条示例，按需修改或删除。id 写作“包名/规则名”。
  # Declarative rules (docs/pack-rules/), one of each kind: edit or delete them. Ids are "pack/rule".
  checks:
    # existence：不应出现的词语或模式。Words or patterns that must not appear.
    - id: ${p}/no-draft-word
      kind: existence
      level: warning
      words: [初稿]
      patterns: ["第[0-9]+稿"]
      message: { zh-CN: "正式报告中不应出现“{match}”", en: "Remove “{match}” from the final report" }
      description: { zh-CN: 正式报告不留稿本说明, en: No draft notes in the final report }

    # substitution：错误写法 → 正确写法；certain: true 才进入“全部修复”。Wrong → right.
    - id: ${p}/office-name
      kind: substitution
      level: warning
      swaps:
        - { wrong: [市法制办], right: 市司法局, certain: true }
      message: { zh-CN: "“{match}”应写作“{right}”", en: "Write “{right}” for “{match}”" }
      description: { zh-CN: 机构名称用现名, en: Offices by their current names }

    # occurrence：在范围内最多（max）或最少（min）出现几次。At most / at least N times.
    - id: ${p}/one-year-in-title
      kind: occurrence
      scope: title
      words: [年度]
      max: 1
      message: { zh-CN: "标题中“年度”出现 {count} 次", en: "年度 occurs {count} times in the title" }
      description: { zh-CN: 标题中“年度”只写一次, en: 年度 once in the title }

    # conditional：出现 if 时，同一单位（within）中必须也出现 then。If A appears, B must too.
    - id: ${p}/court-rate
      kind: conditional
      within: paragraph
      if: { words: [出庭应诉] }
      then: { patterns: ["出庭应诉率[^。]*[0-9.]+%"] }
      message: { zh-CN: "写了“{match}”，同一段应写出出庭应诉率", en: "State the court-appearance rate with “{match}”" }
      description: { zh-CN: 出庭应诉写出比率, en: Court appearances come with the rate }

    # required：范围内必须出现。scope 可为 document、title、headings、body 或 { part: 内容项 id }。
    # Must appear in the scope (document, title, headings, body, or { part: a data.sections id }).
    - id: ${p}/name-the-responsible
      kind: required
      scope: { part: measures-and-results }
      words: [第一责任人]
      message: { zh-CN: "“主要举措和成效”部分没有写到“{match}”", en: "The measures part does not mention {match}" }
      description: { zh-CN: 写明第一责任人履职情况, en: Name the first responsible person }

    # sequence：各项按给定顺序出现（within: sentence 表示在同一句中）。Items in this order.
    - id: ${p}/plan-order
      kind: sequence
      within: sentence
      items: [调查研究, 征求意见, 审议通过]
      message: { zh-CN: "“{item}”应在“{after}”之后", en: "{item} comes after {after}" }
      description: { zh-CN: 程序按先后顺序写, en: Steps in their order }

    # formulation：必须一字不差的提法；相差一两个字的写法报告错误并给出确定修复。Exact formulations.
    - id: ${p}/local-formulation
      kind: formulation
      level: error
      phrases: [法治政府建设示范创建活动]
      message: { zh-CN: "“{match}”应为“{right}”", en: "Write “{right}”" }
      description: { zh-CN: 本地规范提法, en: Local canonical formulations }

# 自测：valid 中的文本不应有结果；invalid 中的文本应恰好有列出的结果（规则、行、列，可写 endLine、endColumn）；
# output 是“全部修复”后的文本。Self-tests: valid texts give no finding; invalid texts give exactly the
# listed ones (rule, line, column, optionally endLine/endColumn); output is the text after fix-all.
tests:
  rules: [fullwidth-punctuation, ${p}/no-draft-word, ${p}/office-name, ${p}/one-year-in-title, ${p}/court-rate, ${p}/name-the-responsible, ${p}/plan-order, ${p}/local-formulation]
  valid:
    - name: 没有问题
      text: |
        某市2023年法治政府建设年度报告
        一、2023年主要举措和成效
        主要负责人切实履行推进法治建设第一责任人职责，开展法治政府建设示范创建活动。
        经调查研究、征求意见后审议通过。行政机关负责人出庭应诉率为95.5%。
  invalid:
    - name: 半角逗号
      rules: [fullwidth-punctuation]
      text: |
        一、推进依法行政,取得明显成效。
      findings:
        - { rule: fullwidth-punctuation, line: 1, column: 9 }
    - name: 每种规则各一个问题
      text: |
        某市2023年度法治政府建设年度报告（初稿）
        一、2023年主要举措和成效
        配合市法制办开展法治政府建设示范创活动。
        经征求意见、调查研究后审议通过。行政机关负责人出庭应诉工作有序开展。
      output: |
        某市2023年度法治政府建设年度报告（初稿）
        一、2023年主要举措和成效
        配合市司法局开展法治政府建设示范创建活动。
        经征求意见、调查研究后审议通过。行政机关负责人出庭应诉工作有序开展。
      findings:
        - { rule: ${p}/one-year-in-title, line: 1, column: 15 }
        - { rule: ${p}/no-draft-word, line: 1, column: 20, endColumn: 22 }
        - { rule: ${p}/name-the-responsible, line: 2, column: 1 }
        - { rule: ${p}/office-name, line: 3, column: 3, endColumn: 7 }
        - { rule: ${p}/local-formulation, line: 3, column: 9, endColumn: 20 }
        - { rule: ${p}/plan-order, line: 4, column: 2 }
        - { rule: ${p}/court-rate, line: 4, column: 24 }
`;
}

/** `fzlint pack new|test|check`. */
export function runPack(args: string[], io: CommandIo, locale: Locale): number {
  const [action, ...rest] = args;
  const targets = rest.filter((a) => !a.startsWith('--'));
  const usage = () => {
    io.stderr(
      `fzlint: ${t(locale, '用法：fzlint pack new <文件夹> | fzlint pack test <文件夹|文件> | fzlint pack check <文件夹|文件>', 'usage: fzlint pack new <dir> | fzlint pack test <dir|file> | fzlint pack check <dir|file>')}\n`,
    );
    return 2;
  };
  if (action === 'new') return targets.length === 1 ? newPack(targets[0], io, locale) : usage();
  if (action !== 'test' && action !== 'check') return usage();
  if (targets.length === 0) targets.push('.');
  let code = 0;
  for (const target of targets) {
    const file = packFileFor(path.resolve(io.cwd, target));
    if (!file) {
      io.stderr(
        `fzlint: ${t(locale, `${target}：找不到规则包文件（pack.yaml、pack.yml、pack.json，或 package.json 的 fzlintPack）。`, `${target}: no pack file (pack.yaml, pack.yml, pack.json, or package.json "fzlintPack").`)}\n`,
      );
      code = 2;
      continue;
    }
    // Code rules (JS) the pack names run only with --allow-code-rules or FZLINT_ALLOW_CODE_RULES=1.
    const allowCodeRules = rest.includes('--allow-code-rules') || /^(?:1|true|yes)$/i.test(io.env.FZLINT_ALLOW_CODE_RULES ?? '');
    const result = action === 'test' ? testPack(file, io, locale, allowCodeRules) : checkPack(file, io, locale, allowCodeRules);
    code = Math.max(code, result);
  }
  return code;
}
