/**
 * fzlint-web with a rule pack (issue 16 item 1): in Chromium (file: URL, network off), a pack file
 * chosen with "加载规则包…" or dropped on the page is applied over the built-in pack, and the page
 * shows the same findings (rule, line, column) as `fzlint --format json` with a config that
 * `extends: [fzlint:recommended, ./city.yaml]`; its name and version are shown with a remove button;
 * a broken pack's problem and a code-rule pack's refusal are shown in the page, which goes on working.
 *
 * Needs: npm run build (the page), chromium. FZLINT_CHROMIUM=/path picks another chromium.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { repoRoot } from '../helpers/paths';
import { runCli, type JsonResult } from '../helpers/run-cli';
import { artefactDir, findExecutable, missing } from './support';

const PAGE = path.join(repoRoot, 'dist', 'web', 'fzlint-web.html');

/** A pack as docs/packs.md describes one: a term, a required part, a dictionary word and a rule level. */
const PACK = `name: fzlint-pack-test-city
version: 1.2.0
rules:
  report-required-parts: warning
data:
  terms:
    - id: city-office
      wrong: [市法制办]
      right: 市司法局
      certain: true
      severity: warning
      message: { zh-CN: "机构改革后写“市司法局”", en: "Write 市司法局" }
  sections:
    - id: city-priority
      name: { zh-CN: 本地重点工作, en: Local priority }
      whenMissing: warning
      keywords: [重点工作]
  dictionary: [青山湾区]
`;

const TEXT = [
  '青山市2024年法治政府建设年度报告',
  '',
  '一、主要举措',
  '',
  '市法制办牵头起草了青山湾区条例，全年办理行政复议案件12件。',
  '',
  '二、存在的不足和原因',
  '',
  '基层执法力量不足。',
  '',
].join('\n');

interface Found {
  ruleId: string;
  line: number;
  column: number;
}
const keys = (list: Found[]) => list.map((f) => `${f.line}:${f.column} ${f.ruleId}`).sort();

/** `fzlint --format json` on TEXT with a config extending the pack (null: no pack): the report's result, and the pack file's (its problems). */
function cliResults(pack: string | null): { report: JsonResult; pack?: JsonResult } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fzlint-web-pack-'));
  try {
    fs.writeFileSync(path.join(dir, 'report.txt'), TEXT);
    if (pack !== null) {
      fs.writeFileSync(path.join(dir, 'city.yaml'), pack);
      fs.writeFileSync(path.join(dir, '.fzlintrc.yaml'), 'extends: [fzlint:recommended, ./city.yaml]\n');
    }
    const run = runCli(['--format', 'json', 'report.txt'], { cwd: dir });
    assert.ok(run.status === 0 || run.status === 1 || run.status === 2, `fzlint --format json: ${run.stderr}`);
    const results = JSON.parse(run.stdout) as JsonResult[];
    return { report: results.find((r) => r.filePath.endsWith('report.txt'))!, pack: results.find((r) => r.filePath.endsWith('city.yaml')) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const cli = (pack: string | null): JsonResult => cliResults(pack).report;

describe('fzlint-web with a rule pack (Chromium, file: URL, network off)', function () {
  this.timeout(180000);
  let browser: Browser | undefined;
  let page: Page;
  const requests: string[] = [];
  const problems: string[] = [];
  const artefacts = artefactDir('web-pack');

  before(async function () {
    if (!fs.existsSync(PAGE)) missing(this, 'dist/web/fzlint-web.html is not built', 'run npm run build first');
    const chromiumPath = findExecutable('chromium', ['/usr/bin/chromium'], process.env.FZLINT_CHROMIUM);
    if (!chromiumPath) missing(this, 'Debian chromium is not installed', 'apt-get install -y chromium fonts-noto-cjk (as .ci/run does)');
    browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN', offline: true });
    context.on('request', (r) => requests.push(r.url()));
    page = await context.newPage();
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    await page.goto(pathToFileURL(PAGE).href, { waitUntil: 'load' });
    await page.waitForSelector('body[data-state="ready"]', { timeout: 60000 });
    const before = await revision();
    await page.locator('#text').fill(TEXT);
    await checkedAfter(before);
  });

  after(async function () {
    if (page && this.currentTest?.state === 'failed') await page.screenshot({ path: path.join(artefacts, 'failed.png') }).catch(() => undefined);
    await browser?.close();
  });

  const revision = async () => Number(await page.locator('body').getAttribute('data-revision'));
  const pageFindings = async () => JSON.parse((await page.locator('#fzlint-findings').textContent()) ?? '[]') as Found[];
  const checkedAfter = async (before: number) =>
    page.waitForFunction((r) => document.body.dataset.state === 'ready' && Number(document.body.dataset.revision) > r, before, { timeout: 60000 });

  async function choosePack(name: string, text: string): Promise<void> {
    await page.locator('#pack-file').setInputFiles({ name, mimeType: 'application/yaml', buffer: Buffer.from(text, 'utf8') });
  }

  it('a chosen pack gives the findings of fzlint with a config extending it; removing it gives the built-in ones back', async () => {
    const withPack = cli(PACK);
    const without = cli(null);
    assert.deepEqual(keys(await pageFindings()), keys(without.messages), 'before: the built-in pack alone');
    assert.ok(
      withPack.messages.some((m) => m.ruleId === 'canonical-terms' && m.line === 5 && m.column === 1),
      'the CLI reports the pack term',
    );
    assert.notDeepEqual(keys(withPack.messages), keys(without.messages), 'the pack changes what the CLI reports');

    const before = await revision();
    await choosePack('city.yaml', PACK);
    await checkedAfter(before);
    assert.deepEqual(keys(await pageFindings()), keys(withPack.messages));
    const shown = page.locator('#pack-list li');
    assert.equal(await shown.count(), 1);
    assert.match((await shown.textContent()) ?? '', /fzlint-pack-test-city 1\.2\.0/);
    assert.ok(await page.locator('#pack-problems').isHidden(), 'a valid pack shows no problem');
    // The pack's required part is in the checklist.
    assert.match((await page.locator('#parts').textContent()) ?? '', /本地重点工作/);
    await page.screenshot({ path: path.join(artefacts, 'pack-loaded.png') });

    const removed = await revision();
    await shown.locator('button.remove-pack').click();
    await checkedAfter(removed);
    assert.deepEqual(keys(await pageFindings()), keys(without.messages));
    assert.equal(await page.locator('#pack-list li').count(), 0);
    assert.ok(await page.locator('#packs').isHidden());
  });

  it('a dropped .yaml file is loaded as a pack', async () => {
    const before = await revision();
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'city.yaml', { type: 'application/yaml' }));
      document.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, PACK);
    await checkedAfter(before);
    assert.deepEqual(keys(await pageFindings()), keys(cli(PACK).messages));
    assert.equal(await page.locator('#text').inputValue(), TEXT, 'the report text stays');
    const removed = await revision();
    await page.locator('#pack-list button.remove-pack').click();
    await checkedAfter(removed);
  });

  it("a broken pack's problem is shown in the page (file, line, column, the CLI's message), and nothing else changes", async () => {
    const findings = keys(await pageFindings());
    const broken = PACK.replace('      severity: warning\n', '      severity: loud\n');
    const configErrors = cliResults(broken).pack?.messages ?? [];
    assert.equal(configErrors.length, 1, 'the CLI reports one problem in the pack file');
    const [configError] = configErrors;
    await choosePack('city.yaml', broken);
    const box = page.locator('#pack-problems');
    await box.waitFor({ state: 'visible' });
    const text = (await box.textContent()) ?? '';
    assert.match(text, /未加载规则包文件 city\.yaml/);
    // The CLI's place and words.
    assert.ok(
      text.includes(`city.yaml 第 ${configError.line} 行第 ${configError.column} 列：${configError.message}`),
      `${text}\nthe CLI says: ${configError.message}`,
    );
    assert.match(configError.message, /data\.terms\[0\]\.severity/);
    assert.equal(await page.locator('#pack-list li').count(), 0, 'no pack loaded');
    await page.screenshot({ path: path.join(artefacts, 'pack-refused.png') });
    assert.deepEqual(keys(await pageFindings()), findings);

    await choosePack('bad.yaml', 'name: fzlint-pack-bad\nversion: 1.0.0\ndata:\n  terms: [a, b\n');
    await page.waitForFunction(() => /YAML 语法错误/.test(document.getElementById('pack-problems')!.textContent ?? ''));
  });

  it("a pack's invalid rule options are reported in the CLI's words and dropped; the pack still applies", async () => {
    // Options are checked with validators precompiled into the page (its CSP runs no code made at run time).
    const withOptions = PACK.replace(
      '  report-required-parts: warning\n',
      '  report-required-parts: warning\n  anachronism: [warning, { planKeywords: [1] }]\n  date-format: [warning, { stlye: x }]\n',
    );
    const { report, pack } = cliResults(withOptions);
    const expected = (pack?.messages ?? []).map((m) => `city.yaml 第 ${m.line} 行第 ${m.column} 列：${m.message}`);
    assert.equal(expected.length, 2, expected.join('\n'));
    const before = await revision();
    await choosePack('city.yaml', withOptions);
    await checkedAfter(before);
    const items = await page.locator('#pack-problems li').allTextContents();
    assert.deepEqual(items, expected);
    assert.match((await page.locator('#pack-problems').textContent()) ?? '', /规则包 fzlint-pack-test-city 中有以下问题/);
    assert.deepEqual(keys(await pageFindings()), keys(report.messages));
    const removed = await revision();
    await page.locator('#pack-list button.remove-pack').click();
    await checkedAfter(removed);
  });

  it('refuses a pack with code rules, saying why', async () => {
    await choosePack('code.yaml', 'name: fzlint-pack-code\nversion: 1.0.0\ncodeRules: [./rules/my-rule.cjs]\n');
    await page.waitForFunction(() => /含代码规则/.test(document.getElementById('pack-problems')!.textContent ?? ''));
    assert.match((await page.locator('#pack-problems').textContent()) ?? '', /code\.yaml 第 3 行.*网页中不运行代码/);
    assert.equal(await page.locator('#pack-list li').count(), 0);
  });

  it('made no request but for its own file, and logged no error (CSP included)', () => {
    const own = pathToFileURL(PAGE).href;
    assert.deepEqual(
      requests.filter((u) => u !== own && !u.startsWith('blob:')),
      [],
    );
    assert.deepEqual(problems, []);
  });
});
