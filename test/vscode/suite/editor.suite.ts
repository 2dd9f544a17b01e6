/**
 * The editor scenarios of the code-server end-to-end test (test/e2e/code-server.test.ts), run through
 * the VS Code extension API inside a real VS Code (Electron) started by @vscode/test-electron
 * (`npm run test:vscode`): diagnostics, the status bar (the CLI's counts, following edits and undo),
 * the `78 件` quick fix, and the four commands (check the workspace, fix all, new report from the
 * template, show output). The workspace is a temp folder with a copy of the reference report, a second
 * report under archive/ that stays closed, and a README that is not a report (prepared by
 * test/vscode/run.mjs, paths in the environment). Expected counts and fixes come from the CLI of the
 * same build (./cli.ts). Where code-server types into the command palette and the input boxes, this
 * suite runs the commands by id (and passes the new report's issuer and year as arguments).
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { FzlintExtensionApi } from '../../../client/src/extension';
import { cliCounts, cliFix, showCounts, type Counts } from './cli';

const workspace = process.env.FZLINT_VSCODE_WORKSPACE ?? '';
const REPORT = 'shanwei-2020.fullwidth.txt';
/** A second report, in a subfolder, that stays closed until the lint-workspace test has run. */
const ARCHIVED = 'shanwei-2020.mutated.txt';

async function waitFor<T>(what: string, timeoutMs: number, probe: () => T | undefined): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const fzlint = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'fzlint');
const codeOf = (d: vscode.Diagnostic) => String(typeof d.code === 'object' ? d.code.value : d.code);

type Status = Counts & { kind: string; text: string; tooltip: string };

/** The extension's status bar item: its text, and the document kind and three counts it shows (undefined: not in that form). */
function status(): { text: string; parsed?: Status } {
  const api = vscode.extensions.getExtension<FzlintExtensionApi>('fzlint.fzlint')?.exports;
  assert.ok(api?.statusBarItem, 'the extension exports its status bar item');
  const { text } = api.statusBarItem;
  const tooltip = typeof api.statusBarItem.tooltip === 'string' ? api.statusBarItem.tooltip : (api.statusBarItem.tooltip?.value ?? '');
  const m = /^\$\(law\) fzlint · (.+) \$\(error\) (\d+) \$\(warning\) (\d+) \$\(info\) (\d+)$/.exec(text);
  return { text, parsed: m ? { kind: m[1], errors: Number(m[2]), warnings: Number(m[3]), infos: Number(m[4]), text, tooltip } : undefined };
}

/** Waits until the status bar shows `expected`; the timeout says what it showed. */
async function waitForStatus(expected: Counts, why: string): Promise<Status> {
  let last = '';
  try {
    return await waitFor(`the status bar to show ${showCounts(expected)} (${why})`, 60000, () => {
      const { text, parsed: got } = status();
      last = text;
      return got && got.errors === expected.errors && got.warnings === expected.warnings && got.infos === expected.infos ? got : undefined;
    });
  } catch (error) {
    throw new Error(`${(error as Error).message}; it shows “${last}”`, { cause: error });
  }
}

/** VS Code's own counts of fzlint's diagnostics for `uri`. */
function diagnosticCounts(uri: vscode.Uri): Counts {
  const list = fzlint(uri);
  const count = (s: vscode.DiagnosticSeverity) => list.filter((d) => d.severity === s).length;
  return {
    errors: count(vscode.DiagnosticSeverity.Error),
    warnings: count(vscode.DiagnosticSeverity.Warning),
    infos: count(vscode.DiagnosticSeverity.Information),
  };
}

describe('fzlint in VS Code (@vscode/test-electron)', function () {
  this.timeout(120000);
  const reportUri = vscode.Uri.file(path.join(workspace, REPORT));
  let original: string[];
  let editor: vscode.TextEditor;

  before(async () => {
    assert.ok(workspace !== '' && fs.existsSync(reportUri.fsPath), `the report copy is missing under ${workspace}`);
    original = fs.readFileSync(reportUri.fsPath, 'utf8').split('\n');
    const doc = await vscode.workspace.openTextDocument(reportUri);
    editor = await vscode.window.showTextDocument(doc);
  });

  it('activates the extension and publishes the expected diagnostics', async () => {
    const ext = vscode.extensions.getExtension('fzlint.fzlint');
    assert.ok(ext, 'the extension under development is loaded');
    const diagnostics = await waitFor('fzlint diagnostics', 60000, () => {
      const list = fzlint(reportUri);
      return list.some((d) => codeOf(d) === 'enumeration-sequence') ? list : undefined;
    });
    assert.ok(ext.isActive);
    const enumeration = diagnostics.find((d) => codeOf(d) === 'enumeration-sequence')!;
    assert.equal(enumeration.range.start.line, 50);
    assert.equal(enumeration.severity, vscode.DiagnosticSeverity.Error);
    const unit = diagnostics.find((d) => codeOf(d) === 'number-unit-space' && d.range.start.line === 26);
    assert.ok(unit, 'number-unit-space on line 27');
    assert.equal(unit.range.start.character, original[26].indexOf('78 件'));
    assert.deepEqual(
      diagnostics.filter((d) => codeOf(d) === 'year-range-dash').map((d) => d.range.start.line),
      [6, 44],
    );
    assert.deepEqual(diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).map(codeOf), ['enumeration-sequence']);
  });

  it('shows the report’s counts in the status bar: the CLI’s counts, and VS Code’s own', async () => {
    const expected = cliCounts(editor.document.getText(), REPORT);
    // The reference report has known defects of each severity; zeros would prove little.
    assert.ok(expected.errors >= 1 && expected.warnings >= 1 && expected.infos >= 1, `the CLI finds ${showCounts(expected)}`);
    const got = await waitForStatus(expected, 'what the CLI finds in the same text');
    assert.deepEqual(
      diagnosticCounts(reportUri),
      { errors: got.errors, warnings: got.warnings, infos: got.infos },
      'the counts of the diagnostics VS Code holds',
    );
    // The kind the engine's detector found, in the display language (the English source strings here).
    if (vscode.env.language.startsWith('en')) {
      assert.equal(got.kind, 'annual report', `the status bar names the kind: “${got.text}”`);
      assert.equal(
        got.tooltip,
        `fzlint (annual report): ${expected.errors} errors, ${expected.warnings} warnings, ${expected.infos} info in this document. Click to open the Problems panel.`,
      );
    } else {
      assert.ok(
        got.kind.length > 0 && got.tooltip.includes(String(expected.errors)),
        `the status bar names the kind and its tooltip the counts: “${got.text}”, “${got.tooltip}”`,
      );
    }
  });

  it('gives a README that is not a report no diagnostics', async () => {
    const readme = vscode.Uri.file(path.join(workspace, 'README.md'));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(readme), { preview: false });
    await new Promise((r) => setTimeout(r, 2000));
    assert.deepEqual(fzlint(readme), []);
    editor = await vscode.window.showTextDocument(editor.document);
  });

  it('offers the `78 件` quick fix first and applies it (78件), then saves', async () => {
    const column = original[26].indexOf('78 件');
    const position = new vscode.Position(26, column + 1);
    editor.selection = new vscode.Selection(position, position);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      reportUri,
      new vscode.Range(position, position),
      vscode.CodeActionKind.QuickFix.value,
    );
    const fix = actions.find((a) => a.isPreferred && a.edit);
    assert.ok(fix, `a preferred quick fix; got ${actions.map((a) => a.title).join(' | ')}`);
    assert.match(fix.title, /78件/);
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    assert.equal(editor.document.lineAt(26).text, original[26].replace('78 件', '78件'));
    assert.ok(await editor.document.save());
    const saved = fs.readFileSync(reportUri.fsPath, 'utf8').split('\n');
    assert.deepEqual(
      saved,
      original.map((l, i) => (i === 26 ? l.replace('78 件', '78件') : l)),
    );
    await waitFor('number-unit-space to go away', 30000, () =>
      fzlint(reportUri).some((d) => codeOf(d) === 'number-unit-space' && d.range.start.line === 26) ? undefined : true,
    );
    // One warning fewer in the status bar too.
    await waitForStatus(cliCounts(saved.join('\n'), REPORT), 'the CLI on the saved text');
  });

  it('updates the status bar when an edit adds a finding, and again when the edit is undone', async () => {
    const text = editor.document.getText();
    const before = cliCounts(text, REPORT);
    const line = editor.document.lineAt(26).text;
    const at = line.indexOf('政府协议21件');
    assert.ok(at >= 0, 'line 27 has 政府协议21件');
    const column = at + '政府协议21'.length; // on 件
    const lines = text.split('\n');
    lines[26] = `${line.slice(0, column)} ${line.slice(column)}`;
    const after = cliCounts(lines.join('\n'), REPORT);
    assert.equal(after.warnings, before.warnings + 1, 'the CLI finds one more warning (number-unit-space) for `21 件`');
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(26, column), ' ')));
    assert.equal(editor.document.lineAt(26).text, lines[26]);
    await waitForStatus(after, 'a space typed between 21 and 件');
    await vscode.commands.executeCommand('undo');
    await waitFor('`21件` back in the editor', 30000, () => (editor.document.lineAt(26).text === line ? true : undefined));
    await waitForStatus(before, 'the edit undone');
    assert.equal(editor.document.getText(), text);
  });

  it('“check all reports in the workspace” publishes a report that is not open; the README gets nothing', async () => {
    const archivedUri = vscode.Uri.file(path.join(workspace, 'archive', ARCHIVED));
    const expected = cliCounts(fs.readFileSync(archivedUri.fsPath, 'utf8'), ARCHIVED);
    assert.ok(expected.total > 0, 'the CLI finds problems in the archived report');
    const isOpen = () =>
      vscode.workspace.textDocuments.some((d) => d.uri.fsPath === archivedUri.fsPath) ||
      vscode.window.visibleTextEditors.some((e) => e.document.uri.fsPath === archivedUri.fsPath);
    assert.ok(!isOpen(), 'the archived report is not open');
    assert.deepEqual(fzlint(archivedUri), [], 'no diagnostics for the archived report before the command');
    await vscode.commands.executeCommand('fzlint.lintWorkspace');
    const got = await waitFor(`${expected.total} diagnostics for ${ARCHIVED}`, 90000, () =>
      fzlint(archivedUri).length === expected.total ? fzlint(archivedUri) : undefined,
    );
    assert.deepEqual(
      { errors: expected.errors, warnings: expected.warnings, infos: expected.infos },
      diagnosticCounts(archivedUri),
      'the same counts by severity as the CLI',
    );
    assert.ok(
      got.some((d) => codeOf(d) === 'doc-number-format'),
      'the injected 汕府[2021]9号 defect is listed',
    );
    assert.deepEqual(fzlint(vscode.Uri.file(path.join(workspace, 'README.md'))), [], 'the README is not a report and gets nothing');
    assert.ok(!vscode.window.visibleTextEditors.some((e) => e.document.uri.fsPath === archivedUri.fsPath), 'the command opens no editor');
  });

  it('“fix all certain problems in this report” changes the text exactly as `fzlint --fix` does', async () => {
    const archivedUri = vscode.Uri.file(path.join(workspace, 'archive', ARCHIVED));
    const original = fs.readFileSync(archivedUri.fsPath, 'utf8');
    const expectedText = cliFix(original, ARCHIVED);
    assert.notEqual(expectedText, original, 'the CLI has certain fixes for this report');
    const archived = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(archivedUri), { preview: false });
    await waitForStatus(cliCounts(original, ARCHIVED), `the CLI on ${ARCHIVED}`);
    await vscode.commands.executeCommand('fzlint.fixAll');
    await waitFor('the fixed text in the editor', 30000, () => (archived.document.getText() === expectedText ? true : undefined)).catch((error: Error) => {
      const shown = archived.document.getText();
      const firstDiff = [...shown].findIndex((c, i) => c !== expectedText[i]);
      throw new Error(`${error.message}: the editor's text differs from \`fzlint --fix\` at offset ${firstDiff}`, { cause: error });
    });
    await waitForStatus(cliCounts(expectedText, ARCHIVED), 'the CLI on the fixed text');
    assert.ok(await archived.document.save());
    assert.equal(fs.readFileSync(archivedUri.fsPath, 'utf8'), expectedText, 'the saved text is what `fzlint --fix` writes');
  });

  it('“new report from template” opens a skeleton for the given issuer and year that gets no error', async () => {
    const issuer = '汕尾市人民政府';
    const year = 2021;
    // code-server types these into the command's two input boxes; here they are the command's arguments.
    await vscode.commands.executeCommand('fzlint.newReport', { issuer, year });
    const title = `${issuer}${year}年法治政府建设年度报告`;
    const created = await waitFor(`“${title}” in a new editor`, 60000, () => {
      const e = vscode.window.activeTextEditor;
      return e && e.document.isUntitled && e.document.getText().includes(title) ? e : undefined;
    });
    const text = created.document.getText();
    for (const line of ['某府〔2022〕1号', `一、${year}年推进法治政府建设的主要举措和成效`, '四、2022年推进法治政府建设的主要安排', '五、其他需要报告的情况']) {
      assert.ok(text.includes(line), `the skeleton has “${line}”`);
    }
    assert.equal(created.document.languageId, 'fzreport');
    const expected = cliCounts(text, 'report.txt');
    assert.equal(expected.errors, 0, `the CLI finds no error in the skeleton (it finds ${showCounts(expected)}: ${expected.rules.join(', ')})`);
    await waitForStatus(expected, 'the CLI on the same skeleton');
    assert.equal(diagnosticCounts(created.document.uri).errors, 0, 'no error in the skeleton');
  });

  it('“show output” shows the fzlint output channel with its start line', async () => {
    await vscode.commands.executeCommand('fzlint.showOutput');
    // A shown output channel is a text document with the `output` scheme.
    const channel = await waitFor('the fzlint output channel with the start line', 30000, () =>
      vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'output' && /fzlint [\d.]+: language server started/.test(d.getText())),
    );
    assert.match(channel.getText(), /fzlint [\d.]+: language server started \(display language [\w-]+\)\./);
  });
});
