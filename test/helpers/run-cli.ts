import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cliBin, repoRoot } from './paths';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The user cache folder of CLI runs (the --cache default and its signing key): a temp folder, never the tester's. */
export const testCacheHome = fs.mkdtempSync(path.join(os.tmpdir(), 'fzlint-xdg-cache-'));

/** Run the built CLI (dist/cli.cjs through bin/fzlint.cjs) as a user would. */
export function runCli(args: string[], options: { input?: string | Buffer; cwd?: string; env?: NodeJS.ProcessEnv } = {}): CliRun {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: testCacheHome, ...options.env };
  delete env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [cliBin, ...args], {
    cwd: options.cwd ?? repoRoot,
    input: options.input,
    env,
    encoding: 'utf8',
    timeout: 120000,
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.error) throw new Error(`fzlint ${args.join(' ')}: ${r.error.message}`);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export interface JsonMessage {
  ruleId: string;
  severity: number;
  level: 'error' | 'warning' | 'info';
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: { range: [number, number]; text: string };
  suggestions?: { desc: string; fix: { range: [number, number]; text: string } }[];
}

export interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  output?: string;
  documentKind?: 'annual-report' | 'official-document' | 'other';
  /** A file the run found and did not lint. */
  skipped?: { reason: string; message: string };
}

/** The records of linted files (not those of skipped files). */
export function linted(results: JsonResult[]): JsonResult[] {
  return results.filter((r) => !r.skipped);
}

export function runJson(args: string[], options: Parameters<typeof runCli>[1] = {}): { run: CliRun; results: JsonResult[] } {
  const run = runCli(['--format', 'json', ...args], options);
  let results: JsonResult[];
  try {
    results = JSON.parse(run.stdout) as JsonResult[];
  } catch {
    throw new Error(`CLI output is not JSON (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
  return { run, results };
}
