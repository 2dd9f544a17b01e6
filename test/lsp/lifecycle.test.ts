/**
 * The language server follows the LSP lifecycle (issue 18): errors before `initialize` (-32002) and
 * after `shutdown` (-32600), a second `initialize` refused, `exit` codes, and a malformed header ends
 * the connection with a log line instead of leaving a server that never answers. Raw stdio, as an
 * editor's transport; uses the bundle (npm run build).
 */
import * as assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { serverBundle, TestLspClient } from '../helpers/lsp-client';

interface Reply {
  id?: number | string | null;
  result?: unknown;
  error?: { code: number; message: string };
  method?: string;
}

/** The server over raw stdio: framed messages in, parsed messages out. */
class RawServer {
  readonly child: ChildProcessWithoutNullStreams;
  readonly received: Reply[] = [];
  stderr = '';
  private buffer = Buffer.alloc(0);
  private waiting: { test: (r: Reply) => boolean; resolve: (r: Reply) => void }[] = [];
  readonly exited: Promise<number | null>;

  constructor() {
    this.child = spawn(process.execPath, [serverBundle, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout.on('data', (d: Buffer) => this.feed(d));
    this.child.stderr.on('data', (d: Buffer) => (this.stderr += d.toString()));
    this.child.stdin.on('error', () => {});
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
  }

  private feed(d: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, d]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString()) as Reply;
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.received.push(body);
      this.waiting = this.waiting.filter((w) => (w.test(body) ? (w.resolve(body), false) : true));
    }
  }

  sendRaw(text: string): void {
    this.child.stdin.write(text);
  }

  send(message: object): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  reply(id: number, timeout = 20000): Promise<Reply> {
    const seen = this.received.find((r) => r.id === id && r.method === undefined);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no reply to request ${id}; stderr: ${this.stderr}`)), timeout);
      this.waiting.push({ test: (r) => r.id === id && r.method === undefined, resolve: (r) => (clearTimeout(timer), resolve(r)) });
    });
  }

  initialize(id: number): void {
    this.send({ id, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
  }

  kill(): void {
    this.child.kill('SIGKILL');
  }
}

describe('language server lifecycle (issue 18)', function () {
  this.timeout(60000);
  let server: RawServer | undefined;
  afterEach(() => server?.kill());

  it('answers -32002 to requests before initialize and drops notifications; then initializes normally', async () => {
    server = new RawServer();
    server.send({ id: 1, method: 'textDocument/hover', params: { textDocument: { uri: 'file:///x.txt' }, position: { line: 0, character: 0 } } });
    server.send({
      method: 'textDocument/didOpen',
      params: { textDocument: { uri: 'file:///x.txt', languageId: 'plaintext', version: 1, text: '推进依法行政,取得成效。' } },
    });
    const early = await server.reply(1);
    assert.equal(early.error?.code, -32002);
    server.initialize(2);
    const init = await server.reply(2);
    assert.ok(init.result && typeof init.result === 'object' && 'capabilities' in init.result);
    server.send({ method: 'initialized', params: {} });
    // A second initialize is refused.
    server.initialize(3);
    assert.equal((await server.reply(3)).error?.code, -32600);
    // The early didOpen was dropped: the document is not known, so no diagnostics were published for it.
    assert.ok(!server.received.some((r) => r.method === 'textDocument/publishDiagnostics'));
  });

  it('after shutdown answers -32600, and exit then ends with code 0', async () => {
    server = new RawServer();
    server.initialize(1);
    await server.reply(1);
    server.send({ method: 'initialized', params: {} });
    server.send({ id: 2, method: 'shutdown' });
    assert.equal((await server.reply(2)).error, undefined);
    server.send({ id: 3, method: 'textDocument/hover', params: { textDocument: { uri: 'file:///x.txt' }, position: { line: 0, character: 0 } } });
    assert.equal((await server.reply(3)).error?.code, -32600);
    server.send({ method: 'exit' });
    assert.equal(await server.exited, 0);
  });

  it('exit without shutdown ends with code 1', async () => {
    server = new RawServer();
    server.initialize(1);
    await server.reply(1);
    server.send({ method: 'exit' });
    assert.equal(await server.exited, 1);
  });

  it('a malformed header closes the connection with a log line', async () => {
    server = new RawServer();
    server.initialize(1);
    await server.reply(1);
    server.sendRaw('Content-Lenght: 12\r\nX: y\r\n\r\n{"id":2}\r\n\r\n');
    const code = await Promise.race([server.exited, new Promise<string>((r) => setTimeout(() => r('still running'), 20000))]);
    assert.equal(code, 1);
    assert.match(server.stderr, /unreadable message from the client/);
  });
});

describe('language server: configs that are FIFOs or devices (issue 18)', function () {
  this.timeout(60000);

  for (const kind of ['fifo', 'device'] as const) {
    it(`a .fzlintrc.json that is a ${kind === 'fifo' ? 'FIFO' : 'link to /dev/zero'} is one diagnostic on it; the report is still linted`, async () => {
      const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'fzlint-lsp-fifo-')));
      const report = ['某县2023年法治政府建设年度报告', '', '一、主要举措和成效', '', '推进依法行政,取得明显成效。', ''].join('\n');
      fs.writeFileSync(path.join(dir, 'r.txt'), report);
      const config = path.join(dir, '.fzlintrc.json');
      if (kind === 'fifo') assert.equal(spawnSync('mkfifo', [config]).status, 0);
      else fs.symlinkSync('/dev/zero', config);
      const { client } = await TestLspClient.start();
      try {
        const reportUri = pathToFileURL(path.join(dir, 'r.txt')).href;
        const onConfig = client.waitForDiagnostics(pathToFileURL(config).href, (p) => p.diagnostics.length > 0);
        await client.open(reportUri, 'plaintext', 1, report);
        const diagnostics = await client.diagnosticsForVersion(reportUri, 1);
        assert.ok(diagnostics.diagnostics.some((d) => d.code === 'fullwidth-punctuation'));
        assert.match((await onConfig).diagnostics[0].message, /不是普通文件/);
      } finally {
        await client.stop();
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
