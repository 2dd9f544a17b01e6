/**
 * 检查工作区中的全部报告's shared part (server/src/lsp/workspace-lint.ts, no Node built-ins): which
 * files are candidates, over a fake folder tree, and what a run publishes and counts over a fake host.
 */
import { strict as assert } from 'node:assert';
import { candidateEntries, lintWorkspace, type FolderEntry } from '../../../server/src/lsp/workspace-lint';

type Tree = { [name: string]: Tree | string | null };

const TREE: Tree = {
  'b.txt': 'b',
  'a.md': 'a',
  'notes.docx': 'x',
  sub: { 'c.markdown': 'c', 'link.txt': null },
  '.hidden': { 'h.txt': 'h' },
  node_modules: { 'n.txt': 'n' },
  dist: { 'd.txt': 'd' },
};

function nodeAt(p: string): Tree | string | null | undefined {
  let node: Tree | string | null | undefined = TREE;
  for (const part of p.split('/').filter(Boolean)) node = node && typeof node === 'object' ? node[part] : undefined;
  return node;
}

const walker = {
  list: (dir: string): FolderEntry[] | undefined => {
    const node = nodeAt(dir);
    if (!node || typeof node !== 'object') return undefined;
    return Object.entries(node).map(([name, v]) => ({ name, kind: v === null ? 'other' : typeof v === 'object' ? 'directory' : 'file' }));
  },
  child: (dir: string, name: string) => `${dir}/${name}`,
};

describe('workspace lint (shared by the Node and the web server)', () => {
  it('takes .txt/.md/.markdown files sorted by name, not dot-folders, node_modules, build output, links or other types', async () => {
    assert.deepEqual(await candidateEntries('', walker), ['/a.md', '/b.txt', '/sub/c.markdown']);
  });

  it('stops at the limit', async () => {
    assert.deepEqual(await candidateEntries('', walker, 2), ['/a.md', '/b.txt']);
  });

  it('publishes the reports with problems, counts the files, skips a file it cannot read', async () => {
    const published: string[] = [];
    const result = await lintWorkspace({
      folders: async () => [{ uri: 'mem://w', name: 'w' }],
      candidates: async (folder) => (await candidateEntries('', walker)).map((p) => folder + p),
      read: async (uri) => (uri.endsWith('c.markdown') ? undefined : (nodeAt(uri.slice('mem://w'.length)) as string)),
      openDocument: () => undefined,
      diagnose: async (doc) => (doc.getText() === 'a' ? [{ message: 'x', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } }] : []),
      publish: (p) => published.push(`${p.uri}:${p.diagnostics.length}`),
    });
    assert.deepEqual(result, { files: 3, reports: 1, problems: 1 });
    assert.deepEqual(published, ['mem://w/a.md:1']);
  });
});
