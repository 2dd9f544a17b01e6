/**
 * Neovim as a second real LSP client: headless Debian `neovim` (0.7.2) runs test/nvim/lsp-diagnostics.lua,
 * which starts the bundled server (`node dist/server.cjs --stdio`) with vim.lsp.start_client, attaches it
 * to a copy of the reference report (and to a README that is not a report), waits for the diagnostics,
 * applies the `78 件` quick fix as `vim.lsp.buf.code_action()` would, and writes everything as JSON.
 *
 * Needs `nvim` (apt-get install -y neovim; .ci/run installs it) and `npm run build`. Without nvim the
 * test is skipped with a message, except in CI (CI set), where it fails. FZLINT_NVIM=/path picks another nvim.
 */
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintText } from '../../server/src/engine';
import { serverBundle } from '../helpers/lsp-client';
import { fullwidthReport, repoRoot } from '../helpers/paths';
import { artefactDir, byteColumn, findExecutable, killTree, missing, tempHome } from './support';

interface NvimDiagnostic {
  lnum: number;
  col: number;
  end_lnum: number;
  end_col: number;
  severity: number;
  source: string;
  code: string;
  message: string;
  href: string | null;
}

interface NvimResult {
  error?: string;
  nvim: string;
  diagnostics: NvimDiagnostic[];
  readme_diagnostics: NvimDiagnostic[];
  published: { uri: string; version: number; count: number }[];
  actions: { title: string; kind: string; isPreferred: boolean }[];
  fixed_line: string;
  client_stopped: boolean;
}

const LUA_SCRIPT = path.join(repoRoot, 'test', 'nvim', 'lsp-diagnostics.lua');
const SEVERITY = { error: 1, warning: 2, info: 3 } as const;

function runNvim(nvim: string, env: NodeJS.ProcessEnv, cwd: string, timeoutMs: number): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(nvim, ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${LUA_SCRIPT}`], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    child.stdout.on('data', (b: Buffer) => (output += b.toString('utf8')));
    child.stderr.on('data', (b: Buffer) => (output += b.toString('utf8')));
    const timer = setTimeout(() => {
      void killTree(child).then(() => reject(new Error(`nvim did not finish within ${timeoutMs} ms; output:\n${output}`)));
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe('Neovim (headless, vim.lsp) as a client of the bundled server', function () {
  this.timeout(90000);

  const reportText = fs.readFileSync(fullwidthReport, 'utf8');
  const lines = reportText.split('\n');
  let result: NvimResult;
  let reportCopy: string;
  let home: ReturnType<typeof tempHome> | undefined;

  before(async function () {
    const nvim = findExecutable('nvim', ['/usr/bin/nvim'], process.env.FZLINT_NVIM);
    if (!nvim) missing(this, 'Neovim (nvim) is not installed', 'install it with `apt-get install -y neovim` (Debian 12: 0.7.2)');
    if (!fs.existsSync(serverBundle)) throw new Error(`${serverBundle} is missing: run npm run build first`);

    home = tempHome('fzlint-nvim-');
    const work = path.join(home.dir, 'workspace');
    fs.mkdirSync(work);
    reportCopy = path.join(work, 'shanwei-2020.fullwidth.txt');
    fs.copyFileSync(fullwidthReport, reportCopy);
    fs.chmodSync(reportCopy, 0o644);
    const readme = path.join(work, 'README.md');
    fs.writeFileSync(readme, '# 工作笔记\n\n共 78 件，2016-2020年。二是不从一是开始。\n');
    const out = path.join(home.dir, 'result.json');

    const started = Date.now();
    const { code, output } = await runNvim(
      nvim,
      {
        ...home.env,
        FZLINT_NODE: process.execPath,
        FZLINT_SERVER: serverBundle,
        FZLINT_REPORT: reportCopy,
        FZLINT_README: readme,
        FZLINT_FIX_LINE: '26',
        FZLINT_FIX_RULE: 'number-unit-space',
        FZLINT_OUT: out,
      },
      work,
      60000,
    );
    const elapsed = Date.now() - started;
    const raw = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '';
    fs.writeFileSync(path.join(artefactDir('neovim'), 'result.json'), raw);
    fs.writeFileSync(path.join(artefactDir('neovim'), 'nvim-output.txt'), output);
    assert.ok(raw !== '', `nvim wrote no result (exit ${code}); output:\n${output}`);
    result = JSON.parse(raw) as NvimResult;
    assert.equal(result.error, undefined, `the Lua script failed: ${result.error}\nnvim output:\n${output}`);
    assert.equal(code, 0, `nvim exited with ${code}; output:\n${output}`);
    console.log(`      (nvim ${result.nvim}: ${result.diagnostics.length} diagnostics in ${elapsed} ms)`);
  });

  after(() => home?.remove());

  /** The expected diagnostic at the first occurrence of `needle` on 0-based `line`, in byte columns. */
  function at(line: number, needle: string) {
    const start = lines[line].indexOf(needle);
    assert.ok(start >= 0, `“${needle}” is on line ${line + 1} of the reference report`);
    return { lnum: line, col: byteColumn(lines[line], start), end_col: byteColumn(lines[line], start + needle.length) };
  }

  function find(code: string, lnum: number): NvimDiagnostic {
    const d = result.diagnostics.find((x) => x.code === code && x.lnum === lnum);
    assert.ok(d, `a ${code} diagnostic on line ${lnum + 1}; got ${result.diagnostics.map((x) => `${x.code}@${x.lnum + 1}`).join(', ')}`);
    return d;
  }

  it('receives the enumeration-sequence error on line 51 (二是 with no 一是), columns in bytes', () => {
    const d = find('enumeration-sequence', 50);
    const expected = at(50, '二是推动');
    assert.equal(d.severity, SEVERITY.error);
    assert.equal(d.col, expected.col, 'Neovim columns are UTF-8 bytes (3 per CJK character)');
    assert.equal(d.end_col, byteColumn(lines[50], lines[50].indexOf('二是推动') + 2));
    assert.equal(d.source, 'fzlint');
    assert.match(d.message, /一是/);
    assert.match(d.href ?? '', /docs\/rules\/enumeration-sequence\.md$/);
  });

  it('receives number-unit-space on line 27 (`78 件`) as a warning', () => {
    const d = find('number-unit-space', 26);
    const expected = at(26, '78 件');
    assert.equal(d.severity, SEVERITY.warning);
    assert.deepEqual([d.col, d.end_col], [expected.col, expected.end_col]);
  });

  it('receives year-range-dash on lines 7 and 45 and repeated-word (info) on line 35', () => {
    assert.equal(find('year-range-dash', 6).severity, SEVERITY.warning);
    assert.equal(find('year-range-dash', 44).severity, SEVERITY.warning);
    assert.equal(find('repeated-word', 34).severity, SEVERITY.info);
    assert.deepEqual(
      result.diagnostics.filter((d) => d.severity === SEVERITY.error).map((d) => `${d.code}@${d.lnum + 1}`),
      ['enumeration-sequence@51'],
    );
  });

  it('gets exactly the engine’s findings for the same file (positions converted to bytes)', () => {
    const findings = lintText(reportText, { filePath: reportCopy }).findings;
    const expected = findings
      .map((f) => ({
        code: f.ruleId,
        lnum: f.line - 1,
        col: byteColumn(lines[f.line - 1], f.column - 1),
        end_lnum: f.endLine - 1,
        end_col: byteColumn(lines[f.endLine - 1], f.endColumn - 1),
        severity: SEVERITY[f.severity],
      }))
      .sort((a, b) => a.lnum - b.lnum || a.col - b.col);
    const got = result.diagnostics.map(({ code, lnum, col, end_lnum, end_col, severity }) => ({ code, lnum, col, end_lnum, end_col, severity }));
    assert.deepEqual(got, expected);
  });

  it('publishes nothing for a Markdown file that is not a report', () => {
    assert.deepEqual(result.readme_diagnostics, []);
  });

  it('applies the preferred quick fix for `78 件` through Neovim (78件)', () => {
    assert.ok(
      result.actions.some((a) => a.isPreferred && a.kind === 'quickfix'),
      JSON.stringify(result.actions),
    );
    assert.equal(result.fixed_line, lines[26].replace('78 件', '78件'));
  });

  it('stops the server cleanly (shutdown/exit)', () => {
    assert.equal(result.client_stopped, true);
  });
});
