/**
 * fzlint-web (dist/web/fzlint-web.html, issue 16) in Debian's Chromium driven by playwright-core:
 * opened from a file: URL with the network off, the reference report pasted into it shows the same
 * findings (rule, line, column) as `fzlint --format json` on the same file, a finding's fix is
 * applied and undone, "apply all certain fixes" gives the text `fzlint --fix` writes, and the page
 * makes no request but its own file; Tab reaches every control, the text and the findings in order and
 * Enter applies a fix; at 1280×800 and 1920×1080 the text and the findings sit side by side with every
 * button on screen. Screenshots with the findings go to test-output/e2e/web-page/.
 *
 * Needs: npm run build (the page), chromium (apt-get install chromium fonts-noto-cjk), ../shared.
 * FZLINT_CHROMIUM=/path picks another chromium.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as iconv from 'iconv-lite';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { docxOfText } from '../helpers/docx-of-text';
import { mutatedReport, referenceDir, repoRoot, webCopyReport } from '../helpers/paths';
import { runCli, type JsonResult } from '../helpers/run-cli';
import { lintText } from '../../server/src/engine/lint';
import { loadBuiltinPack } from '../../server/src/engine/pack/builtin-pack';
import { requiredParts } from '../../server/src/engine/triage/report-facts';
import { artefactDir, findExecutable, missing } from './support';
import { zipEntries } from '../helpers/word-review';

const PAGE = path.join(repoRoot, 'dist', 'web', 'fzlint-web.html');

interface PageFinding {
  ruleId: string;
  severity: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  start: number;
  end: number;
  fixable: boolean;
}

const key = (f: { ruleId: string; line: number; column: number }) => `${f.line}:${f.column} ${f.ruleId}`;
const keys = (list: { ruleId: string; line: number; column: number }[]) => list.map(key).sort();

/** The CLI on a writable copy in a folder of its own (no config file, no other year's report). */
function cliOnFile(name: string, bytes: Buffer, fix: boolean): { json: JsonResult; fixed?: string; fixedBytes?: Buffer } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fzlint-web-cli-'));
  try {
    const file = path.join(dir, name);
    fs.writeFileSync(file, bytes);
    const run = runCli(['--format', 'json', file], { cwd: dir });
    assert.ok(run.status === 0 || run.status === 1, `fzlint --format json: ${run.stderr}`);
    const json = (JSON.parse(run.stdout) as JsonResult[])[0];
    if (!fix) return { json };
    const fixed = runCli(['--fix', file], { cwd: dir });
    assert.ok(fixed.status === 0 || fixed.status === 1, `fzlint --fix: ${fixed.stderr}`);
    const fixedBytes = fs.readFileSync(file);
    return { json, fixed: fixedBytes.toString('utf8'), fixedBytes };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A UTF-8 fixture: its text, the CLI's findings and what fzlint --fix makes of it. */
function cliOn(fixture: string): { text: string; json: JsonResult; fixed: string } {
  const bytes = fs.readFileSync(fixture);
  const { json, fixed } = cliOnFile(path.basename(fixture), bytes, true);
  return { text: bytes.toString('utf8'), json, fixed: fixed! };
}

/** The reference as a Word file, one paragraph per line (as test/cli/more-inputs.test.ts makes it). */
async function referenceDocx(): Promise<Buffer> {
  return docxOfText(fs.readFileSync(webCopyReport, 'utf8'));
}

const realDir = path.resolve(referenceDir, '../real');

describe('fzlint-web in Chromium (file: URL, network off)', function () {
  this.timeout(180000);
  let browser: Browser | undefined;
  let context: BrowserContext;
  let page: Page;
  const requests: string[] = [];
  const problems: string[] = [];
  const artefacts = artefactDir('web-page');

  before(async function () {
    if (!fs.existsSync(PAGE)) missing(this, 'dist/web/fzlint-web.html is not built', 'run npm run build first');
    if (!fs.existsSync(webCopyReport)) missing(this, `${webCopyReport} is missing`, 'the reference fixtures live in ../shared beside the repository');
    const chromiumPath = findExecutable('chromium', ['/usr/bin/chromium'], process.env.FZLINT_CHROMIUM);
    if (!chromiumPath) missing(this, 'Debian chromium is not installed', 'apt-get install -y chromium fonts-noto-cjk (as .ci/run does)');
    browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN', offline: true });
    context.on('request', (r) => requests.push(r.url()));
    page = await context.newPage();
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    await page.goto(pathToFileURL(PAGE).href, { waitUntil: 'load' });
    await page.waitForSelector('body[data-state="ready"]', { timeout: 60000 });
  });

  after(async function () {
    if (page && this.currentTest?.state === 'failed') await page.screenshot({ path: path.join(artefacts, 'failed.png') }).catch(() => undefined);
    await browser?.close();
  });

  const revision = async () => Number(await page.locator('body').getAttribute('data-revision'));
  const pageFindings = async () => JSON.parse((await page.locator('#fzlint-findings').textContent()) ?? '[]') as PageFinding[];
  /** Wait for a check after `revision` `before`. */
  const checkedAfter = async (before: number) =>
    page.waitForFunction((r) => document.body.dataset.state === 'ready' && Number(document.body.dataset.revision) > r, before, { timeout: 60000 });

  async function paste(text: string): Promise<PageFinding[]> {
    const before = await revision();
    await page.locator('#text').fill(text);
    await checkedAfter(before);
    return pageFindings();
  }

  it('shows the findings of `fzlint --format json` on the reference, highlighted, grouped by part', async () => {
    const cli = cliOn(webCopyReport);
    const found = await paste(cli.text);
    assert.ok(cli.json.messages.length > 50, `${cli.json.messages.length} CLI findings`);
    assert.deepEqual(keys(found), keys(cli.json.messages));
    // In place: a mark (or a point) for every finding, the most severe colour on overlaps.
    const marked = await page.evaluate(() => {
      const ids = new Set<string>();
      document.querySelectorAll('#backdrop [data-f]').forEach((e) =>
        e
          .getAttribute('data-f')!
          .split(' ')
          .forEach((i) => ids.add(i)),
      );
      return ids.size;
    });
    assert.equal(marked, found.length, 'every finding is marked in the text');
    for (const sev of ['error', 'warning', 'info']) {
      const n = found.filter((f) => f.severity === sev).length;
      assert.equal(await page.locator(`#findings li.sev-${sev}`).count(), n, `${sev} entries in the list`);
    }
    // Grouped by part: more than one part heading, each with its count.
    assert.ok((await page.locator('#findings .part h3').count()) > 1, "findings grouped by the report's parts");
    // The rule's explanation is embedded: opening it shows the rule page's text.
    const first = page.locator('#findings li').first();
    await first.locator('summary').click();
    assert.match((await first.locator('.doc').textContent()) ?? '', new RegExp(found[0].ruleId));
    await page.locator('#text').evaluate((e) => (e.scrollTop = 0));
    await page.waitForFunction(() => document.getElementById('backdrop')!.scrollTop === 0);
    await page.screenshot({ path: path.join(artefacts, 'reference-findings.png') });
  });

  it('selects a finding in the text from the list, by mouse and by keyboard, and Escape goes back', async () => {
    const found = await pageFindings();
    const i = found.findIndex((f) => f.end > f.start && f.line > 20);
    assert.ok(i >= 0);
    const button = page.locator(`#finding-${i} button.finding`);
    await button.click();
    const selection = () =>
      page.evaluate(() => [
        (document.getElementById('text') as HTMLTextAreaElement).selectionStart,
        (document.getElementById('text') as HTMLTextAreaElement).selectionEnd,
      ]);
    assert.deepEqual(await selection(), [found[i].start, found[i].end]);
    assert.ok(await page.evaluate(() => (document.getElementById('text') as HTMLTextAreaElement).scrollTop > 0), 'the text scrolled to the finding');
    assert.equal(await page.locator(`#finding-${i}.current`).count(), 1);
    await page.keyboard.press('Escape');
    assert.equal(await page.evaluate(() => document.activeElement?.closest('li')?.id), `finding-${i}`, 'Escape returns to the list');
    const j = found.findIndex((f, k) => k > i && f.end > f.start);
    await page.locator(`#finding-${j} button.finding`).focus();
    await page.keyboard.press('Enter');
    assert.deepEqual(await selection(), [found[j].start, found[j].end]);
  });

  it('applies one fix as the CLI describes it, and Ctrl+Z undoes it', async () => {
    const cli = cliOn(webCopyReport);
    await paste(cli.text);
    const withFix = cli.json.messages.find((m) => m.fix)!;
    assert.ok(withFix, 'the reference has a finding with a certain fix');
    const found = await pageFindings();
    const i = found.findIndex((f) => key(f) === key(withFix));
    const before = await revision();
    await page.locator(`#finding-${i} .fixes button.fix`).click();
    await checkedAfter(before);
    const [a, b] = withFix.fix!.range;
    const expected = cli.text.slice(0, a) + withFix.fix!.text + cli.text.slice(b);
    assert.equal(await page.locator('#text').inputValue(), expected);
    assert.ok(!(await pageFindings()).some((f) => key(f) === key(withFix)), 'the fixed finding is gone');
    await page.locator('#text').focus();
    await page.keyboard.press('Control+z');
    assert.equal(await page.locator('#text').inputValue(), cli.text, 'undo restores the text');
  });

  it('applies a suggestion as the CLI describes it', async () => {
    const cli = cliOn(mutatedReport);
    await paste(cli.text);
    const withSuggestion = cli.json.messages.find((m) => m.suggestions && m.suggestions.length > 0)!;
    assert.ok(withSuggestion, 'the mutated reference has a finding with a suggestion');
    const i = (await pageFindings()).findIndex((f) => key(f) === key(withSuggestion));
    const before = await revision();
    await page.locator(`#finding-${i} .fixes button.suggestion`).first().click();
    await checkedAfter(before);
    const [a, b] = withSuggestion.suggestions![0].fix.range;
    assert.equal(await page.locator('#text').inputValue(), cli.text.slice(0, a) + withSuggestion.suggestions![0].fix.text + cli.text.slice(b));
  });

  it('shows the outline and the required-parts checklist as the engine reads them; an outline entry selects its heading', async () => {
    for (const fixture of [webCopyReport, mutatedReport]) {
      const text = fs.readFileSync(fixture, 'utf8');
      await paste(text);
      const { doc } = lintText(text);
      const expected = requiredParts(doc, loadBuiltinPack().data.sections).map((p) => `${p.id}:${p.present}`);
      const shown = await page.locator('#parts li').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-part')}:${e.classList.contains('present')}`));
      assert.deepEqual(shown, expected, path.basename(fixture));
      assert.equal(await page.locator('#outline .heading').count(), doc.headings.length);
    }
    // The mutated reference lacks parts: the checklist says which.
    assert.ok((await page.locator('#parts li.absent').count()) > 0, 'a missing part is shown as missing');
    const { doc } = lintText(fs.readFileSync(mutatedReport, 'utf8'));
    const h = doc.headings[Math.floor(doc.headings.length / 2)];
    await page
      .locator('#outline .heading')
      .nth(Math.floor(doc.headings.length / 2))
      .click();
    const selected = await page.evaluate(() => {
      const t = document.getElementById('text') as HTMLTextAreaElement;
      return [t.selectionStart, t.selectionEnd];
    });
    assert.deepEqual(selected, [h.paragraphSpan.start, h.paragraphSpan.end]);
  });

  for (const [name, fixture] of [
    ['the reference', webCopyReport],
    ['the mutated reference', mutatedReport],
  ] as const) {
    it(`"apply all certain fixes" on ${name} gives the text of fzlint --fix`, async () => {
      const cli = cliOn(fixture);
      assert.deepEqual(keys(await paste(cli.text)), keys(cli.json.messages), 'the same findings first');
      const before = await revision();
      await page.locator('#fix-all').click();
      await checkedAfter(before);
      const fixed = await page.locator('#text').inputValue();
      assert.notEqual(fixed, cli.text, 'something was fixed');
      assert.equal(fixed, cli.fixed);
    });
  }

  it('re-checks after an edit (debounced) and switches the interface to English', async () => {
    const cli = cliOn(webCopyReport);
    await paste(cli.text);
    // Typing: the text is checked again and the new half-width comma is found.
    let before = await revision();
    await page.locator('#text').focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('测试,');
    await checkedAfter(before);
    const last = (await pageFindings()).at(-1)!;
    assert.equal(last.ruleId, 'fullwidth-punctuation', 'the new half-width comma is found');
    // Debounced: three edits in a row (one task, well inside the debounce) are checked once.
    before = await revision();
    await page.evaluate(() => {
      const t = document.getElementById('text') as HTMLTextAreaElement;
      for (const c of ['一', '二', '三']) {
        t.setRangeText(c, t.value.length, t.value.length, 'end');
        t.dispatchEvent(new InputEvent('input', { bubbles: true }));
      }
    });
    await checkedAfter(before);
    await page.waitForTimeout(800);
    assert.equal(await revision(), before + 1, 'three edits, one check');
    await page.locator('#language').click();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.equal(await page.locator('#fix-all').textContent(), 'Apply all certain fixes');
    await page.locator('#language').click();
    assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');
  });

  /** Drop a file on the page as a user drags it from the desktop; the page's findings after its check. */
  async function drop(name: string, bytes: Buffer): Promise<PageFinding[]> {
    const before = await revision();
    const transfer = await page.evaluateHandle(
      ({ b64, fileName }) => {
        const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const dt = new DataTransfer();
        dt.items.add(new File([data], fileName));
        return dt;
      },
      { b64: bytes.toString('base64'), fileName: name },
    );
    await page.dispatchEvent('#text', 'dragover', { dataTransfer: transfer });
    await page.dispatchEvent('#text', 'drop', { dataTransfer: transfer });
    await checkedAfter(before);
    return pageFindings();
  }

  it('a dropped .docx (the reference as Word, the real Word reports) shows the findings of fzlint on that file', async () => {
    const files: [string, Buffer][] = [['shanwei-2020.docx', await referenceDocx()]];
    if (fs.existsSync(realDir))
      for (const f of fs.readdirSync(realDir).filter((n) => n.endsWith('.docx'))) files.push([f, fs.readFileSync(path.join(realDir, f))]);
    assert.ok(files.length > 1, 'real .docx reports in ../shared/fixtures/real');
    for (const [name, bytes] of files) {
      const { json } = cliOnFile(name, bytes, false);
      assert.ok(json.messages.length > 0, `${name}: the CLI has findings`);
      assert.deepEqual(keys(await drop(name, bytes)), keys(json.messages), name);
      assert.match((await page.locator('#status').textContent()) ?? '', new RegExp(name.replace(/\./g, '\\.')));
    }
  });

  /** `fzlint annotate` (with `args`) on a copy of the file: the Word copy it writes. */
  function cliAnnotate(name: string, bytes: Buffer, args: string[]): Buffer {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fzlint-web-annotate-'));
    try {
      fs.writeFileSync(path.join(dir, name), bytes);
      const run = runCli(['annotate', ...args, name, '-o', 'out'], { cwd: dir });
      assert.equal(run.status, 0, `fzlint annotate: ${run.stderr}`);
      return fs.readFileSync(path.join(dir, 'out', `${name.replace(/\.[^.]*$/, '')}.docx`));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  /** The page's Word copy (the download of #download-word). */
  async function pageWordCopy(): Promise<{ name: string; bytes: Buffer }> {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download-word').click()]);
    return { name: download.suggestedFilename(), bytes: fs.readFileSync((await download.path())!) };
  }

  /** Assert two Word files have the same parts, naming the first part and place that differ. */
  async function sameParts(actual: Buffer, expected: Buffer, what: string): Promise<void> {
    const a = await wordParts(actual);
    const e = await wordParts(expected);
    assert.deepEqual([...a.keys()].sort(), [...e.keys()].sort(), `${what}: the same parts`);
    for (const [name, text] of e) {
      const got = a.get(name)!;
      if (got === text) continue;
      let i = 0;
      while (i < text.length && got[i] === text[i]) i++;
      assert.fail(`${what}: ${name} differs at ${i}: page …${got.slice(Math.max(0, i - 80), i + 80)}… CLI …${text.slice(Math.max(0, i - 80), i + 80)}…`);
    }
  }

  /** Each part of a .docx by name, its text with the dates of comments and changes taken out (they say when the copy was made). */
  async function wordParts(bytes: Buffer): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const [name, content] of await zipEntries(bytes)) out.set(name, content.toString('utf8').replace(/ w:date="[^"]*"/g, ''));
    return out;
  }

  it('downloads a Word copy with comments: the dropped Word report with the comments `fzlint annotate` writes, and the page’s fixes as its tracked changes', async () => {
    const real = path.join(realDir, 'gwr2025-gansu.docx');
    if (!fs.existsSync(real)) assert.fail(`${real} is missing (../shared/fixtures/real)`);
    const files: [string, Buffer][] = [
      [path.basename(real), fs.readFileSync(real)],
      ['shanwei-2020.docx', await referenceDocx()],
    ];
    for (const [name, bytes] of files) {
      await drop(name, bytes);
      const copy = await pageWordCopy();
      assert.equal(copy.name, name.replace(/\.docx$/, '.fzlint.docx'));
      await sameParts(
        copy.bytes,
        cliAnnotate(name, bytes, ['--no-track-changes']),
        `${name}: the parts, comments and text of fzlint annotate --no-track-changes`,
      );
      assert.ok(Number(await page.locator('body').getAttribute('data-word-comments')) > 0, `${name}: with comments`);
      assert.equal(await page.locator('body').getAttribute('data-word-changes'), '0', `${name}: nothing changed in the page, no tracked change`);
      assert.match((await page.locator('#status').textContent()) ?? '', /条批注/);
      fs.writeFileSync(path.join(artefacts, copy.name), copy.bytes);
    }
    // The reference (the last one dropped) has certain fixes: applied in the page, they are the copy's tracked changes.
    const [name, bytes] = files[files.length - 1];
    const before = await revision();
    await page.locator('#fix-all').click();
    await checkedAfter(before);
    const fixed = await pageWordCopy();
    await sameParts(fixed.bytes, cliAnnotate(name, bytes, []), `${name} after “apply all certain fixes”: the tracked changes of fzlint annotate`);
    assert.ok(Number(await page.locator('body').getAttribute('data-word-changes')) > 0, 'with tracked changes');
  });

  it('downloads a text report as a Word file with its comments, as `fzlint annotate --docx-from-text` writes it', async () => {
    const text = fs.readFileSync(mutatedReport, 'utf8');
    const before = await revision();
    await page.locator('#file').setInputFiles({ name: 'report.txt', mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') });
    await checkedAfter(before);
    const copy = await pageWordCopy();
    assert.equal(copy.name, 'report.fzlint.docx');
    await sameParts(copy.bytes, cliAnnotate('report.txt', Buffer.from(text, 'utf8'), ['--docx-from-text', '--no-track-changes']), 'a text file');
    assert.ok(Number(await page.locator('body').getAttribute('data-word-comments')) > 0);
  });

  it('a chosen GB18030 file is decoded as the CLI decodes it, and the fixed text downloads in GB18030, as fzlint --fix writes it', async () => {
    const text = fs.readFileSync(mutatedReport, 'utf8');
    const gb = iconv.encode(text, 'gb18030');
    assert.notDeepEqual(gb, Buffer.from(text, 'utf8'));
    const { json, fixedBytes } = cliOnFile('report-gb.txt', gb, true);
    const before = await revision();
    await page.locator('#file').setInputFiles({ name: 'report-gb.txt', mimeType: 'text/plain', buffer: gb });
    await checkedAfter(before);
    assert.equal(await page.locator('#text').inputValue(), text, 'the GB18030 bytes read as the text');
    assert.deepEqual(keys(await pageFindings()), keys(json.messages));
    assert.match((await page.locator('#status').textContent()) ?? '', /GB18030/);
    const after = await revision();
    await page.locator('#fix-all').click();
    await checkedAfter(after);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download').click()]);
    assert.equal(download.suggestedFilename(), 'report-gb.txt');
    const saved = fs.readFileSync((await download.path())!);
    assert.equal(iconv.decode(saved, 'gb18030'), await page.locator('#text').inputValue(), 'the download is the text in the editor, in GB18030');
    assert.notEqual(iconv.decode(saved, 'gb18030'), text, 'with the fixes');
    assert.ok(saved.equals(fixedBytes!), 'the same bytes as fzlint --fix writes back');
  });

  it('is usable with the keyboard alone: Tab reaches every control, the text and the findings in order; Enter on a fix applies it', async () => {
    const cli = cliOn(webCopyReport);
    await paste(cli.text);
    // Start from the top: a click on the page's title (not focusable) puts the Tab order's start there.
    await page.locator('#title').click();
    const visited: string[] = [];
    for (let i = 0; i < 150 && !visited.some((v) => v.startsWith('fix:')); i++) {
      await page.keyboard.press('Tab');
      visited.push(
        await page.evaluate(() => {
          const e = document.activeElement as HTMLElement | null;
          if (!e) return '';
          if (e.matches('button.fix')) return `fix:${e.closest('li')?.id ?? ''}`;
          if (e.matches('button.finding')) return 'finding';
          return e.id || e.tagName.toLowerCase();
        }),
      );
    }
    const order = ['file', 'pack-file', 'fix-all', 'download', 'download-word', 'language', 'text', 'finding'];
    const positions = order.map((id) => visited.indexOf(id));
    assert.ok(
      positions.every((p) => p >= 0),
      `Tab reaches ${order.join(', ')}; it went ${visited.join(' → ')}`,
    );
    assert.deepEqual(
      [...positions].sort((x, y) => x - y),
      positions,
      `in that order: ${visited.join(' → ')}`,
    );
    // The first fix button reached: Enter applies that finding's fix (the text changes, that finding goes).
    const fix = visited.find((v) => v.startsWith('fix:'));
    assert.ok(fix, `Tab reaches a fix button: ${visited.join(' → ')}`);
    const before = await revision();
    await page.keyboard.press('Enter');
    await checkedAfter(before);
    assert.notEqual(await page.locator('#text').inputValue(), cli.text, 'Enter on the fix button changed the text');
  });

  it('fits a 1280×800 and a 1920×1080 screen: the text and the findings side by side, every button on screen, no sideways scrolling', async () => {
    const cli = cliOn(webCopyReport);
    await paste(cli.text);
    for (const [width, height] of [
      [1280, 800],
      [1920, 1080],
    ]) {
      await page.setViewportSize({ width, height });
      await page.waitForTimeout(200);
      // (No named functions inside: the test's compiler would wrap them in a helper the page lacks.)
      const layout = await page.evaluate(() => ({
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        text: document.querySelector('.text-pane')!.getBoundingClientRect().toJSON() as DOMRect,
        findings: document.querySelector('.findings-pane')!.getBoundingClientRect().toJSON() as DOMRect,
        buttons: Array.from(document.querySelectorAll('.actions .button, .actions button')).map((e) => e.getBoundingClientRect().toJSON() as DOMRect),
      }));
      const at = `at ${width}×${height}`;
      assert.ok(layout.overflow <= 0, `no sideways scrolling ${at} (${layout.overflow} px too wide)`);
      assert.ok(layout.findings.left >= layout.text.right - 1, `the findings beside the text ${at}`);
      assert.ok(layout.text.width >= width * 0.4, `the text pane takes at least 40 % of the width ${at} (${layout.text.width} px)`);
      assert.ok(layout.findings.width >= 320, `the findings pane is readable ${at} (${layout.findings.width} px)`);
      assert.ok(layout.text.top < height && layout.findings.top < height, `both panes start on screen ${at}`);
      for (const b of layout.buttons)
        assert.ok(b.width > 0 && b.left >= 0 && b.right <= width && b.bottom <= height, `every toolbar button on screen ${at}: ${JSON.stringify(b)}`);
      await page.screenshot({ path: path.join(artefacts, `reference-${width}x${height}.png`) });
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('made no request but for its own file, and logged no error (CSP included)', () => {
    const own = pathToFileURL(PAGE).href;
    assert.ok(requests.includes(own), `the request log works (it holds the page itself): ${requests.join(', ')}`);
    assert.deepEqual(
      requests.filter((u) => u !== own),
      [],
    );
    assert.deepEqual(problems, []);
  });
});
