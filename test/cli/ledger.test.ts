import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv';
import type * as Sarif from 'sarif';
import { fullwidthReport, repoRoot } from '../helpers/paths';
import { runCli, runJson, type JsonMessage } from '../helpers/run-cli';
import { unavailable } from '../helpers/unavailable';

interface ReviewedMessage extends JsonMessage {
  fingerprint: string;
  suppressed?: boolean;
  new?: boolean;
  baseline?: boolean;
  verdict?: { status: string; reason: string; by?: string };
}

/** A paragraph with a defect of its own (a half-width comma between Chinese words), inserted by the tests. */
const NEW_DEFECT = '我们持续加强执法监督,取得新进展。';

function workDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fzlint-ledger-'));
  fs.copyFileSync(fullwidthReport, path.join(dir, 'report.txt'));
  return dir;
}

function messages(args: string[], cwd: string): { status: number | null; stderr: string; messages: ReviewedMessage[] } {
  const { run, results } = runJson(args, { cwd });
  return { status: run.status, stderr: run.stderr, messages: results.flatMap((r) => r.messages as ReviewedMessage[]) };
}

function sarifValidator() {
  const schema = JSON.parse(fs.readFileSync(path.join(repoRoot, 'test/fixtures/sarif-2.1.0.schema.json'), 'utf8'));
  delete schema.$schema;
  schema.$id = schema.id;
  delete schema.id;
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  ajv.addFormat('uri', (s: string) => /^[a-z][a-z0-9+.-]*:/i.test(s) && URL.canParse(s));
  ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///base/'));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  return ajv.compile(schema);
}

/** The text's lines, with `extra` inserted before line `line` (1-based). */
function insertBefore(text: string, line: number, extra: string[]): string {
  const lines = text.split('\n');
  lines.splice(line - 1, 0, ...extra);
  return lines.join('\n');
}

/** The span text of a finding on its line (single-line spans). */
function spanOf(text: string, m: JsonMessage): string {
  const line = text.split('\n')[m.line - 1];
  return line.slice(m.column - 1, m.endLine === m.line ? m.endColumn - 1 : undefined);
}

describe('verdict ledger (--ledger, fzlint verdict)', function () {
  this.timeout(120000);

  it('keeps two dismissed findings dismissed after the report is revised, marks a new defect new, and un-dismisses a changed span', () => {
    const dir = workDir();
    const report = path.join(dir, 'report.txt');
    const original = fs.readFileSync(report, 'utf8');
    const first = messages(['report.txt'], dir);
    assert.ok(
      first.messages.every((m) => /^[0-9a-f]{16}:\d+$/.test(m.fingerprint)),
      'every message has a fingerprint',
    );
    // Two findings of different rules on different lines, each with a one-line span that has a digit in it.
    const chosen: ReviewedMessage[] = [];
    for (const m of first.messages) {
      if (m.line !== m.endLine || !/[0-9０-９]/.test(spanOf(original, m))) continue;
      if (chosen.some((c) => c.ruleId === m.ruleId || c.line === m.line)) continue;
      chosen.push(m);
      if (chosen.length === 2) break;
    }
    assert.equal(chosen.length, 2, 'the report has two such findings');
    const reasons = ['原文引用文件名称，保留', '统计口径不同，已核实'];
    chosen.forEach((m, i) => {
      const r = runCli(['verdict', 'dismiss', 'report.txt', '--fingerprint', m.fingerprint, '--reason', reasons[i], '--by', '审阅人甲'], { cwd: dir });
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /已记入/);
    });
    const ledgerFile = path.join(dir, '.fzlint-verdicts.json');
    const ledger = JSON.parse(fs.readFileSync(ledgerFile, 'utf8'));
    assert.equal(ledger.fzlintLedger, 1);
    assert.deepEqual(ledger.entries.map((e: { fingerprint: string }) => e.fingerprint).sort(), chosen.map((m) => m.fingerprint).sort());
    assert.deepEqual(Object.keys(ledger.entries[0]), ['fingerprint', 'ruleId', 'verdict', 'reason', 'by', 'date', 'file', 'text']);

    // Revise: lines inserted above both findings (one with a new defect), other text changed.
    const upper = Math.min(...chosen.map((m) => m.line));
    let revised = insertBefore(original, upper, ['', NEW_DEFECT, '', '补充说明：本段为修改稿新增内容。', '']);
    const untouched = revised
      .split('\n')
      .findIndex((l, i) => i > upper + 5 && l.length > 20 && !first.messages.some((m) => m.line + 5 === i + 1) && !chosen.some((m) => m.line + 5 === i + 1));
    assert.ok(untouched > 0);
    const lines = revised.split('\n');
    lines[untouched] = `${lines[untouched]}（此句为修改后补充。）`;
    revised = lines.join('\n');
    fs.writeFileSync(report, revised);

    const second = messages(['report.txt', '--ledger', '.fzlint-verdicts.json'], dir);
    chosen.forEach((m, i) => {
      const now = second.messages.find((x) => x.fingerprint === m.fingerprint);
      assert.ok(now, `${m.ruleId} is still found with the same fingerprint`);
      assert.equal(now.line, m.line + 5, 'it moved down five lines');
      assert.equal(now.suppressed, true);
      assert.equal(now.verdict?.status, 'dismissed');
      assert.equal(now.verdict?.reason, reasons[i]);
      assert.equal(now.verdict?.by, '审阅人甲');
      assert.equal(now.new, undefined);
    });
    const fresh = second.messages.filter((x) => x.new);
    assert.ok(
      fresh.some((x) => x.line === upper + 1 && x.ruleId === 'fullwidth-punctuation'),
      'the inserted defect is new',
    );
    assert.ok(
      second.messages.filter((x) => !x.new).every((x) => first.messages.some((m) => m.fingerprint === x.fingerprint)),
      'only findings of the first run are not new',
    );

    // SARIF: the dismissed findings carry an external suppression with the reason; valid SARIF.
    const sarifRun = runCli(['--format', 'sarif', 'report.txt', '--ledger', '.fzlint-verdicts.json'], { cwd: dir });
    const log = JSON.parse(sarifRun.stdout) as Sarif.Log;
    const validate = sarifValidator();
    assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 3)));
    const suppressed = log.runs[0].results!.filter((r) => r.suppressions?.length);
    assert.equal(suppressed.length, 2);
    assert.deepEqual(suppressed.map((r) => r.suppressions![0].justification).sort(), [...reasons].sort());
    assert.ok(suppressed.every((r) => r.suppressions![0].kind === 'external'));
    assert.ok(log.runs[0].results!.every((r) => /^[0-9a-f]{16}:\d+$/.test(r.partialFingerprints?.['fzlint/v1'] ?? '')));
    assert.ok(log.runs[0].results!.some((r) => r.baselineState === 'new'));

    // HTML: struck through with the reason; the new defect badged 新.
    const html = runCli(['--format', 'html', 'report.txt', '--ledger', '.fzlint-verdicts.json'], { cwd: dir }).stdout;
    assert.equal((html.match(/class="finding dismissed"/g) ?? []).length, 2);
    for (const reason of reasons) assert.ok(html.includes(`已排除：${reason}`), reason);
    assert.match(html, /<span class="new"[^>]*>新<\/span>/);
    assert.match(html, /li\.finding\.dismissed \.msg\{text-decoration:line-through/);
    // The per-category counts of the file's row leave the dismissed findings out, as its totals do.
    fs.writeFileSync(path.join(dir, 'other.txt'), '无问题的一段文字。\n');
    const both = runCli(['--format', 'html', 'report.txt', 'other.txt', '--ledger', '.fzlint-verdicts.json'], { cwd: dir }).stdout;
    const row = /<tr><td data-v="report\.txt">(.*?)<\/tr>/.exec(both)![1];
    const cells = [...row.matchAll(/<td class="n( [ewi])?">(\d+)<\/td>/g)].map((m) => ({ total: Boolean(m[1]), n: Number(m[2]) }));
    const sum = (xs: { n: number }[]) => xs.reduce((a, x) => a + x.n, 0);
    assert.equal(sum(cells.filter((c) => !c.total)), sum(cells.filter((c) => c.total)));
    assert.equal(sum(cells.filter((c) => c.total)), second.messages.length - 2);

    // Stylish: dismissed findings are not counted, one line says how many.
    const stylish = runCli(['report.txt', '--ledger', '.fzlint-verdicts.json'], { cwd: dir });
    assert.match(stylish.stdout, /另有 2 个已排除（核查记录）/);

    // Changing a dismissed finding's span (one digit in it) un-dismisses it.
    const target = chosen[0];
    const movedLine = target.line + 5;
    const ls = revised.split('\n');
    const spanStart = target.column - 1;
    const span = ls[movedLine - 1].slice(spanStart, target.endColumn - 1);
    // The last digit of the span's first number: 2016 becomes 2017, 78 becomes 79.
    const run = /[0-9]+/.exec(span);
    assert.ok(run, `the span ${span} has an ASCII digit`);
    const digitAt = run.index + run[0].length - 1;
    const changed = span.slice(0, digitAt) + String((Number(span[digitAt]) + 1) % 10) + span.slice(digitAt + 1);
    ls[movedLine - 1] = ls[movedLine - 1].slice(0, spanStart) + changed + ls[movedLine - 1].slice(spanStart + span.length);
    fs.writeFileSync(report, ls.join('\n'));
    const third = messages(['report.txt', '--ledger', '.fzlint-verdicts.json'], dir);
    const again = third.messages.find((x) => x.ruleId === target.ruleId && x.line === movedLine);
    assert.ok(again, 'the finding is still there');
    assert.notEqual(again.fingerprint, target.fingerprint);
    assert.equal(again.suppressed, undefined);
    assert.equal(again.new, true);
    assert.equal(third.messages.filter((x) => x.suppressed).length, 1, 'the other one stays dismissed');
  });

  it('fails with exit code 1 only on errors that are not dismissed', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fzlint-ledger-'));
    fs.writeFileSync(path.join(dir, 'a.txt'), `某县人民政府2025年法治政府建设年度报告\n\n一、主要举措\n\n${NEW_DEFECT}\n`);
    const before = messages(['a.txt'], dir);
    assert.equal(before.status, 1);
    for (const m of before.messages.filter((x) => x.level === 'error')) {
      const r = runCli(['verdict', 'dismiss', 'a.txt', '--fingerprint', m.fingerprint, '--reason', '已核实', '--ledger', 'v.json'], { cwd: dir });
      assert.equal(r.status, 0, r.stderr);
    }
    assert.equal(runCli(['a.txt', '--ledger', 'v.json'], { cwd: dir }).status, 0);
  });

  it('records a verdict by rule and line, and refuses ambiguous or unknown findings with one line', () => {
    const dir = workDir();
    const { messages: found } = messages(['report.txt'], dir);
    const unique = found.find((m) => found.filter((x) => x.ruleId === m.ruleId && x.line === m.line).length === 1)!;
    const ok = runCli(['verdict', 'confirm', 'report.txt', '--rule', unique.ruleId, '--line', String(unique.line), '--reason', '确有此误'], { cwd: dir });
    assert.equal(ok.status, 0, ok.stderr);
    const ledger = JSON.parse(fs.readFileSync(path.join(dir, '.fzlint-verdicts.json'), 'utf8'));
    assert.equal(ledger.entries[0].verdict, 'confirmed');
    assert.equal(ledger.entries[0].fingerprint, unique.fingerprint);
    const after = messages(['report.txt', '--ledger', '.fzlint-verdicts.json'], dir).messages.find((m) => m.fingerprint === unique.fingerprint)!;
    assert.deepEqual(after.verdict?.status, 'confirmed');
    assert.equal(after.suppressed, undefined, 'a confirmed finding still counts');
    const missing = runCli(['verdict', 'dismiss', 'report.txt', '--fingerprint', '0000000000000000:0', '--reason', 'x'], { cwd: dir });
    assert.equal(missing.status, 2);
    assert.equal(missing.stderr.trim().split('\n').length, 1);
    const noReason = runCli(['verdict', 'dismiss', 'report.txt', '--fingerprint', unique.fingerprint], { cwd: dir });
    assert.equal(noReason.status, 2);
    assert.match(noReason.stderr, /--reason/);
  });

  it('refuses a broken or foreign ledger or baseline with one line naming the file, exit 2', () => {
    const dir = workDir();
    const cases: [string, string, RegExp][] = [
      ['broken.json', '{"fzlintLedger": 1, "entries": [', /不是有效的 JSON/],
      ['future.json', '{"fzlintLedger": 99, "entries": []}', /版本 99 不受支持/],
      ['other.json', '{"version": 1}', /不是 fzlint 核查记录/],
      ['bad-verdict.json', '{"fzlintLedger": 1, "entries": [{"fingerprint": "a:0", "ruleId": "r", "verdict": "maybe"}]}', /verdict “maybe”无效/],
    ];
    for (const [name, text, message] of cases) {
      fs.writeFileSync(path.join(dir, name), text);
      for (const flag of ['--ledger', '--baseline']) {
        const r = runCli(['report.txt', flag, name], { cwd: dir });
        assert.equal(r.status, 2, `${flag} ${name}`);
        const lines = r.stderr.trim().split('\n');
        assert.equal(lines.length, 1, r.stderr);
        assert.ok(lines[0].includes(path.join(dir, name)), 'names the file');
        assert.match(lines[0], message);
        assert.equal(r.stdout, '', 'nothing checked');
      }
    }
    const missing = runCli(['report.txt', '--ledger', 'nope.json', '--locale', 'en'], { cwd: dir });
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /nope\.json: no such file/);
  });
});

describe('verdicts in the HTML review report', function () {
  this.timeout(120000);

  it('shows the ledger, lets a reviewer dismiss a finding in the page and exports a ledger the CLI applies (headless Chromium)', async function () {
    const chromium = '/usr/bin/chromium';
    if (!fs.existsSync(chromium))
      unavailable(this, `${chromium} not found: the browser test of the HTML verdict export cannot run`, 'apt-get install -y chromium (as .ci/run does)');
    const dir = workDir();
    const found = messages(['report.txt'], dir).messages;
    const [kept, other] = [found[0], found.find((m) => m.fingerprint !== found[0].fingerprint && m.line !== found[0].line)!];
    assert.equal(runCli(['verdict', 'dismiss', 'report.txt', '--fingerprint', kept.fingerprint, '--reason', '已核实无误'], { cwd: dir }).status, 0);
    const file = path.join(dir, 'review.html');
    assert.equal(runCli(['--format', 'html', '-o', file, 'report.txt', '--ledger', '.fzlint-verdicts.json'], { cwd: dir }).status, 1);
    const { chromium: pw } = await import('playwright-core');
    const browser = await pw.launch({ executablePath: chromium, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage({ acceptDownloads: true });
      const requests: string[] = [];
      const problems: string[] = [];
      page.on('request', (req) => {
        if (!/^(?:file|blob):/.test(req.url())) requests.push(req.url());
      });
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(m.text());
      });
      page.on('pageerror', (e) => problems.push(e.message));
      await page.goto(`file://${file}`);
      const dismissed = page.locator('li.finding.dismissed');
      assert.equal(await dismissed.count(), 1);
      assert.equal(await dismissed.getAttribute('data-fp'), kept.fingerprint);
      assert.equal(
        await dismissed
          .locator('.msg')
          .evaluate(
            (e) => (globalThis as unknown as { getComputedStyle: (el: unknown) => { textDecorationLine: string } }).getComputedStyle(e).textDecorationLine,
          ),
        'line-through',
      );
      const li = page.locator(`li.finding[data-fp="${other.fingerprint}"]`);
      await li.locator('select.fz-verdict').selectOption('dismissed');
      await li.locator('input.fz-reason').fill('口径不同');
      assert.equal(
        await li
          .locator('.msg')
          .evaluate(
            (e) => (globalThis as unknown as { getComputedStyle: (el: unknown) => { textDecorationLine: string } }).getComputedStyle(e).textDecorationLine,
          ),
        'line-through',
        'struck through at once',
      );
      await page.locator('#fz-by').fill('审阅人乙');
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#fz-export').click()]);
      const saved = path.join(dir, 'exported.json');
      await download.saveAs(saved);
      assert.equal(download.suggestedFilename(), 'fzlint-verdicts.json');
      const shown = await page.locator('#fz-ledger-out').textContent();
      assert.equal(fs.readFileSync(saved, 'utf8'), shown, 'the download is the text shown');
      assert.deepEqual(requests, [], 'no network requests');
      assert.deepEqual(problems, [], 'no script error or CSP violation');
    } finally {
      await browser.close();
    }
    const exported = JSON.parse(fs.readFileSync(path.join(dir, 'exported.json'), 'utf8'));
    assert.equal(exported.fzlintLedger, 1);
    const added = exported.entries.find((e: { fingerprint: string }) => e.fingerprint === other.fingerprint);
    assert.equal(added.verdict, 'dismissed');
    assert.equal(added.reason, '口径不同');
    assert.equal(added.by, '审阅人乙');
    assert.equal(added.ruleId, other.ruleId);
    assert.equal(added.file, 'report.txt');
    const after = messages(['report.txt', '--ledger', 'exported.json'], dir).messages;
    assert.deepEqual(
      after
        .filter((m) => m.suppressed)
        .map((m) => m.fingerprint)
        .sort(),
      [kept.fingerprint, other.fingerprint].sort(),
    );
  });
});

describe('verdicts in the HTML review report: hostile reasons', function () {
  this.timeout(60000);

  it('renders a reason and reviewer name from the ledger as text', () => {
    const dir = workDir();
    const [m] = messages(['report.txt'], dir).messages;
    const hostile = '"><script>alert(1)</script><img src=x onerror=alert(2)>';
    assert.equal(runCli(['verdict', 'dismiss', 'report.txt', '--fingerprint', m.fingerprint, '--reason', hostile, '--by', hostile], { cwd: dir }).status, 0);
    const html = runCli(['--format', 'html', 'report.txt', '--ledger', '.fzlint-verdicts.json'], { cwd: dir }).stdout;
    assert.equal((html.match(/<script/gi) ?? []).length, 1, 'only the page’s own script');
    assert.doesNotMatch(html, /<img/i);
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  });
});

describe('CI baseline (--baseline, --write-baseline)', function () {
  this.timeout(120000);

  it('writes a baseline; a run against it fails only on a defect added since', () => {
    const dir = workDir();
    const report = path.join(dir, 'report.txt');
    const original = fs.readFileSync(report, 'utf8');
    assert.equal(runCli(['report.txt'], { cwd: dir }).status, 1, 'the report has errors');
    const written = runCli(['report.txt', '--write-baseline', 'baseline.json'], { cwd: dir });
    assert.equal(written.status, 0, written.stderr);
    const baseline = JSON.parse(fs.readFileSync(path.join(dir, 'baseline.json'), 'utf8'));
    const all = messages(['report.txt'], dir).messages;
    assert.equal(baseline.entries.length, new Set(all.map((m) => m.fingerprint)).size);
    assert.ok(baseline.entries.every((e: { verdict: string; file: string }) => e.verdict === 'baseline' && e.file === 'report.txt'));
    assert.equal(runCli(['report.txt', '--baseline', 'baseline.json'], { cwd: dir }).status, 0, 'every error is in the baseline');

    fs.writeFileSync(report, insertBefore(original, 5, ['', NEW_DEFECT, '']));
    const { run, results } = runJson(['report.txt', '--baseline', 'baseline.json'], { cwd: dir });
    assert.equal(run.status, 1);
    const msgs = results[0].messages as ReviewedMessage[];
    const counted = msgs.filter((m) => !m.suppressed);
    assert.equal(counted.length, msgs.filter((m) => m.new).length);
    assert.ok(counted.length >= 1);
    assert.ok(
      counted.every((m) => m.line === 6),
      'only the added defect counts',
    );
    assert.equal(results[0].errorCount, counted.filter((m) => m.level === 'error').length);
    assert.ok(msgs.filter((m) => m.suppressed).every((m) => m.baseline));
    const stylish = runCli(['report.txt', '--baseline', 'baseline.json'], { cwd: dir });
    assert.match(stylish.stdout, /已在基线中/);

    fs.writeFileSync(report, original);
    assert.equal(runCli(['report.txt', '--baseline', 'baseline.json'], { cwd: dir }).status, 0);
  });

  it('never writes the baseline over a report it checks', () => {
    const dir = workDir();
    const before = fs.readFileSync(path.join(dir, 'report.txt'));
    const r = runCli(['report.txt', '--write-baseline', 'report.txt'], { cwd: dir });
    assert.equal(r.status, 2);
    assert.deepEqual(fs.readFileSync(path.join(dir, 'report.txt')), before);
  });
});
