/**
 * Protocol tests: the bundled language server (dist/server.cjs, `npm run build`) driven over stdio
 * by a JSON-RPC client, as an editor drives it.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic, InitializeResult, Position, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { fixAll, lintText, type Finding, type LintOptions } from '../../server/src/engine';
import { TestLspClient } from '../helpers/lsp-client';
import { fullwidthReport } from '../helpers/paths';
import { runJson } from '../helpers/run-cli';

const LSP_SEVERITY = { error: 1, warning: 2, info: 3 } as const;

interface Summary {
  ruleId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: number;
}

/** Lines and columns 1-based, as the engine and the CLI count them. */
function fromDiagnostic(d: Diagnostic): Summary {
  return {
    ruleId: String(d.code),
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
    severity: d.severity ?? 0,
  };
}

function fromFinding(f: Finding): Summary {
  return { ruleId: f.ruleId, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn, severity: LSP_SEVERITY[f.severity] };
}

function offsetAt(text: string, pos: Position): number {
  let line = 0;
  let i = 0;
  while (line < pos.line) {
    const lf = text.indexOf('\n', i);
    assert.ok(lf >= 0, `line ${pos.line} is past the end`);
    i = lf + 1;
    line++;
  }
  return i + pos.character;
}

/** Apply LSP edits (non-overlapping, positions in the original text). */
function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const spans = edits
    .map((e) => ({ start: offsetAt(text, e.range.start), end: offsetAt(text, e.range.end), text: e.newText }))
    .sort((a, b) => b.start - a.start);
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + s.text + out.slice(s.end);
  return out;
}

function editsOf(edit: WorkspaceEdit | undefined, uri: string, version: number): TextEdit[] {
  assert.ok(edit, 'the action carries an edit');
  assert.ok(edit.documentChanges, 'the client asked for versioned documentChanges');
  assert.equal(edit.documentChanges.length, 1);
  const change = edit.documentChanges[0];
  assert.ok('textDocument' in change && 'edits' in change);
  assert.equal(change.textDocument.uri, uri);
  assert.equal(change.textDocument.version, version);
  return change.edits as TextEdit[];
}

describe('language server (stdio protocol)', function () {
  this.timeout(60000);

  const reportText = fs.readFileSync(fullwidthReport, 'utf8');
  const reportUri = pathToFileURL(fullwidthReport).href;
  const engineOptions: LintOptions = { filePath: fullwidthReport };
  let client: TestLspClient;
  let init: InitializeResult;
  let opened: Diagnostic[] = [];
  /** The report's text as the server holds it after the edits below. */
  let current = reportText;

  before(async function () {
    ({ client, init } = await TestLspClient.start());
  });

  after(async function () {
    if (client) await client.stop();
  });

  it('advertises incremental sync, quick fixes and source.fixAll.fzlint', function () {
    const sync = init.capabilities.textDocumentSync;
    assert.ok(sync && typeof sync === 'object');
    assert.equal(sync.change, 2);
    assert.equal(sync.openClose, true);
    const provider = init.capabilities.codeActionProvider;
    assert.ok(provider && typeof provider === 'object');
    assert.deepEqual(provider.codeActionKinds, ['quickfix', 'source.fixAll.fzlint']);
    assert.equal(init.serverInfo?.name, 'fzlint');
  });

  it('publishes the same findings as lintText and the CLI for the reference report', async function () {
    await client.open(reportUri, 'plaintext', 1, reportText);
    const published = await client.diagnosticsForVersion(reportUri, 1);
    opened = published.diagnostics;

    const { findings } = lintText(reportText, engineOptions);
    assert.ok(findings.length > 0, 'the reference report has known defects');
    assert.deepEqual(opened.map(fromDiagnostic), findings.map(fromFinding));

    const { results } = runJson([fullwidthReport]);
    assert.equal(results.length, 1);
    assert.deepEqual(
      opened.map((d) => ({ ...fromDiagnostic(d), severity: undefined })),
      results[0].messages.map((m) => ({ ruleId: m.ruleId, line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn, severity: undefined })),
    );

    findings.forEach((f, i) => {
      const d = opened[i];
      assert.equal(d.source, 'fzlint');
      assert.equal(d.message, f.messages['zh-CN']);
      assert.equal(d.codeDescription?.href, f.url);
      assert.match(f.url, new RegExp(`/docs/rules/${f.ruleId}\\.md$`));
    });
  });

  it('offers the certain fix as the preferred quick fix (78 件 → 78件)', async function () {
    const diagnostic = opened.find((d) => d.code === 'number-unit-space' && d.range.start.line === 26);
    assert.ok(diagnostic, 'number-unit-space reports “78 件” on line 27');
    assert.equal(reportText.split('\n')[26].slice(diagnostic.range.start.character, diagnostic.range.end.character), '78 件');

    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: reportUri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: ['quickfix'] },
    });
    const preferred = actions.filter((a) => a.isPreferred);
    assert.equal(preferred.length, 1);
    assert.equal(preferred[0].kind, 'quickfix');
    assert.deepEqual(preferred[0].diagnostics, [diagnostic]);
    assert.equal(actions[0], preferred[0], 'the certain fix comes first');

    const fixed = applyTextEdits(reportText, editsOf(preferred[0].edit, reportUri, 1));
    const line = fixed.split('\n')[26];
    assert.ok(line.includes('重大行政决策事项78件，'), line);
    assert.equal(fixed, reportText.replace('78 件', '78件'), 'nothing else changes');
  });

  it('source.fixAll.fzlint applies every certain fix as one edit, like fzlint --fix', async function () {
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: reportUri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.fzlint'] },
    });
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, 'source.fixAll.fzlint');
    const edits = editsOf(actions[0].edit, reportUri, 1);
    assert.equal(edits.length, 1);
    const expected = fixAll(reportText, (t) => lintText(t, engineOptions).findings).output;
    assert.notEqual(expected, reportText);
    assert.equal(applyTextEdits(reportText, edits), expected);

    // `source.fixAll` (editor.codeActionsOnSave) also reaches it; a plain lightbulb request does not compute it.
    const broad = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: reportUri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.deepEqual(
      broad.map((a) => a.kind),
      ['source.fixAll.fzlint'],
    );
    const lightbulb = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: reportUri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [] },
    });
    assert.deepEqual(lightbulb, []);
  });

  it('after incremental changes publishes for the latest version only', async function () {
    const seenBefore = client.published.length;
    const lineOf78 = reportText.split('\n')[26];
    const at = lineOf78.indexOf('78 件');
    // v2: fix “78 件” by hand; v3, sent at once: a new “12 项” at the start of line 29's paragraph.
    await client.change(reportUri, 2, [{ range: { start: { line: 26, character: at }, end: { line: 26, character: at + 4 } }, text: '78件' }]);
    await client.change(reportUri, 3, [{ range: { start: { line: 28, character: 2 }, end: { line: 28, character: 2 } }, text: '新增 12 项。' }]);
    const published = await client.diagnosticsForVersion(reportUri, 3);

    const lines = reportText.split('\n');
    lines[26] = lineOf78.replace('78 件', '78件');
    lines[28] = `${lines[28].slice(0, 2)}新增 12 项。${lines[28].slice(2)}`;
    const v3 = lines.join('\n');
    current = v3;
    assert.deepEqual(published.diagnostics.map(fromDiagnostic), lintText(v3, engineOptions).findings.map(fromFinding));
    assert.ok(!published.diagnostics.some((d) => d.range.start.line === 26 && d.code === 'number-unit-space'));
    assert.ok(published.diagnostics.some((d) => d.range.start.line === 28 && d.range.start.character === 5 && d.code === 'number-unit-space'));
    const stale = client.published.slice(seenBefore).filter((p) => p.uri === reportUri && p.version !== 3);
    assert.deepEqual(stale, [], 'the debounced run for version 2 was superseded');
  });

  it('gives no quick fix for a diagnostic of an older version', async function () {
    const old = opened.find((d) => d.code === 'number-unit-space' && d.range.start.line === 26);
    assert.ok(old);
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: reportUri },
      range: old.range,
      context: { diagnostics: [old], only: ['quickfix'] },
    });
    assert.deepEqual(actions, []);
  });

  it('follows settings changes: fzlint.enable off clears, fzlint.locale en switches messages', async function () {
    let mark = client.published.length;
    const after = (p: { uri: string }) => p.uri === reportUri && client.published.indexOf(p as never) >= mark;
    client.settings = { enable: false, locale: 'zh-CN' };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const disabled = await client.waitForDiagnostics(reportUri, after);
    assert.deepEqual(disabled.diagnostics, []);

    mark = client.published.length;
    client.settings = { enable: true, locale: 'en' };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const english = await client.waitForDiagnostics(reportUri, after);
    const findings = lintText(current, engineOptions).findings;
    assert.ok(findings.length > 0);
    assert.deepEqual(
      english.diagnostics.map((d) => d.message),
      findings.map((f) => f.messages.en),
    );

    mark = client.published.length;
    client.settings = { enable: true, locale: 'zh-CN' };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.waitForDiagnostics(reportUri, after);
  });

  it('lints a Markdown report as Markdown, like the CLI does for a .md file', async function () {
    const mdPath = fullwidthReport.replace(/\.txt$/, '.md');
    const uri = pathToFileURL(mdPath).href;
    const text = `# ${reportText.trimStart()}`;
    await client.open(uri, 'markdown', 1, text);
    const published = await client.diagnosticsForVersion(uri, 1);
    assert.deepEqual(published.diagnostics.map(fromDiagnostic), lintText(text, { filePath: mdPath }).findings.map(fromFinding));
    await client.close(uri);
  });

  it('publishes an empty list for a Markdown file that is not a report (a README)', async function () {
    const uri = pathToFileURL('/tmp/fzlint-test/README.md').href;
    const text = '# fzlint\n\n检查法治政府建设年度报告的工具。数字与单位之间不应有空格，例如 78 件。\n\n## 用法\n\n    fzlint report.txt\n';
    await client.open(uri, 'markdown', 1, text);
    const published = await client.diagnosticsForVersion(uri, 1);
    assert.deepEqual(published.diagnostics, []);
    await client.close(uri);
  });

  it('clears the diagnostics of a closed document', async function () {
    const mark = client.published.length;
    await client.close(reportUri);
    const cleared = await client.waitForDiagnostics(reportUri, (p) => client.published.indexOf(p) >= mark);
    assert.deepEqual(cleared.diagnostics, []);
  });
});
