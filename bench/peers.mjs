// Side by side with the peer tools (issue 13): AutoCorrect (autocorrect-node, Rust) and zhlint, both
// devDependencies, run on the same inputs in the same run, interleaved round by round so that the
// machine's noise hits all tools alike. The budgets are ratios (ARCHITECTURE.md, Performance budgets):
//
//   CLI cold start, reference report      fzlint ≤ 2× AutoCorrect
//   full lint, warm, reference report     fzlint ≤ 0.5× zhlint
//   batch of 1,000 reports                fzlint ≥ AutoCorrect (reports/s); workers never slower than serial
//
// (The fourth target, the language server's RSS after 1,000 edits, is in bench/lsp-latency.mjs.)
// Each ratio is the median of the per-round ratios; the absolute times are printed for reference.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';

const root = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const autocorrectCli = path.join(root, 'node_modules', 'autocorrect-node', 'cli.js');
const zhlintCli = path.join(root, 'node_modules', 'zhlint', 'bin', 'index.js');
const fzlintCli = path.join(root, 'bin', 'fzlint.cjs');

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Wall time of one child process in ms (it must exit with 0 or 1: findings are not failures). */
function wall(args, cwd = root) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited with ${r.status}: ${r.stderr.slice(0, 500)}`);
  return ms;
}

const fmtMs = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 0)} ms`);

/**
 * Rows { measure, fzlint, autocorrect, zhlint, ratio, target, ok }.
 * @param {{ text: string, reference: string, rounds?: number, batchRounds?: number }} o
 */
export async function peerRows({ text, reference, rounds = 11, batchRounds = 3 }) {
  const rows = [];

  // 1. CLI cold start on the reference report: a fresh node process per run, each tool as users call it.
  {
    const cold = { fz: [], ac: [], zh: [] };
    const ratios = [];
    const dir = path.dirname(reference);
    for (let i = 0; i < rounds + 1; i++) {
      const fz = wall([fzlintCli, reference]);
      const ac = wall([autocorrectCli, '--lint', reference]);
      const zh = wall([zhlintCli, path.basename(reference)], dir);
      if (i === 0) continue; // the first round warms the file system cache
      cold.fz.push(fz);
      cold.ac.push(ac);
      cold.zh.push(zh);
      ratios.push(fz / ac);
    }
    const ratio = median(ratios);
    rows.push({
      measure: `CLI cold start, reference report (median of ${rounds} rounds)`,
      fzlint: fmtMs(median(cold.fz)),
      autocorrect: fmtMs(median(cold.ac)),
      zhlint: fmtMs(median(cold.zh)),
      ratio: `${ratio.toFixed(2)}× AutoCorrect`,
      target: '≤ 2× AutoCorrect',
      ok: ratio <= 2,
    });
    rows.push({
      measure: '  fzlint vs zhlint',
      fzlint: '',
      autocorrect: '',
      zhlint: '',
      ratio: `${median(cold.fz.map((f, i) => f / cold.zh[i])).toFixed(2)}× zhlint`,
      target: '',
      ok: null,
    });
  }

  // 2. Warm full lint of the reference report, in process: each tool's library API on the same text.
  {
    const engine = require(path.join(root, 'dist', 'engine.cjs'));
    const autocorrect = require('autocorrect-node');
    const zhlint = require('zhlint');
    const quiet = (fn) => {
      // zhlint logs while it works; keep the table readable.
      const log = console.log;
      const warn = console.warn;
      console.log = console.warn = () => undefined;
      try {
        return fn();
      } finally {
        console.log = log;
        console.warn = warn;
      }
    };
    const time = (fn) => {
      const t = process.hrtime.bigint();
      fn();
      return Number(process.hrtime.bigint() - t) / 1e6;
    };
    const fz = () => engine.lintText(text, { filePath: reference });
    const ac = () => autocorrect.lintFor(text, 'report.txt');
    const zh = () => quiet(() => zhlint.run(text));
    for (let i = 0; i < 30; i++) {
      fz();
      ac();
      zh();
    }
    const t = { fz: [], ac: [], zh: [] };
    for (let i = 0; i < 60; i++) {
      t.fz.push(time(fz));
      t.ac.push(time(ac));
      t.zh.push(time(zh));
    }
    const ratio = median(t.fz.map((f, i) => f / t.zh[i]));
    rows.push({
      measure: 'full lint, warm, reference report (median of 60)',
      fzlint: fmtMs(median(t.fz)),
      autocorrect: fmtMs(median(t.ac)),
      zhlint: fmtMs(median(t.zh)),
      ratio: `${ratio.toFixed(2)}× zhlint`,
      target: '≤ 0.5× zhlint',
      ok: ratio <= 0.5,
    });
  }

  // 3. Batch: 1,000 variants of the reference report in one folder (zhlint on 100 of them: it takes
  //    about 25 ms a file). reports/s; each round runs every tool once.
  {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fzlint-bench-peers-'));
    const zhDir = path.join(dir, 'zh');
    fs.mkdirSync(zhDir);
    const batchDir = path.join(dir, 'reports');
    fs.mkdirSync(batchDir);
    for (let i = 0; i < 1000; i++) {
      const variant = text.replace('78 件', `${78 + i} 件`);
      fs.writeFileSync(path.join(batchDir, `r${i}.txt`), variant);
      if (i < 100) fs.writeFileSync(path.join(zhDir, `r${i}.txt`), variant);
    }
    try {
      const rate = (n, ms) => (n * 1000) / ms;
      const r = { auto: [], serial: [], forced: [], ac: [], zh: [] };
      const cores = os.availableParallelism();
      const loads = [];
      for (let i = 0; i < batchRounds; i++) {
        loads.push(os.loadavg()[0]);
        r.auto.push(rate(1000, wall([fzlintCli, '--format', 'json', batchDir])));
        r.forced.push(rate(1000, wall([fzlintCli, '--format', 'json', '--workers', String(cores), batchDir])));
        r.serial.push(rate(1000, wall([fzlintCli, '--format', 'json', '--workers', '0', batchDir])));
        r.ac.push(rate(1000, wall([autocorrectCli, '--lint', batchDir])));
        if (i === 0) r.zh.push(rate(100, wall([zhlintCli, '*.txt'], zhDir)));
      }
      const vsAc = median(r.auto.map((x, i) => x / r.ac[i]));
      const vsSerial = median(r.auto.map((x, i) => x / r.serial[i]));
      const perS = (xs) => `${median(xs).toFixed(0)}/s`;
      const vsSerialForced = median(r.forced.map((x, i) => x / r.serial[i]));
      const load = `load average ${loads.map((l) => l.toFixed(1)).join('/')}`;
      rows.push({
        measure: `batch of 1,000 reports, fzlint default (--workers auto; ${cores} cores, ${load}; median of ${batchRounds})`,
        fzlint: perS(r.auto),
        autocorrect: perS(r.ac),
        zhlint: perS(r.zh),
        ratio: `${vsAc.toFixed(2)}× AutoCorrect`,
        target: '≥ 1× AutoCorrect',
        ok: vsAc >= 1,
      });
      rows.push({
        measure: '  fzlint serial (--workers 0)',
        fzlint: perS(r.serial),
        autocorrect: '',
        zhlint: '',
        ratio: `auto ${vsSerial.toFixed(2)}× serial`,
        target: 'workers ≥ 1× serial (3 % noise)',
        ok: vsSerial >= 0.97,
      });
      rows.push({
        measure: `  fzlint --workers ${cores} (forced parallel, whatever the load)`,
        fzlint: perS(r.forced),
        autocorrect: '',
        zhlint: '',
        ratio: `${vsSerialForced.toFixed(2)}× serial`,
        target: '',
        ok: null,
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  return rows;
}

/** Print the side-by-side table. */
export function printPeerRows(rows) {
  const cols = ['measure', 'fzlint', 'autocorrect', 'zhlint', 'ratio', 'target'];
  const head = {
    measure: 'side by side (same inputs, same run)',
    fzlint: 'fzlint',
    autocorrect: 'AutoCorrect',
    zhlint: 'zhlint',
    ratio: 'ratio',
    target: 'target',
  };
  const w = Object.fromEntries(cols.map((c) => [c, Math.max(head[c].length, ...rows.map((r) => String(r[c]).length))]));
  const line = (r, mark = '') => cols.map((c, i) => (i === 0 ? String(r[c]).padEnd(w[c]) : String(r[c]).padStart(w[c]))).join('  ') + mark;
  console.log(line(head));
  for (const r of rows) console.log(line(r, r.ok === null ? '' : r.ok ? ' ✓' : ' ✗ off target'));
}

// Standalone: node bench/peers.mjs (after npm run build).
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const reference = path.resolve(root, '../shared/fixtures/reference/shanwei-2020.fullwidth.txt');
  printPeerRows(await peerRows({ text: fs.readFileSync(reference, 'utf8'), reference }));
}
