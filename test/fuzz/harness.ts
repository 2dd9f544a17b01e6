/**
 * Runs one fast-check property with the suite's settings and prints its runs, seed, time and result.
 *
 * Settings come from the environment (scripts/fuzz.mjs sets them from `npm run fuzz -- …`):
 *   FZLINT_FUZZ_RUNS      cases per engine property (default 2,000: the bounded run in `npm test`)
 *   FZLINT_FUZZ_CLI_RUNS  cases for the property that spawns the built CLI (default 50)
 *   FZLINT_SEED           the seed (default: test/helpers/seed.ts DEFAULT_SEED, the same every run);
 *                         replay: the seed a failure printed
 *   FZLINT_FUZZ_CHUNK     chunk K of a long run (`--repeat`): the seed is FZLINT_SEED + K, printed as such
 *   FZLINT_FUZZ_PATH      replay: the path a failure printed (with the same seed; only that property then)
 */
import fc from 'fast-check';
import { testSeed } from '../helpers/seed';

function envInt(name: string): number | undefined {
  const v = process.env[name];
  if (v === undefined || v === '') return undefined;
  const n = Number(v);
  if (!Number.isSafeInteger(n)) throw new Error(`${name} must be an integer, got "${v}"`);
  return n;
}

export const FUZZ_RUNS = envInt('FZLINT_FUZZ_RUNS') ?? 2000;
export const FUZZ_CLI_RUNS = envInt('FZLINT_FUZZ_CLI_RUNS') ?? 50;
const SEED = (testSeed() + (envInt('FZLINT_FUZZ_CHUNK') ?? 0)) | 0;
const PATH = process.env.FZLINT_FUZZ_PATH || undefined;

/** Mocha timeout for one property: generous for the bounded run, none for long runs. */
export function propertyTimeout(runs: number): number {
  return process.env.FZLINT_FUZZ_RUNS || runs > 5000 ? 0 : 150_000;
}

/**
 * Check `property` for `runs` cases. Prints `[fuzz] <name>: <runs> runs, seed <seed>, <ms> ms, ok|FAILED`
 * and throws fast-check's report (counterexample, seed and path to replay) on failure.
 */
export function checkProperty<T>(name: string, property: fc.IProperty<T>, runs: number): void {
  const seed = SEED;
  // Long runs say their seed before they start: a run killed halfway can still be replayed.
  if (process.env.FZLINT_FUZZ_RUNS) console.log(`    [fuzz] ${name}: starting ${runs} runs, seed ${seed}`);
  const started = process.hrtime.bigint();
  const cpuStarted = process.cpuUsage();
  const details = fc.check(property, { numRuns: runs, seed, ...(PATH ? { path: PATH } : {}), endOnFailure: false });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const cpu = process.cpuUsage(cpuStarted);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const failed = details.failed;
  // Names start with the test's number ("3. …"); mocha's --grep on "3\. " selects that test.
  const grep = /^\d+\./.test(name) ? `${name.split('.')[0]}\\. ` : name;
  const replay = failed ? `, replay: npm run fuzz -- --seed ${seed} --path "${details.counterexamplePath}" --grep "${grep}"` : '';
  console.log(
    `    [fuzz] ${name}: ${details.numRuns} runs, seed ${seed}, ${ms.toFixed(0)} ms (cpu ${cpuMs.toFixed(0)} ms), ${failed ? 'FAILED' : 'ok'}${replay}`,
  );
  if (failed) {
    const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    throw new Error(`${name}: FAILED with seed ${seed}${replay}\n${fc.defaultReportMessage(details) ?? `property ${name} failed`}\nError: ${cause}`);
  }
}
