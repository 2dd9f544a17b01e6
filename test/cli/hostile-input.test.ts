/**
 * Hostile input (issue 8): the HTML review report runs no document text as markup or script (checked
 * in headless Chromium), hostile config files are refused with one clear error, `extends` runs no
 * code, and `--fix` writes only the files it linted, through no symbolic link, atomically (SIGKILL
 * at random moments leaves every file old or new, never partial). Uses the bundle (npm run build).
 * Engine-level cases of the same protections: test/unit/config/hostile-config.test.ts.
 */
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { htmlFormatter, safeHref } from '../../server/src/cli/formatters/html';
import type { FileResult } from '../../server/src/cli/result';
import type { Finding } from '../../server/src/engine/finding';
import { cliBin, repoRoot } from '../helpers/paths';
import { TestLspClient } from '../helpers/lsp-client';
import { runCli, runJson } from '../helpers/run-cli';
import { tempTree } from '../unit/config/helpers';
import { billionLaughs, codeForExtends, DEEP, markerModule } from '../helpers/hostile';
import { replayHint, seededRandom, testSeed } from '../helpers/seed';
import { unavailable } from '../helpers/unavailable';

const TITLE = '某县2023年法治政府建设年度报告';
const REPORT = [TITLE, '', '一、主要举措和成效', '', '推进依法行政,取得明显成效。', ''].join('\n');

// ---------------------------------------------------------------------------------------------
// HTML review report

const SCRIPT = '<script>window.__pwned=1</script>';
const IMG = '"><img src=x onerror="window.__pwned=1">';
const TEXTAREA = '</textarea><script>window.__pwned=1</script>';
const JS_LINK = '<a href="javascript:window.__pwned=1">点击</a>';
/** Each payload sits next to a half-width comma, so a finding shows it in its context line. */
const HOSTILE_REPORT = [
  TITLE,
  '',
  '一、主要举措和成效',
  '',
  `一是${SCRIPT},办理案件 78 件。`,
  '',
  `二是完成${IMG},任务。`,
  '',
  `三是${TEXTAREA},推进。`,
  '',
  `四是${JS_LINK},[链接](javascript:window.__pwned=1),落实。`,
  '',
].join('\n');

const CHROMIUM = '/usr/bin/chromium';

/** Open `file` in headless Chromium (as test/cli/html-report.test.ts does); collects dialogs and CSP reports. */
async function withPage<T>(file: string, body: (page: import('playwright-core').Page, seen: { dialogs: string[]; csp: string[] }) => Promise<T>): Promise<T> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 1600 } });
    const seen = { dialogs: [] as string[], csp: [] as string[] };
    page.on('dialog', (d) => {
      seen.dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) seen.csp.push(m.text());
    });
    await page.goto(pathToFileURL(file).href);
    return await body(page, seen);
  } finally {
    await browser.close();
  }
}

const pwned = (page: import('playwright-core').Page) => page.evaluate('typeof window.__pwned === "undefined" ? undefined : window.__pwned');

function finding(ruleId: string, message: string, url: string, start: number, end: number): Finding {
  return {
    ruleId,
    messageId: 'x',
    severity: 'error',
    message,
    messages: { 'zh-CN': message, en: message },
    span: { start, end },
    line: 1,
    column: start + 1,
    endLine: 1,
    endColumn: end + 1,
    url,
  };
}

describe('hostile input: HTML review report', function () {
  this.timeout(120000);
  let tree: ReturnType<typeof tempTree> | undefined;
  afterEach(() => tree?.cleanup());

  before(function () {
    if (!fs.existsSync(CHROMIUM))
      unavailable(this, `${CHROMIUM} not found: the Chromium tests of the HTML report cannot run`, 'apt-get install -y chromium (as .ci/run does)');
  });

  it('renders document text, file names, pack strings and config values as text: no script runs', async () => {
    tree = tempTree({
      // A pack whose strings end up in finding messages, and an extends value that ends up in a config error.
      'pack/pack.yaml': [
        'name: hostile',
        'version: 1.0.0',
        'data:',
        '  terms:',
        '    - id: evil-term',
        '      wrong: ["取得明显成效"]',
        `      right: ${JSON.stringify(IMG)}`,
        '      source:',
        `        zh-CN: ${JSON.stringify(TEXTAREA)}`,
        `        en: ${JSON.stringify(SCRIPT)}`,
        '',
      ].join('\n'),
      '.fzlintrc.yaml': `extends:\n  - ./pack\n  - ${JSON.stringify(`./${SCRIPT.replace('/', '')}.yaml`)}\n`,
      [`${IMG}.txt`]: HOSTILE_REPORT,
      ['<svg onload=window.__pwned=1>.txt']: REPORT,
    });
    const out = tree.file('review.html');
    const run = runCli(['--format', 'html', '--output-file', out, '.'], { cwd: tree.root });
    assert.equal(run.status, 2, run.stderr); // the config error
    const html = fs.readFileSync(out, 'utf8');
    assert.equal((html.match(/<script/gi) ?? []).length, 1, 'only the page’s own script tag');
    await withPage(out, async (page, seen) => {
      await page.waitForLoadState('load');
      assert.equal(await pwned(page), undefined, 'no script from the report ran');
      assert.deepEqual(seen.dialogs, []);
      assert.equal(await page.locator('img, textarea, iframe, a[href^="javascript" i]').count(), 0, 'no element from the report');
      assert.equal(await page.locator('svg').count(), 1, 'only the chart');
      const text = await page.locator('body').innerText();
      for (const literal of [
        SCRIPT,
        IMG,
        TEXTAREA,
        JS_LINK,
        '[链接](javascript:window.__pwned=1)',
        '<svg onload=window.__pwned=1>.txt',
        `${IMG}.txt`,
        `./<script>window.__pwned=1<script>.yaml`,
      ]) {
        assert.ok(text.includes(literal), `shown as text: ${literal}\n${text}`);
      }
      // The finding of the hostile pack, with its strings as text.
      assert.ok(text.includes(`“取得明显成效”应写作${IMG}（依据：${TEXTAREA}）`), text);
      // The page's own script still works under the CSP: sorting by errors.
      const header = page.locator('table.sortable th').nth(1);
      await header.click();
      await header.click();
      const column = await page.locator('table.sortable tbody tr td:nth-child(2)').allTextContents();
      assert.deepEqual(
        column.map(Number),
        [...column.map(Number)].sort((a, b) => b - a),
      );
      assert.deepEqual(seen.csp, [], 'nothing was blocked: the page has nothing to block');
      fs.mkdirSync(path.join(repoRoot, 'test-output'), { recursive: true });
      await page.screenshot({ path: path.join(repoRoot, 'test-output', 'html-hostile-report.png') });
    });
  });

  it('gives no link for a rule URL that is not http(s) or relative, and clicking the rule runs nothing', async () => {
    const source = `${TITLE}\n正文,结束。`;
    const at = source.indexOf(',');
    const urls = [
      'javascript:window.__pwned=1',
      ' JavaScript:window.__pwned=1',
      'java\tscript:window.__pwned=1',
      'data:text/html,<script>window.__pwned=1</script>',
      'vbscript:x',
    ];
    const findings = urls.map((url, i) => finding(`pack/rule-${i}`, `${SCRIPT}${IMG}`, url, at, at + 1));
    findings.push(finding('fullwidth-punctuation', '好', 'https://example.invalid/docs/rules/fullwidth-punctuation.md', at, at + 1));
    const results: FileResult[] = [{ filePath: `/r/${IMG}.txt`, findings, source }];
    const html = htmlFormatter(results, { locale: 'zh-CN', color: false, cwd: '/r' });
    assert.doesNotMatch(html, /href="\s*(java|data|vb)/i);
    assert.equal((html.match(/<a href="https:/g) ?? []).length, 1, 'the http(s) link stays');
    assert.equal(safeHref('docs/rules/x.md'), 'docs/rules/x.md');
    assert.equal(safeHref('#r0'), '#r0');
    assert.equal(safeHref('\u0001javascript:alert(1)'), undefined);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fzlint-hostile-html-'));
    const file = path.join(dir, 'review.html');
    fs.writeFileSync(file, html);
    try {
      await withPage(file, async (page, seen) => {
        for (let i = 0; i < urls.length; i++) await page.getByText(`pack/rule-${i}`).click();
        assert.equal(await pwned(page), undefined);
        assert.deepEqual(seen.dialogs, []);
        const text = await page.locator('body').innerText();
        assert.ok(text.includes(`${SCRIPT}${IMG}`), 'the message is shown as text');
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('its Content-Security-Policy blocks script injected into the page, while its own script runs', async () => {
    tree = tempTree({ 'a.txt': HOSTILE_REPORT, 'b.txt': REPORT });
    const out = tree.file('review.html');
    runCli(['--format', 'html', '--output-file', out, '.'], { cwd: tree.root });
    // Simulate an escaping bug: raw markup in the page body.
    const html = fs
      .readFileSync(out, 'utf8')
      .replace('<footer>', `${SCRIPT}<img src=x onerror="window.__pwned=2"><svg onload="window.__pwned=3"></svg><footer>`);
    fs.writeFileSync(out, html);
    await withPage(out, async (page, seen) => {
      await page.waitForLoadState('load');
      assert.equal(await pwned(page), undefined, 'the CSP stopped the injected script and handlers');
      assert.ok(seen.csp.length >= 1, 'Chromium reported the blocked script');
      const header = page.locator('table.sortable th').nth(1);
      await header.click();
      assert.equal(await header.getAttribute('data-dir'), 'asc', 'the page’s own (hashed) script runs');
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Hostile config and pack files

describe('hostile input: config files and extends (CLI, language server)', function () {
  this.timeout(120000);
  let tree: ReturnType<typeof tempTree> | undefined;
  afterEach(() => tree?.cleanup());

  const cases: [string, string, string, RegExp][] = [
    [
      'alias bomb',
      '.fzlintrc.yaml',
      billionLaughs(),
      /^\s+1:1\s+错误\s+YAML 别名（\*引用）展开过多（上限 1000），疑为“十亿笑声”攻击，未读取。\s+config-error$/m,
    ],
    ...Object.entries(DEEP).map(([kind, d]): [string, string, string, RegExp] => [
      kind,
      d.name.endsWith('.json') ? '.fzlintrc.json' : '.fzlintrc.yaml',
      d.text,
      /^\s+1:1\s+错误\s+嵌套层数过深（\d+ 层，上限 32），未读取。\s+config-error$/m,
    ]),
  ];
  for (const [kind, name, text, message] of cases) {
    it(`${kind}: one error on ${name}, exit 2, no crash or hang, the report still linted`, () => {
      tree = tempTree({ [name]: text, 'r.txt': REPORT });
      const started = Date.now();
      const run = runCli(['r.txt'], { cwd: tree.root });
      assert.ok(Date.now() - started < 30000, `took ${Date.now() - started} ms`);
      assert.equal(run.status, 2, run.stderr);
      assert.equal(run.stderr, '', 'no stack trace');
      assert.match(run.stdout, new RegExp(`^${name.replace('.', '\\.')}\\n${message.source.slice(1)}`, 'm'));
      assert.equal(run.stdout.match(/config-error/g)?.length, 1);
      assert.match(run.stdout, /^r\.txt\n[\s\S]*fullwidth-punctuation/m, 'the report is linted with the defaults');
    });
  }

  it('a deeply nested pack reached through extends: the error names the pack file', () => {
    tree = tempTree({ '.fzlintrc.yaml': 'extends: ./packs/deep\n', 'packs/deep/pack.json': DEEP.jsonObjects.text, 'r.txt': REPORT });
    const { run, results } = runJson(['r.txt'], { cwd: tree.root });
    assert.equal(run.status, 2);
    const pack = results.find((r) => r.filePath.endsWith(path.join('deep', 'pack.json')));
    assert.ok(pack, results.map((r) => r.filePath).join(', '));
    assert.deepEqual(
      pack.messages.map((m) => [m.ruleId, m.message]),
      [['config-error', '嵌套层数过深（10001 层，上限 32），未读取。']],
    );
  });

  it('extends to .js/.cjs/.mjs files, an npm package with a JS "main", package.json#fzlint naming JS: nothing runs', () => {
    tree = tempTree({
      ...codeForExtends(),
      '.fzlintrc.yaml': 'extends:\n  - ./evil.js\n  - ./evil.cjs\n  - ./evil.mjs\n  - fzlint-pack-evil\n',
      'r.txt': REPORT,
      'pj/package.json': '{ "name": "x", "fzlint": "./evil.js" }',
      'pj/evil.js': markerModule('pj'),
      'pj/r.txt': REPORT,
    });
    const run = runCli(['--locale', 'en', 'r.txt', 'pj/r.txt'], { cwd: tree.root });
    assert.equal(run.status, 2);
    for (const [line, file] of [
      [2, 'evil.js'],
      [3, 'evil.cjs'],
      [4, 'evil.mjs'],
    ] as const) {
      assert.match(
        run.stdout,
        new RegExp(
          `^\\s+${line}:5\\s+error\\s+extends takes only YAML or JSON files \\(\\.yaml, \\.yml, \\.json\\); "\\./${file.replace('.', '\\.')}" points to ${file.replace('.', '\\.')}: fzlint never runs code named in extends`,
          'm',
        ),
      );
    }
    assert.match(run.stdout, /^\s+5:5\s+error\s+The npm package "fzlint-pack-evil" has no pack file/m);
    assert.match(run.stdout, /^pj\/package\.json\n\s+1:\d+\s+error\s+Invalid config: \(顶层\) .*object/m);
    assert.deepEqual(
      fs
        .readdirSync(tree.root, { recursive: true })
        .map(String)
        .filter((f) => f.includes('MARKER')),
      [],
      'no module ran',
    );
  });

  it('language server: an alias bomb in the config is one diagnostic on the config file; the report is still linted', async () => {
    tree = tempTree({ '.fzlintrc.yaml': billionLaughs(), 'r.txt': REPORT });
    const { client } = await TestLspClient.start();
    try {
      const reportUri = pathToFileURL(tree.file('r.txt')).href;
      const configUri = pathToFileURL(tree.file('.fzlintrc.yaml')).href;
      const onConfig = client.waitForDiagnostics(configUri, (p) => p.diagnostics.length > 0);
      await client.open(reportUri, 'plaintext', 1, REPORT);
      const report = await client.diagnosticsForVersion(reportUri, 1);
      assert.ok(report.diagnostics.some((d) => d.code === 'fullwidth-punctuation'));
      const config = await onConfig;
      assert.deepEqual(
        config.diagnostics.map((d) => [d.code, d.range.start.line, d.message]),
        [['config-error', 0, 'YAML 别名（*引用）展开过多（上限 1000），疑为“十亿笑声”攻击，未读取。']],
      );
    } finally {
      await client.stop();
    }
  });
});

// ---------------------------------------------------------------------------------------------
// --fix: only the linted files, no symbolic links, atomic writes

/** Every file under `root` (relative path → bytes), links as `-> target`. */
function snapshot(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const abs = path.join(dir, e.name);
      const rel = path.relative(root, abs);
      if (e.isSymbolicLink()) out.set(rel, `-> ${fs.readlinkSync(abs)}`);
      else if (e.isDirectory()) walk(abs);
      else out.set(rel, fs.readFileSync(abs, 'latin1'));
    }
  };
  walk(root);
  return out;
}

/** The base names of the files a plain `fzlint --format json dir` reports on. */
function lintedFiles(dir: string): string[] {
  const r = spawnSync(process.execPath, [cliBin, '--format', 'json', dir], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 60000 });
  // Records of files the run found but did not lint (temporary files of killed writes) carry `skipped`.
  return (JSON.parse(r.stdout) as { filePath: string; skipped?: unknown }[])
    .filter((x) => !x.skipped)
    .map((x) => path.basename(x.filePath))
    .sort();
}

function changed(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((k) => before.get(k) !== after.get(k)).sort();
}

describe('hostile input: --fix writes only what it linted', function () {
  this.timeout(120000);
  let tree: ReturnType<typeof tempTree> | undefined;
  afterEach(() => tree?.cleanup());

  it('changes only the linted reports: not other files, ignored files, the config or node_modules', () => {
    tree = tempTree({
      'reports/a.txt': REPORT,
      'reports/b.md': `# ${REPORT}`,
      'reports/notes.txt': '会议记录,不是报告。\n', // no report title: not linted
      'reports/ignored/c.txt': REPORT, // .fzlintignore
      'reports/draft.txt': REPORT, // config ignores
      'reports/.fzlintignore': 'ignored/\n',
      'reports/.fzlintrc.yaml': 'ignores: [draft.txt]\nrules:\n  fullwidth-punctuation: error\n',
      'reports/node_modules/x/r.txt': REPORT,
      'reports/data.json': '{"a":"推进依法行政,取得明显成效。"}',
      'other.txt': REPORT,
    });
    const before = snapshot(tree.root);
    const run = runCli(['--fix', 'reports'], { cwd: tree.root });
    assert.ok(run.status === 0 || run.status === 1, run.stderr);
    assert.deepEqual(changed(before, snapshot(tree.root)), [path.join('reports', 'a.txt'), path.join('reports', 'b.md')]);
    assert.match(fs.readFileSync(tree.file('reports/a.txt'), 'utf8'), /推进依法行政，取得明显成效。/);
    // One file named: only it.
    const before2 = snapshot(tree.root);
    runCli(['--fix', 'other.txt'], { cwd: tree.root });
    assert.deepEqual(changed(before2, snapshot(tree.root)), ['other.txt']);
  });

  it('writes through no symbolic link: a linked file or folder (inside or out of the tree) is left alone, with a message', () => {
    tree = tempTree({ 'tree/own.txt': REPORT, 'outside/secret.txt': REPORT, 'outside/deeper/s2.txt': REPORT, 'tree/real/in.txt': REPORT });
    fs.symlinkSync('../outside/secret.txt', tree.file('tree/link.txt'));
    fs.symlinkSync('../outside', tree.file('tree/linkdir'));
    fs.symlinkSync('real/in.txt', tree.file('tree/inside-link.txt'));
    fs.symlinkSync('tree', tree.file('linked-tree'));
    const before = snapshot(tree.root);
    // The named folder itself is a link: nothing under it is written.
    const viaLink = runCli(['--fix', 'linked-tree'], { cwd: tree.root });
    assert.equal(viaLink.status, 2);
    assert.match(viaLink.stderr, /linked-tree\/own\.txt：是符号链接/);
    assert.deepEqual(changed(before, snapshot(tree.root)), []);
    // (Globs and folder walks enter linked folders only with --follow-symlinks: issue 18.)
    for (const target of [['tree'], ['--follow-symlinks', 'tree/**/*.txt'], ['--follow-symlinks', 'tree'], ['tree/link.txt'], ['tree/linkdir/secret.txt']]) {
      const run = runCli(['--fix', ...target], { cwd: tree.root });
      assert.equal(run.status, 2, `${target}: a refusal is an I/O problem (exit 2)`);
      assert.match(run.stderr, /：是符号链接，或位于所检查目录中的符号链接文件夹内；--fix 不通过符号链接写入，未修改此文件。/);
      assert.doesNotMatch(run.stderr, /own\.txt|in\.txt：/);
    }

    const after = snapshot(tree.root);
    assert.deepEqual(changed(before, after), [path.join('tree', 'own.txt'), path.join('tree', 'real', 'in.txt')], 'only the real files inside the tree');
    assert.equal(after.get(path.join('outside', 'secret.txt')), before.get(path.join('outside', 'secret.txt')));
    assert.equal(fs.lstatSync(tree.file('tree/link.txt')).isSymbolicLink(), true, 'the link is not replaced either');
    // The links are still linted (reading is harmless): their findings are shown.
    const { results } = runJson(['--follow-symlinks', 'tree'], { cwd: tree.root });
    assert.ok(results.some((r) => r.filePath.endsWith(path.join('linkdir', 'secret.txt')) && r.messages.some((m) => m.ruleId === 'fullwidth-punctuation')));
    // Named directly, the real file outside is fixed as usual.
    assert.equal(runCli(['--fix', 'outside/secret.txt'], { cwd: tree.root }).status, 0);
    assert.match(fs.readFileSync(tree.file('outside/secret.txt'), 'utf8'), /依法行政，取得/);
  });

  it('SIGKILL at random moments of --fix leaves every file old or new in full; no temporary file is linted later', async function () {
    this.timeout(300000);
    const N = 10;
    const make = (i: number) => {
      let t = `${TITLE}\n\n一、主要举措和成效\n\n`;
      for (let j = 0; j < 100; j++) t += `推进依法行政，取得明显成效,办理案件${i * j}件，较上年增长${j}%。\n\n`;
      return t;
    };
    const seed = testSeed();
    const random = seededRandom(seed);
    const seeded = replayHint(seed);
    console.log(`      kill points from ${seeded}`);
    const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'fzlint-kill-')));
    try {
      const names = Array.from({ length: N }, (_, i) => `r${String(i).padStart(2, '0')}.txt`);
      const old = new Map(names.map((n, i) => [n, make(i)]));
      // The new contents: one uninterrupted run.
      const ref = path.join(root, 'ref');
      fs.mkdirSync(ref);
      for (const [n, t] of old) fs.writeFileSync(path.join(ref, n), t);
      const refRun = runCli(['--fix', '--workers', '0', 'ref'], { cwd: root });
      assert.ok(refRun.status === 0 || refRun.status === 1, refRun.stderr);
      const fresh = new Map(names.map((n) => [n, fs.readFileSync(path.join(ref, n), 'utf8')]));
      for (const n of names) assert.notEqual(fresh.get(n), old.get(n), 'every file has a fix');

      // A slow disk (4 KB pieces, 1 ms apart) widens the moment a write is in progress.
      const slowDisk = path.join(root, 'slow-disk.cjs');
      fs.writeFileSync(
        slowDisk,
        `const fs = require('fs'); const wait = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
const writeSync = fs.writeSync;
fs.writeSync = function (fd, data, ...rest) {
  if (!Buffer.isBuffer(data) || data.length <= 4096 || rest.length < 2) return writeSync.call(this, fd, data, ...rest);
  const [offset = 0, length = data.length - offset, position = null] = rest;
  let done = 0;
  while (done < length) { const n = writeSync.call(this, fd, data, offset + done, Math.min(4096, length - done), position === null ? null : position + done); done += n; wait(1); }
  return done;
};
fs.writeFileSync = function (file, data, options) { const fd = fs.openSync(file, 'w'); try { const b = Buffer.isBuffer(data) ? data : Buffer.from(String(data), typeof options === 'string' ? options : options?.encoding ?? 'utf8'); fs.writeSync(fd, b, 0, b.length, 0); } finally { fs.closeSync(fd); } };
`,
      );
      const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', NODE_OPTIONS: `--require ${slowDisk}` };
      let mixed = 0;
      const strays: string[] = [];
      const leftovers = path.join(root, 'leftovers');
      fs.mkdirSync(leftovers);
      const kills = 20;
      for (let k = 0; k < kills; k++) {
        const work = path.join(root, `w${k}`);
        fs.mkdirSync(work);
        for (const [n, t] of old) fs.writeFileSync(path.join(work, n), t);
        const child = spawn(process.execPath, [cliBin, '--fix', '--workers', '0', '--format', 'json', work], { env, stdio: 'ignore' });
        const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
        // Kill at the m-th change in the folder (m seeded-random over the writes of the run: each write
        // creates, fills and renames a file), so kills spread over the writing phase.
        const m = 1 + Math.floor(random() * 3 * N);
        let events = 0;
        const kill = () => child.kill('SIGKILL');
        const watcher = fs.watch(work, () => {
          if (++events === m) kill();
        });
        const fallback = setTimeout(kill, 30000);
        await exited;
        watcher.close();
        clearTimeout(fallback);
        let olds = 0;
        let news = 0;
        for (const n of names) {
          const text = fs.readFileSync(path.join(work, n), 'utf8');
          if (text === old.get(n)) olds++;
          else if (text === fresh.get(n)) news++;
          else
            assert.fail(
              `${seeded}, round ${k} (kill at change ${m}): ${n} is neither the old nor the new text (${text.length} of ${fresh.get(n)!.length} characters)`,
            );
        }
        if (olds && news) mixed++;
        for (const f of fs.readdirSync(work).filter((x) => !names.includes(x))) {
          strays.push(f);
          fs.renameSync(path.join(work, f), path.join(leftovers, `${k}-${f}`));
        }
        fs.rmSync(work, { recursive: true, force: true });
      }
      // The next lint sees the reports only, whatever the killed writes left behind.
      for (const [n, t] of old) fs.writeFileSync(path.join(leftovers, n), t);
      assert.deepEqual(lintedFiles(leftovers), names, `${seeded}: left: ${strays.join(', ')}`);
      console.log(`      ${kills} kills: ${mixed} mid-run (some files old, some new), ${strays.length} temporary file(s) left by killed writes, none linted`);
      assert.ok(mixed >= 3, `${seeded}: at least a few kills landed mid-run (${mixed})`);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Terminal output

describe('hostile input: terminal and CI log output', function () {
  this.timeout(60000);
  let tree: ReturnType<typeof tempTree> | undefined;
  afterEach(() => {
    tree?.cleanup();
    tree = undefined;
  });

  it('a file name with terminal escape sequences is printed visibly, never as raw control characters (stylish, github)', () => {
    const evil = 'evil\u001b[2J\u001b]0;pwned\u0007.txt';
    tree = tempTree({ [evil]: REPORT });
    for (const format of ['stylish', 'github']) {
      const r = runCli(['--format', format, '.'], { cwd: tree.root });
      assert.equal(r.status, 1, `${format}: the half-width comma is a finding (exit 1): ${r.stderr}`);
      assert.ok(!/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(r.stdout), `${format}: no raw control characters in ${JSON.stringify(r.stdout)}`);
      assert.ok(r.stdout.includes('evil\\u{001b}[2J\\u{001b}]0;pwned\\u{0007}.txt'), `${format}: the name is shown visibly`);
    }
  });
});
