/**
 * A test needs something this machine lacks (a browser, a permission). Outside CI it is skipped with
 * a line saying why; with CI set (.ci/run sets it; most CI services do) it fails with that reason, so a
 * CI run can never pass by skipping.
 */
import { inCI } from '../e2e/support';

export function unavailable(ctx: Mocha.Context, what: string, hint: string): never {
  const message = `${what} — ${hint}`;
  if (inCI()) throw new Error(`${message} (CI is set: this test must run, not skip)`);
  console.log(`      ⚠ skipped: ${message} (outside CI the test is skipped; in CI it fails)`);
  ctx.skip();
}
