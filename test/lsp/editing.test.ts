/**
 * Protocol tests of the editing features: outline, folding, hover, completion, the code-action menu
 * (fix → suggestions → disable for the line → for the file → docs → fix all of the rule → fix all),
 * disable comments, fix-all resolving, settings (per-rule severities, run onSave) and the server
 * commands (rule docs, report template, lint workspace). Needs `npm run build`.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type {
  CodeAction,
  CompletionItem,
  Diagnostic,
  DocumentSymbol,
  FoldingRange,
  Hover,
  MarkupContent,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lintText } from '../../server/src/engine';
import { CLIENT_CAPABILITIES, TestLspClient } from '../helpers/lsp-client';

/** Generous waits: the first lint loads jieba, and CI machines are shared. */
const SLOW = 45000;

const REPORT = [
  '某某市人民政府2020年法治政府建设年度报告',
  '',
  '某府〔2021〕9号',
  '',
  '　　一、主要举措和成效',
  '',
  '　　（一）深化"放管服"改革。',
  '',
  '　　（二）办理案件78 件，复议12 件。',
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

function apply(text: string, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'plaintext', 1, text), [...edits]);
}

function editsOf(edit: WorkspaceEdit | undefined): TextEdit[] {
  assert.ok(edit, 'the action has an edit');
  if (edit.documentChanges) {
    const change = edit.documentChanges[0];
    assert.ok('edits' in change);
    return change.edits as TextEdit[];
  }
  assert.ok(edit.changes);
  return Object.values(edit.changes)[0];
}

describe('language server editing features (stdio protocol)', function () {
  this.timeout(180000);

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fzlint-lsp-'));
  const reportPath = path.join(tmp, 'report.txt');
  const reportUri = pathToFileURL(reportPath).href;
  const shown: string[] = [];
  let client: TestLspClient;
  let diagnostics: Diagnostic[] = [];

  const codeActions = (uri: string, diagnostic: Diagnostic) =>
    client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    });

  before(async function () {
    fs.writeFileSync(reportPath, REPORT);
    fs.writeFileSync(path.join(tmp, 'README.md'), '# 说明\n\n数字与单位之间不应有空格，例如 78 件。\n');
    fs.mkdirSync(path.join(tmp, 'drafts'));
    fs.writeFileSync(path.join(tmp, 'drafts', '2021.md'), `# ${REPORT}`);
    ({ client } = await TestLspClient.start({
      capabilities: { ...CLIENT_CAPABILITIES, window: { showDocument: { support: true } } },
      workspaceFolders: [{ uri: pathToFileURL(tmp).href, name: 'ws' }],
    }));
    client.connection.onRequest('window/showDocument', (params: { uri: string }) => {
      shown.push(params.uri);
      return { success: true };
    });
    client.connection.onRequest('workspace/workspaceFolders', () => [{ uri: pathToFileURL(tmp).href, name: 'ws' }]);
    await client.open(reportUri, 'plaintext', 1, REPORT);
    diagnostics = (await client.diagnosticsForVersion(reportUri, 1, SLOW)).diagnostics;
  });

  after(async function () {
    if (client) await client.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('advertises outline, folding, hover, completion, commands and resolvable code actions', async function () {
    const { client: other, init } = await TestLspClient.start();
    await other.stop();
    const caps = init.capabilities;
    assert.ok(caps.documentSymbolProvider);
    assert.equal(caps.foldingRangeProvider, true);
    assert.equal(caps.hoverProvider, true);
    assert.ok(caps.completionProvider);
    assert.deepEqual(caps.executeCommandProvider?.commands, [
      'fzlint.server.showRuleDocs',
      'fzlint.server.fixAll',
      'fzlint.server.lintWorkspace',
      'fzlint.server.reportTemplate',
      'fzlint.server.dismissFinding',
      'fzlint.server.showPreviousReport',
    ]);
    assert.ok(caps.codeActionProvider && typeof caps.codeActionProvider === 'object' && caps.codeActionProvider.resolveProvider);
  });

  it('documentSymbol: the title, then 一、 with its （一）（二）, then 二、', async function () {
    const symbols = await client.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: reportUri } });
    const outline = (s: DocumentSymbol): unknown => (s.children?.length ? [s.name, s.children.map(outline)] : s.name);
    assert.deepEqual(symbols.map(outline), [
      '某某市人民政府2020年法治政府建设年度报告',
      ['一、主要举措和成效', ['（一）深化"放管服"改革', '（二）办理案件78 件，复议12 件']],
      ['二、存在的不足和原因', ['（一）基层力量不足']],
    ]);
    const two = symbols[2];
    assert.deepEqual([two.range.start.line, two.range.end.line], [10, 12], 'the 署名 and 成文日期 are not part of 二、');
    assert.deepEqual(two.selectionRange, { start: { line: 10, character: 2 }, end: { line: 10, character: 12 } });
  });

  it('documentSymbol of a 2023 report: the indicator coverage follows the headings, each area covered (with its paragraphs) or not', async function () {
    const uri = pathToFileURL(path.join(tmp, 'coverage-2023.txt')).href;
    const text = [
      '某县人民政府2023年法治政府建设年度报告',
      '一、主要举措和成效',
      '（一）深化“放管服”改革，持续优化营商环境。',
      '（二）加强规范性文件合法性审核和备案审查。',
      '（三）严格落实重大行政决策程序。',
      '（四）推进综合行政执法改革。',
      '（五）发挥行政复议化解行政争议的主渠道作用。',
      '（六）全面推进政务公开。',
      '（七）推进数字政府建设。',
      '二、存在的不足和原因',
      '应急预案修订滞后，主要是人员不足。',
      '',
    ].join('\n');
    await client.open(uri, 'plaintext', 1, text);
    const symbols = await client.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const group = symbols[symbols.length - 1];
    assert.equal(group.name, '指标覆盖：《法治政府建设实施纲要（2021—2025年）》八个体系');
    assert.equal(group.children?.length, 8);
    const byName = new Map(group.children!.map((c) => [c.name, c]));
    const decision = byName.get('健全行政决策制度体系')!;
    assert.equal(decision.detail, '已涉及 · 1');
    assert.deepEqual(
      decision.children?.map((c) => [c.name, c.selectionRange.start.line]),
      [['第5行', 4]],
    );
    // 应急 appears only in the shortcomings part: not work done.
    assert.equal(byName.get('健全突发事件应对体系')!.detail, '未涉及');
    await client.close(uri);
  });

  it('foldingRange: one range per section that spans more than one line', async function () {
    const ranges = await client.connection.sendRequest<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: reportUri } });
    assert.deepEqual(
      ranges.map((r) => [r.startLine, r.endLine]),
      [
        [4, 8],
        [10, 12],
      ],
    );
  });

  it('hover on a finding shows its message and a link to the rule; elsewhere nothing', async function () {
    const quote = diagnostics.find((d) => d.code === 'straight-quotes');
    assert.ok(quote);
    const hover = await client.connection.sendRequest<Hover | null>('textDocument/hover', {
      textDocument: { uri: reportUri },
      position: quote.range.start,
    });
    assert.ok(hover);
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /straight-quotes/);
    assert.match(value, /GB\/T 15834/);
    assert.match(value, /\[规则说明\]\(file:\/\/\S+\/docs\/rules\/straight-quotes\.md\)/);
    assert.deepEqual(hover.range, quote.range);
    const none = await client.connection.sendRequest<Hover | null>('textDocument/hover', {
      textDocument: { uri: reportUri },
      position: { line: 4, character: 6 },
    });
    assert.equal(none, null);
  });

  it('hover on a checked figure shows the arithmetic (engine/figures)', async function () {
    const uri = pathToFileURL(path.join(tmp, 'figures.txt')).href;
    const body = '　　全年共办理案件120件，其中行政案件50件、刑事案件70件。';
    await client.open(uri, 'plaintext', 1, `某市2020年法治政府建设年度报告\n\n${body}\n`);
    await client.diagnosticsForVersion(uri, 1, SLOW);
    const hover = await client.connection.sendRequest<Hover | null>('textDocument/hover', {
      textDocument: { uri },
      position: { line: 2, character: body.indexOf('120') + 1 },
    });
    assert.ok(hover);
    assert.match((hover.contents as MarkupContent).value, /合计与分项[\s\S]*`120 = 50 \+ 70 ✓`/);
    await client.close(uri);
  });

  it('hover on a figure reads it with the vocabulary of the pack (a measure word the pack adds)', async function () {
    const dir = path.join(tmp, 'letters');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'pack.yaml'), 'name: letters\nversion: 1.0.0\ndata:\n  vocabulary:\n    measureWords: [封]\n');
    fs.writeFileSync(path.join(dir, '.fzlintrc.yaml'), 'extends: [fzlint:recommended, ./pack.yaml]\n');
    const body = '　　全年共收到群众来信10封，其中网上来信3封，书面来信7封。';
    const text = `某市2020年法治政府建设年度报告\n\n${body}\n`;
    const hoverAt = async (uri: string) => {
      await client.open(uri, 'plaintext', 1, text);
      await client.diagnosticsForVersion(uri, 1, SLOW);
      const hover = await client.connection.sendRequest<Hover | null>('textDocument/hover', {
        textDocument: { uri },
        position: { line: 2, character: body.indexOf('10') + 1 },
      });
      await client.close(uri);
      return hover ? (hover.contents as MarkupContent).value : '';
    };
    assert.match(await hoverAt(pathToFileURL(path.join(dir, 'letters.txt')).href), /`10 = 3 \+ 7 ✓`/);
    assert.doesNotMatch(await hoverAt(pathToFileURL(path.join(tmp, 'letters.txt')).href), /10 = 3/, 'without the pack 封 is no unit');
  });

  it('code actions come in the documented order', async function () {
    const space = diagnostics.find((d) => d.code === 'number-unit-space' && d.range.start.line === 8);
    assert.ok(space);
    const actions = await codeActions(reportUri, space);
    assert.deepEqual(
      actions.map((a) => [a.kind, a.title, a.isPreferred === true]),
      [
        ['quickfix', space.data && (space.data as { fix: { title: string } }).fix.title, true],
        ['quickfix', '在这一行停用 number-unit-space', false],
        ['quickfix', '在整个文件中停用 number-unit-space', false],
        ['quickfix', '忽略此问题（记入核查记录）', false],
        ['quickfix', '查看规则 number-unit-space 的说明', false],
        ['quickfix', '修复本文件中全部可确定的 number-unit-space 问题', false],
        ['quickfix', '修复全部可确定的问题（fzlint）', false],
      ],
    );
    const byTitle = (t: string) => actions.find((a) => a.title === t) as CodeAction;

    const line = apply(REPORT, editsOf(byTitle('在这一行停用 number-unit-space').edit));
    assert.equal(line.split('\n')[8], '　　// fzlint-disable-next-line number-unit-space');
    const file = apply(REPORT, editsOf(byTitle('在整个文件中停用 number-unit-space').edit));
    assert.equal(file.split('\n')[0], '// fzlint-disable number-unit-space');

    const rule = apply(REPORT, editsOf(byTitle('修复本文件中全部可确定的 number-unit-space 问题').edit));
    assert.equal(rule, REPORT.replace('78 件', '78件').replace('12 件', '12件'));
    const all = apply(REPORT, editsOf(byTitle('修复全部可确定的问题（fzlint）').edit));
    assert.equal(all, REPORT.replace('78 件', '78件').replace('12 件', '12件').replace('"放管服"', '“放管服”'));

    const docs = byTitle('查看规则 number-unit-space 的说明');
    assert.equal(docs.command?.command, 'fzlint.server.showRuleDocs');
    await client.connection.sendRequest('workspace/executeCommand', { command: docs.command.command, arguments: docs.command.arguments });
    assert.deepEqual(shown, [space.codeDescription?.href]);
  });

  it('show docs in a client that cannot open documents: the link arrives as a message, and the server stays up', async function () {
    const { client: plain } = await TestLspClient.start({
      capabilities: { ...CLIENT_CAPABILITIES, window: { ...CLIENT_CAPABILITIES.window, showDocument: { support: false } } },
    });
    try {
      const messages: { type: number; message: string }[] = [];
      plain.connection.onNotification('window/showMessage', (p: { type: number; message: string }) => void messages.push(p));
      const url = 'https://intranet.example/fzlint/docs/rules/number-unit-space.md';
      await plain.connection.sendRequest('workspace/executeCommand', { command: 'fzlint.server.showRuleDocs', arguments: [url] });
      for (let i = 0; i < 50 && messages.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
      assert.deepEqual(messages, [{ type: 3, message: url }]);
      const symbols = await plain.connection.sendRequest('workspace/executeCommand', {
        command: 'fzlint.server.reportTemplate',
        arguments: [{ issuer: '某某市人民政府', year: 2021 }],
      });
      assert.ok(symbols, 'the server still answers');
    } finally {
      await plain.stop();
    }
  });

  it('a disable comment silences the rule on the next line; the CLI engine agrees; an unused one is reported', async function () {
    const space = diagnostics.find((d) => d.code === 'number-unit-space' && d.range.start.line === 8) as Diagnostic;
    const action = (await codeActions(reportUri, space)).find((a) => a.title === '在这一行停用 number-unit-space') as CodeAction;
    const edits = editsOf(action.edit);
    await client.change(
      reportUri,
      2,
      edits.map((e) => ({ range: e.range, text: e.newText })),
    );
    const v2 = apply(REPORT, edits);
    const published = await client.diagnosticsForVersion(reportUri, 2, SLOW);
    assert.deepEqual(
      published.diagnostics.filter((d) => d.code === 'number-unit-space' || d.code === 'unused-disable'),
      [],
    );
    assert.deepEqual(
      lintText(v2, { filePath: reportPath }).findings.filter((f) => f.ruleId === 'number-unit-space'),
      [],
    );

    // Fix the line by hand: the comment now suppresses nothing.
    const fixedLine = '　　（二）办理案件78件，复议12件。';
    await client.change(reportUri, 3, [{ range: { start: { line: 9, character: 0 }, end: { line: 9, character: 21 } }, text: fixedLine }]);
    const v3 = await client.diagnosticsForVersion(reportUri, 3, SLOW);
    const unused = v3.diagnostics.filter((d) => d.code === 'unused-disable');
    assert.equal(unused.length, 1);
    assert.equal(unused[0].range.start.line, 8);
    const remove = (await codeActions(reportUri, unused[0]))[0];
    assert.equal(remove.isPreferred, true);
    assert.equal(remove.title, '删除这条停用注释');
    const back = apply(apply(v2, [{ range: { start: { line: 9, character: 0 }, end: { line: 9, character: 21 } }, newText: fixedLine }]), editsOf(remove.edit));
    assert.equal(back, REPORT.replace('78 件，复议12 件', '78件，复议12件'));
    assert.ok(!(await codeActions(reportUri, unused[0])).some((a) => /停用 unused-disable/.test(a.title)), 'unused-disable offers no disable comment');
  });

  it('Markdown reports get HTML-comment disable actions', async function () {
    const uri = pathToFileURL(path.join(tmp, 'drafts', '2021.md')).href;
    const text = `# ${REPORT}`;
    await client.open(uri, 'markdown', 1, text);
    const md = (await client.diagnosticsForVersion(uri, 1, SLOW)).diagnostics;
    const quote = md.find((d) => d.code === 'straight-quotes') as Diagnostic;
    const actions = await codeActions(uri, quote);
    const line = actions.find((a) => a.title === '在这一行停用 straight-quotes') as CodeAction;
    assert.equal(apply(text, editsOf(line.edit)).split('\n')[6], '<!-- fzlint-disable-next-line straight-quotes -->');
    const file = actions.find((a) => a.title === '在整个文件中停用 straight-quotes') as CodeAction;
    assert.equal(apply(text, editsOf(file.edit)).split('\n')[0], '<!-- fzlint-disable straight-quotes -->');
    await client.close(uri);
  });

  it('completion: the next year’s skeleton in a blank buffer; five steps, 发文字号 and 成文日期 in a report; nothing in a README', async function () {
    const blank = 'untitled:Untitled-1';
    await client.open(blank, 'plaintext', 1, '');
    const items = await client.connection.sendRequest<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri: blank },
      position: { line: 0, character: 0 },
    });
    assert.equal(items.length, 1);
    assert.equal(items[0].insertTextFormat, 2, 'a snippet');
    const snippet = String(items[0].insertText);
    for (const part of ['的主要举措和成效', '存在的不足和原因', '第一责任人职责', '的主要安排', '其他需要报告的情况']) assert.ok(snippet.includes(part), part);
    assert.match(snippet, /^\$\{1:某某市人民政府\}\d{4}年法治政府建设年度报告\n/);
    await client.close(blank);

    const inReport = await client.connection.sendRequest<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri: reportUri },
      position: { line: 13, character: 0 },
    });
    const labels = inReport.map((i) => i.label);
    assert.equal(labels[0], '年度报告框架（2021年）', 'the report is for 2020: the skeleton is for 2021');
    assert.ok(String(inReport[0].insertText).includes('四、2022年推进法治政府建设的主要安排'));
    assert.equal(inReport[1].insertText, '公众参与、专家论证、风险评估、合法性审查、集体讨论决定');
    assert.equal(inReport[2].insertText, '${1:某府}〔2021〕${2:1}号');
    assert.match(String(inReport[3].insertText), /^\d{4}年[1-9]\d?月[1-9]\d?日$/);

    const readme = pathToFileURL(path.join(tmp, 'README.md')).href;
    await client.open(readme, 'markdown', 1, fs.readFileSync(path.join(tmp, 'README.md'), 'utf8'));
    assert.deepEqual(
      await client.connection.sendRequest('textDocument/completion', { textDocument: { uri: readme }, position: { line: 0, character: 0 } }),
      [],
    );
    assert.deepEqual(await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: readme } }), []);
    await client.close(readme);
  });

  it('the report template command gives a report the engine finds no error in', async function () {
    const text = await client.connection.sendRequest<string>('workspace/executeCommand', {
      command: 'fzlint.server.reportTemplate',
      arguments: [{ issuer: '汕尾市人民政府', year: 2021 }],
    });
    assert.match(text, /^汕尾市人民政府2021年法治政府建设年度报告\n\n　　某府〔2022〕1号\n/);
    assert.match(text, /　　汕尾市人民政府\n\n　　2022年2月28日\n$/);
    const findings = lintText(text, { filePath: '/tmp/new.txt' }).findings;
    assert.deepEqual(
      findings.filter((f) => f.severity === 'error').map((f) => `${f.line}:${f.column} ${f.ruleId}`),
      [],
    );
  });

  it('settings: per-rule severities and run onSave reach the engine', async function () {
    const uri = pathToFileURL(path.join(tmp, 'settings.txt')).href;
    client.settings = { enable: true, locale: 'zh-CN', rules: { 'number-unit-space': 'off', 'straight-quotes': 'warning' } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.open(uri, 'plaintext', 1, REPORT);
    const v1 = (await client.diagnosticsForVersion(uri, 1, SLOW)).diagnostics;
    assert.ok(!v1.some((d) => d.code === 'number-unit-space'));
    assert.deepEqual(
      v1.filter((d) => d.code === 'straight-quotes').map((d) => d.severity),
      [2, 2],
    );

    const mark = client.published.length;
    client.settings = { enable: true, locale: 'zh-CN', run: 'onSave' };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    // A settings change re-lints open documents at once; wait for that run before typing.
    await client.waitForDiagnostics(uri, (p) => client.published.indexOf(p) >= mark, SLOW);
    await client.change(uri, 2, [{ range: { start: { line: 12, character: 2 }, end: { line: 12, character: 2 } }, text: '新增 3 项。' }]);
    await assert.rejects(client.diagnosticsForVersion(uri, 2, 600), /no matching publishDiagnostics/, 'no lint while typing');
    await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
    const saved = await client.diagnosticsForVersion(uri, 2, SLOW);
    assert.ok(saved.diagnostics.some((d) => d.code === 'number-unit-space' && d.range.start.line === 12));
    client.settings = { enable: true, locale: 'zh-CN' };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.close(uri);
  });

  it('lint workspace counts an open report in its summary (from the editor text) without publishing it again', async function () {
    const mark = client.published.length;
    const result = await client.connection.sendRequest<{ files: number; reports: number; problems: number }>('workspace/executeCommand', {
      command: 'fzlint.server.lintWorkspace',
      arguments: [],
    });
    assert.equal(result.files, 3);
    assert.equal(result.reports, 2, 'the open report.txt and the closed drafts/2021.md');
    const drafts = client.published
      .slice(mark)
      .filter((p) => p.uri.endsWith('/2021.md'))
      .pop();
    assert.ok(drafts && drafts.diagnostics.length > 0);
    assert.ok(result.problems > drafts.diagnostics.length, 'the open report adds its findings to the count');
    assert.ok(!client.published.slice(mark).some((p) => p.uri === reportUri && p.version === undefined), 'no unversioned publish for the open report');
  });

  it('lint workspace publishes the reports that are not open, and nothing for a README', async function () {
    await client.close(reportUri);
    const mark = client.published.length;
    const result = await client.connection.sendRequest<{ files: number; reports: number; problems: number }>('workspace/executeCommand', {
      command: 'fzlint.server.lintWorkspace',
      arguments: [],
    });
    assert.equal(result.files, 3, 'report.txt, README.md, drafts/2021.md');
    assert.equal(result.reports, 2);
    const published = client.published.slice(mark).filter((p) => p.diagnostics.length > 0);
    // (A re-lint of report.txt queued before it was closed may also land here: compare the set of files.)
    assert.deepEqual([...new Set(published.map((p) => path.basename(new URL(p.uri).pathname)))].sort(), ['2021.md', 'report.txt']);
    const report = published.findLast((p) => p.uri === reportUri);
    assert.ok(report?.diagnostics.some((d) => d.code === 'number-unit-space'));
  });

  it('resolves fix-all quick fixes lazily for a client that can resolve edits', async function () {
    const { client: lazy } = await TestLspClient.start({
      capabilities: {
        ...CLIENT_CAPABILITIES,
        textDocument: {
          ...CLIENT_CAPABILITIES.textDocument,
          codeAction: { ...CLIENT_CAPABILITIES.textDocument?.codeAction, resolveSupport: { properties: ['edit'] } },
        },
      },
    });
    try {
      await lazy.open(reportUri, 'plaintext', 1, REPORT);
      const ds = (await lazy.diagnosticsForVersion(reportUri, 1, SLOW)).diagnostics;
      const space = ds.find((d) => d.code === 'number-unit-space') as Diagnostic;
      const actions = await lazy.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: reportUri },
        range: space.range,
        context: { diagnostics: [space] },
      });
      const all = actions[actions.length - 1];
      assert.equal(all.edit, undefined);
      const resolved = await lazy.connection.sendRequest<CodeAction>('codeAction/resolve', all);
      assert.equal(apply(REPORT, editsOf(resolved.edit)), REPORT.replace('78 件', '78件').replace('12 件', '12件').replace('"放管服"', '“放管服”'));
    } finally {
      await lazy.stop();
    }
  });
});
