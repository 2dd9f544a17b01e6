/**
 * Shared plumbing of the editor end-to-end tests (test/e2e): when a missing tool skips or fails a
 * test, temporary state directories, artefact paths, and killing the processes a test started.
 */
import { spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot } from '../helpers/paths';

/** CI (`.ci/run` exports CI=true; most CI services set it too): a missing tool is a failure. */
export const inCI = (): boolean => {
  const ci = process.env.CI;
  return ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false';
};

/** Screenshots and logs of the end-to-end tests (gitignored). */
export const artefactDir = (name: string): string => {
  const dir = path.join(repoRoot, 'test-output', 'e2e', name);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
};

/**
 * `override` (an environment variable's value) when set, else the first of `candidates` that exists
 * and is executable, else the command found on PATH.
 */
export function findExecutable(command: string, candidates: readonly string[] = [], override?: string): string | undefined {
  if (override !== undefined && override !== '') candidates = [override];
  for (const c of candidates) {
    try {
      fs.accessSync(c, fs.constants.X_OK);
      return c;
    } catch {
      // try the next one
    }
  }
  if (override !== undefined && override !== '') return undefined;
  const which = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  const found = which.stdout.trim();
  return which.status === 0 && found !== '' ? found : undefined;
}

/**
 * A requirement of an end-to-end test is missing: outside CI print why and skip the test; in CI
 * (where .ci/run installs everything) fail it.
 */
export function missing(ctx: Mocha.Context, what: string, hint: string): never {
  const message = `${what} — ${hint}`;
  if (inCI()) throw new Error(`${message} (CI is set: the end-to-end tests must run in CI; .ci/run installs what they need)`);
  console.log(`      ⚠ skipped: ${message} (outside CI the test is skipped; in CI it fails)`);
  ctx.skip();
}

/** A fresh temp dir with XDG_* subdirectories, and the environment that points at them. */
export function tempHome(prefix: string): { dir: string; env: NodeJS.ProcessEnv; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const xdg = {
    XDG_CONFIG_HOME: path.join(dir, 'xdg', 'config'),
    XDG_DATA_HOME: path.join(dir, 'xdg', 'data'),
    XDG_STATE_HOME: path.join(dir, 'xdg', 'state'),
    XDG_CACHE_HOME: path.join(dir, 'xdg', 'cache'),
    XDG_RUNTIME_DIR: path.join(dir, 'xdg', 'runtime'),
  };
  for (const d of Object.values(xdg)) fs.mkdirSync(d, { recursive: true, mode: 0o700 });
  return {
    dir,
    env: { ...process.env, ...xdg, HOME: dir },
    remove: () => fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 }),
  };
}

/** Kill a child started with `detached: true` together with its process group; wait for it to end. */
export async function killTree(child: ChildProcess | undefined, graceMs = 3000): Promise<void> {
  if (!child || child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signal = (sig: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, sig);
    } catch {
      try {
        child.kill(sig);
      } catch {
        // already gone
      }
    }
  };
  signal('SIGTERM');
  const timer = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), graceMs));
  if ((await Promise.race([exited, timer])) === 'timeout') {
    signal('SIGKILL');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 2000))]);
  }
}

/** 0-based UTF-16 column → 0-based UTF-8 byte column (what Neovim reports). */
export function byteColumn(line: string, utf16Column: number): number {
  return Buffer.byteLength(line.slice(0, utf16Column), 'utf8');
}

/** A progress line under the current test. */
export function log(message: string): void {
  console.log(`      · ${message}`);
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** Polls `probe` until it gives a value; the timeout error says what was awaited and the last error. */
export async function waitFor<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
}

/**
 * A phrase of a report (four CJK characters from one of its longer runs), taken from the text at run
 * time: the wrong form of a test pack's term, so that the term is found in that report.
 */
export function reportPhrase(text: string): string | undefined {
  return text
    .split('\n')
    .flatMap((line) => line.match(/[\u4e00-\u9fff]{8,}/g) ?? [])[5]
    ?.slice(2, 6);
}

/** Command lines of the running processes that mention `needle` (Linux /proc). */
export function processesWith(needle: string): string[] {
  const found: string[] = [];
  for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
      if (cmd.includes(needle)) found.push(cmd);
    } catch {
      // gone
    }
  }
  return found;
}
