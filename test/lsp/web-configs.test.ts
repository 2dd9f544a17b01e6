/**
 * The web worker server's configurations (server/src/lsp/web-configs.ts) over a fake client that
 * answers workspace file requests from a map of URIs: the workspace's config applies to its reports,
 * `fzlint.configFile` is relative to the workspace folder, a broken pack is one diagnostic on its URI
 * (cleared when fixed), a change to an unrelated file re-lints nothing, and URIs of another workspace
 * or without a path are not resolved there.
 */
import { strict as assert } from 'node:assert';
import type { Diagnostic } from 'vscode-languageserver/node';
import type { ReadEntry } from '../../server/src/engine/project';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings';
import { WebConfigs } from '../../server/src/lsp/web-configs';
import { workspacePath, workspaceUri } from '../../server/src/lsp/workspace-files';

const ROOT = 'vscode-vfs://github';

function fakeClient(files: Record<string, string>) {
  const reads: string[] = [];
  const published = new Map<string, Diagnostic[]>();
  const configs = new WebConfigs({
    read: async (uri): Promise<ReadEntry> => {
      reads.push(uri);
      const at = workspacePath(uri)!;
      if (at.root !== ROOT) return { kind: 'missing' };
      if (at.path in files) return { kind: 'file', text: files[at.path] };
      return Object.keys(files).some((f) => f.startsWith(`${at.path}/`)) ? { kind: 'directory' } : { kind: 'missing' };
    },
    publish: (uri, diagnostics) => published.set(uri, diagnostics),
    log: () => undefined,
  });
  return { configs, reads, published, files };
}

describe('the web worker server’s configurations (workspace files through the client)', () => {
  it('maps URIs to workspace paths and back', () => {
    const uri = `${ROOT}/org/repo/${encodeURIComponent('年报')}/a%20b.txt`;
    assert.deepEqual(workspacePath(uri), { root: ROOT, path: '/org/repo/年报/a b.txt' });
    assert.equal(workspaceUri(ROOT, '/org/repo/年报/a b.txt'), uri);
    assert.equal(workspacePath('untitled:Untitled-1'), undefined);
  });

  it('applies the config of the report’s folder, a configFile setting relative to the workspace folder, and publishes a broken pack’s problem', async () => {
    const c = fakeClient({
      '/org/repo/.fzlintrc.yaml': 'extends: ./packs/p.yaml\nrules:\n  repeated-word: off\n',
      '/org/repo/packs/p.yaml': 'name: p\nversion: 1.0.0\ndata:\n  dictionary: [某词]\n',
      '/org/repo/other.json': '{"rules":{"repeated-word":"info"}}',
    });
    c.configs.setWorkspaceFolders([`${ROOT}/org/repo`]);
    const report = `${ROOT}/org/repo/年报/r.txt`;
    const fc = await c.configs.forDocument(report, { ...DEFAULT_SETTINGS });
    assert.equal(fc?.configFile, '/org/repo/.fzlintrc.yaml');
    assert.equal(fc?.config.rules['repeated-word'], 'off');
    assert.ok(fc?.config.data?.dictionary.includes('某词'));
    assert.ok(
      c.reads.every((u) => u.startsWith(ROOT)),
      'reads only the report’s workspace',
    );

    const explicit = await c.configs.forDocument(report, { ...DEFAULT_SETTINGS, configFile: 'other.json' });
    assert.equal(explicit?.configFile, '/org/repo/other.json');
    assert.equal(explicit?.config.rules['repeated-word'], 'info');

    // An unrelated file changes: nothing to re-lint.
    assert.equal(c.configs.changed([`${ROOT}/org/repo/年报/notes.txt`]), false);

    c.files['/org/repo/packs/p.yaml'] = 'name: p\nversion: 1.0.0\ndata:\n  dictionary: [未闭合\n';
    assert.equal(c.configs.changed([`${ROOT}/org/repo/packs/p.yaml`]), true);
    const broken = await c.configs.forDocument(report, { ...DEFAULT_SETTINGS });
    assert.equal(broken?.problems.length, 1);
    const onPack = c.published.get(`${ROOT}/org/repo/packs/p.yaml`);
    assert.equal(onPack?.length, 1);
    assert.equal(onPack[0].code, 'config-error');
    assert.equal(onPack[0].message, broken.problems[0].messages['zh-CN']);

    c.files['/org/repo/packs/p.yaml'] = 'name: p\nversion: 1.0.0\n';
    assert.equal(c.configs.changed([`${ROOT}/org/repo/packs/p.yaml`]), true);
    assert.deepEqual(c.published.get(`${ROOT}/org/repo/packs/p.yaml`), [], 'cleared on change');
    const fixed = await c.configs.forDocument(report, { ...DEFAULT_SETTINGS });
    assert.deepEqual(fixed?.problems, []);
    assert.deepEqual(c.published.get(`${ROOT}/org/repo/packs/p.yaml`), []);
  });

  it('a document without a workspace path gets no configuration (the defaults apply)', async () => {
    const c = fakeClient({});
    assert.equal(await c.configs.forDocument('untitled:Untitled-1', { ...DEFAULT_SETTINGS }), undefined);
    assert.deepEqual(c.reads, []);
  });
});
