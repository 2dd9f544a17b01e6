/** Hostile config texts shared by test/unit/config/hostile-config.test.ts and test/cli/hostile-input.test.ts. */

/** "Billion laughs": 10 levels of 9 aliases each, 9^10 strings once expanded. */
export function billionLaughs(): string {
  const lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  for (let i = 1; i < 10; i++) {
    const name = String.fromCharCode(97 + i);
    const prev = String.fromCharCode(96 + i);
    lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]`);
  }
  return `${lines.join('\n')}\nrules: {}\n`;
}

/** Deeply nested documents (each a valid YAML/JSON document apart from its depth). */
export const DEEP: Record<string, { name: string; text: string }> = {
  jsonArrays: { name: 'deep.json', text: `{"rules":{},"x":${'['.repeat(10000)}${']'.repeat(10000)}}` },
  jsonObjects: { name: 'deep.json', text: `{"rules":{},"x":${'{"a":'.repeat(10000)}1${'}'.repeat(10000)}}` },
  yamlFlow: { name: 'deep.yaml', text: `rules: {}\nx: ${'['.repeat(10000)}${']'.repeat(10000)}\n` },
  yamlFlowMaps: { name: 'deep.yaml', text: `rules: {}\nx: ${'{a: '.repeat(10000)}1${'}'.repeat(10000)}\n` },
  yamlCompactSeqs: { name: 'deep.yaml', text: `rules: {}\nx:\n  ${'- '.repeat(10000)}a\n` },
  // Indented block mappings: 2,000 levels is ~2 MB (indentation grows quadratically), under the size limit.
  yamlBlockMaps: { name: 'deep.yaml', text: `rules: {}\nx:\n${Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i + 1)}k:\n`).join('')}` },
};

/** A CommonJS module that writes MARKER-<name> beside itself if anything ever runs it. */
export function markerModule(name: string): string {
  return `require('fs').writeFileSync(require('path').join(__dirname, 'MARKER-${name}'), 'ran'); module.exports = { rules: {} };\n`;
}

/** Code files an `extends` might name (.js, .cjs, .mjs, an npm pack whose "main" is JS); each leaves a MARKER if run. */
export function codeForExtends(): Record<string, string> {
  return {
    'evil.js': markerModule('js'),
    'evil.cjs': markerModule('cjs'),
    'evil.mjs': "import * as fs from 'node:fs'; fs.writeFileSync(new URL('./MARKER-mjs', import.meta.url), 'ran'); export default {};\n",
    'node_modules/fzlint-pack-evil/package.json': '{ "name": "fzlint-pack-evil", "version": "1.0.0", "main": "index.js" }',
    'node_modules/fzlint-pack-evil/index.js': markerModule('npm'),
  };
}
