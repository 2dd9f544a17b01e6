// fzlint-web benchmark rows (issue 16): the page's size, and in Debian's Chromium (playwright-core),
// page load to the first findings of the reference report and the re-check after an edit, both
// measured in the page (body[data-*], web/src/main.ts). bench/run.mjs prints these rows; run alone with
// `node bench/web-page.mjs` (after `npm run build`). Without chromium the timing rows say so.
// The callbacks of page.waitForFunction run in the page.
/* global document */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const pageFile = path.join(root, 'dist', 'web', 'fzlint-web.html');
const reference = path.resolve(root, '../shared/fixtures/reference/shanwei-2020.fullwidth.txt');
const PAGE_BUDGET = 4 * 1000 * 1000;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((s.length * p) / 100))];
};

export async function webRows() {
  const rows = [];
  const row = (measure, value, budget, ok) => rows.push({ measure, value, budget, ok });
  const size = fs.statSync(pageFile).size;
  row('fzlint-web page size (one HTML file, dictionary included)', `${(size / 1e6).toFixed(2)} MB`, '≤ 4 MB', size <= PAGE_BUDGET);
  const chromiumPath = process.env.FZLINT_CHROMIUM || '/usr/bin/chromium';
  if (!fs.existsSync(chromiumPath)) {
    row('fzlint-web in Chromium', 'skipped', `no chromium at ${chromiumPath}`, null);
    return rows;
  }
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, offline: true });
    const text = fs.readFileSync(reference, 'utf8');
    const revision = async (page) => Number(await page.locator('body').getAttribute('data-revision'));
    const checkedAfter = (page, r) =>
      page.waitForFunction((n) => document.body.dataset.state === 'ready' && Number(document.body.dataset.revision) > n, r, { timeout: 60000 });
    // Load to first findings: navigation → dictionary unpacked and first check, then the reference
    // set into the editor and checked (the debounce left out: lint and drawing only). Fresh pages.
    const loads = [];
    const readies = [];
    for (let i = 0; i < 5; i++) {
      const page = await context.newPage();
      await page.goto(pathToFileURL(pageFile).href);
      await page.waitForSelector('body[data-first-ready-ms]');
      const ready = Number(await page.locator('body').getAttribute('data-first-ready-ms'));
      const before = await revision(page);
      await page.locator('#text').fill(text);
      await checkedAfter(page, before);
      const check = Number(await page.locator('body').getAttribute('data-check-ms'));
      readies.push(ready);
      loads.push(ready + check);
      await page.close();
    }
    row('fzlint-web: page load to ready (dictionary unpacked; median of 5)', `${median(readies).toFixed(0)} ms`, '', null);
    row('fzlint-web: page load to first findings of the reference (median of 5)', `${median(loads).toFixed(0)} ms`, '≤ 1.5 s', median(loads) <= 1500);
    // Re-check after an edit: one character typed at a time, each check's lint and drawing.
    const page = await context.newPage();
    await page.goto(pathToFileURL(pageFile).href);
    await page.waitForSelector('body[data-first-ready-ms]');
    let before = await revision(page);
    await page.locator('#text').fill(text);
    await checkedAfter(page, before);
    await page.locator('#text').focus();
    await page.keyboard.press('Control+End');
    const checks = [];
    for (let i = 0; i < 30; i++) {
      before = await revision(page);
      await page.keyboard.type(i % 2 ? '。' : '字');
      await checkedAfter(page, before);
      checks.push(Number(await page.locator('body').getAttribute('data-check-ms')));
    }
    row(
      'fzlint-web: re-check after an edit, reference (after the debounce; median of 30)',
      `${median(checks).toFixed(1)} ms`,
      '≤ 100 ms',
      median(checks) <= 100,
    );
    row('  p95', `${percentile(checks, 95).toFixed(1)} ms`, '', null);
  } finally {
    await browser.close();
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const r of await webRows()) console.log(`${r.measure}  ${r.value}  ${r.budget}${r.ok === null ? '' : r.ok ? ' ✓' : ' ✗ over budget'}`);
}
