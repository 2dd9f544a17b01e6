/**
 * Protocol test: the editor's links to rule documentation open the pages installed with the server
 * (file: URIs of files that exist; no network needed), in diagnostics, hovers and the "show rule
 * documentation" action; `fzlint.docsBase` moves them. Needs `npm run build`.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic, Hover, MarkupContent } from 'vscode-languageserver';
import { bundledRulePage, isLocalMarkdownPage, previewCommandUri, previewLinks } from '../../client/src/docs-preview';
import { CLIENT_CAPABILITIES, TestLspClient } from '../helpers/lsp-client';
import { repoRoot } from '../helpers/paths';

const SLOW = 45000;

const REPORT = [
  '某某市人民政府2020年法治政府建设年度报告',
  '',
  '　　一、主要举措和成效',
  '',
  '　　（一）办理案件78 件，复议12 件。',
  '',
  '　　二、存在的不足和原因',
  '',
  '　　（一）基层力量不足。',
  '',
  '　　某某市人民政府',
  '',
  '　　2021年1月31日',
  '',
].join('\n');

/** The server bundle runs from dist/: its docs are the repository's docs/ (as in the VSIX and the npm package). */
const bundledBase = pathToFileURL(path.join(repoRoot, 'docs') + path.sep).href;

function assertInstalledPage(url: string | undefined, page: string): void {
  assert.equal(url, `${bundledBase}${page}`);
  assert.ok(fs.statSync(fileURLToPath(url!)).isFile(), `${url} names an existing file`);
}

describe('language server: rule documentation links', function () {
  this.timeout(90000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fzlint-lsp-docs-'));
  const uri = pathToFileURL(path.join(dir, '2020年法治政府建设年度报告.txt')).href;
  const shown: { uri: string; external?: boolean }[] = [];
  let client: TestLspClient;
  let diagnostics: Diagnostic[] = [];

  before(async function () {
    ({ client } = await TestLspClient.start({
      capabilities: { ...CLIENT_CAPABILITIES, window: { ...CLIENT_CAPABILITIES.window, showDocument: { support: true } } },
    }));
    client.connection.onRequest('window/showDocument', (params: { uri: string; external?: boolean }) => {
      shown.push(params);
      return { success: true };
    });
    await client.open(uri, 'plaintext', 1, REPORT);
    diagnostics = (await client.diagnosticsForVersion(uri, 1, SLOW)).diagnostics;
  });

  after(async function () {
    if (client) await client.stop();
  });

  const space = () => diagnostics.find((d) => d.code === 'number-unit-space') as Diagnostic;

  it('each diagnostic’s codeDescription.href is the installed rule page, a file that exists', () => {
    assert.ok(space(), 'number-unit-space reports “78 件”');
    for (const d of diagnostics) assertInstalledPage(d.codeDescription?.href, `rules/${String(d.code)}.md`);
  });

  it('the hover links the same page', async function () {
    const hover = await client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: space().range.start });
    const value = (hover?.contents as MarkupContent | undefined)?.value ?? '';
    const link = value.match(/\[规则说明\]\(([^)]+)\)/)?.[1];
    assertInstalledPage(link, 'rules/number-unit-space.md');
  });

  it('the VS Code client turns the hover’s page link into a Markdown-preview command link for that page', async function () {
    const hover = await client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: space().range.start });
    const value = (hover?.contents as MarkupContent).value;
    const page = `${bundledBase}rules/number-unit-space.md`;
    // The client passes vscode.Uri#toJSON(); a plain object stands in for it here.
    const rewritten = previewLinks(value, (url) => previewCommandUri({ $mid: 1, scheme: 'file', path: fileURLToPath(url) }));
    const link = rewritten.match(/\[规则说明\]\(([^)]+)\)/)?.[1] ?? '';
    assert.match(link, /^command:markdown\.showPreview\?/);
    assert.deepEqual(JSON.parse(decodeURIComponent(link.slice(link.indexOf('?') + 1))), [{ $mid: 1, scheme: 'file', path: fileURLToPath(page) }]);
    assert.equal(rewritten.replace(link, page), value, 'nothing else changes');
    // Web pages and other files keep their links.
    assert.equal(
      previewLinks('[a](https://x.example/a.md) [b](file:///tmp/b.txt)', () => 'command:x'),
      '[a](https://x.example/a.md) [b](file:///tmp/b.txt)',
    );
    assert.ok(isLocalMarkdownPage(page) && isLocalMarkdownPage(`${page}#section`) && !isLocalMarkdownPage('https://x.example/a.md'));
  });

  it('“show rule documentation” opens the bundled page inside the editor, not in a browser', async function () {
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: space().range,
      context: { diagnostics: [space()], only: ['quickfix'] },
    });
    const docs = actions.find((a) => a.title === '查看规则 number-unit-space 的说明');
    assert.ok(docs?.command, actions.map((a) => a.title).join(' | '));
    await client.connection.sendRequest('workspace/executeCommand', { command: docs.command.command, arguments: docs.command.arguments });
    assert.equal(shown.length, 1);
    assertInstalledPage(shown[0].uri, 'rules/number-unit-space.md');
    assert.notEqual(shown[0].external, true);
  });

  it('fzlint.docsBase moves the links of diagnostics and hovers to that base', async function () {
    client.settings = { enable: true, locale: 'zh-CN', docsBase: 'https://intranet.example.gov.cn/fzlint/docs' };
    const mark = client.published.length;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const moved = (await client.waitForDiagnostics(uri, (p) => client.published.indexOf(p) >= mark, SLOW)).diagnostics;
    assert.ok(moved.length > 0);
    for (const d of moved) assert.equal(d.codeDescription?.href, `https://intranet.example.gov.cn/fzlint/docs/rules/${String(d.code)}.md`);
    const target = moved.find((d) => d.code === 'number-unit-space') as Diagnostic;
    const hover = await client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: target.range.start });
    assert.match((hover?.contents as MarkupContent).value, /\[规则说明\]\(https:\/\/intranet\.example\.gov\.cn\/fzlint\/docs\/rules\/number-unit-space\.md\)/);
  });

  it('a docsBase that is no http(s)/file URL or absolute folder is not used: the bundled pages again', async function () {
    client.settings = { enable: true, locale: 'zh-CN', docsBase: 'javascript:alert(1)' };
    const mark = client.published.length;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const again = (await client.waitForDiagnostics(uri, (p) => client.published.indexOf(p) >= mark, SLOW)).diagnostics;
    assert.ok(again.length > 0);
    for (const d of again) assertInstalledPage(d.codeDescription?.href, `rules/${String(d.code)}.md`);
  });
});

describe('web extension: rule documentation links of the web worker server', () => {
  it('a relative page link (also as the editor turns it into file:///docs/…) names the extension’s own page; a web page is left to the server', () => {
    assert.equal(bundledRulePage('docs/rules/figure-consistency.md'), 'rules/figure-consistency.md');
    assert.equal(bundledRulePage('file:///docs/rules/figure-consistency.md#示例'), 'rules/figure-consistency.md');
    assert.equal(bundledRulePage('https://example.org/docs/rules/figure-consistency.md'), undefined);
    assert.equal(bundledRulePage('docs/rules/../../secret.md'), undefined);
    // Every rule page the web server links exists in the extension (docs/rules/*.md is in the VSIX).
    for (const file of fs.readdirSync(path.join(repoRoot, 'docs', 'rules')).filter((f) => f.endsWith('.md'))) {
      assert.equal(bundledRulePage(`docs/rules/${file}`), `rules/${file}`);
    }
  });
});
