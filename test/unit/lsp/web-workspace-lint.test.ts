/**
 * The web worker server's host for 检查工作区中的全部报告 (server/src/lsp/web-workspace-lint.ts): the
 * URIs it builds for entries of any scheme, how it matches them with the editor's, and what it makes
 * of the client's answers (a folder it may not list, a file too large or missing).
 */
import { strict as assert } from 'node:assert';
import { childUri, sameFile, webWorkspaceFiles, type ListEntriesResult } from '../../../server/src/lsp/web-workspace-lint';
import type { ReadEntry } from '../../../server/src/engine/project';

describe('web workspace lint (the client lists and reads)', () => {
  it('builds entry URIs with the path encoded, for a virtual scheme as for file:', () => {
    assert.equal(childUri('vscode-vfs://github/org/repo', '2024 报告.txt'), 'vscode-vfs://github/org/repo/2024%20%E6%8A%A5%E5%91%8A.txt');
    assert.equal(childUri('file:///w/', 'a#b.md'), 'file:///w/a%23b.md');
  });

  it('takes two encodings of one path as the same file, and different paths or roots as different', () => {
    assert.ok(sameFile('file:///w/%E6%8A%A5%E5%91%8A.txt', 'file:///w/报告.txt'));
    assert.ok(!sameFile('file:///w/a.txt', 'file:///w/b.txt'));
    assert.ok(!sameFile('vscode-remote://host-a/w/a.txt', 'vscode-remote://host-b/w/a.txt'));
  });

  it('walks what the client lists, skipping a folder it refuses, and reads only files it returns', async () => {
    const tree: Record<string, ListEntriesResult> = {
      'memfs:///ws': [
        { name: 'a.txt', kind: 'file' },
        { name: 'big.txt', kind: 'file' },
        { name: 'gone.md', kind: 'file' },
        { name: 'locked', kind: 'directory' },
        { name: 'sub', kind: 'directory' },
      ],
      'memfs:///ws/locked': null,
      'memfs:///ws/sub': [{ name: 'c.md', kind: 'file' }],
    };
    const files: Record<string, ReadEntry> = {
      'memfs:///ws/a.txt': { kind: 'file', text: '甲' },
      'memfs:///ws/big.txt': { kind: 'too-large', size: 9e6 },
      'memfs:///ws/sub/c.md': { kind: 'file', text: '丙' },
    };
    const host = webWorkspaceFiles({
      list: async (uri) => {
        if (uri === 'memfs:///ws/sub') return tree[uri];
        if (uri in tree) return tree[uri];
        throw new Error('no such folder');
      },
      read: async (uri) => files[uri] ?? { kind: 'missing' },
    });
    assert.deepEqual(await host.candidates('memfs:///ws'), ['memfs:///ws/a.txt', 'memfs:///ws/big.txt', 'memfs:///ws/gone.md', 'memfs:///ws/sub/c.md']);
    assert.equal(await host.read('memfs:///ws/a.txt'), '甲');
    assert.equal(await host.read('memfs:///ws/big.txt'), undefined);
    assert.equal(await host.read('memfs:///ws/gone.md'), undefined);
    assert.deepEqual(
      await webWorkspaceFiles({ list: () => Promise.reject(new Error('closed')), read: async () => ({ kind: 'missing' }) }).candidates('memfs:///x'),
      [],
    );
  });
});
