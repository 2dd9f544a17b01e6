/**
 * The extension as a web extension in a real workbench: the packaged VSIX installed into code-server
 * 4.100.3 with `remote.extensionKind` set to `["ui"]` for it, so that code-server (which has no local
 * extension host) runs its `browser` entry in the web worker extension host and the language server
 * in a web worker (dist/browser/server.js) — as on vscode.dev. Opens a copy of the reference report and
 * checks that VS Code's Problems counts and rules, and the fzlint status bar item's, are the CLI's on
 * the same text, that no Node language server (dist/server.cjs) was started, and that the outline
 * (breadcrumbs) comes from the worker. The workspace has a .fzlintrc.yaml with a data pack, which the
 * web extension reads through vscode.workspace.fs for the worker: the counts are the CLI's with that
 * config (a rule turned off, the pack's term found).
 *
 * Then, through the web server: 从模板新建年度报告; 检查工作区中的全部报告 (a report that is not open gets
 * the CLI's count of problems in the Problems panel, the notification counts both); 修复本报告中全部可确定的
 * 问题 (the saved file is `fzlint --fix`'s); 忽略此问题 from the light bulb (the extension writes the
 * workspace's .fzlint-verdicts.json through vscode.workspace.fs; the Problems count drops by one and
 * `fzlint --ledger` with that file counts the same finding dismissed); the rule link of a problem in
 * the Problems panel opens the installed rule page in the Markdown preview. The whole scenario of
 * test/e2e/code-server.test.ts (the keyboard quick fix, the status bar after an edit, the four commands,
 * 对照去年报告, the rule page from a hover) runs there with the web extension too; this file adds what
 * needs a workspace config and pack, and the ledger.
 *
 * Needs what test/e2e/code-server.test.ts needs (chromium, test/e2e/setup-code-server.sh, ../shared,
 * npm run build). Screenshots and logs: test-output/e2e/code-server-web/.
 */
import { strict as assert } from 'node:assert';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { fullwidthReport, mutatedReport, repoRoot } from '../helpers/paths';
import { runCli, type JsonResult } from '../helpers/run-cli';
import { artefactDir, findExecutable, killTree, missing, processesWith, tempHome, freePort, log, reportPhrase, waitFor } from './support';
import { assertRulePreviewOpens } from './rule-preview';

const SETUP_SCRIPT = path.join(repoRoot, 'test', 'e2e', 'setup-code-server.sh');
const REPORT_NAME = path.basename(fullwidthReport);
const ARCHIVED_NAME = path.basename(mutatedReport);

function run(cmd: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv; logFile: string }): string {
  const r = spawnSync(cmd, args, { cwd: opts.cwd, env: opts.env, encoding: 'utf8', timeout: 180000, maxBuffer: 64 * 1024 * 1024 });
  fs.appendFileSync(opts.logFile, `$ ${cmd} ${args.join(' ')}\n${r.stdout ?? ''}${r.stderr ?? ''}\n[exit ${r.status}]\n`);
  if (r.status !== 0) throw new Error(`${path.basename(cmd)} ${args.slice(0, 2).join(' ')} failed (exit ${r.status}): ${(r.stderr ?? '').slice(-2000)}`);
  return r.stdout;
}

/** The right form of the workspace pack's term. */
const TERM = '规范用语';

/** The command titles as the (English) palette shows them. */
const NLS = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.nls.json'), 'utf8')) as Record<string, string>;

describe('VS Code for the Web (code-server web worker extension host): the web extension', function () {
  this.timeout(240000);
  const artefacts = artefactDir('code-server-web');
  let home: ReturnType<typeof tempHome> | undefined;
  let server: ChildProcess | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let extensions: string;
  let reportCopy: string;
  let cli: JsonResult;
  /** The CLI's findings in the workspace's report that is never opened (archive/), with the workspace's config. */
  let archivedCli: JsonResult;
  /** `fzlint --fix` of the report with the workspace's config (on a copy in a folder of its own with the same config and pack). */
  let cliFixed: string;

  before(async function () {
    this.timeout(600000);
    for (const f of fs.readdirSync(artefacts)) fs.rmSync(path.join(artefacts, f), { force: true });
    if (process.env.FZLINT_SKIP_E2E === '1') missing(this, 'FZLINT_SKIP_E2E=1 is set', 'unset it to run the code-server end-to-end test');
    if (!fs.existsSync(path.join(repoRoot, 'dist', 'browser', 'extension.js')))
      missing(this, 'dist/browser/extension.js is not built', 'run npm run build first');
    if (!fs.existsSync(fullwidthReport)) missing(this, `${fullwidthReport} is missing`, 'the reference fixtures live in ../shared beside the repository');
    const chromiumPath = findExecutable('chromium', ['/usr/bin/chromium'], process.env.FZLINT_CHROMIUM);
    if (!chromiumPath) missing(this, 'Debian chromium is not installed', 'apt-get install -y chromium fonts-noto-cjk (as .ci/run does)');
    const setup = spawnSync('bash', [SETUP_SCRIPT], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 480000 });
    if (setup.status === 3)
      missing(this, `code-server cannot be installed here: ${setup.stderr.trim().split('\n').pop()}`, 'see test/e2e/setup-code-server.sh');
    if (setup.status !== 0) throw new Error(`test/e2e/setup-code-server.sh failed (exit ${setup.status}):\n${setup.stderr}`);
    const entry = setup.stdout.trim().split('\n').pop()!;
    log(
      'here, through the web server with a workspace config and pack: diagnostics, Problems, status bar, outline, the template command, the workspace check, fix-all, 忽略此问题, the rule page from the Problems panel; code-server.test.ts runs its whole scenario with the web extension too',
    );

    home = tempHome('fzlint-code-server-web-');
    const env = home.env;
    const userData = path.join(home.dir, 'user-data');
    extensions = path.join(home.dir, 'extensions');
    const workspace = path.join(home.dir, 'workspace');
    for (const d of [path.join(userData, 'User'), extensions, workspace]) fs.mkdirSync(d, { recursive: true });
    reportCopy = path.join(workspace, REPORT_NAME);
    fs.copyFileSync(fullwidthReport, reportCopy);
    // The fixture may be read-only: the copy is written by the fix-all test (as a user's report is).
    fs.chmodSync(reportCopy, 0o644);
    // The workspace's config and data pack: a rule the CLI finds turned off, and a term whose wrong
    // form is a phrase of the report (taken from it here, at run time), so that the pack's term is found.
    const plainRun = runCli(['--format', 'json', reportCopy], { cwd: workspace });
    const offRule = (JSON.parse(plainRun.stdout) as JsonResult[])[0].messages[0].ruleId;
    const phrase = reportPhrase(fs.readFileSync(reportCopy, 'utf8'));
    assert.ok(phrase, 'a phrase of the report for the term');
    fs.mkdirSync(path.join(workspace, 'packs'));
    fs.writeFileSync(path.join(workspace, '.fzlintrc.yaml'), `extends: [fzlint:recommended, ./packs/county.yaml]\nrules:\n  ${offRule}: off\n`);
    fs.writeFileSync(
      path.join(workspace, 'packs', 'county.yaml'),
      `name: county\nversion: 1.0.0\ndata:\n  terms:\n    - { id: county-term, wrong: [${phrase}], right: ${TERM} }\n`,
    );
    const cliRun = runCli(['--format', 'json', reportCopy], { cwd: workspace });
    assert.ok(cliRun.status === 0 || cliRun.status === 1, `fzlint --format json: ${cliRun.stderr}`);
    cli = (JSON.parse(cliRun.stdout) as JsonResult[])[0];
    assert.ok(
      cli.messages.some((m) => m.message.includes(TERM)) && !cli.messages.some((m) => m.ruleId === offRule),
      "the workspace's config applies in the CLI",
    );
    // A report that stays closed: the workspace check lints it from the file.
    fs.mkdirSync(path.join(workspace, 'archive'));
    fs.copyFileSync(mutatedReport, path.join(workspace, 'archive', ARCHIVED_NAME));
    const archivedRun = runCli(['--format', 'json', path.join(workspace, 'archive', ARCHIVED_NAME)], { cwd: workspace });
    assert.ok(archivedRun.status === 0 || archivedRun.status === 1, `fzlint --format json: ${archivedRun.stderr}`);
    archivedCli = (JSON.parse(archivedRun.stdout) as JsonResult[])[0];
    const fixDir = path.join(home.dir, 'cli-fix');
    fs.cpSync(workspace, fixDir, { recursive: true });
    const fixRun = runCli(['--fix', path.join(fixDir, REPORT_NAME)], { cwd: fixDir });
    assert.ok(fixRun.status === 0 || fixRun.status === 1, `fzlint --fix: ${fixRun.stderr}`);
    cliFixed = fs.readFileSync(path.join(fixDir, REPORT_NAME), 'utf8');
    fs.writeFileSync(
      path.join(userData, 'User', 'settings.json'),
      JSON.stringify({
        'workbench.startupEditor': 'none',
        'telemetry.telemetryLevel': 'off',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'security.workspace.trust.enabled': false,
        // No local extension host in a browser: a `ui` extension with a `browser` entry runs in the web worker host.
        'remote.extensionKind': { 'fzlint.fzlint': ['ui'] },
      }),
    );
    const logFile = path.join(artefacts, 'vsix-and-install.log');
    const vsix = path.join(home.dir, 'fzlint.vsix');
    run(
      process.execPath,
      [
        path.join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce'),
        'package',
        '--no-dependencies',
        '--allow-missing-repository',
        '--no-rewrite-relative-links',
        '--out',
        vsix,
      ],
      { cwd: repoRoot, env, logFile },
    );
    const csArgs = ['--user-data-dir', userData, '--extensions-dir', extensions];
    run(process.execPath, [entry, ...csArgs, '--install-extension', vsix], { cwd: home.dir, env, logFile });
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
        workspace,
      ],
      { cwd: home.dir, env, stdio: ['ignore', serverLog, serverLog], detached: true },
    );
    fs.closeSync(serverLog);
    const base = `http://127.0.0.1:${port}`;
    await waitFor('code-server /healthz', 60000, async () => {
      if (server?.exitCode !== null) throw new Error(`code-server exited with ${server?.exitCode}`);
      const body = (await (await fetch(`${base}/healthz`)).json()) as { status?: string };
      return body.status;
    });
    browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await page.goto(base, { waitUntil: 'domcontentloaded', timeout: 60000 });
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: REPORT_NAME }).first().waitFor({ timeout: 120000 });
  });

  after(async function () {
    this.timeout(30000);
    if (page && this.currentTest?.state === 'failed') await page.screenshot({ path: path.join(artefacts, 'failed.png') }).catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await killTree(server);
    home?.remove();
  });

  it('shows the CLI’s findings in the Problems panel from the web worker server, with no Node server', async () => {
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: 30000 });
    await page.keyboard.type('shanwei-2020.fullwidth');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: REPORT_NAME }).first().waitFor({ timeout: 120000 });
    await page.keyboard.press('Enter');
    await page.locator('.tabs-container .tab.active', { hasText: REPORT_NAME }).waitFor({ timeout: 60000 });

    const expected = { errors: cli.errorCount, warnings: cli.warningCount, infos: cli.infoCount };
    assert.ok(cli.messages.length > 0, 'the CLI finds something in the reference');
    await waitFor(`VS Code's Problems counts to be the CLI's (${JSON.stringify(expected)})`, 120000, async () => {
      const text = (await page.locator('[id="status.problems"]').innerText()).replace(/\s+/g, ' ').trim();
      const n = text.match(/\d+/g)?.map(Number) ?? [];
      const got = { errors: n[0], warnings: n[1], infos: n[2] ?? 0 };
      if (JSON.stringify(got) === JSON.stringify(expected)) return true;
      throw new Error(`it shows “${text}”`);
    });
    // The status bar item (shared with the desktop extension): the report's kind and the same counts.
    await waitFor('the fzlint status bar item with the CLI’s counts', 30000, async () => {
      const text = (await page.locator('.statusbar .statusbar-item', { hasText: 'fzlint' }).first().innerText()).replace(/\s+/g, ' ').trim();
      if (text.endsWith(`annual report ${expected.errors} ${expected.warnings} ${expected.infos}`)) return true;
      throw new Error(`it reads “${text}”`);
    });
    await page.keyboard.press('Control+Shift+M');
    const panel = page.locator('.markers-panel');
    await panel.waitFor({ state: 'visible', timeout: 30000 });
    // The panel maximized, so that every row (with its related locations) is on screen.
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: 30000 });
    await page.keyboard.insertText('Toggle Maximized Panel');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Toggle Maximized Panel' }).first().waitFor({ timeout: 30000 });
    await page.keyboard.press('Enter');
    const rules = [...new Set(cli.messages.map((m) => m.ruleId))];
    const text = await waitFor("every CLI rule and the workspace pack's term in the Problems panel", 30000, async () => {
      const t = await panel.innerText();
      const absent = [...rules, TERM].filter((r) => !t.includes(r!));
      if (absent.length === 0) return t;
      throw new Error(`not listed: ${absent.join(', ')}`);
    });
    fs.writeFileSync(path.join(artefacts, 'problems-panel.txt'), text);
    await page.screenshot({ path: path.join(artefacts, 'problems-panel.png') });
    // The worker, not a Node process: no dist/server.cjs of the installed extension runs.
    assert.deepEqual(processesWith(path.join(extensions, 'fzlint.fzlint')), [], 'no Node process runs from the installed extension');
    // The outline (document symbols from the worker): the report's title in the breadcrumbs.
    await waitFor('the outline in the breadcrumbs', 30000, async () =>
      (await page.locator('.breadcrumbs-control').first().innerText()).includes('法治政府建设年度报告') ? true : undefined,
    );
  });

  it('makes a new report from the template through the web server (从模板新建年度报告)', async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 30000 });
    const title = `fzlint: ${NLS['fzlint.command.newReport']}`;
    await page.keyboard.insertText(title);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 30000 });
    await page.keyboard.press('Enter');
    // The issuer, then the year (the suggested one, as given).
    await page.locator('.quick-input-widget', { hasText: '汕尾市人民政府' }).waitFor({ timeout: 30000 });
    await page.keyboard.insertText('某县人民政府');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(500);
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText('2025');
    await page.keyboard.press('Enter');
    const text = await waitFor('the skeleton in a new editor', 60000, async () => {
      const t = (await page.locator('.monaco-editor .view-lines').first().innerText()).replace(/\u00a0/g, ' ');
      return t.includes('某县人民政府2025年法治政府建设年度报告') ? t : undefined;
    });
    await page.screenshot({ path: path.join(artefacts, 'new-report.png') });
    assert.match(text, /一、/);
  });

  it('checks all reports in the workspace through the web server (检查工作区中的全部报告): the closed report’s row counts the CLI’s problems', async () => {
    const archived = archivedCli.errorCount + archivedCli.warningCount + archivedCli.infoCount;
    const open = cli.errorCount + cli.warningCount + cli.infoCount;
    assert.ok(archived > 0, 'the CLI finds problems in the archived report');
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: 30000 });
    const title = `fzlint: ${NLS['fzlint.command.lintWorkspace']}`;
    await page.keyboard.insertText(title);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 30000 });
    await page.keyboard.press('Enter');
    // The report (open: counted from the editor) and archive/ (closed: linted from the file through the client, published).
    const summary = `fzlint checked 2 files: 2 reports with ${archived + open} problems.`;
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
    const panel = page.locator('.markers-panel');
    await panel.waitFor({ state: 'visible', timeout: 30000 });
    const row = panel.locator('.monaco-list-row', { hasText: ARCHIVED_NAME }).first();
    await row.waitFor({ state: 'visible', timeout: 60000 });
    await waitFor(`the Problems row of ${ARCHIVED_NAME} to count ${archived}`, 30000, async () => {
      const badge = (await row.locator('.monaco-count-badge').innerText()).trim();
      if (badge === String(archived)) return true;
      throw new Error(`its badge says ${badge}`);
    });
    await page.screenshot({ path: path.join(artefacts, 'lint-workspace.png') });
    assert.equal(await page.locator('.tabs-container .tab', { hasText: ARCHIVED_NAME }).count(), 0, 'the command opens no editor');
  });

  it('fixes all certain problems of the report through the web server (修复本报告中全部可确定的问题): the saved file is `fzlint --fix`’s', async () => {
    assert.notEqual(cliFixed, fs.readFileSync(fullwidthReport, 'utf8'), 'fzlint --fix changes the report');
    // Back to the report's tab (still open from the first test).
    await page.locator('.tabs-container .tab', { hasText: REPORT_NAME }).first().click();
    await page.locator('.tabs-container .tab.active', { hasText: REPORT_NAME }).waitFor({ timeout: 60000 });
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: 30000 });
    const title = `fzlint: ${NLS['fzlint.command.fixAll']}`;
    await page.keyboard.insertText(title);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 30000 });
    await page.keyboard.press('Enter');
    // The edit is applied to the report (code-server had it saved already here); saved, the file is the CLI's fixed text.
    await page.keyboard.press('Control+S');
    await waitFor('the saved report to be the text of fzlint --fix', 60000, async () => (fs.readFileSync(reportCopy, 'utf8') === cliFixed ? true : undefined));
    await page.screenshot({ path: path.join(artefacts, 'fixed.png') });
  });

  it('dismisses a finding from the light bulb (忽略此问题): the extension writes the workspace’s ledger, and `fzlint --ledger` counts that finding dismissed', async () => {
    const workspace = path.dirname(reportCopy);
    const ledger = path.join(workspace, '.fzlint-verdicts.json');
    assert.ok(!fs.existsSync(ledger), 'no ledger yet');
    // The saved report (fix-all's text): what the CLI still finds in it, with the workspace's config.
    const lint = (...args: string[]) => {
      const r = runCli(['--format', 'json', ...args, reportCopy], { cwd: workspace });
      assert.ok(r.status === 0 || r.status === 1, `fzlint --format json: ${r.stderr}`);
      return (JSON.parse(r.stdout) as JsonResult[])[0];
    };
    const remaining = lint();
    const target = remaining.messages[0];
    assert.ok(target, 'the fixed report still has findings');
    // The fzlint status bar item counts the current report's problems (errors, warnings, infos).
    const counts = (r: JsonResult) => `annual report ${r.errorCount} ${r.warningCount} ${r.infoCount}`;
    const statusShows = (r: JsonResult, what: string) =>
      waitFor(`the fzlint status bar item with ${what} (${counts(r)})`, 60000, async () => {
        const text = (await page.locator('.statusbar .statusbar-item', { hasText: 'fzlint' }).first().innerText()).replace(/\s+/g, ' ').trim();
        if (text.endsWith(counts(r))) return true;
        throw new Error(`it reads “${text}”`);
      });
    await page.locator('.tabs-container .tab', { hasText: REPORT_NAME }).first().click();
    await page.locator('.tabs-container .tab.active', { hasText: REPORT_NAME }).waitFor({ timeout: 60000 });
    await statusShows(remaining, 'the CLI’s counts of the saved report');
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: 30000 });
    await page.keyboard.insertText(`${target.line}:${target.column}`);
    await page.keyboard.press('Enter');
    const menu = page.locator('.action-widget');
    const title = '忽略此问题（记入核查记录）';
    const menuText = await waitFor(`the light bulb's menu with ${title}`, 60000, async () => {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+.');
      await menu.waitFor({ state: 'visible', timeout: 3000 });
      const text = await menu.innerText();
      return text.includes(title) ? text : undefined;
    });
    fs.writeFileSync(path.join(artefacts, 'dismiss-menu.txt'), menuText);
    await page.screenshot({ path: path.join(artefacts, 'dismiss-menu.png') });
    // With the keyboard: down the menu to the action, then Enter.
    await waitFor(`${title} focused in the menu`, 30000, async () => {
      const focused = await menu
        .locator('.monaco-list-row.focused')
        .first()
        .getAttribute('aria-label')
        .catch(() => null);
      if (focused === title) return true;
      await page.keyboard.press('ArrowDown');
      return undefined;
    });
    await page.keyboard.press('Enter');

    const written = await waitFor('the workspace’s ledger', 60000, async () => (fs.existsSync(ledger) ? fs.readFileSync(ledger, 'utf8') : undefined));
    const entries = (JSON.parse(written) as { entries: { ruleId: string; verdict: string; file: string }[] }).entries;
    assert.deepEqual(
      entries.map((e) => [e.ruleId, e.verdict, e.file]),
      [[target.ruleId, 'dismissed', REPORT_NAME]],
    );
    assert.deepEqual(
      fs.readdirSync(workspace).filter((f) => f.endsWith('.tmp')),
      [],
      'no temporary file is left',
    );
    const withLedger = lint('--ledger', ledger);
    const dismissed = withLedger.messages.filter((m) => (m as { verdict?: { status: string } }).verdict?.status === 'dismissed');
    assert.deepEqual(
      dismissed.map((m) => `${m.line}:${m.column} ${m.ruleId}`),
      [`${target.line}:${target.column} ${target.ruleId}`],
    );
    await statusShows(withLedger, 'the counts of `fzlint --ledger`: one problem fewer');
    await page.screenshot({ path: path.join(artefacts, 'dismissed.png') });
  });

  it('the rule link of a problem in the Problems panel opens the installed rule page in the Markdown preview', async () => {
    const ruleId = cli.messages[0].ruleId;
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Shift+M');
    const panel = page.locator('.markers-panel');
    await panel.waitFor({ state: 'visible', timeout: 30000 });
    const filter = page.locator('.part.panel .viewpane-filter input').first();
    await filter.click();
    await filter.fill(ruleId);
    const row = panel.locator('.monaco-list-row', { hasText: ruleId }).first();
    await row.waitFor({ state: 'visible', timeout: 60000 });
    const link = row.locator('a.monaco-link').first();
    await link.waitFor({ state: 'visible', timeout: 30000 });
    const href = (await link.getAttribute('href')) ?? '';
    // The installed extension's page (code-server's remote scheme), not a relative link.
    assert.match(
      href,
      new RegExp(`^vscode-remote://.*/fzlint\\.fzlint-[^/]+/docs/rules/${ruleId}\\.md$`),
      `the Problems panel links the installed page: ${href}`,
    );
    await link.click();
    await assertRulePreviewOpens(page, ruleId, 'the Problems panel');
    await page.screenshot({ path: path.join(artefacts, 'rule-page-preview.png') });
    await filter.fill('');
  });
});
