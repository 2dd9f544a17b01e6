/**
 * Protocol tests: last year's report in the editor (`fzlint.previousReport`, `fzlint.archiveFolders`)
 * and the code action 对照去年报告 that shows it (window/showDocument). Texts are written here, in the
 * shape of docs/rules/copied-from-last-year.md's examples. Uses dist/server.cjs (npm run build).
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic, PublishDiagnosticsParams, ShowDocumentParams, ShowMessageParams } from 'vscode-languageserver';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { CLIENT_CAPABILITIES, TestLspClient } from '../helpers/lsp-client';

const SHORTCOMING = '基层执法人员法律素养有待提升，执法程序不够规范，个别单位对合法性审核重视不够，主要是培训不足、考核不严。';
const report = (issuer: string, year: number, work: string, shortcoming = SHORTCOMING) =>
  `${issuer}${year}年法治政府建设年度报告\n一、主要举措和成效\n${work}\n二、存在的不足和原因\n${shortcoming}\n三、${year + 1}年工作安排\n继续推进依法行政。\n\n${issuer}\n${year + 1}年1月20日\n`;
const LAST_YEAR = report('某县人民政府', 2022, '全年办理行政复议案件86件，纠错率12%。');
const THIS_YEAR = report('某县人民政府', 2023, '全年办理行政复议案件93件，纠错率10%。');

/** Polls (the notification may arrive just after the command's answer). */
async function waitUntil(ok: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A Word file with one paragraph per line of the text (built here; no binary fixture). */
async function docxOf(text: string): Promise<Buffer> {
  const lines = text.replace(/\n$/, '').split('\n');
  return Packer.toBuffer(new Document({ sections: [{ children: lines.map((l) => new Paragraph({ children: [new TextRun(l)] })) }] }));
}

const CROSS_YEAR = new Set(['copied-from-last-year', 'year-on-year-figures', 'previous-report']);
const cross = (p: PublishDiagnosticsParams) =>
  p.diagnostics.filter((d) => CROSS_YEAR.has(String(d.code))).map((d) => `${String(d.code)}@${d.range.start.line + 1}`);

describe('language server: last year’s report (fzlint.previousReport)', function () {
  this.timeout(60000);
  let client: TestLspClient | undefined;
  let dir = '';
  let messages: ShowMessageParams[] = [];
  let shown: ShowDocumentParams[] = [];

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fzlint-lsp-previous-'));
  });
  afterEach(async () => {
    await client?.stop();
    client = undefined;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  function write(name: string, text: string): string {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    return file;
  }

  async function start(settings: Record<string, unknown>, showDocument = true): Promise<TestLspClient> {
    ({ client } = await TestLspClient.start({
      capabilities: { ...CLIENT_CAPABILITIES, window: { showDocument: { support: showDocument } } },
      workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'ws' }],
    }));
    messages = [];
    shown = [];
    client.connection.onNotification('window/showMessage', (p: ShowMessageParams) => void messages.push(p));
    client.connection.onRequest('window/showDocument', (p: ShowDocumentParams) => {
      shown.push(p);
      return { success: true };
    });
    client.settings = { enable: true, locale: 'zh-CN', ...settings };
    return client;
  }

  /** Open this year's report as version 1 and wait for its diagnostics. */
  async function open(c: TestLspClient, name = '2023年报告.txt', text = THIS_YEAR): Promise<{ uri: string; diagnostics: PublishDiagnosticsParams }> {
    const uri = pathToFileURL(write(name, text)).href;
    await c.open(uri, 'plaintext', 1, text);
    return { uri, diagnostics: await c.diagnosticsForVersion(uri, 1) };
  }

  async function codeActions(c: TestLspClient, uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
    return c.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: ['quickfix'] },
    });
  }

  it('a named file (absolute): the copied paragraph is found; 对照去年报告 shows last year’s report at its line', async () => {
    const previous = write('old/去年.txt', LAST_YEAR);
    const c = await start({ previousReport: previous });
    const { uri, diagnostics } = await open(c);
    assert.deepEqual(cross(diagnostics), ['copied-from-last-year@5']);
    const copied = diagnostics.diagnostics.find((d) => d.code === 'copied-from-last-year')!;
    assert.match(copied.message, /去年\.txt第5行/);

    const actions = await codeActions(c, uri, copied);
    const compare = actions.filter((a) => a.title === '对照去年报告');
    assert.equal(compare.length, 1, actions.map((a) => a.title).join(' | '));
    assert.equal(compare[0].command?.command, 'fzlint.server.showPreviousReport');
    await c.connection.sendRequest('workspace/executeCommand', { command: compare[0].command!.command, arguments: compare[0].command!.arguments });
    assert.equal(shown.length, 1);
    assert.equal(shown[0].uri, pathToFileURL(previous).href);
    assert.deepEqual(shown[0].selection, { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } });
    assert.equal(shown[0].external, undefined);
    assert.equal(messages.length, 0, messages.map((m) => m.message).join('\n'));

    // No such action on a finding that does not refer to last year's report.
    const other = diagnostics.diagnostics.find((d) => !CROSS_YEAR.has(String(d.code)));
    if (other) assert.ok(!(await codeActions(c, uri, other)).some((a) => a.title === '对照去年报告'));
  });

  it('English titles with fzlint.locale en; a year-on-year finding opens last year’s report at its figure’s line', async () => {
    write('archive/2022.txt', report('某县人民政府', 2022, '全年办理行政复议案件86件。'));
    const c = await start({ locale: 'en', previousReport: 'auto', archiveFolders: ['archive'] });
    const text = report(
      '某县人民政府',
      2023,
      '全年办理行政复议案件93件，同比增长12%。',
      '乡镇综合执法队伍新组建，案卷评查中发现文书不规范问题较多，原因是业务培训尚未覆盖新进人员。',
    );
    const { uri, diagnostics } = await open(c, 'received/2023.txt', text);
    assert.deepEqual(cross(diagnostics), ['year-on-year-figures@3']);
    const figure = diagnostics.diagnostics.find((d) => d.code === 'year-on-year-figures')!;
    const compare = (await codeActions(c, uri, figure)).filter((a) => a.title === "Compare with last year's report");
    assert.equal(compare.length, 1);
    await c.connection.sendRequest('workspace/executeCommand', { command: compare[0].command!.command, arguments: compare[0].command!.arguments });
    assert.equal(shown[0].uri, pathToFileURL(path.join(dir, 'archive/2022.txt')).href);
    assert.equal(shown[0].selection?.start.line, 2);
  });

  it('off (the default): no cross-year diagnostic; turning it on (relative path) re-validates the open report', async () => {
    write('去年.txt', LAST_YEAR);
    const c = await start({});
    const { uri, diagnostics } = await open(c);
    assert.deepEqual(cross(diagnostics), []);
    const before = c.published.length;
    c.settings = { ...c.settings, previousReport: '去年.txt' };
    await c.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const after = await c.waitForDiagnostics(uri, (p) => c.published.indexOf(p) >= before && cross(p).length > 0);
    assert.deepEqual(cross(after), ['copied-from-last-year@5']);

    const again = c.published.length;
    c.settings = { ...c.settings, previousReport: '' };
    await c.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const off = await c.waitForDiagnostics(uri, (p) => c.published.indexOf(p) >= again);
    assert.deepEqual(cross(off), []);
  });

  it('auto with no report of last year: the one previous-report info, nothing else cross-year', async () => {
    write('邻县2022.txt', report('邻县人民政府', 2022, '全年办理行政复议案件70件。'));
    const c = await start({ previousReport: 'auto' });
    const { diagnostics } = await open(c);
    assert.deepEqual(cross(diagnostics), ['previous-report@1']);
    const info = diagnostics.diagnostics.find((d) => d.code === 'previous-report')!;
    assert.equal(info.severity, 3);
    assert.match(info.message, /未找到本单位2022年度的报告/);
  });

  it('auto with two candidates for last year: said once, nothing compared, no action to open either', async () => {
    write('2022年报告.txt', LAST_YEAR);
    write('2022年报告（修改稿）.txt', LAST_YEAR);
    const c = await start({ previousReport: 'auto' });
    const { uri, diagnostics } = await open(c);
    assert.deepEqual(cross(diagnostics), ['previous-report@1']);
    const info = diagnostics.diagnostics.find((d) => d.code === 'previous-report')!;
    assert.match(info.message, /^有2个文件都像本单位2022年度的报告（2022年报告\.txt、2022年报告（修改稿）\.txt）/);
    assert.ok(!(await codeActions(c, uri, info)).some((a) => a.title === '对照去年报告'));
  });

  it('auto finds last year’s report in the same folder by issuer and year', async () => {
    write('2022年报告.txt', LAST_YEAR);
    const c = await start({ previousReport: 'AUTO' });
    const { diagnostics } = await open(c);
    assert.deepEqual(cross(diagnostics), ['copied-from-last-year@5']);
  });

  it('a Word file: its text is compared; the read-only view gets that text, other editors the file and a message naming the line', async () => {
    const previous = path.join(dir, '去年.docx');
    fs.writeFileSync(previous, await docxOf(LAST_YEAR));
    const c = await start({ previousReport: '去年.docx' });
    const { uri, diagnostics } = await open(c);
    assert.deepEqual(cross(diagnostics), ['copied-from-last-year@5']);
    const previousUri = pathToFileURL(previous).href;
    // The text the VS Code client shows read-only: the document's paragraphs, one per line, as the finding counts them.
    const text = await c.connection.sendRequest<string | null>('fzlint/previousReportText', { uri: previousUri });
    assert.equal(text?.split('\n')[4], SHORTCOMING);
    // Only a report linked as last year's is served.
    assert.equal(await c.connection.sendRequest('fzlint/previousReportText', { uri: uri }), null);
    const copied = diagnostics.diagnostics.find((d) => d.code === 'copied-from-last-year')!;
    const [compare] = (await codeActions(c, uri, copied)).filter((a) => a.title === '对照去年报告');
    await c.connection.sendRequest('workspace/executeCommand', { command: compare.command!.command, arguments: compare.command!.arguments });
    assert.deepEqual(shown, [{ uri: previousUri, external: true }]);
    await waitUntil(() => messages.length > 0);
    assert.deepEqual(
      messages.map((m) => m.message),
      [`去年的报告：${previous}第5行`],
    );
  });

  it('a client without window/showDocument (Neovim 0.7): a message names last year’s file and line', async () => {
    const previous = write('去年.txt', LAST_YEAR);
    const c = await start({ previousReport: previous }, false);
    const { uri, diagnostics } = await open(c);
    const copied = diagnostics.diagnostics.find((d) => d.code === 'copied-from-last-year')!;
    const [compare] = (await codeActions(c, uri, copied)).filter((a) => a.title === '对照去年报告');
    const result = await c.connection.sendRequest('workspace/executeCommand', { command: compare.command!.command, arguments: compare.command!.arguments });
    assert.deepEqual(result, { shown: false });
    assert.deepEqual(shown, []);
    await waitUntil(() => messages.length > 0);
    assert.deepEqual(
      messages.map((m) => m.message),
      [`去年的报告：${previous}第5行`],
    );
  });

  it('auto: saving last year’s report into the folder re-lints the open report', async () => {
    const c = await start({ previousReport: 'auto' });
    const { uri, diagnostics } = await open(c);
    assert.deepEqual(cross(diagnostics), ['previous-report@1']);
    const lastUri = pathToFileURL(write('2022年报告.txt', LAST_YEAR)).href;
    const before = c.published.length;
    await c.open(lastUri, 'plaintext', 1, LAST_YEAR);
    await c.connection.sendNotification('textDocument/didSave', { textDocument: { uri: lastUri } });
    const after = await c.waitForDiagnostics(uri, (p) => c.published.indexOf(p) >= before && cross(p).includes('copied-from-last-year@5'));
    assert.deepEqual(cross(after), ['copied-from-last-year@5']);
  });

  it('a named file that cannot be read: one clear message, no cross-year finding, the server goes on', async () => {
    const c = await start({ previousReport: 'missing.txt' });
    const { uri, diagnostics } = await open(c);
    assert.deepEqual(cross(diagnostics), []);
    const warned = messages.filter((m) => /previousReport/.test(m.message));
    assert.equal(warned.length, 1, messages.map((m) => m.message).join('\n'));
    assert.equal(warned[0].type, 2);
    // The next lint says nothing again; the server is still up and linting.
    await c.change(uri, 2, [{ range: { start: { line: 9, character: 0 }, end: { line: 9, character: 0 } }, text: '\n' }]);
    await c.diagnosticsForVersion(uri, 2);
    assert.equal(messages.filter((m) => /previousReport/.test(m.message)).length, 1);
    assert.equal(c.alive, true);
    // The file appears: the next lint uses it.
    write('missing.txt', LAST_YEAR);
    await c.change(uri, 3, [{ range: { start: { line: 9, character: 0 }, end: { line: 10, character: 0 } }, text: '' }]);
    assert.deepEqual(cross(await c.diagnosticsForVersion(uri, 3)), ['copied-from-last-year@5']);
    // Gone again: said again, once.
    fs.rmSync(path.join(dir, 'missing.txt'));
    await c.change(uri, 4, [{ range: { start: { line: 9, character: 0 }, end: { line: 9, character: 0 } }, text: '\n' }]);
    assert.deepEqual(cross(await c.diagnosticsForVersion(uri, 4)), []);
    assert.equal(messages.filter((m) => /previousReport/.test(m.message)).length, 2);
    // Relative to the workspace folder; what is wrong, and what did not run.
    assert.equal(
      warned[0].message,
      `fzlint：无法读取去年的报告（设置 fzlint.previousReport）：${path.join(dir, 'missing.txt')}：文件不存在。跨年度对照未进行。`,
    );
  });
  it('“check all reports in the workspace”: a report that is not open is linked to last year’s as an open one is', async () => {
    write('2022年报告.txt', LAST_YEAR);
    write('2023年报告.txt', THIS_YEAR);
    const c = await start({ previousReport: 'auto' });
    const mark = c.published.length;
    await c.connection.sendRequest('workspace/executeCommand', { command: 'fzlint.server.lintWorkspace', arguments: [] });
    const published = c.published.slice(mark);
    const of = (name: string) => published.filter((p) => p.uri.endsWith(encodeURI(name))).pop();
    assert.deepEqual(cross(of('2023年报告.txt')!), ['copied-from-last-year@5']);
    assert.deepEqual(cross(of('2022年报告.txt')!), ['previous-report@1'], 'the older report says once that it has no report of 2021');
  });
});
