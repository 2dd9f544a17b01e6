#!/usr/bin/env node
// Long fuzz runs: `npm run fuzz -- --runs 100000`.
//
//   --runs N       cases per engine property (default 10,000; the test suite runs 2,000)
//   --cli-runs N   cases for the property that spawns the built CLI (default: runs / 200, at least 50;
//                  each case starts a process, about 0.3 s)
//   --seed S       another seed (default: a fixed one, the same every run; FZLINT_SEED works too);
//                  replay a failure: the seed it printed
//   --path P       replay a failure: the path it printed (with --seed and --grep)
//   --grep TEXT    run only the properties whose test title contains TEXT (e.g. "idempotent")
//   --no-cli       skip the CLI property (then no build is needed)
//   --repeat K     run the whole selection K times, chunk i with seed + i (a long run in chunks:
//                  a killed process loses one chunk, not the run; the total is printed at the end)
//
// Every property prints `[fuzz] <name>: <runs> runs, seed <seed>, <ms> ms, ok|FAILED`; a failure also
// prints the counterexample and the command that replays it.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    runs: { type: 'string' },
    'cli-runs': { type: 'string' },
    seed: { type: 'string' },
    path: { type: 'string' },
    grep: { type: 'string' },
    'no-cli': { type: 'boolean' },
    repeat: { type: 'string' },
  },
});

function int(name, value, fallback) {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || (name !== 'seed' && n < 1)) {
    console.error(`--${name} expects a whole number, got "${value}"`);
    process.exit(2);
  }
  return n;
}

const runs = int('runs', values.runs, 10000);
const cliRuns = int('cli-runs', values['cli-runs'], Math.max(50, Math.round(runs / 200)));
const seed = int('seed', values.seed, undefined);
const repeat = int('repeat', values.repeat, 1);
const env = { ...process.env, FZLINT_FUZZ_RUNS: String(runs), FZLINT_FUZZ_CLI_RUNS: String(cliRuns) };
if (seed !== undefined) env.FZLINT_SEED = String(seed);
if (values.path) env.FZLINT_FUZZ_PATH = values.path;

const specs = ['test/fuzz/engine.fuzz.test.ts'];
if (!values['no-cli']) {
  if (!fs.existsSync(path.join(root, 'dist', 'cli.cjs'))) {
    console.error('dist/cli.cjs is missing: run `npm run build` first (or pass --no-cli)');
    process.exit(2);
  }
  specs.push('test/fuzz/cli.fuzz.test.ts');
}

console.log(
  `fzlint fuzz: ${runs} cases per engine property${values['no-cli'] ? '' : `, ${cliRuns} CLI cases`}${seed !== undefined ? `, seed ${seed}` : ''}${values.path ? `, path ${values.path}` : ''}`,
);
const started = Date.now();
const mocha = path.join(root, 'node_modules', 'mocha', 'bin', 'mocha.js');
const args = [mocha, '--timeout', '0', ...(values.grep ? ['--grep', values.grep] : []), ...specs];
let status = 0;
let done = 0;
for (let i = 0; i < repeat && status === 0; i++) {
  if (repeat > 1) console.log(`fzlint fuzz: chunk ${i + 1} of ${repeat}`);
  const r = spawnSync(process.execPath, args, { cwd: root, env: { ...env, FZLINT_FUZZ_CHUNK: String(i) }, stdio: 'inherit' });
  status = r.status ?? 1;
  if (status === 0) done++;
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
const total =
  repeat > 1 ? `, ${done} of ${repeat} chunks passed: ${done * runs} cases per engine property${values['no-cli'] ? '' : `, ${done * cliRuns} CLI cases`}` : '';
console.log(`fzlint fuzz: ${status === 0 ? 'all properties hold' : 'FAILED'} (${seconds} s${total})`);
process.exit(status);
