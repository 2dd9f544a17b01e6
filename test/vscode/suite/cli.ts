/**
 * The CLI of the same build, run from inside the VS Code extension host by the Node that started
 * `npm run test:vscode` (test/vscode/run.mjs passes its path), for the expected counts and fixes.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const node = process.env.FZLINT_VSCODE_NODE ?? '';
const cli = process.env.FZLINT_VSCODE_CLI ?? '';
/** A folder with no fzlint configuration above it, as the test workspace. */
const cwd = process.env.FZLINT_VSCODE_CLI_DIR ?? '';

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
}

export const showCounts = (c: Counts): string => `${c.errors} errors, ${c.warnings} warnings, ${c.infos} info`;

function ready(): void {
  if (!node || !cli || !cwd || !fs.existsSync(cli))
    throw new Error('FZLINT_VSCODE_NODE, FZLINT_VSCODE_CLI and FZLINT_VSCODE_CLI_DIR must be set (test/vscode/run.mjs sets them)');
}

/** What the CLI finds in `text` named `filename`: counts by severity, the total and the rule ids. */
export function cliCounts(text: string, filename: string): Counts & { total: number; rules: string[] } {
  ready();
  const r = spawnSync(node, [cli, '--format', 'json', '--stdin', '--stdin-filename', filename], {
    cwd,
    input: text,
    encoding: 'utf8',
    timeout: 60000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0 && r.status !== 1) throw new Error(`fzlint --stdin failed (exit ${r.status}): ${r.stderr}`);
  const [result] = JSON.parse(r.stdout) as { messages: { severity: number; ruleId: string }[] }[];
  const { messages } = result;
  // The json format is ESLint's: 2 error, 1 warning, 0 info.
  return {
    errors: messages.filter((m) => m.severity === 2).length,
    warnings: messages.filter((m) => m.severity === 1).length,
    infos: messages.filter((m) => m.severity === 0).length,
    total: messages.length,
    rules: [...new Set(messages.map((m) => m.ruleId))],
  };
}

/** `fzlint --fix` on a copy of `text` named `name`: the fixed text. */
export function cliFix(text: string, name: string): string {
  ready();
  const file = path.join(cwd, name);
  fs.writeFileSync(file, text);
  const r = spawnSync(node, [cli, '--fix', file], { cwd, encoding: 'utf8', timeout: 60000 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`fzlint --fix failed (exit ${r.status}): ${r.stderr}`);
  return fs.readFileSync(file, 'utf8');
}
