/**
 * The extension's web worker language server (dist/browser/server.js, server/src/lsp/browser-server.ts;
 * VS Code for the Web, issue 16 item 2) in Debian's Chromium driven by playwright-core: a page served
 * by a tiny local HTTP server (a worker cannot start from a file: page) starts the bundle in a Worker
 * and speaks JSON-RPC to it over postMessage, as vscode-languageclient/browser does: initialize,
 * initialized, didOpen of the reference report (answering the server's request for the word dictionary). The diagnostics it publishes are the findings
 * (rule, line, column) of `fzlint --format json` on the same text. The page answers the server's
 * requests for workspace files (fzlint/readWorkspaceFile) from temporary folders, as the extension
 * answers them through vscode.workspace.fs: a workspace's .fzlintrc with a data pack applies as the
 * CLI applies it in that folder, a changed pack (workspace/didChangeWatchedFiles) re-lints, a broken
 * pack and a pack with code rules are diagnostics on the pack. 检查工作区中的全部报告 walks a workspace
 * folder through the page's answers to fzlint/listWorkspaceEntries and publishes what the CLI finds in
 * that folder. 忽略此问题 (offered because the page says it answers fzlint/writeWorkspaceFile) writes the
 * workspace folder's ledger through the page, the finding is no longer published, and `fzlint --ledger`
 * with that file counts the same finding dismissed. No request leaves the machine.
 *
 * Needs: npm run build, chromium, ../shared. FZLINT_CHROMIUM=/path picks another chromium.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { fullwidthReport, mutatedReport, repoRoot } from '../helpers/paths';
import { runCli, type JsonResult } from '../helpers/run-cli';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { findExecutable, missing, reportPhrase } from './support';
import { DICTIONARY_REQUEST } from '../../server/src/lsp/web-dictionary';
import { LIST_FOLDER_REQUEST, READ_BYTES_REQUEST, READ_FILE_REQUEST, WRITE_FILE_REQUEST } from '../../server/src/lsp/workspace-files';
import { docxOfText } from '../helpers/docx-of-text';
import { LIST_ENTRIES_REQUEST } from '../../server/src/lsp/web-workspace-lint';

const BUNDLE = path.join(repoRoot, 'dist', 'browser', 'server.js');
/** The word dictionary the client sends when the server asks (the VSIX's dist/jieba.dict). */
const DICTIONARY = path.join(repoRoot, 'dist', 'jieba.dict');

/** The page: starts the worker and keeps every message it sends (window.fzlintMessages). */
const PAGE = `<!doctype html><meta charset="utf-8"><title>fzlint web worker server</title>
<script>
  window.fzlintMessages = [];
  window.fzlintErrors = [];
  window.fzlintFolders = [];
  const worker = new Worker('/server.js');
  worker.onmessage = async (e) => {
    window.fzlintMessages.push(e.data);
    // The server asks for the word dictionary as the client answers: dist/jieba.dict in base64.
    if (e.data.method === '${DICTIONARY_REQUEST}') {
      const bytes = new Uint8Array(await (await fetch('/jieba.dict')).arrayBuffer());
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      worker.postMessage({ jsonrpc: '2.0', id: e.data.id, result: btoa(binary) });
    }
    // A workspace file, as the extension reads it through vscode.workspace.fs (the test's HTTP server reads the folder).
    if (e.data.method === '${READ_FILE_REQUEST}') {
      const entry = await (await fetch('/fs?uri=' + encodeURIComponent(e.data.params.uri))).json();
      worker.postMessage({ jsonrpc: '2.0', id: e.data.id, result: entry });
    }
    // A file's bytes (last year's report as a Word file), as the extension reads them through vscode.workspace.fs.
    if (e.data.method === '${READ_BYTES_REQUEST}') {
      const entry = await (await fetch('/bytes?uri=' + encodeURIComponent(e.data.params.uri))).json();
      worker.postMessage({ jsonrpc: '2.0', id: e.data.id, result: entry });
    }
    // A folder's file names, as the extension lists them through vscode.workspace.fs.readDirectory.
    if (e.data.method === '${LIST_FOLDER_REQUEST}') {
      const names = await (await fetch('/ls?uri=' + encodeURIComponent(e.data.params.uri))).json();
      worker.postMessage({ jsonrpc: '2.0', id: e.data.id, result: names });
    }
    // A folder's entries (files, folders, links as other), as the extension lists them for the workspace lint.
    if (e.data.method === '${LIST_ENTRIES_REQUEST}') {
      const entries = await (await fetch('/entries?uri=' + encodeURIComponent(e.data.params.uri))).json();
      worker.postMessage({ jsonrpc: '2.0', id: e.data.id, result: entries });
    }
    // 忽略此问题: the verdict ledger written, as the extension writes it through vscode.workspace.fs.
    if (e.data.method === '${WRITE_FILE_REQUEST}') {
      const result = await (await fetch('/write?uri=' + encodeURIComponent(e.data.params.uri), { method: 'POST', body: e.data.params.text })).json();
      worker.postMessage({ jsonrpc: '2.0', id: e.data.id, result });
    }
    // The workspace folders the editor has open (the test sets them).
    if (e.data.method === 'workspace/workspaceFolders') worker.postMessage({ jsonrpc: '2.0', id: e.data.id, result: window.fzlintFolders });
    if (e.data.method === 'client/registerCapability') worker.postMessage({ jsonrpc: '2.0', id: e.data.id, result: null });
    // The fix-all command's edit: kept (the test applies it), accepted as the editor accepts it.
    if (e.data.method === 'workspace/applyEdit') worker.postMessage({ jsonrpc: '2.0', id: e.data.id, result: { applied: true } });
  };
  worker.onerror = (e) => window.fzlintErrors.push(String(e.message));
  window.fzlintSend = (m) => worker.postMessage(m);
</script>`;

/** The extension's docs/ folder as the web client names it (its extension URI's docs/). */
const EXTENSION_DOCS = 'vscode-test-web://extension/fzlint.fzlint-0.1.0/docs/';

interface Diagnostic {
  code: string;
  codeDescription?: { href: string };
  message: string;
  range: { start: { line: number; character: number } };
  data?: { fix?: { title: string; edits: unknown[] } };
}

interface Message {
  id?: number;
  method?: string;
  params?: { uri?: string; diagnostics?: Diagnostic[]; registrations?: { method: string; registerOptions?: { watchers?: { globPattern: string }[] } }[] };
  result?: { capabilities?: Record<string, unknown>; serverInfo?: { name: string } };
}

/** The CLI on a copy in a folder of its own (no config file, no other year's report). */
function cliFindings(fixture: string, text: string): JsonResult {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fzlint-worker-cli-'));
  try {
    const file = path.join(dir, path.basename(fixture));
    fs.writeFileSync(file, text);
    const run = runCli(['--format', 'json', file], { cwd: dir });
    assert.ok(run.status === 0 || run.status === 1, `fzlint --format json: ${run.stderr}`);
    return (JSON.parse(run.stdout) as JsonResult[])[0];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The workspaces the page's file requests read: `vscode-test-web://<name>/<path>` is `<folder>/<path>`
 * (the folder is the workspace folder: nothing above it is answered, as the extension answers only
 * inside the open folders). Any other URI: missing.
 */
const workspaces = new Map<string, string>();

function workspaceEntry(uri: string): object {
  const m = /^vscode-test-web:\/\/([^/]+)(\/[^?#]*)$/.exec(uri);
  const folder = m && workspaces.get(m[1]);
  if (!folder) return { kind: 'missing' };
  const file = path.join(folder, ...decodeURIComponent(m[2]).split('/'));
  try {
    const st = fs.statSync(file);
    return st.isDirectory() ? { kind: 'directory' } : { kind: 'file', text: fs.readFileSync(file, 'utf8') };
  } catch {
    return { kind: 'missing' };
  }
}

/** A file's bytes in base64, as the extension reads them (missing outside the workspaces). */
function workspaceBytes(uri: string): object {
  const m = /^vscode-test-web:\/\/([^/]+)(\/[^?#]*)$/.exec(uri);
  const folder = m && workspaces.get(m[1]);
  if (!folder) return { kind: 'missing' };
  try {
    return { kind: 'file', base64: fs.readFileSync(path.join(folder, ...decodeURIComponent(m[2]).split('/'))).toString('base64') };
  } catch {
    return { kind: 'missing' };
  }
}

/** A write as the extension allows it: the verdict ledger only, inside a workspace. */
function writeWorkspaceFile(uri: string, text: string): object {
  const m = /^vscode-test-web:\/\/([^/]+)(\/[^?#]*)$/.exec(uri);
  const folder = m && workspaces.get(m[1]);
  if (!folder) return { written: false, reason: 'outside-workspace' };
  const file = path.join(folder, ...decodeURIComponent(m[2]).split('/'));
  if (path.basename(file) !== '.fzlint-verdicts.json') return { written: false, reason: 'not-allowed' };
  writes.push(path.relative(folder, file));
  fs.writeFileSync(file, text);
  return { written: true };
}
/** The workspace files the page wrote (relative to their workspace). */
const writes: string[] = [];

/** `fzlint --fix` on a copy in a folder of its own: the fixed text. */
function cliFixed(fixture: string, text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fzlint-worker-fix-'));
  try {
    const file = path.join(dir, path.basename(fixture));
    fs.writeFileSync(file, text);
    const run = runCli(['--fix', file], { cwd: dir });
    assert.ok(run.status === 0 || run.status === 1, `fzlint --fix: ${run.stderr}`);
    return fs.readFileSync(file, 'utf8');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A text with the edits of a workspace edit for `uri` applied (as the editor applies them). */
function applied(uri: string, text: string, edit: WorkspaceEdit | undefined): string {
  const edits: TextEdit[] = edit?.changes?.[uri] ?? [];
  assert.ok(edits.length > 0, `an edit for ${uri}: ${JSON.stringify(edit)}`);
  return TextDocument.applyEdits(TextDocument.create(uri, 'plaintext', 1, text), edits);
}

/** The file names of a workspace folder (null outside the workspaces), as the extension answers. */
function workspaceListing(uri: string): string[] | null {
  const m = /^vscode-test-web:\/\/([^/]+)(\/[^?#]*)$/.exec(uri);
  const folder = m && workspaces.get(m[1]);
  if (!folder) return null;
  try {
    return fs
      .readdirSync(path.join(folder, ...decodeURIComponent(m[2]).split('/')), { withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => e.name);
  } catch {
    return null;
  }
}

/** A folder's entries as the extension gives them (a link is `other`, never followed); null outside the workspaces. */
function workspaceEntries(uri: string): { name: string; kind: string }[] | null {
  const m = /^vscode-test-web:\/\/([^/]+)(\/[^?#]*)?$/.exec(uri);
  const folder = m && workspaces.get(m[1]);
  if (!folder) return null;
  try {
    return fs
      .readdirSync(path.join(folder, ...decodeURIComponent(m[2] ?? '/').split('/')), { withFileTypes: true })
      .map((e) => ({ name: e.name, kind: e.isSymbolicLink() ? 'other' : e.isDirectory() ? 'directory' : e.isFile() ? 'file' : 'other' }));
  } catch {
    return null;
  }
}

const shortFindings = (ds: Diagnostic[]) => ds.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code}`).sort();

describe('the web worker language server in Chromium (VS Code for the Web)', function () {
  this.timeout(180000);
  let browser: Browser | undefined;
  let server: http.Server | undefined;
  let page: Page;
  const requests: string[] = [];

  before(async function () {
    if (!fs.existsSync(BUNDLE)) missing(this, 'dist/browser/server.js is not built', 'run npm run build first');
    if (!fs.existsSync(fullwidthReport)) missing(this, `${fullwidthReport} is missing`, 'the reference fixtures live in ../shared beside the repository');
    const chromiumPath = findExecutable('chromium', ['/usr/bin/chromium'], process.env.FZLINT_CHROMIUM);
    if (!chromiumPath) missing(this, 'Debian chromium is not installed', 'apt-get install -y chromium fonts-noto-cjk (as .ci/run does)');
    server = http.createServer((req, res) => {
      if (req.url === '/') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
      else if (req.url === '/server.js') res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(fs.readFileSync(BUNDLE));
      else if (req.url?.startsWith('/fs?uri=')) {
        const uri = new URL(req.url, 'http://localhost').searchParams.get('uri') ?? '';
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(workspaceEntry(uri)));
      } else if (req.url?.startsWith('/bytes?uri=')) {
        const uri = new URL(req.url, 'http://localhost').searchParams.get('uri') ?? '';
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(workspaceBytes(uri)));
      } else if (req.url?.startsWith('/entries?uri=')) {
        const uri = new URL(req.url, 'http://localhost').searchParams.get('uri') ?? '';
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(workspaceEntries(uri)));
      } else if (req.url?.startsWith('/ls?uri=')) {
        const uri = new URL(req.url, 'http://localhost').searchParams.get('uri') ?? '';
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(workspaceListing(uri)));
      } else if (req.url?.startsWith('/write?uri=') && req.method === 'POST') {
        const uri = new URL(req.url, 'http://localhost').searchParams.get('uri') ?? '';
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () =>
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(writeWorkspaceFile(uri, Buffer.concat(chunks).toString('utf8')))),
        );
      } else if (req.url === '/jieba.dict') res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(fs.readFileSync(DICTIONARY));
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const context = await browser.newContext();
    context.on('request', (r) => requests.push(r.url()));
    page = await context.newPage();
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, { waitUntil: 'load' });
  });

  after(async () => {
    for (const dir of workspaces.values()) fs.rmSync(dir, { recursive: true, force: true });
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  });

  const send = (message: object) => page.evaluate((m) => (window as unknown as { fzlintSend(m: object): void }).fzlintSend(m), { jsonrpc: '2.0', ...message });
  /** How many messages the worker has sent so far (for `received(match, from)`). */
  const sentSoFar = () => page.evaluate(() => (window as unknown as { fzlintMessages: unknown[] }).fzlintMessages.length);
  /** The first message from the worker (from the `from`-th on) that `match` accepts (a function body over `m`). */
  const received = async (match: string, from = 0): Promise<Message> => {
    const handle = await page.waitForFunction(
      ({ body, from }) => {
        const w = window as unknown as { fzlintMessages: unknown[]; fzlintErrors: string[] };
        if (w.fzlintErrors.length) return { error: w.fzlintErrors.join('\n') };
        return w.fzlintMessages.slice(from).find((m) => new Function('m', `return ${body}`)(m)) ?? false;
      },
      { body: match, from },
      { timeout: 120000 },
    );
    const value = (await handle.jsonValue()) as Message & { error?: string };
    assert.equal(value.error, undefined, `the worker failed: ${value.error}`);
    return value;
  };

  it('answers initialize and publishes the diagnostics `fzlint --format json` gives for the reference', async () => {
    const text = fs.readFileSync(fullwidthReport, 'utf8');
    const cli = cliFindings(fullwidthReport, text);
    assert.ok(cli.messages.length > 0, 'the CLI finds something in the reference (else the comparison says nothing)');

    const dictionaryUrl = `${new URL(page.url()).origin}/jieba.dict`;
    await send({
      id: 1,
      method: 'initialize',
      params: {
        processId: null,
        rootUri: null,
        capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true } },
        workspaceFolders: null,
        // As the extension says: it answers fzlint/writeWorkspaceFile (忽略此问题 is offered).
        initializationOptions: { dictionaryUrl, writeWorkspaceFiles: true, docsBase: EXTENSION_DOCS },
      },
    });
    const init = await received('m.id === 1 && !m.method');
    assert.equal(init.result?.serverInfo?.name, 'fzlint');
    assert.ok(init.result?.capabilities?.hoverProvider, 'hover is offered');
    await send({ method: 'initialized', params: {} });

    // The worker has the client watch config, pack and ignore files.
    const registration = await received(`m.method === 'client/registerCapability'`);
    const watchers = registration.params?.registrations?.find((r) => r.method === 'workspace/didChangeWatchedFiles')?.registerOptions?.watchers;
    assert.ok(
      watchers?.some((w) => w.globPattern === '**/.fzlintrc.yaml'),
      `watchers: ${JSON.stringify(watchers)}`,
    );

    // A web workspace's document: not a file: URI (the server reads no file; this workspace has no config).
    const uri = 'vscode-test-web://mount/shanwei-2020.fullwidth.txt';
    await send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'plaintext', version: 1, text } } });
    const published = await received(`m.method === 'textDocument/publishDiagnostics' && m.params.uri === ${JSON.stringify(uri)}`);
    const fromWorker = published.params!.diagnostics!.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code}`).sort();
    const fromCli = cli.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`).sort();
    assert.deepEqual(fromWorker, fromCli);

    // The rule links (Problems panel) are the extension's own pages, under the docs/ URI the client gave.
    for (const d of published.params!.diagnostics!) assert.equal(d.codeDescription?.href, `${EXTENSION_DOCS}rules/${d.code}.md`);

    // Hover on the first finding: the worker answers with its message, and the link to the rule's page there.
    const first = published.params!.diagnostics![0];
    await send({ id: 2, method: 'textDocument/hover', params: { textDocument: { uri }, position: first.range.start } });
    const hover = (await received('m.id === 2 && !m.method')) as { result?: { contents?: { value?: string } } };
    assert.match(hover.result?.contents?.value ?? '', new RegExp(first.code.replace(/[/.-]/g, '\\$&')));
    assert.ok((hover.result?.contents?.value ?? '').includes(`(${EXTENSION_DOCS}rules/${first.code}.md)`), hover.result?.contents?.value);

    // The mutated reference: many more rules fire, the same findings again.
    const mutated = fs.readFileSync(mutatedReport, 'utf8');
    const mutatedCli = cliFindings(mutatedReport, mutated);
    assert.ok(mutatedCli.messages.length > 20, `${mutatedCli.messages.length} CLI findings on the mutated reference`);
    const mutatedUri = 'vscode-test-web://mount/shanwei-2020.mutated.txt';
    await send({ method: 'textDocument/didOpen', params: { textDocument: { uri: mutatedUri, languageId: 'plaintext', version: 1, text: mutated } } });
    const again = await received(`m.method === 'textDocument/publishDiagnostics' && m.params.uri === ${JSON.stringify(mutatedUri)}`);
    assert.deepEqual(
      again.params!.diagnostics!.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code}`).sort(),
      mutatedCli.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`).sort(),
    );

    // A quick fix: a diagnostic's certain fix is offered, preferred, with its edits for this document.
    const fixable = again.params!.diagnostics!.find((d) => d.data?.fix);
    assert.ok(fixable, 'the mutated reference has a finding with a certain fix');
    await send({
      id: 3,
      method: 'textDocument/codeAction',
      params: { textDocument: { uri: mutatedUri }, range: fixable.range, context: { diagnostics: [fixable] } },
    });
    const actions = (await received('m.id === 3 && !m.method')) as {
      result?: { title: string; isPreferred?: boolean; edit?: { changes?: Record<string, unknown[]> } }[];
    };
    const preferred = actions.result?.find((a) => a.isPreferred);
    assert.equal(preferred?.title, fixable.data!.fix!.title);
    assert.deepEqual(preferred?.edit?.changes?.[mutatedUri], fixable.data!.fix!.edits);

    const local = requests.filter((r) => !r.startsWith('http://127.0.0.1:'));
    assert.deepEqual(local, [], 'no request but the page and the bundle');
  });

  it('applies the workspace’s .fzlintrc and data pack as `fzlint --format json` in that folder; a changed pack re-lints; broken and code-rule packs are diagnostics on the pack', async () => {
    const text = fs.readFileSync(fullwidthReport, 'utf8');
    const plain = cliFindings(fullwidthReport, text);
    // The config turns off a rule the CLI finds in the reference; the pack's term is a phrase of the
    // report (taken from it here, at run time), so that the term is found.
    const offRule = plain.messages.find((m) => m.ruleId !== 'config-error')!.ruleId;
    const phrase = reportPhrase(text);
    assert.ok(phrase, 'a phrase of the report for the term');
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'fzlint-worker-packs-')));
    workspaces.set('packs', dir);
    const write = (rel: string, content: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), content);
    };
    write('.fzlintrc.yaml', `extends: [fzlint:recommended, ./packs/county.yaml]\nrules:\n  ${offRule}: off\n`);
    const pack = `name: county\nversion: 1.0.0\ndata:\n  terms:\n    - { id: county-term, wrong: [${phrase}], right: 规范用语 }\n`;
    write('packs/county.yaml', pack);
    write('年报/report.txt', text);
    const report = path.join(dir, '年报', 'report.txt');
    const cliHere = () => {
      const run = runCli(['--format', 'json', report], { cwd: dir });
      assert.ok(run.status === 0 || run.status === 1 || run.status === 2, `fzlint --format json: ${run.stderr}`);
      return { results: JSON.parse(run.stdout) as JsonResult[], stderr: run.stderr };
    };
    const cliReport = (results: JsonResult[]) =>
      results
        .find((r) => r.filePath === report)!
        .messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)
        .sort();

    const cli = cliHere();
    assert.ok(
      cli.results[0].messages.some((m) => m.message.includes('规范用语')),
      `the CLI finds the pack's term: ${cli.results[0].messages.map((m) => m.message).join('\n')}`,
    );
    assert.ok(!cli.results[0].messages.some((m) => m.ruleId === offRule), `the config turns ${offRule} off`);

    const uri = `vscode-test-web://packs/${encodeURIComponent('年报')}/report.txt`;
    const packUri = 'vscode-test-web://packs/packs/county.yaml';
    const reportPublished = (from: number) => received(`m.method === 'textDocument/publishDiagnostics' && m.params.uri === ${JSON.stringify(uri)}`, from);
    let from = await sentSoFar();
    await send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'plaintext', version: 1, text } } });
    const first = await reportPublished(from);
    assert.deepEqual(shortFindings(first.params!.diagnostics!), cliReport(cli.results));
    assert.ok(
      first.params!.diagnostics!.some((d) => d.message.includes('规范用语')),
      "the worker finds the pack's term",
    );

    // The pack breaks: one diagnostic on it, the CLI's message at the CLI's place; the report is linted again without it.
    write('packs/county.yaml', `${pack}  dictionary: [未闭合\n`);
    const broken = cliHere();
    const cliPack = broken.results.find((r) => r.filePath === path.join(dir, 'packs', 'county.yaml'));
    assert.ok(cliPack && cliPack.messages.length === 1, `the CLI reports the broken pack: ${JSON.stringify(broken.results.map((r) => r.filePath))}`);
    from = await sentSoFar();
    await send({ method: 'workspace/didChangeWatchedFiles', params: { changes: [{ uri: packUri, type: 2 }] } });
    const onPack = await received(
      `m.method === 'textDocument/publishDiagnostics' && m.params.uri === ${JSON.stringify(packUri)} && m.params.diagnostics.length > 0`,
      from,
    );
    assert.deepEqual(
      onPack.params!.diagnostics!.map((d) => [d.range.start.line + 1, d.range.start.character + 1, d.code, d.message.split(dir).join('')]),
      cliPack.messages.map((m) => [m.line, m.column, m.ruleId, m.message.split(dir).join('')]),
    );
    const relinted = await reportPublished(from);
    assert.deepEqual(shortFindings(relinted.params!.diagnostics!), cliReport(broken.results));
    assert.ok(!relinted.params!.diagnostics!.some((d) => d.message.includes('规范用语')), 'the broken pack adds no term');

    // A pack with code rules: never run in the worker; the CLI's notice is a diagnostic on the pack, its data still applies.
    write('packs/county.yaml', `${pack}codeRules: [./rules/x.cjs]\n`);
    write('packs/rules/x.cjs', 'module.exports = {};\n');
    const coded = cliHere();
    const notice = /^fzlint: (.*)$/m.exec(coded.stderr)?.[1];
    assert.ok(notice?.includes('--allow-code-rules'), `the CLI's notice: ${coded.stderr}`);
    from = await sentSoFar();
    await send({ method: 'workspace/didChangeWatchedFiles', params: { changes: [{ uri: packUri, type: 2 }] } });
    const refused = await received(
      `m.method === 'textDocument/publishDiagnostics' && m.params.uri === ${JSON.stringify(packUri)} && m.params.diagnostics.length > 0`,
      from,
    );
    assert.deepEqual(
      refused.params!.diagnostics!.map((d) => [d.range.start.line + 1, d.message.split(dir).join('')]),
      [[6, notice!.split(dir).join('')]],
    );
    const withCodePack = await reportPublished(from);
    assert.deepEqual(shortFindings(withCodePack.params!.diagnostics!), cliReport(coded.results));
    assert.ok(
      withCodePack.params!.diagnostics!.some((d) => d.message.includes('规范用语')),
      "the pack's data still applies",
    );
  });

  it('fix-all (the command through workspace/applyEdit, source.fixAll.fzlint) gives the text of `fzlint --fix`; a disable action’s comment silences the finding as in the CLI', async () => {
    const text = fs.readFileSync(mutatedReport, 'utf8');
    const expected = cliFixed(mutatedReport, text);
    assert.notEqual(expected, text, 'fzlint --fix changes the mutated reference');
    const uri = 'vscode-test-web://mount/fix/shanwei-2020.mutated.txt';
    let from = await sentSoFar();
    await send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'plaintext', version: 1, text } } });
    const published = await received(`m.method === 'textDocument/publishDiagnostics' && m.params.uri === ${JSON.stringify(uri)}`, from);
    const diagnostics = published.params!.diagnostics!;

    // 修复本报告中全部可确定的问题 (fzlint.fixAll → fzlint.server.fixAll): one workspace/applyEdit.
    from = await sentSoFar();
    await send({ id: 40, method: 'workspace/executeCommand', params: { command: 'fzlint.server.fixAll', arguments: [uri] } });
    const applyEdit = (await received(`m.method === 'workspace/applyEdit'`, from)) as { params?: { edit?: WorkspaceEdit } };
    assert.equal(applied(uri, text, applyEdit.params?.edit), expected);
    const answer = (await received('m.id === 40 && !m.method', from)) as { result?: { applied?: boolean } };
    assert.deepEqual(answer.result, { applied: true });

    // editor.codeActionsOnSave: source.fixAll.fzlint, the same edit.
    await send({
      id: 41,
      method: 'textDocument/codeAction',
      params: {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll'] },
      },
    });
    const source = ((await received('m.id === 41 && !m.method')) as { result?: CodeAction[] }).result ?? [];
    assert.deepEqual(
      source.map((a) => a.kind),
      ['source.fixAll.fzlint'],
    );
    assert.equal(applied(uri, text, source[0].edit), expected);

    // The light bulb on a finding a comment can disable: 在这一行停用 <rule>, 在整个文件中停用 <rule>, 查看规则 <rule> 的说明.
    const target = diagnostics.find((d) => !['unused-disable', 'internal-error'].includes(d.code))!;
    await send({ id: 42, method: 'textDocument/codeAction', params: { textDocument: { uri }, range: target.range, context: { diagnostics: [target] } } });
    const actions = ((await received('m.id === 42 && !m.method')) as { result?: CodeAction[] }).result ?? [];
    const titles = actions.map((a) => a.title);
    for (const title of [`在这一行停用 ${target.code}`, `在整个文件中停用 ${target.code}`, `查看规则 ${target.code} 的说明`]) {
      assert.ok(titles.includes(title), `${title} in ${JSON.stringify(titles)}`);
    }
    const docs = actions.find((a) => a.title === `查看规则 ${target.code} 的说明`)!;
    assert.equal(docs.command?.command, 'fzlint.server.showRuleDocs');
    assert.equal(
      docs.command?.arguments?.[0],
      `${EXTENSION_DOCS}rules/${target.code}.md`,
      'the extension’s own page (the web client opens it in the Markdown preview)',
    );
    const disabled = applied(uri, text, actions.find((a) => a.title === `在这一行停用 ${target.code}`)!.edit);
    const lines = disabled.split(/\r?\n/);
    assert.match(lines[target.range.start.line].trim(), new RegExp(`^// fzlint-disable-next-line ${target.code}$`));
    // The CLI on the edited text: that line's findings of the rule are gone, every other finding stays (lines below moved by one).
    const commentLine = target.range.start.line + 1;
    const before = cliFindings(mutatedReport, text).messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`);
    const after = cliFindings(mutatedReport, disabled).messages.map((m) => `${m.line > commentLine ? m.line - 1 : m.line}:${m.column} ${m.ruleId}`);
    assert.ok(before.includes(`${commentLine}:${target.range.start.character + 1} ${target.code}`));
    assert.deepEqual(after.sort(), before.filter((f) => !(f.startsWith(`${commentLine}:`) && f.endsWith(` ${target.code}`))).sort());
    assert.ok(!after.some((f) => f.endsWith(' unused-disable')), 'the comment suppresses something');
  });

  it('with last year’s report (fzlint.previousReport: a file, then auto) the cross-year findings are those of `fzlint --previous`; 对照去年报告 names its line', async () => {
    const text = fs.readFileSync(fullwidthReport, 'utf8');
    // Last year's report: this year's text moved back one year (made here, at run time).
    const lastYear = text.replace(/2021/g, '2022').replace(/2020/g, '2019').replace(/2022/g, '2020');
    assert.notEqual(lastYear, text);
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'fzlint-worker-previous-')));
    workspaces.set('prev', dir);
    fs.mkdirSync(path.join(dir, 'archive'));
    fs.writeFileSync(path.join(dir, 'archive', 'shanwei-2019.txt'), lastYear);
    fs.writeFileSync(path.join(dir, 'shanwei-2020.txt'), text);
    const cliWith = (...args: string[]) => {
      const run = runCli(['--format', 'json', ...args, path.join(dir, 'shanwei-2020.txt')], { cwd: dir });
      assert.ok(run.status === 0 || run.status === 1, `fzlint ${args.join(' ')}: ${run.stderr}`);
      return (JSON.parse(run.stdout) as JsonResult[])[0].messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`).sort();
    };
    const named = cliWith('--previous', path.join(dir, 'archive', 'shanwei-2019.txt'));
    const CROSS = ['copied-from-last-year', 'year-on-year-figures', 'promise-follow-through'];
    assert.ok(
      named.some((f) => CROSS.includes(f.split(' ')[1])),
      `the CLI finds something across the years: ${named.join(', ')}`,
    );

    const without = cliWith();
    assert.notDeepEqual(named, without, 'last year’s report changes the findings');

    const uri = 'vscode-test-web://prev/shanwei-2020.txt';
    let from = await sentSoFar();
    await send({ method: 'workspace/didChangeConfiguration', params: { settings: { fzlint: { previousReport: '/archive/shanwei-2019.txt' } } } });
    await send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'plaintext', version: 1, text } } });
    const linked = await received(`m.method === 'textDocument/publishDiagnostics' && m.params.uri === ${JSON.stringify(uri)}`, from);
    assert.deepEqual(shortFindings(linked.params!.diagnostics!), named);

    // 对照去年报告 on a cross-year finding: the command names last year's report and the line.
    const crossYear = linked.params!.diagnostics!.find((d) => CROSS.includes(d.code))!;
    await send({ id: 50, method: 'textDocument/codeAction', params: { textDocument: { uri }, range: crossYear.range, context: { diagnostics: [crossYear] } } });
    const actions = ((await received('m.id === 50 && !m.method')) as { result?: CodeAction[] }).result ?? [];
    const compare = actions.find((a) => a.title === '对照去年报告');
    assert.equal(compare?.command?.command, 'fzlint.server.showPreviousReport');
    assert.equal(compare.command.arguments?.[0], 'vscode-test-web://prev/archive/shanwei-2019.txt');
    assert.ok(Number.isInteger(compare.command.arguments?.[1]));
    // The web client's read-only view shows the server's text of it.
    await send({ id: 51, method: 'fzlint/previousReportText', params: { uri: 'vscode-test-web://prev/archive/shanwei-2019.txt' } });
    assert.equal(((await received('m.id === 51 && !m.method')) as { result?: string }).result, lastYear);

    // auto with an archive folder: the same report is found through the folder listing.
    const auto = cliWith('--previous', 'auto', '--archive', path.join(dir, 'archive'));
    assert.deepEqual(auto, named);
    from = await sentSoFar();
    await send({ method: 'workspace/didChangeConfiguration', params: { settings: { fzlint: { previousReport: 'auto', archiveFolders: ['/archive'] } } } });
    const found = await received(`m.method === 'textDocument/publishDiagnostics' && m.params.uri === ${JSON.stringify(uri)}`, from);
    assert.deepEqual(shortFindings(found.params!.diagnostics!), auto);

    // Off again: the findings without last year's report, as the CLI's.
    from = await sentSoFar();
    await send({ method: 'workspace/didChangeConfiguration', params: { settings: { fzlint: {} } } });
    const off = await received(`m.method === 'textDocument/publishDiagnostics' && m.params.uri === ${JSON.stringify(uri)}`, from);
    assert.deepEqual(shortFindings(off.params!.diagnostics!), without);
  });

  it('with last year’s report as a Word file (.docx, named and found by auto) the cross-year findings are those of `fzlint --previous` on that file', async () => {
    const text = fs.readFileSync(fullwidthReport, 'utf8');
    const lastYear = text.replace(/2021/g, '2022').replace(/2020/g, '2019').replace(/2022/g, '2020');
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'fzlint-worker-previous-docx-')));
    workspaces.set('prevdocx', dir);
    fs.mkdirSync(path.join(dir, '存档'));
    fs.writeFileSync(path.join(dir, '存档', '2019年报告.docx'), await docxOfText(lastYear));
    fs.writeFileSync(path.join(dir, 'shanwei-2020.txt'), text);
    const cliWith = (...args: string[]) => {
      const run = runCli(['--format', 'json', ...args, path.join(dir, 'shanwei-2020.txt')], { cwd: dir });
      assert.ok(run.status === 0 || run.status === 1, `fzlint ${args.join(' ')}: ${run.stderr}`);
      return (JSON.parse(run.stdout) as JsonResult[])[0].messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`).sort();
    };
    const named = cliWith('--previous', path.join(dir, '存档', '2019年报告.docx'));
    assert.notDeepEqual(named, cliWith(), 'last year’s Word report changes the CLI’s findings');

    const uri = 'vscode-test-web://prevdocx/shanwei-2020.txt';
    let from = await sentSoFar();
    await send({ method: 'workspace/didChangeConfiguration', params: { settings: { fzlint: { previousReport: '/存档/2019年报告.docx' } } } });
    await send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'plaintext', version: 1, text } } });
    const linked = await received(`m.method === 'textDocument/publishDiagnostics' && m.params.uri === ${JSON.stringify(uri)}`, from);
    assert.deepEqual(shortFindings(linked.params!.diagnostics!), named);
    // The read-only view of 对照去年报告 shows the Word file's text (one line per paragraph).
    const wordUri = `vscode-test-web://prevdocx/${encodeURIComponent('存档')}/${encodeURIComponent('2019年报告')}.docx`;
    await send({ id: 55, method: 'fzlint/previousReportText', params: { uri: wordUri } });
    assert.equal(((await received('m.id === 55 && !m.method')) as { result?: string }).result, lastYear.replace(/\n$/, ''));

    const auto = cliWith('--previous', 'auto', '--archive', path.join(dir, '存档'));
    assert.deepEqual(auto, named);
    from = await sentSoFar();
    await send({ method: 'workspace/didChangeConfiguration', params: { settings: { fzlint: { previousReport: 'auto', archiveFolders: ['/存档'] } } } });
    const found = await received(`m.method === 'textDocument/publishDiagnostics' && m.params.uri === ${JSON.stringify(uri)}`, from);
    assert.deepEqual(shortFindings(found.params!.diagnostics!), auto);
    await send({ method: 'workspace/didChangeConfiguration', params: { settings: { fzlint: {} } } });
    await send({ method: 'textDocument/didClose', params: { textDocument: { uri } } });
  });

  it('a verdict ledger in the workspace (fzlint verdict dismiss) hides the dismissed finding, as `fzlint --ledger` counts it', async () => {
    const text = fs.readFileSync(fullwidthReport, 'utf8');
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'fzlint-worker-ledger-')));
    workspaces.set('ledger', dir);
    fs.mkdirSync(path.join(dir, '年报'));
    const report = path.join(dir, '年报', 'report.txt');
    fs.writeFileSync(report, text);
    const lint = (...args: string[]) => {
      const run = runCli(['--format', 'json', ...args, report], { cwd: dir });
      assert.ok(run.status === 0 || run.status === 1, `fzlint: ${run.stderr}`);
      return (JSON.parse(run.stdout) as JsonResult[])[0].messages;
    };
    const first = lint()[0];
    const dismiss = runCli(['verdict', 'dismiss', report, '--rule', first.ruleId, '--line', String(first.line), '--reason', '测试'], { cwd: dir });
    assert.equal(dismiss.status, 0, `fzlint verdict: ${dismiss.stderr}`);
    assert.ok(fs.existsSync(path.join(dir, '.fzlint-verdicts.json')), 'the ledger is in the workspace folder');
    const withLedger = lint('--ledger', path.join(dir, '.fzlint-verdicts.json'));
    const shown = withLedger.filter((m) => (m as { verdict?: { status: string } }).verdict?.status !== 'dismissed');
    assert.equal(shown.length, withLedger.length - 1, 'the CLI marks one finding dismissed');

    const uri = `vscode-test-web://ledger/${encodeURIComponent('年报')}/report.txt`;
    const from = await sentSoFar();
    await send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'plaintext', version: 1, text } } });
    const published = await received(`m.method === 'textDocument/publishDiagnostics' && m.params.uri === ${JSON.stringify(uri)}`, from);
    assert.deepEqual(shortFindings(published.params!.diagnostics!), shown.map((m) => `${m.line}:${m.column} ${m.ruleId}`).sort());
  });

  it('检查工作区中的全部报告 walks a workspace folder through the client and publishes what `fzlint --format json` finds in that folder; an open report is counted from the editor', async () => {
    const text = fs.readFileSync(fullwidthReport, 'utf8');
    const mutated = fs.readFileSync(mutatedReport, 'utf8');
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'fzlint-worker-workspace-')));
    workspaces.set('ws', dir);
    const write = (rel: string, content: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), content);
    };
    write('年报/2020.txt', text);
    write('审阅/mutated.txt', mutated);
    write('open.txt', text);
    write('notes.txt', '会议记录\n\n明天上午九点开会。\n');
    // Not walked: a dependency folder, a dot-folder, a link to a folder (never followed).
    write('node_modules/pkg/copy.txt', mutated);
    write('.drafts/copy.txt', mutated);
    fs.symlinkSync(path.join(dir, '审阅'), path.join(dir, '链接'));

    // The CLI on the folder: the reports it checks and what it finds in each.
    const run = runCli(['--format', 'json', dir], { cwd: dir });
    assert.ok(run.status === 0 || run.status === 1, `fzlint --format json ${dir}: ${run.stderr}`);
    const cli = new Map(
      (JSON.parse(run.stdout) as JsonResult[])
        .filter((r) => r.messages.length > 0)
        .map((r) => [path.relative(dir, r.filePath), r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`).sort()]),
    );
    assert.deepEqual([...cli.keys()].sort(), ['open.txt', '审阅/mutated.txt', '年报/2020.txt'].sort(), 'the CLI checks the three reports');

    // The editor has the folder open, and open.txt in it with other text than on disk.
    await page.evaluate(() => {
      (window as unknown as { fzlintFolders: object[] }).fzlintFolders = [{ uri: 'vscode-test-web://ws', name: 'ws' }];
    });
    const openUri = 'vscode-test-web://ws/open.txt';
    let from = await sentSoFar();
    await send({ method: 'textDocument/didOpen', params: { textDocument: { uri: openUri, languageId: 'plaintext', version: 1, text: mutated } } });
    const open = await received(`m.method === 'textDocument/publishDiagnostics' && m.params.uri === ${JSON.stringify(openUri)}`, from);
    const openCount = open.params!.diagnostics!.length;
    assert.ok(openCount > cli.get('open.txt')!.length, 'the editor’s text (the mutated reference) has more findings than the file on disk');

    from = await sentSoFar();
    await send({ id: 60, method: 'workspace/executeCommand', params: { command: 'fzlint.server.lintWorkspace', arguments: [] } });
    const answer = (await received('m.id === 60 && !m.method', from)) as { result?: { files: number; reports: number; problems: number } };
    const published = await page.evaluate(
      (from) =>
        (window as unknown as { fzlintMessages: Message[] }).fzlintMessages
          .slice(from)
          .filter((m) => m.method === 'textDocument/publishDiagnostics' && m.params?.uri?.startsWith('vscode-test-web://ws/')),
      from,
    );
    const byFile = new Map(
      published.map((m) => [decodeURIComponent(m.params!.uri!.slice('vscode-test-web://ws/'.length)), shortFindings(m.params!.diagnostics!)]),
    );
    assert.deepEqual([...byFile.keys()].sort(), ['审阅/mutated.txt', '年报/2020.txt'].sort(), 'the reports that are not open, and nothing else, are published');
    assert.deepEqual(byFile.get('年报/2020.txt'), cli.get('年报/2020.txt'));
    assert.deepEqual(byFile.get('审阅/mutated.txt'), cli.get('审阅/mutated.txt'));
    // Four candidates (the note too, which is no report); three reports with problems, the open one as the editor has it.
    assert.deepEqual(answer.result, {
      files: 4,
      reports: 3,
      problems: cli.get('年报/2020.txt')!.length + cli.get('审阅/mutated.txt')!.length + openCount,
    });
    const local = requests.filter((r) => !r.startsWith('http://127.0.0.1:'));
    assert.deepEqual(local, [], 'no request but the page and the test server');
  });

  it('忽略此问题 writes the dismissal to the workspace folder’s ledger through the client; the finding is no longer published, and `fzlint --ledger` counts it dismissed', async () => {
    const text = fs.readFileSync(fullwidthReport, 'utf8');
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'fzlint-worker-dismiss-')));
    workspaces.set('dismiss', dir);
    fs.mkdirSync(path.join(dir, '年报'));
    const report = path.join(dir, '年报', 'report.txt');
    fs.writeFileSync(report, text);
    await page.evaluate(() => {
      (window as unknown as { fzlintFolders: object[] }).fzlintFolders = [{ uri: 'vscode-test-web://dismiss', name: 'dismiss' }];
    });
    const uri = `vscode-test-web://dismiss/${encodeURIComponent('年报')}/report.txt`;
    let from = await sentSoFar();
    await send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'plaintext', version: 1, text } } });
    const published = await received(`m.method === 'textDocument/publishDiagnostics' && m.params.uri === ${JSON.stringify(uri)}`, from);
    const before = shortFindings(published.params!.diagnostics!);
    const target = published.params!.diagnostics![0];
    const targetKey = `${target.range.start.line + 1}:${target.range.start.character + 1} ${target.code}`;

    await send({
      id: 70,
      method: 'textDocument/codeAction',
      params: { textDocument: { uri }, range: target.range, context: { diagnostics: [target], only: ['quickfix'] } },
    });
    const actions = (await received('m.id === 70 && !m.method', from)) as { result?: { title: string; command?: { command: string; arguments: unknown[] } }[] };
    const dismiss = actions.result?.find((a) => a.title === '忽略此问题（记入核查记录）');
    assert.ok(dismiss?.command, (actions.result ?? []).map((a) => a.title).join(' | '));

    from = await sentSoFar();
    await send({ id: 71, method: 'workspace/executeCommand', params: { command: dismiss.command.command, arguments: dismiss.command.arguments } });
    const answer = (await received('m.id === 71 && !m.method', from)) as { result?: { recorded: boolean; ledger?: string } };
    assert.deepEqual(answer.result, { recorded: true, ledger: 'vscode-test-web://dismiss/.fzlint-verdicts.json' });
    assert.ok(writes.includes('.fzlint-verdicts.json'), `written: ${writes.join(', ')}`);
    const after = await received(`m.method === 'textDocument/publishDiagnostics' && m.params.uri === ${JSON.stringify(uri)}`, from);
    assert.deepEqual(
      shortFindings(after.params!.diagnostics!),
      before.filter((k) => k !== targetKey),
      'the dismissed finding is gone, the others stay',
    );

    // The CLI reads the same ledger and marks that finding, and only it, dismissed.
    const run = runCli(['--format', 'json', '--ledger', path.join(dir, '.fzlint-verdicts.json'), report], { cwd: dir });
    assert.ok(run.status === 0 || run.status === 1, `fzlint --ledger: ${run.stderr}`);
    const dismissed = (JSON.parse(run.stdout) as JsonResult[])[0].messages
      .filter((m) => (m as { verdict?: { status: string } }).verdict?.status === 'dismissed')
      .map((m) => `${m.line}:${m.column} ${m.ruleId}`);
    assert.deepEqual(dismissed, [targetKey]);
  });
});
