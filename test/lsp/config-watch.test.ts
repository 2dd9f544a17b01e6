/**
 * Protocol test: the server picks up config file changes without a restart
 * (workspace/didChangeWatchedFiles), and shows config errors on the config file.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { PublishDiagnosticsParams } from 'vscode-languageserver';
import { TestLspClient } from '../helpers/lsp-client';
import { tempTree } from '../unit/config/helpers';

const REPORT = ['某县2023年法治政府建设年度报告', '', '一、主要举措和成效', '推进依法行政,取得明显成效。', ''].join('\n');

describe('language server: config files', function () {
  this.timeout(60000);
  let client: TestLspClient;
  let tree: ReturnType<typeof tempTree>;

  before(async () => {
    tree = tempTree({ '.fzlintrc.yaml': 'rules:\n  fullwidth-punctuation: off\n', 'r.txt': REPORT });
    ({ client } = await TestLspClient.start());
  });
  after(async () => {
    await client.stop();
    tree.cleanup();
  });

  const codes = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => String(d.code));
  /** The next publish for `uri` after the ones already received. */
  const next = (uri: string, accept: (p: PublishDiagnosticsParams) => boolean) => {
    const seen = client.published.length;
    return client.waitForDiagnostics(uri, (p) => client.published.indexOf(p) >= seen && accept(p));
  };
  const changed = (file: string) =>
    client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(file).href, type: 2 }] });

  it('lints with the config, re-lints when it changes, and shows its errors on it', async () => {
    const reportUri = pathToFileURL(tree.file('r.txt')).href;
    const configUri = pathToFileURL(tree.file('.fzlintrc.yaml')).href;
    await client.open(reportUri, 'plaintext', 1, REPORT);
    const first = await client.diagnosticsForVersion(reportUri, 1);
    assert.ok(!codes(first).includes('fullwidth-punctuation'), 'the config turns the rule off');

    // The config changes on disk: no restart, no edit of the report.
    let relinted = next(reportUri, (p) => codes(p).includes('fullwidth-punctuation'));
    fs.writeFileSync(tree.file('.fzlintrc.yaml'), 'rules:\n  fullwidth-punctuation: info\n');
    await changed(tree.file('.fzlintrc.yaml'));
    const second = await relinted;
    assert.equal(second.diagnostics.find((d) => d.code === 'fullwidth-punctuation')?.severity, 3);

    // A broken config: one diagnostic on the config file; the report is still linted (defaults).
    const onConfig = next(configUri, (p) => p.diagnostics.length > 0);
    relinted = next(reportUri, (p) => p.diagnostics.find((d) => d.code === 'fullwidth-punctuation')?.severity === 1);
    fs.writeFileSync(tree.file('.fzlintrc.yaml'), 'rules:\n  fullwidth-punctuation: loud\n');
    await changed(tree.file('.fzlintrc.yaml'));
    const configDiagnostics = await onConfig;
    assert.equal(configDiagnostics.diagnostics.length, 1);
    const d = configDiagnostics.diagnostics[0];
    assert.equal(d.code, 'config-error');
    assert.deepEqual(d.range.start, { line: 1, character: 25 });
    assert.match(d.message, /rules\.fullwidth-punctuation 的值无效/);
    await relinted;

    // Fixed again: the config file's diagnostics are cleared.
    const cleared = next(configUri, (p) => p.diagnostics.length === 0);
    fs.writeFileSync(tree.file('.fzlintrc.yaml'), 'rules:\n  fullwidth-punctuation: off\n');
    await changed(tree.file('.fzlintrc.yaml'));
    await cleared;
    await next(reportUri, (p) => !codes(p).includes('fullwidth-punctuation'));
  });
});
