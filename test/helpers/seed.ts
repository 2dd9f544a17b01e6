/**
 * The seed of the suite's generated inputs (fuzz properties, stress edits, kill points): the same every
 * run unless FZLINT_SEED chooses another, so a run that passes today passes tomorrow and a failure can
 * be replayed. Every test that uses it prints it.
 */

/** The seed when FZLINT_SEED is not set. Any 32-bit integer; changing it changes every generated input. */
export const DEFAULT_SEED = 20261203;

/** FZLINT_SEED as a 32-bit integer, or DEFAULT_SEED. A value that is not an integer is an error, never ignored. */
export function testSeed(env: NodeJS.ProcessEnv = process.env): number {
  const v = env.FZLINT_SEED;
  if (v === undefined || v.trim() === '') return DEFAULT_SEED;
  const n = Number(v);
  if (!Number.isSafeInteger(n)) throw new Error(`FZLINT_SEED must be an integer, got "${v}"`);
  return n | 0;
}

/** How a failure names its seed: `seed 123 (replay: FZLINT_SEED=123 …)`. */
export function replayHint(seed: number, command = ''): string {
  return `seed ${seed} (replay: FZLINT_SEED=${seed}${command ? ` ${command}` : ''})`;
}

/** mulberry32: small, fast and reproducible from a 32-bit seed; numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
