/**
 * The editor scenarios of the code-server end-to-end test (test/e2e/code-server.test.ts), run through
 * the VS Code extension API inside a real VS Code (Electron) started by @vscode/test-electron
 * (`npm run test:vscode`). The workspace is a temp folder with a copy of the reference report and a
 * README that is not a report (prepared by test/vscode/run.mjs, paths in the environment).
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

const workspace = process.env.FZLINT_VSCODE_WORKSPACE ?? '';
const REPORT = 'shanwei-2020.fullwidth.txt';

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
    assert.deepEqual(saved, original.map((l, i) => (i === 26 ? l.replace('78 件', '78件') : l)));
    await waitFor('number-unit-space to go away', 30000, () =>
      fzlint(reportUri).some((d) => codeOf(d) === 'number-unit-space' && d.range.start.line === 26) ? undefined : true,
    );
  });
});
