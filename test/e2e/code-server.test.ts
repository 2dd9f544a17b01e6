/**
 * End to end in a real VS Code workbench: the packaged extension (VSIX) installed into code-server
 * 4.100.3 (VS Code 1.100.3, Node 20), served on 127.0.0.1 with --auth none, driven by playwright-core
 * with Debian's chromium, with zh-cn as VS Code's display language (a stand-in language pack, see
 * test/e2e/zh-cn-language-pack: the extension's Chinese titles and messages are what a Chinese user sees).
 * Opens a copy of the reference report, waits for squiggles and Problems entries (including the
 * enumeration-sequence error), checks the status bar counts against the CLI and VS Code's own counts,
 * applies the `78 件` quick fix with the keyboard and checks the text changed, in the editor DOM and in
 * the saved file, that the status bar follows edits, and that the report wraps and shows none of VS
 * Code's unicode-highlight boxes around full-width punctuation. Then runs the extension's four commands from
 * the command palette by their Chinese titles: 检查工作区中的全部报告 (a report that is not open fills the
 * Problems panel, a README does not), 修复本报告中全部可确定的问题 (the saved text equals `fzlint --fix`),
 * 从模板新建年度报告… (issuer and year typed into the input boxes; the skeleton gets no error) and 显示输出.
 * Last, the rule id of a problem, clicked in the editor's own hover and in the Problems panel, opens the
 * installed rule page in the Markdown preview (the manifest's editor association), while the workspace's
 * README.md still opens as text.
 * Expected counts come from the CLI (`bin/fzlint.cjs`, the same build) on the same text.
 *
 * Needs: chromium + fonts-noto-cjk (apt-get), and code-server, which test/e2e/setup-code-server.sh
 * installs into ${TMPDIR:-/tmp}/fzlint-e2e/code-server (outside the repository; reused; about a minute
 * the first time; needs libkrb5-dev pkg-config ripgrep). Outside CI a missing piece skips the test with
 * a message (FZLINT_SKIP_E2E=1 skips it on purpose); in CI (CI set) it fails instead.
 * FZLINT_CHROMIUM=/path picks another chromium; FZLINT_E2E_DIR moves the code-server install.
 * The whole scenario runs twice: with code-server's Node extension host (its default) and with its web
 * worker extension host (`remote.extensionKind` ["ui"]: the browser entry and the web worker server, as
 * on vscode.dev); the last test says which language server ran.
 * Screenshots and logs: test-output/e2e/code-server/ and test-output/e2e/code-server-as-web/.
 */
import { strict as assert } from 'node:assert';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import { chromium, type Browser, type Page } from 'playwright-core';
import { templateFromArguments } from '../../server/src/lsp/commands';
import { cliBin, fullwidthReport, mutatedReport, repoRoot } from '../helpers/paths';
import { artefactDir, findExecutable, inCI, killTree, missing, processesWith, tempHome, freePort, log, waitFor } from './support';
import { assertRulePreviewOpens } from './rule-preview';

const SETUP_SCRIPT = path.join(repoRoot, 'test', 'e2e', 'setup-code-server.sh');
const REPORT_NAME = 'shanwei-2020.fullwidth.txt';
/** A second report, in a subfolder, that stays closed until the lint-workspace test has run. */
const ARCHIVED_NAME = 'shanwei-2020.mutated.txt';
/** The stand-in zh-cn language pack (its id and version name its install folder and languagepacks.json entry). */
const LANGUAGE_PACK_DIR = path.join(repoRoot, 'test', 'e2e', 'zh-cn-language-pack');
const LANGUAGE_PACK_ID = 'fzlint-test.zh-cn-language-pack';
/** The extension's command titles as a zh-cn user sees them in the command palette (category: title). */
const ZH = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.nls.zh-cn.json'), 'utf8')) as Record<string, string>;
const PALETTE = {
  lintWorkspace: `fzlint: ${ZH['fzlint.command.lintWorkspace']}`,
  fixAll: `fzlint: ${ZH['fzlint.command.fixAll']}`,
  newReport: `fzlint: ${ZH['fzlint.command.newReport']}`,
  showOutput: `fzlint: ${ZH['fzlint.command.showOutput']}`,
};
/** The flags EDITOR-TESTING.md measured: no sandbox as root, and no background traffic. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Run a command to completion, output appended to `logFile`; throws with the log tail on failure. */
function run(cmd: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv; logFile: string; timeoutMs: number }): string {
  const r = spawnSync(cmd, args, { cwd: opts.cwd, env: opts.env, encoding: 'utf8', timeout: opts.timeoutMs, maxBuffer: 64 * 1024 * 1024 });
  fs.appendFileSync(opts.logFile, `$ ${cmd} ${args.join(' ')}\n${r.stdout ?? ''}${r.stderr ?? ''}\n[exit ${r.status}${r.signal ? ` ${r.signal}` : ''}]\n`);
  if (r.status !== 0) {
    const tail = `${r.stdout ?? ''}${r.stderr ?? ''}`.split('\n').slice(-30).join('\n');
    throw new Error(`${path.basename(cmd)} ${args.slice(0, 2).join(' ')} failed (exit ${r.status}${r.signal ? `, ${r.signal}` : ''}):\n${tail}`);
  }
  return r.stdout;
}

interface Counts {
  errors: number;
  warnings: number;
  infos: number;
}
const showCounts = (c: Counts) => `${c.errors} errors, ${c.warnings} warnings, ${c.infos} info`;

/** What the CLI (the same build) finds in `text`: counts by severity and the rule ids. */
function cliCounts(text: string, filename: string, cwd: string): Counts & { total: number; rules: string[] } {
  // cwd: a folder without fzlint configuration above it, as the test workspace.
  const r = spawnSync(process.execPath, [cliBin, '--format', 'json', '--stdin', '--stdin-filename', filename], {
    cwd,
    input: text,
    encoding: 'utf8',
    timeout: 60000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0 && r.status !== 1) throw new Error(`fzlint --stdin failed (exit ${r.status}): ${r.stderr}`);
  const [result] = JSON.parse(r.stdout) as { messages: { severity: number; ruleId: string }[]; errorCount: number; warningCount: number }[];
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

/** Where the CLI (the same build) finds `ruleId` first in `text`: 1-based line and UTF-16 column. */
function cliFinding(text: string, filename: string, cwd: string, ruleId: string): { line: number; column: number; endColumn: number } {
  const r = spawnSync(process.execPath, [cliBin, '--format', 'json', '--stdin', '--stdin-filename', filename], {
    cwd,
    input: text,
    encoding: 'utf8',
    timeout: 60000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0 && r.status !== 1) throw new Error(`fzlint --stdin failed (exit ${r.status}): ${r.stderr}`);
  const [result] = JSON.parse(r.stdout) as { messages: { ruleId: string; line: number; column: number; endColumn: number }[] }[];
  const found = result.messages.find((m) => m.ruleId === ruleId);
  if (!found) throw new Error(`the CLI finds no ${ruleId} in ${filename}`);
  return found;
}

/** `fzlint --fix` on a copy of `text` (in `dir`): the fixed text. */
function cliFix(text: string, dir: string, name: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  const r = spawnSync(process.execPath, [cliBin, '--fix', file], { cwd: dir, encoding: 'utf8', timeout: 60000 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`fzlint --fix failed (exit ${r.status}): ${r.stderr}`);
  return fs.readFileSync(file, 'utf8');
}

/** `npm run package` when the manifest has it (fzlint.vsix in the repository), else vsce directly. */
function buildVsix(outDir: string, env: NodeJS.ProcessEnv, logFile: string): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string; scripts?: Record<string, string> };
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  if (pkg.scripts?.package) {
    const before = Date.now();
    run(npm, ['run', 'package'], { cwd: repoRoot, env, logFile, timeoutMs: 180000 });
    for (const name of ['fzlint.vsix', `fzlint-${pkg.version}.vsix`]) {
      const candidate = path.join(repoRoot, name);
      if (fs.existsSync(candidate) && fs.statSync(candidate).mtimeMs >= before - 1000) {
        const copy = path.join(outDir, 'fzlint.vsix');
        fs.copyFileSync(candidate, copy);
        return copy;
      }
    }
    throw new Error('npm run package ran but left no fresh fzlint.vsix in the repository root');
  }
  // No package script yet: build the bundles and package them the way .vscodeignore describes.
  run(npm, ['run', 'build'], { cwd: repoRoot, env, logFile, timeoutMs: 180000 });
  const out = path.join(outDir, 'fzlint.vsix');
  run(
    process.execPath,
    [
      path.join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce'),
      'package',
      '--no-dependencies',
      '--allow-missing-repository',
      // The README's links stay relative: they name files packaged with it (docs/), not a web address.
      '--no-rewrite-relative-links',
      '--out',
      out,
    ],
    { cwd: repoRoot, env, logFile, timeoutMs: 180000 },
  );
  return out;
}

/**
 * Where code-server runs the extension: its Node extension host (its default: the Node client and
 * dist/server.cjs), or its web worker extension host (the user setting `remote.extensionKind` ["ui"]:
 * the browser entry and the language server in a web worker, dist/browser/server.js, as on vscode.dev).
 * The whole scenario runs in both.
 */
const HOSTS = [
  { name: 'node', title: '', artefacts: 'code-server', settings: {} },
  {
    name: 'web',
    title: ', as a web extension (web worker extension host, web worker language server)',
    artefacts: 'code-server-as-web',
    settings: { 'remote.extensionKind': { 'fzlint.fzlint': ['ui'] } },
  },
] as const;

for (const host of HOSTS)
  describe(`VS Code (code-server 4.100.3 + chromium): the packaged extension end to end${host.title}`, function () {
    // Generous: on a loaded 2-core machine the workbench alone took 20–30 s and the first Quick Open
    // search another 20 s.
    this.timeout(240000);

    const artefacts = artefactDir(host.artefacts);
    const reportLines = fs.readFileSync(fullwidthReport, 'utf8').split('\n');
    let home: ReturnType<typeof tempHome> | undefined;
    let server: ChildProcess | undefined;
    let browser: Browser | undefined;
    let page: Page;
    let reportCopy: string;
    let archivedCopy: string;
    /** Scratch files of the CLI comparisons (outside the workspace). */
    let cliDir: string;
    /** The extensions folder of this code-server (the installed extension's files are under it). */
    let extensions: string;
    const timings: Record<string, number> = {};
    let shot = 0;

    async function screenshot(name: string): Promise<void> {
      if (!page || page.isClosed()) return;
      const file = path.join(artefacts, `${String(++shot).padStart(2, '0')}-${name}.png`);
      await page.screenshot({ path: file }).catch(() => undefined);
    }

    /** The visible editor text; Monaco renders spaces as U+00A0. */
    async function editorText(): Promise<string> {
      const text = await page.locator('.monaco-editor .view-lines').first().innerText();
      return text.replace(/\u00a0/g, ' ');
    }

    /** The fzlint status bar item: its text (icons dropped), the document kind and the three counts it shows. */
    async function fzlintStatus(): Promise<Counts & { text: string; kind: string }> {
      const item = page.locator('.statusbar .statusbar-item', { hasText: 'fzlint' }).first();
      if (!(await item.isVisible())) throw new Error('the fzlint status bar item is not visible');
      const text = (await item.innerText()).replace(/\s+/g, ' ').trim();
      const m = /fzlint · (\S+) (\d+) (\d+) (\d+)$/.exec(text);
      if (!m) throw new Error(`the fzlint status bar item reads “${text}”, not “fzlint · <kind> <errors> <warnings> <info>”`);
      return { kind: m[1], errors: Number(m[2]), warnings: Number(m[3]), infos: Number(m[4]), text };
    }

    /** Waits until the status bar item shows `expected`; the timeout message says what it showed. */
    async function waitForStatus(expected: Counts, why: string): Promise<Counts & { text: string; kind: string }> {
      return waitFor(`the fzlint status bar to show ${showCounts(expected)} (${why})`, 60000, async () => {
        const got = await fzlintStatus();
        if (got.errors === expected.errors && got.warnings === expected.warnings && got.infos === expected.infos) return got;
        throw new Error(`it shows ${showCounts(got)} (“${got.text}”)`);
      });
    }

    /** VS Code's own Problems item in the status bar (all files): `$(error) E $(warning) W [$(info) I]`. */
    async function workbenchProblemCounts(): Promise<Counts & { text: string }> {
      const text = (await page.locator('[id="status.problems"]').innerText()).replace(/\s+/g, ' ').trim();
      const n = text.match(/\d+/g)?.map(Number) ?? [];
      if (n.length < 2) throw new Error(`VS Code's Problems status item reads “${text}”`);
      return { errors: n[0], warnings: n[1], infos: n[2] ?? 0, text };
    }

    /** F1, the command's label typed (as inserted text, like an IME commits it), its row clicked. */
    async function runCommand(label: string): Promise<void> {
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible', timeout: 30000 });
      await page.keyboard.insertText(label);
      const row = page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first();
      try {
        await row.waitFor({ state: 'visible', timeout: 30000 });
      } catch {
        const rows = await page.locator('.quick-input-list .monaco-list-row').allInnerTexts();
        throw new Error(`the command palette does not offer “${label}”; it lists:\n${rows.join('\n') || '(nothing)'}`);
      }
      await row.click();
    }

    /** The label of the active editor tab. */
    async function activeTabTitle(): Promise<string> {
      return (await page.locator('.tabs-container .tab.active').first().innerText()).trim();
    }

    async function goToLine(spec: string): Promise<void> {
      await page.keyboard.press('Control+G');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible', timeout: 30000 });
      await page.keyboard.type(spec);
      await page.keyboard.press('Enter');
      await input.waitFor({ state: 'hidden', timeout: 30000 });
    }

    before(async function () {
      this.timeout(600000);
      for (const f of fs.readdirSync(artefacts)) fs.rmSync(path.join(artefacts, f), { force: true });

      if (process.env.FZLINT_SKIP_E2E === '1') {
        if (inCI()) log('FZLINT_SKIP_E2E=1 is ignored in CI');
        else missing(this, 'FZLINT_SKIP_E2E=1 is set', 'unset it to run the code-server end-to-end test');
      }
      const chromiumPath = findExecutable('chromium', ['/usr/bin/chromium'], process.env.FZLINT_CHROMIUM);
      if (!chromiumPath) missing(this, 'Debian chromium is not installed', 'apt-get install -y chromium fonts-noto-cjk (as .ci/run does)');

      // code-server, installed once into the temp prefix (outside the repository).
      let t = Date.now();
      log(`code-server 4.100.3: test/e2e/setup-code-server.sh (installs it on first use, about a minute)`);
      const setup = spawnSync('bash', [SETUP_SCRIPT], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 480000 });
      fs.writeFileSync(path.join(artefacts, 'setup-code-server.log'), `${setup.stderr ?? ''}${setup.stdout ?? ''}`);
      if (setup.status === 3)
        missing(this, `code-server cannot be installed here: ${setup.stderr.trim().split('\n').pop()}`, 'see test/e2e/setup-code-server.sh');
      if (setup.status !== 0) throw new Error(`test/e2e/setup-code-server.sh failed (exit ${setup.status}):\n${setup.stderr}`);
      const entry = setup.stdout.trim().split('\n').pop()!;
      timings.setup = Date.now() - t;
      log(`code-server ready in ${timings.setup} ms (${entry})`);

      home = tempHome('fzlint-code-server-');
      const env = home.env;
      const userData = path.join(home.dir, 'user-data');
      extensions = path.join(home.dir, 'extensions');
      const workspace = path.join(home.dir, 'workspace');
      fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
      fs.mkdirSync(extensions, { recursive: true });
      fs.mkdirSync(workspace, { recursive: true });
      reportCopy = path.join(workspace, REPORT_NAME);
      fs.copyFileSync(fullwidthReport, reportCopy);
      fs.chmodSync(reportCopy, 0o644);
      // For “check all reports in the workspace”: a report in a subfolder that is not opened before, and a
      // README that is not a report (it has `3 件`, which a report would get a warning for).
      fs.mkdirSync(path.join(workspace, 'archive'));
      archivedCopy = path.join(workspace, 'archive', ARCHIVED_NAME);
      fs.copyFileSync(mutatedReport, archivedCopy);
      fs.chmodSync(archivedCopy, 0o644);
      fs.writeFileSync(path.join(workspace, 'README.md'), '# 工作目录说明\n\n本目录存放年度报告草稿，共 3 件，请勿改动 archive 目录。\n');
      cliDir = path.join(home.dir, 'cli');
      fs.mkdirSync(cliDir);
      fs.writeFileSync(
        path.join(userData, 'User', 'settings.json'),
        JSON.stringify(
          {
            'workbench.startupEditor': 'none',
            'workbench.tips.enabled': false,
            'workbench.enableExperiments': false,
            'telemetry.telemetryLevel': 'off',
            'extensions.autoCheckUpdates': false,
            'extensions.autoUpdate': false,
            'update.mode': 'none',
            'security.workspace.trust.enabled': false,
            'editor.minimap.enabled': false,
            'files.autoSave': 'off',
            'chat.commandCenter.enabled': false,
            'fzlint.locale': 'zh-CN',
            ...host.settings,
          },
          null,
          2,
        ),
      );

      // The VSIX, installed offline.
      t = Date.now();
      const vsixLog = path.join(artefacts, 'vsix-and-install.log');
      const vsix = buildVsix(home.dir, env, vsixLog);
      timings.vsix = Date.now() - t;
      log(`VSIX ${(fs.statSync(vsix).size / 1024 / 1024).toFixed(2)} MB built in ${timings.vsix} ms`);
      t = Date.now();
      const csArgs = ['--user-data-dir', userData, '--extensions-dir', extensions];
      // zh-cn as the display language, as for a Chinese user: the Marketplace language pack cannot be
      // downloaded here, so a stand-in that translates no workbench string (the workbench stays English)
      // but makes VS Code load the extension's zh-cn strings, as the real pack would.
      const packJson = JSON.parse(fs.readFileSync(path.join(LANGUAGE_PACK_DIR, 'package.json'), 'utf8')) as { version: string };
      const packVsix = path.join(home.dir, 'zh-cn-language-pack.vsix');
      run(
        process.execPath,
        [
          path.join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce'),
          'package',
          '--no-dependencies',
          '--allow-missing-repository',
          '--skip-license',
          '--out',
          packVsix,
        ],
        { cwd: LANGUAGE_PACK_DIR, env, logFile: vsixLog, timeoutMs: 120000 },
      );
      run(process.execPath, [entry, ...csArgs, '--install-extension', vsix, '--install-extension', packVsix], {
        cwd: home.dir,
        env,
        logFile: vsixLog,
        timeoutMs: 120000,
      });
      const listed = run(process.execPath, [entry, ...csArgs, '--list-extensions', '--show-versions'], {
        cwd: home.dir,
        env,
        logFile: vsixLog,
        timeoutMs: 60000,
      });
      assert.match(listed, /fzlint\.fzlint@/, `the extension is installed; --list-extensions said:\n${listed}`);
      assert.match(listed, new RegExp(`${LANGUAGE_PACK_ID.replace('.', '\\.')}@`), `the language pack is installed; --list-extensions said:\n${listed}`);
      // The server's language pack service writes languagepacks.json when a pack is installed through the
      // running server; `--install-extension` does not start that service, so write what it would write.
      const packFolder = path.join(extensions, `${LANGUAGE_PACK_ID}-${packJson.version}`);
      const translations = path.join(packFolder, 'translations', 'main.i18n.json');
      assert.ok(fs.existsSync(translations), `the language pack is unpacked in ${packFolder}`);
      fs.writeFileSync(
        path.join(userData, 'languagepacks.json'),
        JSON.stringify({
          'zh-cn': {
            hash: createHash('md5').update(LANGUAGE_PACK_ID).update(packJson.version).digest('hex'),
            extensions: [{ extensionIdentifier: { id: LANGUAGE_PACK_ID }, version: packJson.version }],
            translations: { vscode: translations },
            label: '中文(简体)',
          },
        }),
      );
      timings.install = Date.now() - t;

      // Serve it.
      t = Date.now();
      const port = await freePort();
      const serverLog = fs.openSync(path.join(artefacts, 'code-server.log'), 'w');
      server = spawn(
        process.execPath,
        [
          entry,
          ...csArgs,
          '--bind-addr',
          `127.0.0.1:${port}`,
          '--auth',
          'none',
          '--disable-telemetry',
          '--disable-update-check',
          '--disable-workspace-trust',
          '--locale',
          'zh-cn',
          workspace,
        ],
        { cwd: home.dir, env, stdio: ['ignore', serverLog, serverLog], detached: true },
      );
      fs.closeSync(serverLog);
      // Should mocha be interrupted before after() runs, take the whole process group down with it.
      const pid = server.pid;
      process.once('exit', () => {
        try {
          if (pid !== undefined) process.kill(-pid, 'SIGKILL');
        } catch {
          // already gone
        }
      });
      const base = `http://127.0.0.1:${port}`;
      await waitFor('code-server /healthz', 60000, async () => {
        if (server?.exitCode !== null) throw new Error(`code-server exited with ${server?.exitCode}; see test-output/e2e/${host.artefacts}/code-server.log`);
        const res = await fetch(`${base}/healthz`);
        // {"status":"alive"} while a browser is connected, {"status":"expired"} before the first one.
        const body = (await res.json()) as { status?: string };
        return typeof body.status === 'string' ? body.status : undefined;
      });
      timings.serve = Date.now() - t;

      // Drive it.
      t = Date.now();
      browser = await chromium.launch({
        executablePath: chromiumPath,
        headless: true,
        args: CHROMIUM_ARGS,
        env: { ...env, XDG_CONFIG_HOME: path.join(home.dir, 'chromium-config') },
      });
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
      page = await context.newPage();
      await page.goto(base, { waitUntil: 'domcontentloaded', timeout: 60000 });
      await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 120000 });
      // The explorer shows the folder once the workbench has the workspace.
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: REPORT_NAME }).first().waitFor({ timeout: 120000 });
      timings.workbench = Date.now() - t;
      // The workbench was served with the zh-cn translations of the (stand-in) language pack; without it
      // VS Code falls back to English and shows the extension's English titles.
      assert.equal(
        await page.locator('script[src*="vscode-remote-resource"][src*="zh-cn"]').count(),
        1,
        'code-server serves the zh-cn language pack messages (languagepacks.json and --locale zh-cn took effect)',
      );
      log(`workbench up in ${timings.workbench} ms (server ${timings.serve} ms)`);
    });

    afterEach(async function () {
      if (this.currentTest?.state === 'failed') await screenshot(`failed-${(this.currentTest.title || 'test').replace(/[^\w]+/g, '-').slice(0, 40)}`);
    });

    after(async function () {
      this.timeout(30000);
      await browser?.close().catch(() => undefined);
      await killTree(server);
      home?.remove();
      if (Object.keys(timings).length > 0) {
        fs.writeFileSync(path.join(artefacts, 'timings.json'), JSON.stringify(timings, null, 2));
        log(`timings (ms): ${JSON.stringify(timings)}`);
      }
    });

    it('opens the reference report with Quick Open and shows squiggles', async () => {
      const t = Date.now();
      await page
        .locator('.monaco-workbench')
        .click({ position: { x: 700, y: 450 } })
        .catch(() => undefined);
      await page.keyboard.press('Control+P');
      await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: 30000 });
      await page.keyboard.type('shanwei-2020.fullwidth');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: REPORT_NAME }).first().waitFor({ timeout: 120000 });
      await page.keyboard.press('Enter');
      await page.locator('.tabs-container .tab.active', { hasText: REPORT_NAME }).waitFor({ timeout: 60000 });
      await waitFor('the report text in the editor', 30000, async () => ((await editorText()).includes('法治政府建设') ? true : undefined));
      // The language server starts with the extension (onLanguage:plaintext), lints, publishes.
      await page.locator('.monaco-editor .squiggly-warning').first().waitFor({ state: 'attached', timeout: 120000 });
      timings.firstSquiggle = Date.now() - t;
      await screenshot('report-opened');
      await goToLine('51');
      await page.locator('.monaco-editor .squiggly-error').first().waitFor({ state: 'attached', timeout: 60000 });
      await screenshot('error-line-51');
      assert.ok((await page.locator('.monaco-editor .squiggly-error').count()) >= 1);
    });

    it('lists the findings in the Problems panel, with the enumeration-sequence error', async () => {
      await page.keyboard.press('Control+Shift+M');
      const panel = page.locator('.markers-panel');
      await panel.waitFor({ state: 'visible', timeout: 30000 });
      const text = await waitFor('the enumeration-sequence entry in the Problems panel', 30000, async () => {
        const t = await panel.innerText();
        return t.includes('enumeration-sequence') && t.includes('number-unit-space') ? t : undefined;
      });
      await screenshot('problems-panel');
      fs.writeFileSync(path.join(artefacts, 'problems-panel.txt'), text);
      assert.match(text, /缺少“一是”/);
      assert.match(text, /fzlint/);
      assert.match(text, /year-range-dash/);
      // Panel rows show “[Ln 51, Col 101]” in the user's locale; the line number is enough.
      assert.match(text, /51/);
    });

    it('shows the report’s counts in the status bar: the CLI’s counts, and VS Code’s own Problems counts', async () => {
      const expected = cliCounts(fs.readFileSync(reportCopy, 'utf8'), REPORT_NAME, cliDir);
      // The reference report has known defects of each severity (fixtures README); zeros would prove little.
      assert.ok(expected.errors >= 1 && expected.warnings >= 1 && expected.infos >= 1, `the CLI finds ${showCounts(expected)}`);
      const got = await waitForStatus(expected, 'what the CLI finds in the same text');
      // The kind the engine's detector found, in the display language (the annual-report rules ran).
      assert.equal(got.kind, '法治政府建设年度报告', `the status bar names the kind: “${got.text}”`);
      const item = page.locator('.statusbar .statusbar-item', { hasText: 'fzlint' }).first();
      fs.writeFileSync(path.join(artefacts, 'status-bar-item.html'), await item.evaluate((e) => e.outerHTML));
      const aria = (await item.getAttribute('aria-label')) ?? '';
      assert.ok(aria.startsWith('fzlint（法治政府建设年度报告）：本文档有'), `screen readers get the Chinese sentence, not icon names; aria-label: “${aria}”`);
      // Only this report has diagnostics, so VS Code's own count of all problems is the same.
      const workbench = await workbenchProblemCounts();
      assert.deepEqual(
        { errors: workbench.errors, warnings: workbench.warnings, infos: workbench.infos },
        { errors: got.errors, warnings: got.warnings, infos: got.infos },
        `VS Code's Problems item reads “${workbench.text}”, fzlint's “${got.text}”`,
      );
      // Its tooltip, from the extension's zh-cn l10n bundle.
      await item.hover();
      const tooltip = `fzlint（法治政府建设年度报告）：本文档有 ${expected.errors} 个错误、${expected.warnings} 个警告、${expected.infos} 个提示。`;
      await waitFor(`the Chinese tooltip “${tooltip}…”`, 30000, async () =>
        (await page.locator('.workbench-hover, .monaco-hover, .hover-contents').allInnerTexts()).some((t) => t.includes(tooltip)) ? true : undefined,
      );
      await screenshot('status-bar-tooltip');
      await page.mouse.move(700, 300);
    });

    it('applies the `78 件` quick fix with the keyboard (Ctrl+G, Ctrl+., Enter) and saves 78件', async () => {
      const line27 = reportLines[26];
      const column = line27.indexOf('78 件') + 1; // 1-based, on the “7”; the finding covers `78 件`
      assert.ok(column > 0);
      // Back to the editor, then the cursor inside `78 件` (between 8 and the space).
      await page.locator('.monaco-editor .view-lines').first().click();
      await goToLine(`27:${column + 2}`);
      // The editor scrolls to line 27 and renders it in a later frame: wait for it, do not read at once.
      await waitFor('`78 件` on screen before the fix', 30000, async () => ((await editorText()).includes('重大行政决策事项78 件') ? true : undefined));
      await page.keyboard.press('Control+.');
      const menu = page.locator('.action-widget');
      await menu.waitFor({ state: 'visible', timeout: 30000 });
      const menuText = await menu.innerText();
      fs.writeFileSync(path.join(artefacts, 'quick-fix-menu.txt'), menuText);
      await screenshot('quick-fix-menu');
      assert.match(menuText, /78件/, `the quick fix is offered; the menu said:\n${menuText}`);
      await page.keyboard.press('Enter');
      await waitFor('`78件` in the editor', 30000, async () => ((await editorText()).includes('重大行政决策事项78件') ? true : undefined));
      await screenshot('quick-fix-applied');
      await page.keyboard.press('Control+S');
      const saved = await waitFor('the saved file', 30000, async () => {
        const text = fs.readFileSync(reportCopy, 'utf8');
        return text.includes('78件') ? text : undefined;
      });
      const expected = [...reportLines];
      expected[26] = line27.replace('78 件', '78件');
      assert.equal(saved, expected.join('\n'), 'only `78 件` changed');
      // The server re-lints: the warning for line 27 goes away from the Problems panel.
      await waitFor('number-unit-space to leave the Problems panel', 30000, async () =>
        (await page.locator('.markers-panel').innerText()).includes('number-unit-space') ? undefined : true,
      );
      await screenshot('after-save');
      // One warning fewer in the status bar too.
      await waitForStatus(cliCounts(saved, REPORT_NAME, cliDir), 'the CLI on the saved text');
    });

    it('updates the status bar when an edit adds a finding, and again when the edit is undone', async () => {
      const saved = fs.readFileSync(reportCopy, 'utf8');
      const before = cliCounts(saved, REPORT_NAME, cliDir);
      const lines = saved.split('\n');
      const at = lines[26].indexOf('政府协议21件');
      assert.ok(at >= 0, 'line 27 has 政府协议21件');
      const column = at + '政府协议21'.length; // 0-based, on 件
      const edited = [...lines];
      edited[26] = `${lines[26].slice(0, column)} ${lines[26].slice(column)}`;
      const after = cliCounts(edited.join('\n'), REPORT_NAME, cliDir);
      assert.equal(after.warnings, before.warnings + 1, 'the CLI finds one more warning (number-unit-space) for `21 件`');
      await page.locator('.monaco-editor .view-lines').first().click();
      await goToLine(`27:${column + 1}`);
      await page.keyboard.type(' ');
      await waitFor('`21 件` in the editor', 30000, async () => ((await editorText()).includes('政府协议21 件') ? true : undefined));
      await waitForStatus(after, 'a space typed between 21 and 件');
      await screenshot('status-after-edit');
      await page.keyboard.press('Control+Z');
      await waitFor('`21件` back in the editor', 30000, async () => ((await editorText()).includes('政府协议21件') ? true : undefined));
      await waitForStatus(before, 'the edit undone');
      // The fzreport language turns off VS Code's boxes around “ambiguous” and “invisible” characters,
      // which would otherwise frame every ，（）〔〕 and full-width indent of a Chinese report; it wraps
      // lines (the report's paragraphs are single lines), as VS Code does for Markdown.
      await screenshot('no-unicode-boxes');
      assert.equal(await page.locator('.monaco-editor .unicode-highlight').count(), 0, 'no unicode-highlight boxes in the report');
      assert.ok(
        (await page.locator('.monaco-editor .view-lines .view-line').count()) > (await page.locator('.monaco-editor .line-numbers').count()),
        'long paragraphs wrap (more view lines than line numbers)',
      );
    });

    it('“检查工作区中的全部报告” fills the Problems panel from a report that is not open; the README gets nothing', async () => {
      const expected = cliCounts(fs.readFileSync(archivedCopy, 'utf8'), ARCHIVED_NAME, cliDir);
      assert.ok(expected.total > 0, 'the CLI finds problems in the archived report');
      assert.equal(await page.locator('.tabs-container .tab', { hasText: ARCHIVED_NAME }).count(), 0, 'the archived report is not open');
      const panel = page.locator('.markers-panel');
      assert.ok(!(await panel.innerText()).includes(ARCHIVED_NAME), 'the Problems panel has nothing from the archived report before the command');
      await page.locator('.monaco-editor .view-lines').first().click();
      await runCommand(PALETTE.lintWorkspace);
      // README.md, archive/shanwei-2020.mutated.txt and the open report are checked; the open one is
      // linted as it is typed, so the command publishes only the report that is not open, and counts
      // both (the open one from its text in the editor, which equals the saved file here).
      const open = cliCounts(fs.readFileSync(reportCopy, 'utf8'), REPORT_NAME, cliDir);
      const summary = `fzlint 检查了 3 个文件：2 份报告共有 ${expected.total + open.total} 个问题。`;
      await waitFor(`the notification “${summary}”`, 90000, async () => {
        const toasts = (
          await page
            .locator('.notifications-toasts')
            .innerText()
            .catch(() => '')
        ).replace(/\s+/g, ' ');
        if (toasts.includes(summary)) return true;
        if (toasts.includes('fzlint')) throw new Error(`the notification says “${toasts}”`);
        return undefined;
      });
      await panel.waitFor({ state: 'visible', timeout: 30000 });
      const row = panel.locator('.monaco-list-row', { hasText: ARCHIVED_NAME }).first();
      await row.waitFor({ state: 'visible', timeout: 60000 });
      const badge = await waitFor(`the Problems row of ${ARCHIVED_NAME} to count ${expected.total}`, 30000, async () => {
        const text = (await row.locator('.monaco-count-badge').innerText()).trim();
        if (text === String(expected.total)) return text;
        throw new Error(`its badge says ${text}`);
      });
      assert.equal(badge, String(expected.total));
      const panelText = await panel.innerText();
      fs.writeFileSync(path.join(artefacts, 'problems-after-lint-workspace.txt'), panelText);
      await screenshot('lint-workspace');
      assert.ok(!panelText.includes('README.md'), `the README is not a report and gets nothing; the panel says:\n${panelText}`);
      assert.match(panelText, /doc-number-format/, 'the injected 汕府[2021]9号 defect is listed');
      assert.equal(await page.locator('.tabs-container .tab', { hasText: ARCHIVED_NAME }).count(), 0, 'the command opens no editor');
    });

    it('“修复本报告中全部可确定的问题” changes the text exactly as `fzlint --fix` does', async () => {
      const original = fs.readFileSync(archivedCopy, 'utf8');
      const expectedText = cliFix(original, cliDir, ARCHIVED_NAME);
      assert.notEqual(expectedText, original, 'the CLI has certain fixes for this report');
      const before = cliCounts(original, ARCHIVED_NAME, cliDir);
      const after = cliCounts(expectedText, ARCHIVED_NAME, cliDir);
      await page.keyboard.press('Control+P');
      await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: 30000 });
      await page.keyboard.type('shanwei-2020.mutated');
      // The focused row: the list first shows the recently opened files (the other report) until it filters.
      await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: ARCHIVED_NAME }).first().waitFor({ timeout: 60000 });
      await page.keyboard.press('Enter');
      await page.locator('.tabs-container .tab.active', { hasText: ARCHIVED_NAME }).waitFor({ timeout: 60000 });
      await waitForStatus(before, `the CLI on ${ARCHIVED_NAME}`);
      await runCommand(PALETTE.fixAll);
      await waitFor('汕府〔2021〕9号 in the editor', 30000, async () => ((await editorText()).includes('汕府〔2021〕9号') ? true : undefined));
      await waitForStatus(after, 'the CLI on the fixed text');
      await screenshot('fix-all');
      await page.keyboard.press('Control+S');
      const saved = await waitFor('the fixed report saved', 30000, async () => {
        const text = fs.readFileSync(archivedCopy, 'utf8');
        return text !== original ? text : undefined;
      });
      const firstDiff = [...saved].findIndex((c, i) => c !== expectedText[i]);
      assert.equal(saved, expectedText, `the saved text is what \`fzlint --fix\` writes (first difference at offset ${firstDiff})`);
    });

    it('“从模板新建年度报告…” asks for the issuer and the year and opens a skeleton that gets no error', async () => {
      const issuer = '汕尾市人民政府';
      const year = 2021;
      const template = templateFromArguments({ issuer, year }, new Date());
      const expected = cliCounts(template, 'report.txt', cliDir);
      // The skeleton's structure is right (five parts, 发文字号, signature, date): no error. What the CLI
      // does find there (an info that the 不足 part has no 原因 yet: the drafter has not written it) is
      // what the editor must show too.
      assert.equal(expected.errors, 0, `the CLI finds no error in the skeleton (it finds ${showCounts(expected)}: ${expected.rules.join(', ')})`);
      await runCommand(PALETTE.newReport);
      const widget = page.locator('.quick-input-widget');
      await waitFor('the issuer input box, in Chinese', 30000, async () => ((await widget.innerText()).includes('报告机关') ? true : undefined));
      await screenshot('new-report-issuer');
      await page.keyboard.insertText(issuer);
      await page.keyboard.press('Enter');
      await waitFor('the year input box, in Chinese', 30000, async () => ((await widget.innerText()).includes('报告年度') ? true : undefined));
      await page.keyboard.press('Control+A');
      await page.keyboard.insertText(String(year));
      await screenshot('new-report-year');
      await page.keyboard.press('Enter');
      await widget.waitFor({ state: 'hidden', timeout: 30000 });
      const title = `${issuer}${year}年法治政府建设年度报告`;
      await waitFor(`“${title}” in a new editor`, 60000, async () => ((await editorText()).includes(title) ? true : undefined));
      const tab = await activeTabTitle();
      assert.match(tab, /Untitled|无标题/, `the skeleton opens as a new unsaved document (tab “${tab}”)`);
      const text = await waitFor('the whole skeleton on screen', 30000, async () => {
        const shown = await editorText();
        return shown.includes('五、其他需要报告的情况') ? shown : undefined;
      });
      for (const line of [
        '某府〔2022〕1号',
        `一、${year}年推进法治政府建设的主要举措和成效`,
        '四、2022年推进法治政府建设的主要安排',
        '五、其他需要报告的情况',
      ]) {
        assert.ok(text.includes(line), `the skeleton has “${line}”; the editor shows:\n${text}`);
      }
      await waitForStatus(expected, 'the CLI on the same skeleton');
      assert.equal(await page.locator('.monaco-editor .squiggly-error').count(), 0, 'no error squiggle in the skeleton');
      assert.equal(await page.locator('.monaco-editor .unicode-highlight').count(), 0, 'no boxes around the full-width indents and 〔〕 of the skeleton');
      await screenshot('new-report');
    });

    it('“显示输出” opens the fzlint output channel', async () => {
      await runCommand(PALETTE.showOutput);
      const panel = page.locator('.part.panel');
      const shown = await waitFor('the Output panel on the fzlint channel, with the start line', 30000, async () => {
        const channels = await panel
          .locator('select')
          .evaluateAll((selects) =>
            selects.map((s) => (s as unknown as { selectedOptions: ArrayLike<{ textContent: string | null }> }).selectedOptions[0]?.textContent?.trim() ?? ''),
          );
        const content = (await panel.locator('.monaco-editor .view-lines').allInnerTexts()).join('\n').replace(/\u00a0/g, ' ');
        if (channels.includes('fzlint') && content.includes('语言服务器已启动')) return { channels, content };
        throw new Error(`the panel's channel pickers show [${channels.join(', ')}] and its text is “${content.slice(0, 200)}”`);
      });
      fs.writeFileSync(path.join(artefacts, 'output-channel.txt'), shown.content);
      await screenshot('output-channel');
      assert.match(shown.content, /fzlint [\d.]+：语言服务器已启动（界面语言 zh-cn）。/);
    });
    it('“对照去年报告” opens last year’s report read-only at the copied paragraph (fzlint.previousReport)', async () => {
      // Two reports of one issuer, written here; the workspace setting names last year's (relative to
      // the folder). The other scenarios ran without it.
      const workspace = path.dirname(reportCopy);
      const shortcoming = '基层执法人员法律素养有待提升，执法程序不够规范，个别单位对合法性审核重视不够，主要是培训不足、考核不严。';
      const report = (year: number, work: string) =>
        `某县人民政府${year}年法治政府建设年度报告\n一、主要举措和成效\n${work}\n二、存在的不足和原因\n${shortcoming}\n三、${year + 1}年工作安排\n继续推进依法行政。\n\n某县人民政府\n${year + 1}年1月20日\n`;
      fs.mkdirSync(path.join(workspace, 'cross-year'));
      const lastYear = report(2022, '全年办理行政复议案件86件，纠错率12%。');
      fs.writeFileSync(path.join(workspace, 'cross-year', '某县2022年报告.txt'), lastYear);
      fs.writeFileSync(path.join(workspace, 'cross-year', '某县2023年报告.txt'), report(2023, '全年办理行政复议案件93件，纠错率10%。'));
      fs.mkdirSync(path.join(workspace, '.vscode'), { recursive: true });
      fs.writeFileSync(path.join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'fzlint.previousReport': 'cross-year/某县2022年报告.txt' }));

      // From the explorer (Quick Open's file index may not have the new files yet).
      const rows = page.locator('.explorer-folders-view .monaco-list-row');
      await rows.filter({ hasText: 'cross-year' }).first().waitFor({ timeout: 60000 });
      await rows.filter({ hasText: 'cross-year' }).first().click();
      await rows.filter({ hasText: '某县2023年报告.txt' }).first().waitFor({ timeout: 30000 });
      await rows.filter({ hasText: '某县2023年报告.txt' }).first().click();
      await page.locator('.tabs-container .tab.active', { hasText: '某县2023年报告.txt' }).waitFor({ timeout: 60000 });
      // The copied paragraph (line 5) gets the info squiggle once last year's report is linked.
      await page.locator('.editor-group-container.active .monaco-editor .squiggly-info').first().waitFor({ state: 'attached', timeout: 60000 });
      await page.locator('.monaco-editor .view-lines').first().click();
      await goToLine('5:3');
      // The light bulb's menu; asked again while the server's first answer for the new file is still empty.
      const menu = page.locator('.action-widget');
      const menuText = await waitFor('the quick-fix menu with 对照去年报告', 60000, async () => {
        await page.keyboard.press('Escape');
        await page.keyboard.press('Control+.');
        await menu.waitFor({ state: 'visible', timeout: 3000 });
        const text = await menu.innerText();
        return text.includes('对照去年报告') ? text : undefined;
      });
      fs.writeFileSync(path.join(artefacts, 'previous-report-menu.txt'), menuText);
      assert.match(menuText, /对照去年报告/, `the action is offered; the menu said:\n${menuText}`);
      // The first action (the menu focuses it): Enter, as a keyboard user would.
      assert.match(menuText.split('\n').filter((l) => l.trim() && l.trim() !== 'Quick Fix' && l.trim() !== '快速修复')[0] ?? '', /对照去年报告/);
      await page.keyboard.press('Enter');
      // Last year's report, beside, read-only, at the copied paragraph (line 5).
      await page.locator('.tabs-container .tab', { hasText: '某县2022年报告.txt' }).first().waitFor({ timeout: 60000 });
      const editor = page.locator('.editor-group-container.active .monaco-editor').first();
      await waitFor('last year’s text in the active editor', 30000, async () =>
        (await editor.locator('.view-lines').innerText()).includes('2022年法治政府建设年度报告') ? true : undefined,
      );
      await screenshot('previous-report-beside');
      const cursorLine = await waitFor('the cursor on line 5', 30000, async () => {
        const text = await page.locator('[id="status.editor.selection"]').innerText();
        return /(?:行|Ln)\s*5\b/.test(text) ? text : undefined;
      });
      assert.ok(cursorLine);
      await editor.locator('.view-lines').click();
      await page.keyboard.type('改动');
      await page.waitForTimeout(500);
      assert.ok(!(await editor.locator('.view-lines').innerText()).includes('改动'), 'last year’s report cannot be edited');
      assert.equal(fs.readFileSync(path.join(workspace, 'cross-year', '某县2022年报告.txt'), 'utf8'), lastYear, 'the file is untouched');
    });

    it('the rule id of a problem, in the editor’s hover and in the Problems panel, opens the bundled rule page in the Markdown preview; the user’s README still opens as text', async () => {
      /** Quick Open: `name` typed, Enter once the list's focused row is that file (not a recently opened one), its tab active. */
      async function quickOpen(name: string, typed: string): Promise<void> {
        await page.keyboard.press('Control+P');
        await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: 30000 });
        await page.keyboard.type(typed);
        await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: name }).first().waitFor({ timeout: 60000 });
        await page.keyboard.press('Enter');
        await page.locator('.editor-group-container.active .tabs-container .tab.active', { hasText: name }).waitFor({ timeout: 60000 });
      }

      // The editor's own hover over a squiggle: the rule id after “fzlint”, clicked. (This scenario opens
      // what it needs itself, so that `-g 'rule id of a problem'` runs it alone.)
      const text = fs.readFileSync(reportCopy, 'utf8');
      const at = cliFinding(text, REPORT_NAME, cliDir, 'year-range-dash');
      assert.ok(at.endColumn - at.column >= 2, 'the year-range-dash finding covers more than one character');
      await quickOpen(REPORT_NAME, 'shanwei-2020.fullwidth');
      await page.locator('.editor-group-container.active .monaco-editor .squiggly-warning').first().waitFor({ state: 'attached', timeout: 120000 });
      await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().click();
      await goToLine(`${at.line}:${at.column + 1}`);
      const codeLink = page.locator('.monaco-hover a.code-link', { hasText: 'year-range-dash' }).first();
      await waitFor('the editor’s hover with the year-range-dash code link', 60000, async () => {
        // Show or Focus Hover (Ctrl+K Ctrl+I) at the cursor, inside the finding's range.
        await page.keyboard.press('Escape');
        await page.keyboard.press('Control+K');
        await page.keyboard.press('Control+I');
        await codeLink.waitFor({ state: 'visible', timeout: 5000 });
        return true;
      });
      fs.writeFileSync(
        path.join(artefacts, 'marker-hover.txt'),
        await page
          .locator('.monaco-hover', { has: page.locator('a.code-link') })
          .first()
          .innerText(),
      );
      await screenshot('marker-hover');
      await codeLink.click();
      await assertRulePreviewOpens(page, 'year-range-dash', 'the editor’s hover');
      await screenshot('rule-page-preview-from-hover');

      // Problems panel: the row of the enumeration-sequence error (filtered to it), its code link clicked.
      await page.keyboard.press('Control+Shift+M');
      const panel = page.locator('.markers-panel');
      await panel.waitFor({ state: 'visible', timeout: 30000 });
      const filter = page.locator('.part.panel .viewpane-filter input').first();
      await filter.click();
      await filter.fill('enumeration-sequence');
      const row = panel.locator('.monaco-list-row', { hasText: 'enumeration-sequence' }).first();
      await row.waitFor({ state: 'visible', timeout: 60000 });
      const link = row.locator('a.monaco-link').first();
      await link.waitFor({ state: 'visible', timeout: 30000 });
      const href = (await link.getAttribute('href')) ?? '';
      // The link is the installed page's URI (in code-server's remote scheme), as the CLI's JSON `url` names it.
      assert.match(href, /\/fzlint\.fzlint-[^/]+\/docs\/rules\/enumeration-sequence\.md$/, `the Problems panel links the installed page: ${href}`);
      await link.click();
      await assertRulePreviewOpens(page, 'enumeration-sequence', 'the Problems panel');
      await screenshot('rule-page-preview-from-problems');
      await filter.fill('');

      // The workspace's own Markdown file opens as text, as before.
      await quickOpen('README.md', 'README.md');
      await waitFor('the README’s Markdown source in a text editor', 30000, async () =>
        (await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().innerText()).replace(/\u00a0/g, ' ').includes('# 工作目录说明')
          ? true
          : undefined,
      );
      await screenshot('user-readme-as-text');
    });

    it(
      host.name === 'web'
        ? 'ran the language server in a web worker: no Node process from the installed extension'
        : 'ran the Node language server of the installed extension',
      () => {
        const running = processesWith(path.join(extensions, 'fzlint.fzlint'));
        if (host.name === 'web') assert.deepEqual(running, [], 'no Node process runs from the installed extension');
        else
          assert.ok(
            running.some((cmd) => cmd.includes(path.join('dist', 'server.cjs'))),
            `dist/server.cjs runs: ${running.join('\n')}`,
          );
      },
    );
  });
