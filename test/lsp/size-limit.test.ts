/**
 * Protocol test of the language server's size limit (issue 8, "never silently"): a report longer than
 * LSP_MAX_CHARS gets exactly one diagnostic saying it was not checked, promptly, instead of a lint that
 * keeps the server busy on every keystroke; back under the limit it is linted as usual.
 * Needs `npm run build`.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type DocumentSymbol } from 'vscode-languageserver';
import { lintText } from '../../server/src/engine';
import { LSP_MAX_CHARS } from '../../server/src/lsp/size-limit';
import { TestLspClient } from '../helpers/lsp-client';
import { fullwidthReport } from '../helpers/paths';

describe('language server: documents over the size limit', function () {
  this.timeout(60000);

  const report = fs.readFileSync(fullwidthReport, 'utf8');
  const uri = pathToFileURL(path.join(os.tmpdir(), 'fzlint-size-limit', '2020年法治政府建设年度报告.txt')).href;
  // The reference report, then its body again and again until the text is just over the limit.
  let huge = report;
  while (huge.length <= LSP_MAX_CHARS) huge += `\n${report.slice(report.indexOf('\n') + 1)}`;
  let client: TestLspClient;

  before(async function () {
    ({ client } = await TestLspClient.start());
  });

  after(async function () {
    if (client) await client.stop();
  });

  it('gives one warning on the first line saying the document was not checked', async function () {
    assert.ok(huge.length > LSP_MAX_CHARS);
    const started = Date.now();
    await client.open(uri, 'plaintext', 1, huge);
    const { diagnostics } = await client.diagnosticsForVersion(uri, 1, 20000);
    const elapsed = Date.now() - started;
    assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics.map((d) => d.code)));
    const [d] = diagnostics;
    assert.equal(d.code, 'document-too-large');
    assert.equal(d.source, 'fzlint');
    assert.equal(d.severity, DiagnosticSeverity.Warning);
    assert.equal(d.range.start.line, 0);
    assert.equal(d.range.end.line, 0);
    assert.match(d.message, /未检查/);
    assert.ok(d.message.includes(huge.length.toLocaleString('en-US')), d.message);
    assert.ok(d.message.includes(LSP_MAX_CHARS.toLocaleString('en-US')), d.message);
    assert.match(d.codeDescription?.href ?? '', /language-server\.md#size-limit$/);
    // Not a lint of half a million characters: the answer comes without the engine running.
    assert.ok(elapsed < 15000, `took ${elapsed} ms`);
  });

  it('says so in English with fzlint.locale en', async function () {
    client.settings = { enable: true, locale: 'en' };
    const mark = client.published.length;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const { diagnostics } = await client.waitForDiagnostics(uri, (p) => client.published.indexOf(p) >= mark, 20000);
    assert.equal(diagnostics.length, 1);
    assert.match(diagnostics[0].message, /did not check it/);
    client.settings = { enable: true, locale: 'zh-CN' };
  });

  it('answers the outline request at once, with no sections, instead of parsing the huge text', async function () {
    const symbols = await client.connection.sendRequest<DocumentSymbol[] | null>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(symbols ?? [], []);
  });

  it('lints the document as usual once it is back under the limit', async function () {
    await client.change(uri, 2, [{ text: report }]);
    const { diagnostics } = await client.diagnosticsForVersion(uri, 2, 30000);
    const expected = lintText(report, { filePath: fullwidthReport }).findings;
    assert.ok(expected.length > 0);
    assert.equal(diagnostics.length, expected.length);
    assert.ok(!diagnostics.some((d) => d.code === 'document-too-large'));
  });
});
