/**
 * LSP stress (issue 8): the bundled server (dist/server.cjs, `npm run build`) gets 1,000 rapid random
 * incremental edits of the reference report — inserts, deletes and replacements with CJK text,
 * punctuation, the astral 𠮷, newlines and CRLF — sent without waiting for any diagnostics. Then:
 * - the diagnostics published for the final version equal a fresh CLI lint (`fzlint --format json`)
 *   of the final text in a file at the same path: same rule ids, ranges, levels and messages;
 * - no publish is ever for a version older than one already published, the last one is for the final
 *   version, and every publish shows the findings of the text of the version it names (all ranges
 *   inside that text; for a few intermediate versions, exactly the CLI's findings). How many versions
 *   the debounce lets through depends on the machine's speed and is only printed, never asserted;
 * - after didClose the server publishes empty diagnostics and nothing more for that URI, also when the
 *   document is closed in the middle of a burst of edits;
 * - the server is still alive and answers; its RSS after the edits is printed and loosely bounded
 *   (the real budget, ≤ 200 MB and not growing, is measured by bench/lsp-latency.mjs).
 *
 * The edits come from a seeded generator: the same edits every run (test/helpers/seed.ts); FZLINT_SEED
 * chooses others. The seed is printed and named by every failure.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, DocumentSymbol, PublishDiagnosticsParams, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { inCI } from '../e2e/support';
import { TestLspClient } from '../helpers/lsp-client';
import { fullwidthReport } from '../helpers/paths';
import { runJson, type JsonMessage } from '../helpers/run-cli';
import { replayHint, seededRandom as rng, testSeed } from '../helpers/seed';

const EDITS = 1000;
/** A loose ceiling that still catches a runaway leak; the budget itself (200 MB) is a benchmark. */
const RSS_LIMIT_MB = 400;

/** What gets typed: words of a report, every punctuation form, figures, 𠮷, line breaks, markers. */
const PIECES = [
  '依法行政',
  '法治政府建设',
  '重大行政决策',
  '合法性审查',
  '行政复议',
  '的',
  '和',
  '全年共办理',
  '案件',
  '件',
  '同比增长',
  '％',
  '%',
  '个百分点',
  '2021年',
  '12',
  '3.5',
  '１２',
  '万元',
  '一是',
  '二是',
  '，',
  '。',
  '、',
  '；',
  '：',
  '？',
  '！',
  '“',
  '”',
  '‘',
  '’',
  '（',
  '）',
  '《',
  '》',
  '〔',
  '〕',
  '——',
  '……',
  ',',
  '.',
  ';',
  ':',
  '(',
  ')',
  '"',
  '?',
  '!',
  ' ',
  '　　',
  '　',
  '𠮷',
  '𠮷野家',
  '\n',
  '\n\n',
  '\r\n',
  '\n　　',
  '\n一、',
  '\n（二）',
  '\n3.',
  '汕府〔2021〕9号',
  'abc',
  'GB/T 15834',
];

interface Stream {
  next(): TextDocumentContentChangeEvent[];
  text(): string;
}

/**
 * Random edits of `doc` (the client's mirror, updated in place). Line 1 — the report title — is never
 * touched, so the text stays a report the server lints. Offsets never split a surrogate pair or a CRLF,
 * as an editor's cursor never does.
 */
function editStream(initial: TextDocument, random: () => number): Stream {
  let doc = initial;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const insertText = () => {
    let s = '';
    const n = 1 + Math.floor(random() * 4);
    for (let i = 0; i < n; i++) s += pick(PIECES);
    return s;
  };
  const snap = (text: string, offset: number) => {
    const prev = text.charCodeAt(offset - 1);
    const here = text.charCodeAt(offset);
    if (prev >= 0xd800 && prev <= 0xdbff && here >= 0xdc00 && here <= 0xdfff) return offset - 1;
    if (prev === 13 && here === 10) return offset - 1;
    return offset;
  };
  return {
    text: () => doc.getText(),
    next() {
      const changes: TextDocumentContentChangeEvent[] = [];
      // Now and then several changes in one didChange, applied in order (as VS Code sends multi-cursor edits).
      const count = random() < 0.1 ? 2 + Math.floor(random() * 2) : 1;
      for (let c = 0; c < count; c++) {
        const text = doc.getText();
        const floor = text.indexOf('\n') + 1;
        const start = snap(text, floor + Math.floor(random() * (text.length - floor + 1)));
        const op = random();
        // Deletions and replacements stay short: the text keeps about its size over 1,000 edits.
        const length = op < 0.45 ? 0 : 1 + Math.floor(random() * 10);
        const end = Math.max(start, snap(text, Math.min(text.length, start + length)));
        const inserted = op < 0.45 || op >= 0.75 ? insertText() : '';
        const change = { range: { start: doc.positionAt(start), end: doc.positionAt(end) }, text: inserted };
        const expected = text.slice(0, start) + inserted + text.slice(end);
        doc = TextDocument.update(doc, [change], doc.version);
        assert.equal(doc.getText(), expected, 'the positions map back to the offsets of the edit');
        changes.push(change);
      }
      return changes;
    },
  };
}

const LEVEL = { 1: 'error', 2: 'warning', 3: 'info' } as const;

interface Compared {
  ruleId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  level: string;
  message: string;
}

function fromDiagnostic(d: Diagnostic): Compared {
  return {
    ruleId: String(d.code),
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
    level: LEVEL[(d.severity ?? 1) as 1 | 2 | 3],
    message: d.message,
  };
}

function fromCli(m: JsonMessage): Compared {
  return { ruleId: m.ruleId, line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn, level: m.level, message: m.message };
}

function vmRssMb(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const kb = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    return Number.isFinite(kb) ? kb / 1024 : undefined;
  } catch {
    return undefined;
  }
}

const order = (a: Compared, b: Compared) =>
  a.line - b.line ||
  a.column - b.column ||
  a.endLine - b.endLine ||
  a.endColumn - b.endColumn ||
  a.ruleId.localeCompare(b.ruleId) ||
  a.message.localeCompare(b.message);

/** Every range of `diagnostics` lies inside `text` (lines that exist, columns within their line). */
function assertInside(diagnostics: readonly Diagnostic[], text: string, what: string): void {
  const lines = text.split(/\r\n|\n|\r/).map((l) => l.length);
  for (const d of diagnostics) {
    for (const p of [d.range.start, d.range.end]) {
      assert.ok(
        p.line < lines.length && p.character <= lines[p.line],
        `${what}: ${String(d.code)} at ${p.line + 1}:${p.character + 1} is outside the text (${lines.length} lines)`,
      );
    }
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Publishes for `uri` must never go back to an older version. */
function assertMonotonic(published: readonly PublishDiagnosticsParams[], uri: string): number[] {
  const versions: number[] = [];
  for (const p of published) {
    if (p.uri !== uri) continue;
    if (p.version === undefined) continue; // the empty publish of a close
    if (versions.length > 0) {
      const newest = versions[versions.length - 1];
      assert.ok(p.version >= newest, `diagnostics for version ${p.version} were published after those for version ${newest}`);
    }
    versions.push(p.version);
  }
  return versions;
}

describe('language server under 1,000 rapid random edits (stdio protocol)', function () {
  this.timeout(300000);

  const seed = testSeed();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fzlint-stress-'));
  const reportPath = path.join(tmp, path.basename(fullwidthReport));
  const uri = pathToFileURL(reportPath).href;
  const reference = fs.readFileSync(fullwidthReport, 'utf8');
  let client: TestLspClient;
  let finalText = '';
  let finalVersion = 0;
  let finalDiagnostics: Diagnostic[] = [];
  /** The text of every version sent, by version number. */
  const texts = new Map<number, string>();

  /** The CLI's findings on `text`, linted at the report's path (same config, same file name). */
  const cliFindings = (text: string): Compared[] => {
    fs.writeFileSync(reportPath, text);
    const { results } = runJson(['--locale', 'zh-CN', reportPath]);
    assert.equal(results.length, 1);
    return results[0].messages.map(fromCli);
  };

  afterEach(function () {
    if (this.currentTest?.state === 'failed') console.log(`      failed with ${replayHint(seed, 'npx mocha test/lsp/stress.test.ts')}`);
  });

  before(async function () {
    console.log(`      LSP stress ${replayHint(seed, 'npx mocha test/lsp/stress.test.ts')}`);
    fs.writeFileSync(reportPath, reference);
    ({ client } = await TestLspClient.start());
    // Debounce 0: a run starts as soon as the server gets a quiet moment, so runs and edits interleave
    // and many runs are overtaken by newer versions (the hardest case for "latest version only").
    client.settings = { enable: true, locale: 'zh-CN', run: 'onType', debounce: 0 };
  });

  after(async function () {
    if (client) await client.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it(`publishes, for the last of ${EDITS} rapid edits, exactly what the CLI finds in the final text`, async function () {
    const random = rng(seed);
    const stream = editStream(TextDocument.create(uri, 'plaintext', 1, reference), random);
    await client.open(uri, 'plaintext', 1, reference);
    let version = 1;
    texts.set(version, reference);
    for (let i = 0; i < EDITS; i++) {
      await client.change(uri, ++version, stream.next());
      texts.set(version, stream.text());
      // Mostly back to back; now and then a short pause, so that some runs start and get overtaken.
      if (random() < 0.03) await sleep(Math.floor(random() * 40));
    }
    finalVersion = version;
    finalText = stream.text();
    const last = await client.diagnosticsForVersion(uri, finalVersion, 120000);
    finalDiagnostics = last.diagnostics;

    const cli = cliFindings(finalText);
    const lsp = finalDiagnostics.map(fromDiagnostic);
    assert.deepEqual([...lsp].sort(order), [...cli].sort(order), `seed ${seed}: the server's final diagnostics differ from the CLI's`);
    assert.ok(cli.length > 0, 'the edited report still has findings to compare');
    console.log(`      final text ${finalText.length} chars, ${cli.length} findings, identical in the server and the CLI`);
  });

  it('never publishes for a version older than one already published; the last publish is the final version', async function () {
    // Nothing else may arrive for an old version, even late.
    await sleep(500);
    const versions = assertMonotonic(client.published, uri);
    assert.equal(versions[versions.length - 1], finalVersion, 'the last publish is for the final version');
    // How many versions the debounce lets through depends on the machine's speed: printed, not asserted.
    console.log(`      ${EDITS + 1} versions sent, ${versions.length} publishes for ${new Set(versions).size} distinct versions`);
  });

  it('every publish shows the findings of the text of the version it names', async function () {
    const publishes = client.published.filter((p) => p.uri === uri && p.version !== undefined);
    for (const p of publishes) {
      const text = texts.get(p.version!);
      assert.ok(text !== undefined, `a publish names version ${p.version}, which was never sent`);
      assertInside(p.diagnostics, text, `version ${p.version}`);
    }
    // A few intermediate versions (seeded picks among those published) in full against the CLI.
    const intermediate = [...new Set(publishes.map((p) => p.version!))].filter((v) => v !== finalVersion);
    const random = rng(seed ^ 0x2545f491);
    const picks = new Set<number>();
    while (picks.size < Math.min(3, intermediate.length)) picks.add(intermediate[Math.floor(random() * intermediate.length)]);
    for (const v of [...picks].sort((a, b) => a - b)) {
      const lsp = publishes
        .filter((p) => p.version === v)
        .at(-1)!
        .diagnostics.map(fromDiagnostic);
      assert.deepEqual(
        [...lsp].sort(order),
        [...cliFindings(texts.get(v)!)].sort(order),
        `version ${v}: the published diagnostics differ from the CLI's on that version's text`,
      );
    }
    console.log(
      `      ${publishes.length} publishes inside their version's text; versions ${[...picks].sort((a, b) => a - b).join(', ') || '(none intermediate)'} equal the CLI's`,
    );
  });

  it('stays alive and answers; its RSS after the edits is within a loose bound', async function () {
    assert.ok(client.alive, 'the server process is running');
    const symbols = await client.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(Array.isArray(symbols) && symbols.length > 0, 'the server answers requests about the edited report');
    const rss = vmRssMb(client.pid);
    if (rss === undefined) {
      if (inCI()) assert.fail('server RSS: not measurable here (no /proc), and CI is set: the RSS bound must be checked in CI');
      console.log('      server RSS: not measurable here (no /proc); the RSS bound is not checked');
      return;
    }
    console.log(`      server RSS after ${EDITS} edits: ${rss.toFixed(0)} MB (budget in bench/lsp-latency.mjs: ≤ 200 MB)`);
    assert.ok(rss < RSS_LIMIT_MB, `server RSS ${rss.toFixed(0)} MB ≥ ${RSS_LIMIT_MB} MB`);
  });

  it('after didClose publishes empty diagnostics once and nothing more for that URI', async function () {
    const before = client.published.length;
    await client.close(uri);
    const cleared = await client.waitForDiagnostics(uri, (p) => client.published.indexOf(p) >= before, 10000);
    assert.deepEqual(cleared.diagnostics, []);
    await sleep(1000);
    const after = client.published.slice(before).filter((p) => p.uri === uri);
    assert.equal(after.length, 1, `only the clearing publish follows didClose (got ${after.length})`);
  });

  it('a document closed in the middle of a burst of edits gets nothing after its clearing publish', async function () {
    const random = rng(seed ^ 0x5bd1e995);
    const other = pathToFileURL(path.join(tmp, 'closed-mid-burst.txt')).href;
    const stream = editStream(TextDocument.create(other, 'plaintext', 1, reference), random);
    // The default debounce this time, so that runs are still queued when the close arrives.
    client.settings = { enable: true, locale: 'zh-CN', run: 'onType', debounce: 150 };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { fzlint: client.settings } });
    await client.open(other, 'plaintext', 1, reference);
    await client.diagnosticsForVersion(other, 1, 60000);
    let version = 1;
    for (let i = 0; i < 200; i++) {
      await client.change(other, ++version, stream.next());
      if (i === 100) await sleep(160); // let one run start between the edits
    }
    const before = client.published.length;
    await client.close(other);
    await client.waitForDiagnostics(other, (p) => client.published.indexOf(p) >= before && p.diagnostics.length === 0 && p.version === undefined, 10000);
    const clearedAt = client.published.findIndex((p, i) => i >= before && p.uri === other && p.version === undefined);
    // Longer than the debounce plus a lint: a run that was still queued would have published by now.
    await sleep(1500);
    const late = client.published.slice(clearedAt + 1).filter((p) => p.uri === other);
    assert.deepEqual(
      late.map((p) => p.version),
      [],
      'no diagnostics after the clearing publish of a closed document',
    );
    // Publishes in between never go back a version. How many there were depends on the machine's
    // speed against the 150 ms debounce: printed, not asserted.
    const runs = assertMonotonic(client.published, other).filter((v) => v > 1);
    console.log(`      200 changes with a 150 ms debounce, then didClose: ${runs.length} publishes in between`);
    assert.ok(client.alive, 'the server process is running');
  });
});
