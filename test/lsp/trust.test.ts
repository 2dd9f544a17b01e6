/**
 * Protocol tests: workspace trust and code rules (JS) in packs, a failing code rule, and a relative
 * `fzlint.configFile`. The client passes trust in initializationOptions ({ trusted }) as the VS Code
 * extension does. Every test module writes a marker file when it is loaded, so "no code ran" is
 * checked on disk. Uses dist/server.cjs (npm run build).
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PublishDiagnosticsParams, ShowMessageParams } from 'vscode-languageserver';
import { BAD_SHAPE_RULE, CODE_RULE_REPORT, codeRuleWorkspace, GOOD_RULE, THROWING_RULE } from '../helpers/code-rule-pack';
import { TestLspClient } from '../helpers/lsp-client';
import { repoRoot } from '../helpers/paths';
import { tempTree } from '../unit/config/helpers';

const codes = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => String(d.code));

describe('language server: workspace trust and code rules', function () {
  this.timeout(60000);
  let client: TestLspClient | undefined;
  let ws: ReturnType<typeof codeRuleWorkspace> | undefined;
  let messages: ShowMessageParams[] = [];
  afterEach(async () => {
    await client?.stop();
    client = undefined;
    ws?.cleanup();
    ws = undefined;
  });

  async function start(trusted: boolean | undefined, settings: Record<string, unknown>, rules: Record<string, string> = { 'draft-word.cjs': GOOD_RULE }) {
    ws = codeRuleWorkspace(rules);
    const folder = { uri: pathToFileURL(ws.root).href, name: 'ws' };
    ({ client } = await TestLspClient.start({ workspaceFolders: [folder], initializationOptions: trusted === undefined ? undefined : { trusted } }));
    messages = [];
    client.connection.onNotification('window/showMessage', (p: ShowMessageParams) => void messages.push(p));
    client.settings = { enable: true, locale: 'zh-CN', ...settings };
    return pathToFileURL(ws.file('report.txt')).href;
  }

  /** Open, then two edits (same text appended with a space, removed again): diagnostics of version 3. */
  async function openAndEdit(uri: string): Promise<PublishDiagnosticsParams[]> {
    await client!.open(uri, 'plaintext', 1, CODE_RULE_REPORT);
    const v1 = await client!.diagnosticsForVersion(uri, 1);
    const end = { line: 4, character: 0 };
    await client!.change(uri, 2, [{ range: { start: end, end }, text: '\n' }]);
    const v2 = await client!.diagnosticsForVersion(uri, 2);
    await client!.change(uri, 3, [{ range: { start: end, end: { line: 5, character: 0 } }, text: '' }]);
    const v3 = await client!.diagnosticsForVersion(uri, 3);
    return [v1, v2, v3];
  }

  it('untrusted: no code runs even with allowCodeRules on, data rules work, told once; granting trust loads it', async () => {
    const uri = await start(false, { allowCodeRules: true });
    const runs = await openAndEdit(uri);
    for (const p of runs) {
      assert.ok(!codes(p).includes('local/no-draft-word'), codes(p).join(', '));
      assert.ok(codes(p).includes('canonical-terms'), `the pack's data term applies: ${codes(p).join(', ')}`);
    }
    assert.equal(ws!.loaded('good'), false, 'a code rule module was loaded in an untrusted workspace');
    const notices = messages.filter((m) => m.message.includes('fzlint-pack-local-test'));
    assert.equal(notices.length, 1, JSON.stringify(messages));
    assert.match(notices[0].message, /工作区未受信任，未加载 1 条代码规则（JS）/);
    assert.equal(notices[0].type, 3); // Info

    // The user trusts the workspace (VS Code: onDidGrantWorkspaceTrust): the code rule loads, no restart.
    const seen = client!.published.length;
    await client!.connection.sendNotification('fzlint/didGrantWorkspaceTrust');
    const after = await client!.waitForDiagnostics(uri, (p) => client!.published.indexOf(p) >= seen && codes(p).includes('local/no-draft-word'));
    const d = after.diagnostics.find((x) => x.code === 'local/no-draft-word')!;
    assert.deepEqual(d.range, { start: { line: 3, character: 14 }, end: { line: 3, character: 16 } });
    assert.equal(d.severity, 2);
    assert.equal(d.codeDescription?.href, 'https://example.org/local/no-draft-word');
    assert.equal(ws!.loaded('good'), true);
  });

  it('a client that says nothing about trust is untrusted', async () => {
    const uri = await start(undefined, { allowCodeRules: true });
    await client!.open(uri, 'plaintext', 1, CODE_RULE_REPORT);
    const p = await client!.diagnosticsForVersion(uri, 1);
    assert.ok(!codes(p).includes('local/no-draft-word'));
    assert.equal(ws!.loaded('good'), false);
  });

  it('trusted but fzlint.allowCodeRules off: no code runs; told once how to opt in', async () => {
    const uri = await start(true, {});
    await openAndEdit(uri);
    assert.equal(ws!.loaded('good'), false);
    const notices = messages.filter((m) => m.message.includes('fzlint-pack-local-test'));
    assert.equal(notices.length, 1, JSON.stringify(messages));
    assert.match(notices[0].message, /fzlint\.allowCodeRules/);
  });

  it('trusted + allowCodeRules: the code rule reports; a throwing rule is one internal-error and the server stays up', async () => {
    const uri = await start(true, { allowCodeRules: true }, { 'draft-word.cjs': GOOD_RULE, 'throws.cjs': THROWING_RULE });
    const runs = await openAndEdit(uri);
    for (const p of runs) {
      const c = codes(p);
      assert.equal(c.filter((x) => x === 'internal-error').length, 1, c.join(', '));
      assert.match(p.diagnostics.find((x) => x.code === 'internal-error')!.message, /规则 local\/always-throws 内部错误/);
      assert.ok(c.includes('local/no-draft-word') && c.includes('canonical-terms'), c.join(', '));
    }
    assert.equal(ws!.loaded('good'), true);
    assert.equal(ws!.loaded('throwing'), true);
    assert.equal(messages.length, 0, JSON.stringify(messages));
  });

  it('trusted + allowCodeRules: a module that is not a rule is one diagnostic on the pack file; the report is still linted', async () => {
    const uri = await start(true, { allowCodeRules: true }, { 'bad.cjs': BAD_SHAPE_RULE });
    const packUri = pathToFileURL(ws!.file('pack/pack.yaml')).href;
    await client!.open(uri, 'plaintext', 1, CODE_RULE_REPORT);
    assert.ok(codes(await client!.diagnosticsForVersion(uri, 1)).includes('canonical-terms'));
    const onPack = await client!.waitForDiagnostics(packUri, (p) => p.diagnostics.length > 0);
    assert.equal(onPack.diagnostics.length, 1);
    assert.equal(onPack.diagnostics[0].code, 'config-error');
    assert.equal(onPack.diagnostics[0].range.start.line, 3);
    assert.match(onPack.diagnostics[0].message, /代码规则 \.\/rules\/bad\.cjs（.*bad\.cjs）无效：规则 local\/bad-shape：meta\.messages 应为非空对象/);
  });
});

describe('language server: fzlint.configFile relative to the workspace folder', function () {
  this.timeout(60000);
  const REPORT = ['某县2023年法治政府建设年度报告', '', '一、主要举措和成效', '推进依法行政,取得明显成效。', ''].join('\n');
  let client: TestLspClient | undefined;
  let tree: ReturnType<typeof tempTree> | undefined;
  after(async () => {
    await client?.stop();
    tree?.cleanup();
  });

  it('reads the config file the setting names, relative to the folder that holds the report', async () => {
    tree = tempTree({ 'configs/team.yaml': 'rules:\n  fullwidth-punctuation: off\n', 'docs/2023/r.txt': REPORT });
    ({ client } = await TestLspClient.start({ workspaceFolders: [{ uri: pathToFileURL(tree.root).href, name: 'ws' }] }));
    const uri = pathToFileURL(tree.file('docs/2023/r.txt')).href;

    client.settings = { enable: true, locale: 'zh-CN' };
    await client.open(uri, 'plaintext', 1, REPORT);
    assert.ok(codes(await client.diagnosticsForVersion(uri, 1)).includes('fullwidth-punctuation'), 'without the setting the defaults apply');

    client.settings = { enable: true, locale: 'zh-CN', configFile: 'configs/team.yaml' };
    const seen = client.published.length;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const p = await client.waitForDiagnostics(uri, (x) => client!.published.indexOf(x) >= seen);
    assert.ok(!codes(p).includes('fullwidth-punctuation'), `the relative configFile turns the rule off: ${codes(p).join(', ')}`);
  });
});

describe('extension manifest: settings a workspace must not control', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
    capabilities: { untrustedWorkspaces: { supported: string | boolean; restrictedConfigurations?: string[] } };
    contributes: { configuration: { properties: Record<string, { scope?: string; default?: unknown }> } };
  };

  it('fzlint.allowCodeRules is off by default and machine-scoped (VS Code ignores workspace and folder values)', () => {
    const setting = pkg.contributes.configuration.properties['fzlint.allowCodeRules'];
    assert.equal(setting.default, false);
    assert.ok(setting.scope === 'machine' || setting.scope === 'application', setting.scope);
  });

  it('limited support in untrusted workspaces, with configFile and allowCodeRules restricted', () => {
    const untrusted = pkg.capabilities.untrustedWorkspaces;
    assert.equal(untrusted.supported, 'limited');
    for (const key of ['fzlint.configFile', 'fzlint.allowCodeRules']) assert.ok(untrusted.restrictedConfigurations?.includes(key), key);
  });
});
