import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { escapeHtml, htmlFormatter } from '../../server/src/cli/formatters/html';
import type { FileResult } from '../../server/src/cli/result';
import { lintText } from '../../server/src/engine/lint';
import { unavailable } from '../helpers/unavailable';
import { fullwidthReport, mutatedReport, repoRoot, webCopyReport } from '../helpers/paths';
import { runCli } from '../helpers/run-cli';

const HOSTILE = [
  '汕尾市人民政府2020年法治政府建设年度报告',
  '',
  '一、主要举措',
  '',
  '二是<script>alert(1)</script>，办理案件 78 件,完成"><img src=x onerror=alert(2)>任务。',
  '',
].join('\n');

function render(results: FileResult[]): string {
  return htmlFormatter(results, { locale: 'zh-CN', color: false, cwd: '/reports' });
}

describe('HTML review report (--format html)', () => {
  it('escapes all document text and file names: <script> and "><img onerror> render as text', () => {
    const name = '/reports/"><img src=x onerror=alert(3)>.txt';
    const { findings } = lintText(HOSTILE, { filePath: name });
    assert.ok(findings.length > 0, 'the hostile text has findings whose context is shown');
    const html = render([{ filePath: name, findings, source: HOSTILE }]);
    assert.equal((html.match(/<script>/g) ?? []).length, 1, 'only the page’s own sort script');
    assert.doesNotMatch(html, /<script>alert/);
    assert.doesNotMatch(html, /<img/i);
    assert.doesNotMatch(html, /<[^>]*\son\w+=/i, 'no event-handler attributes in any tag');
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(html, /&quot;&gt;&lt;img src=x onerror=alert\(2\)&gt;/);
    assert.match(html, /&quot;&gt;&lt;img src=x onerror=alert\(3\)&gt;\.txt/);
    assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('is self-contained: no external scripts, styles, images or fonts, and a strict CSP', () => {
    const results = [fullwidthReport, mutatedReport].map((f) => {
      const source = fs.readFileSync(f, 'utf8');
      return { filePath: f, findings: lintText(source, { filePath: f }).findings, source };
    });
    const html = render(results);
    assert.doesNotMatch(html, /\ssrc=/i);
    assert.doesNotMatch(html, /<link/i);
    assert.doesNotMatch(html, /@import|url\(/i);
    assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
  });

  it('has a checklist and findings by category per report, and a summary table and chart for a batch', () => {
    const r = runCli(['--format', 'html', fullwidthReport, webCopyReport, mutatedReport]);
    assert.equal(r.status, 1);
    const html = r.stdout;
    assert.match(html, /<h2>汇总（3 份报告）<\/h2>/);
    assert.match(html, /<table class="sortable">/);
    assert.equal((html.match(/<tbody>[\s\S]*?<\/tbody>/)![0].match(/<tr>/g) ?? []).length, 3);
    assert.match(html, /<svg class="chart"/);
    assert.equal((html.match(/<h3>核对清单<\/h3>/g) ?? []).length, 3);
    assert.match(html, /必备内容齐全/);
    assert.match(html, /重大行政决策五步法定程序/);
    assert.match(html, /<h4>列举与序号（\d+）<\/h4>/);
    // the known error of the full-width draft, with its line in context
    assert.match(html, /第 51 行:\d+ 列举从“二是”开始/);
    assert.match(html, /<mark>二是<\/mark>/);
  });

  it('embeds the explanation of a pack rule written as data (its description and docs text)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fzlint-html-pack-'));
    fs.writeFileSync(
      path.join(dir, 'pack.yaml'),
      [
        'name: fzlint-pack-house',
        'version: 1.0.0',
        'data:',
        '  checks:',
        '    - id: house/no-jinkuai',
        '      kind: existence',
        '      level: warning',
        '      words: [尽快]',
        '      message: { zh-CN: "少用“{match}”", en: "Avoid {match}" }',
        '      description: { zh-CN: 本单位不用“尽快”, en: We avoid jinkuai }',
        '      docs: { zh-CN: "写明完成时限，例如“6月底前”。", en: "Give the deadline instead." }',
        '',
      ].join('\n'),
    );
    fs.writeFileSync(path.join(dir, '.fzlintrc.yaml'), 'extends: ./pack.yaml\n');
    fs.writeFileSync(path.join(dir, 'report.txt'), '某县2023年法治政府建设年度报告\n一、主要举措和成效\n尽快完成清理工作。\n');
    const r = runCli(['--format', 'html', 'report.txt'], { cwd: dir });
    assert.equal(r.stderr, '');
    const html = r.stdout;
    assert.match(html, /<a href="#rule-house\/no-jinkuai">house\/no-jinkuai<\/a>/);
    assert.match(
      html,
      /<article id="rule-house\/no-jinkuai"><h3><code>house\/no-jinkuai<\/code> 本单位不用“尽快”<\/h3><div class="doc">写明完成时限，例如“6月底前”。<\/div><\/article>/,
    );
    const en = runCli(['--format', 'html', '--locale', 'en', 'report.txt'], { cwd: dir }).stdout;
    assert.match(en, /<code>house\/no-jinkuai<\/code> We avoid jinkuai<\/h3><div class="doc">Give the deadline instead\.<\/div>/);
  });

  it('shows the indicator coverage of a report the system applies to: each area, covered or not, with its paragraphs', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fzlint-html-coverage-'));
    const text = fs.readFileSync(fullwidthReport, 'utf8');
    // The reference (a 2020 report) as a 2023 report without its paragraph on 行政复议 (line 35).
    const lines = text.split('\n');
    lines[0] = lines[0].replace('2020', '2023');
    lines[34] = '';
    fs.writeFileSync(path.join(dir, 'report.txt'), lines.join('\n'));
    const html = runCli(['--format', 'html', 'report.txt'], { cwd: dir }).stdout;
    const table = html.match(/<h3>指标覆盖：《法治政府建设实施纲要（2021—2025年）》八个体系<\/h3><table class="coverage">[\s\S]*?<\/table>/)?.[0];
    assert.ok(table, 'the coverage table is there');
    assert.equal((table.match(/<tr class="level1">/g) ?? []).length, 8);
    assert.match(table, /<td>健全行政决策制度体系<\/td><td><span class="ok">已涉及<\/span><\/td><td>第 27 行（[^<]*重大行政决策[^<]*）<\/td>/);
    assert.match(table, /<td>健全社会矛盾纠纷行政预防调处化解体系<\/td><td><span class="i">未涉及<\/span><\/td><td><\/td>/);
    // Its plans (part 四, lines 41–53, still naming 2021) and parts 三 and 五 are not work done.
    const lineNumbers = [...table.matchAll(/第 (\d+) 行/g)].map((m) => Number(m[1]));
    assert.ok(lineNumbers.length > 8 && lineNumbers.every((n) => n <= 35), lineNumbers.join(','));
    // From the cache (findings only), the table is the same.
    const cacheArgs = ['--format', 'html', '--cache-location', path.join(dir, 'cache.json'), 'report.txt'];
    runCli(cacheArgs, { cwd: dir });
    const fromCache = runCli(cacheArgs, { cwd: dir }).stdout;
    assert.ok(fs.existsSync(path.join(dir, 'cache.json')));
    assert.equal(fromCache.match(/<h3>指标覆盖：[^<]*<\/h3><table class="coverage">[\s\S]*?<\/table>/)?.[0], table);
    // The same report as 2020: the system does not apply, no table.
    fs.writeFileSync(path.join(dir, 'report.txt'), text);
    assert.doesNotMatch(runCli(['--format', 'html', 'report.txt'], { cwd: dir }).stdout, /指标覆盖/);
  });

  it('renders in headless Chromium and sorts the table (screenshot kept in test-output/)', async function () {
    const chromium = '/usr/bin/chromium';
    // Outside CI a missing Chromium skips this test with a message; with CI set it fails.
    if (!fs.existsSync(chromium))
      unavailable(
        this,
        `${chromium} not found: the Chromium rendering test of the HTML report cannot run`,
        'apt-get install -y chromium fonts-noto-cjk (as .ci/run does)',
      );
    this.timeout(120000);
    const { chromium: pw } = await import('playwright-core');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fzlint-html-'));
    const file = path.join(dir, 'review.html');
    const hostile = path.join(dir, 'hostile.txt');
    fs.writeFileSync(hostile, HOSTILE);
    assert.equal(runCli(['--format', 'html', '--output-file', file, fullwidthReport, mutatedReport, hostile]).status, 1);
    const browser = await pw.launch({ executablePath: chromium, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage({ viewport: { width: 1200, height: 1600 } });
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      const requests: string[] = [];
      page.on('request', (req) => {
        if (!req.url().startsWith('file:')) requests.push(req.url());
      });
      await page.goto(`file://${file}`);
      assert.equal(await page.locator('h1').textContent(), 'fzlint 审阅报告');
      assert.equal(await page.locator('img').count(), 0, 'the hostile <img> is text, not an element');
      assert.deepEqual(dialogs, [], 'no script from the document ran');
      assert.deepEqual(requests, [], 'no network requests');
      // sort by errors (second column), descending after two clicks
      const header = page.locator('table.sortable th').nth(1);
      await header.click();
      await header.click();
      const firstErrors = await page.locator('table.sortable tbody tr:first-child td:nth-child(2)').textContent();
      const all = await page.locator('table.sortable tbody tr td:nth-child(2)').allTextContents();
      assert.equal(Number(firstErrors), Math.max(...all.map(Number)));
      const out = path.join(repoRoot, 'test-output');
      fs.mkdirSync(out, { recursive: true });
      await page.screenshot({ path: path.join(out, 'html-review-report.png'), fullPage: false });
      assert.ok(fs.statSync(path.join(out, 'html-review-report.png')).size > 10000);
    } finally {
      await browser.close();
    }
  });
});
