/**
 * The code action 忽略此问题（记入核查记录） in the language server (dist/server.cjs, `npm run build`):
 * it writes the dismissal to the workspace's verdict ledger, the finding is no longer shown, and the CLI
 * run with that ledger agrees.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { TestLspClient } from '../helpers/lsp-client';
import { runJson } from '../helpers/run-cli';

const REPORT = [
  '某县人民政府2025年法治政府建设年度报告',
  '',
  '一、主要举措',
  '',
  '我县深入推进依法行政,成效明显。',
  '',
  '全年办理行政复议案件 78 件。',
  '',
].join('\n');

describe('language server: dismissing a finding into the verdict ledger', function () {
  this.timeout(60000);
  let client: TestLspClient;
  let dir: string;

  before(async function () {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fzlint-lsp-ledger-'));
    fs.mkdirSync(path.join(dir, 'reports'));
    ({ client } = await TestLspClient.start({ workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'ws' }] }));
  });

  after(async function () {
    await client?.stop();
  });

  it('offers the action, records the dismissal in the workspace ledger and stops showing the finding', async function () {
    const file = path.join(dir, 'reports', 'report.txt');
    fs.writeFileSync(file, REPORT);
    const uri = pathToFileURL(file).href;
    await client.open(uri, 'plaintext', 1, REPORT);
    const first = await client.diagnosticsForVersion(uri, 1);
    const target = first.diagnostics.find((d) => d.code === 'fullwidth-punctuation');
    assert.ok(target, first.diagnostics.map((d) => d.code).join(', '));
    const others = first.diagnostics.filter((d) => d !== target).length;
    assert.ok(others > 0, 'there are other findings, which stay');

    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: target.range,
      context: { diagnostics: [target], only: ['quickfix'] },
    });
    const dismiss = actions.find((a) => a.title === '忽略此问题（记入核查记录）');
    assert.ok(dismiss?.command, actions.map((a) => a.title).join(' | '));
    const before = client.published.length;
    const result = await client.connection.sendRequest<{ recorded: boolean; ledger: string }>('workspace/executeCommand', {
      command: dismiss.command.command,
      arguments: dismiss.command.arguments,
    });
    assert.equal(result.recorded, true);
    const ledgerFile = path.join(dir, '.fzlint-verdicts.json');
    assert.equal(result.ledger, ledgerFile, 'a new ledger goes to the workspace folder');
    const ledger = JSON.parse(fs.readFileSync(ledgerFile, 'utf8'));
    assert.equal(ledger.entries.length, 1);
    assert.equal(ledger.entries[0].verdict, 'dismissed');
    assert.equal(ledger.entries[0].ruleId, 'fullwidth-punctuation');
    assert.equal(ledger.entries[0].file, 'reports/report.txt');

    const after = await client.waitForDiagnostics(uri, (p) => client.published.indexOf(p) >= before && p.version === 1);
    const same = (d: Diagnostic) =>
      d.code === target.code && d.range.start.line === target.range.start.line && d.range.start.character === target.range.start.character;
    assert.equal(after.diagnostics.filter(same).length, 0, 'the dismissed finding is no longer shown');
    assert.equal(after.diagnostics.length, others, 'the others stay');

    // The CLI reads the same ledger and agrees on the fingerprint.
    const { results } = runJson([path.join('reports', 'report.txt'), '--ledger', '.fzlint-verdicts.json'], { cwd: dir });
    const suppressed = results[0].messages.filter((m) => (m as { suppressed?: boolean }).suppressed);
    assert.equal(suppressed.length, 1);
    assert.equal(suppressed[0].ruleId, 'fullwidth-punctuation');

    // Fix-all (source.fixAll.fzlint) applies the other certain fixes, not the dismissed finding's.
    const [fixAll] = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.fzlint'] },
    });
    const edits = fixAll?.edit?.changes?.[uri] ?? fixAll?.edit?.documentChanges?.flatMap((c) => ('edits' in c ? c.edits : [])) ?? [];
    assert.ok(edits.length > 0, 'fix-all has an edit');
    const lines = REPORT.split('\n');
    const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
    let fixed = REPORT;
    for (const e of [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start)))
      fixed = fixed.slice(0, offset(e.range.start)) + e.newText + fixed.slice(offset(e.range.end));
    assert.ok(fixed.includes('全年办理行政复议案件 78件') || fixed.includes('全年办理行政复议案件78件'), fixed);
    assert.ok(fixed.includes('依法行政,成效明显'), 'the dismissed half-width comma stays');
  });
});
