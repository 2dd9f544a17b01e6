// Editor benchmark (issue 5): the built language server (dist/server.cjs --stdio) driven as an editor
// would drive it. bench/run.mjs runs this at its end and prints these rows in its table; run alone with
// `node bench/lsp-latency.mjs` (after `npm run build`).
//
// Measures, against the budgets in ARCHITECTURE.md:
// - didChange → publishDiagnostics latency with fzlint.debounce = 0 (so the debounce is excluded), one
//   edit at a time (send version v, wait for the diagnostics of version v), on the reference report and
//   on a 10× text of it. The time includes the JSON-RPC round trip through the pipes, as an editor sees it.
// - the server's RSS (VmRSS of the child in /proc) after 500 and 1,000 edits of the reference report.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';

const root = path.resolve(import.meta.dirname, '..');
const serverBundle = path.join(root, 'dist', 'server.cjs');
const reference = path.resolve(root, '../shared/fixtures/reference/shanwei-2020.fullwidth.txt');

const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((s.length * p) / 100))];
};

/** VmRSS of a process in MB (Linux only; undefined elsewhere). */
export function rssMb(pid) {
  try {
    const kb = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    return Number.isFinite(kb) ? kb / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The Node flags the VS Code client starts the server with (client/src/extension.ts, `execArgv`):
 * 4 MB semi-spaces instead of V8's default 16 MB, and V8's memory-saving mode. Measured as users run it.
 */
export const SERVER_EXEC_ARGV = ['--max-semi-space-size=4', '--optimize-for-size'];

/** Start the server, answer workspace/configuration with `settings`, and resolve waiters on publishDiagnostics. */
export async function startServer(settings, execArgv = SERVER_EXEC_ARGV) {
  if (!fs.existsSync(serverBundle)) throw new Error(`${serverBundle} is missing: run npm run build first`);
  const child = spawn(process.execPath, [...execArgv, serverBundle, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk.toString('utf8')));
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiters = new Map(); // `${uri}#${version}` → resolve
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    const key = `${params.uri}#${params.version}`;
    const resolve = waiters.get(key);
    if (resolve) {
      waiters.delete(key);
      resolve(params);
    }
  });
  connection.onRequest('workspace/configuration', (params) => params.items.map((item) => (item.section === 'fzlint' ? settings : null)));
  connection.onRequest('client/registerCapability', () => null);
  connection.onNotification('window/logMessage', () => undefined);
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: {
      workspace: { configuration: true },
      textDocument: { synchronization: { dynamicRegistration: false }, publishDiagnostics: { relatedInformation: true, versionSupport: true } },
    },
    workspaceFolders: null,
  });
  await connection.sendNotification('initialized', {});

  const diagnostics = (uri, version, timeoutMs = 30000) =>
    new Promise((resolve, reject) => {
      const key = `${uri}#${version}`;
      const timer = setTimeout(() => {
        waiters.delete(key);
        reject(new Error(`no publishDiagnostics for ${key} within ${timeoutMs} ms; server stderr:\n${stderr}`));
      }, timeoutMs);
      waiters.set(key, (p) => {
        clearTimeout(timer);
        resolve(p);
      });
    });

  return {
    pid: child.pid,
    /** didOpen, resolved with its diagnostics. */
    async open(uri, text) {
      const done = diagnostics(uri, 1);
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
      return done;
    },
    /** didChange to `version`; resolves with [ms from send to its publishDiagnostics, the params]. */
    async change(uri, version, contentChanges) {
      const done = diagnostics(uri, version);
      const t = process.hrtime.bigint();
      await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
      const params = await done;
      return [Number(process.hrtime.bigint() - t) / 1e6, params];
    },
    async stop() {
      const exited = new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve)));
      try {
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
      } catch {
        // already gone
      }
      const timer = setTimeout(() => child.kill(), 5000);
      await exited;
      clearTimeout(timer);
      connection.dispose();
    },
  };
}

/**
 * Typing, as in an editor: one character at a time at the end of a body line, each edit a new
 * version; every 20th edit deletes the 19 characters typed, and the next cycle types on another line.
 * The text therefore stays the same size, but each edit changes one sentence to a text not seen before.
 */
export function typist(text) {
  const lines = text.split('\n');
  // Body lines long enough to be paragraphs (not the title, not headings).
  const targets = lines
    .map((l, i) => [l, i])
    .filter(([l, i]) => i > 3 && l.length > 60 && /[。；]$/.test(l))
    .map(([, i]) => i);
  if (targets.length === 0) throw new Error('no body paragraph to type into');
  const phrase = '全年共办理行政复议案件件，同比增长，依法纠正违法或不当行政行为';
  let edit = 0;
  let typed = 0;
  return () => {
    const line = targets[Math.floor(edit / 20) % targets.length];
    const col = lines[line].length;
    let change;
    if (edit % 20 === 19) {
      change = { range: { start: { line, character: col }, end: { line, character: col + typed } }, text: '' };
      typed = 0;
    } else {
      // A digit now and then, so numbers get checked too; otherwise the phrase, varied by the cycle.
      const ch = edit % 7 === 3 ? String(((edit / 7) % 10) | 0) : phrase[(edit + Math.floor(edit / 20)) % phrase.length];
      change = { range: { start: { line, character: col + typed }, end: { line, character: col + typed } }, text: ch };
      typed++;
    }
    edit++;
    return [change];
  };
}

/** Rows for bench/run.mjs: { measure, value, budget, ok } (ok null: no budget). */
export async function lspRows() {
  const rows = [];
  const row = (measure, value, budget, ok) => rows.push({ measure, value, budget, ok });
  const text = fs.readFileSync(reference, 'utf8');
  // As bench/run.mjs builds its 10× text: the title stays the first line, every copy differs.
  const text10 = Array.from({ length: 10 }, (_, i) => text.replace(/2020年/g, `${2000 + (i % 20)}年`) + `\n（副本${i}）\n`).join('\n');

  const server = await startServer({ enable: true, locale: 'zh-CN', run: 'onType', debounce: 0 });
  try {
    // Reference report, opened under its own file URI (the text has the report title).
    const uri = pathToFileURL(reference).href;
    const opened = await server.open(uri, text);
    let version = 1;
    const next = typist(text);
    for (let i = 0; i < 20; i++) await server.change(uri, ++version, next()); // warm-up, not counted
    const rssStart = rssMb(server.pid);
    const latencies = [];
    const rssAt = {};
    const peak = {}; // window (1: edits 1–250, …, 4: 751–1,000) → highest RSS seen in it
    let lastCount = 0;
    for (let i = 1; i <= 1000; i++) {
      const [ms, params] = await server.change(uri, ++version, next());
      latencies.push(ms);
      lastCount = params.diagnostics.length;
      if (i % 500 === 0) rssAt[i] = rssMb(server.pid);
      // Peaks per window of 250 edits: V8 lets old-space garbage pile up for ~100 edits between major
      // collections, so a single sample lands anywhere in a ~25 MB saw-tooth; window peaks compare like with like.
      const w = Math.ceil(i / 250);
      const now = rssMb(server.pid);
      if (now !== undefined) peak[w] = Math.max(peak[w] ?? 0, now);
    }
    const p50 = percentile(latencies, 50);
    const p95 = percentile(latencies, 95);
    row(`LSP didChange → diagnostics, reference report, debounce 0 (p50 of 1,000 edits)`, `${p50.toFixed(2)} ms`, '', null);
    row(`  p95 (${opened.diagnostics.length} diagnostics on open, ${lastCount} after the last edit)`, `${p95.toFixed(2)} ms`, '≤ 30 ms', p95 <= 30);
    row('  max', `${Math.max(...latencies).toFixed(2)} ms`, '', null);

    if (rssAt[1000] === undefined) {
      row('LSP server RSS after 1,000 edits', 'n/a', '≤ 100 MB (needs /proc)', null);
    } else {
      row('LSP server RSS after open + 20 warm-up edits', `${rssStart.toFixed(0)} MB`, '', null);
      row('LSP server RSS after 500 edits', `${rssAt[500].toFixed(0)} MB`, '', null);
      row('LSP server RSS after 1,000 edits', `${rssAt[1000].toFixed(0)} MB`, '≤ 100 MB', rssAt[1000] <= 100);
      // "Not growing": the peak RSS of edits 751–1,000 may exceed that of edits 251–500 by at most 5 MB
      // (or 2 %, whichever is more); V8 grows its heap in steps, so a small rise is noise, not a leak.
      const growth = peak[4] - peak[2];
      const allowed = Math.max(5, peak[2] * 0.02);
      row('  peak RSS, edits 251–500 / 751–1,000', `${peak[2].toFixed(0)} / ${peak[4].toFixed(0)} MB`, '≤ 100 MB', peak[4] <= 100);
      row(
        '  growth of the peak, edits 500 → 1,000',
        `${growth >= 0 ? '+' : ''}${growth.toFixed(1)} MB`,
        `not growing (≤ +${allowed.toFixed(0)} MB)`,
        growth <= allowed,
      );
    }

    // 10× the reference, as a second document in the same server (a file URI beside the reference).
    const uri10 = pathToFileURL(reference.replace(/\.txt$/, '.10x.txt')).href;
    await server.open(uri10, text10);
    let version10 = 1;
    const next10 = typist(text10);
    for (let i = 0; i < 10; i++) await server.change(uri10, ++version10, next10());
    const latencies10 = [];
    for (let i = 0; i < 100; i++) latencies10.push((await server.change(uri10, ++version10, next10()))[0]);
    row(
      `LSP didChange → diagnostics, 10× reference (${(text10.length / 1000).toFixed(0)}k chars), p50 of 100 edits`,
      `${percentile(latencies10, 50).toFixed(2)} ms`,
      '',
      null,
    );
    row('  p95', `${percentile(latencies10, 95).toFixed(2)} ms`, '', null);
  } finally {
    await server.stop();
  }
  return rows;
}

// Standalone: print the rows in bench/run.mjs's table style.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const rows = await lspRows();
  const w = Math.max(...rows.map((r) => r.measure.length));
  console.log(`${'measure'.padEnd(w)}  ${'value'.padStart(10)}  budget`);
  for (const r of rows) {
    const mark = r.ok === null ? '' : r.ok ? ' ✓' : ' ✗ over budget';
    console.log(`${r.measure.padEnd(w)}  ${r.value.padStart(10)}  ${r.budget}${mark}`);
  }
}
