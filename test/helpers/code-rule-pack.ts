/**
 * A workspace with a rule pack that names code rules (JS), for the CLI and language-server tests of
 * the opt-in (docs/packs.md, "Code rules"). Every module writes a marker file when it is loaded, so a
 * test can prove that no code ran.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { tempTree } from '../unit/config/helpers';

/** A report with the word 草稿 (the code rule's target) and 明显成效 (the pack's data term). */
export const CODE_RULE_REPORT = ['某县2023年法治政府建设年度报告', '', '一、主要举措和成效', '推进依法行政，取得明显成效（草稿）。', ''].join('\n');

/** Writes `<pack>/loaded-<name>` when required. */
function marker(name: string): string {
  return `require('node:fs').writeFileSync(require('node:path').join(__dirname, '..', 'loaded-${name}'), String(process.pid));\n`;
}

export const GOOD_RULE = `${marker('good')}module.exports = {
  meta: {
    id: 'local/no-draft-word',
    severity: 'warning',
    description: { 'zh-CN': '正式报告中不留“草稿”字样', en: 'No 草稿 in a final report' },
    messages: { draftWord: { 'zh-CN': '正式报告中不应出现“草稿”二字，请删除', en: 'Remove the word 草稿 from the final report' } },
    docsUrl: 'https://example.org/local/no-draft-word',
  },
  check(doc, context) {
    const re = /草稿/g;
    let m;
    while ((m = re.exec(doc.prose))) context.report({ span: { start: m.index, end: m.index + m[0].length }, messageId: 'draftWord' });
  },
};
`;

export const THROWING_RULE = `${marker('throwing')}module.exports = {
  meta: { id: 'local/always-throws', messages: { never: { 'zh-CN': '不会报告', en: 'never reported' } } },
  check() {
    throw new Error('boom from a pack rule');
  },
};
`;

/** Loads, but its export is not a rule (no messages, no check). */
export const BAD_SHAPE_RULE = `${marker('bad')}module.exports = { meta: { id: 'local/bad-shape' } };\n`;

const PACK_DATA = `data:
  terms:
    - id: local-obvious
      wrong: [明显成效]
      right: 显著成效
      certain: false
      severity: info
      message: { zh-CN: "宜写“显著成效”", en: "Write 显著成效" }
`;

/**
 * A temp tree: `.fzlintrc.yaml` extends `./pack`, whose pack.yaml names `rules` (file name → module
 * text) as codeRules. `report.txt` is CODE_RULE_REPORT.
 */
export function codeRuleWorkspace(rules: Record<string, string>): ReturnType<typeof tempTree> & { loaded: (name: string) => boolean } {
  const files: Record<string, string> = {
    '.fzlintrc.yaml': 'extends: ./pack\n',
    'report.txt': CODE_RULE_REPORT,
    'pack/pack.yaml': `name: fzlint-pack-local-test\nversion: 1.0.0\ncodeRules:\n${Object.keys(rules)
      .map((f) => `  - ./rules/${f}\n`)
      .join('')}${PACK_DATA}`,
  };
  for (const [name, text] of Object.entries(rules)) files[`pack/rules/${name}`] = text;
  const tree = tempTree(files);
  return { ...tree, loaded: (name) => fs.existsSync(path.join(tree.root, 'pack', `loaded-${name}`)) };
}
