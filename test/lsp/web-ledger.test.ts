/**
 * The web worker server's verdict ledger, read-only (server/src/lsp/web-ledger.ts), over a fake client
 * that answers file requests from a map of workspace paths: the nearest .fzlint-verdicts.json above the
 * report is used, the search stops at the workspace folder, and a broken ledger is logged and
 * dismisses nothing.
 */
import { strict as assert } from 'node:assert';
import type { ReadEntry } from '../../server/src/engine/project';
import { serializeLedger } from '../../server/src/engine/io/ledger-format';
import { WebLedgers } from '../../server/src/lsp/web-ledger';
import { workspacePath } from '../../server/src/lsp/workspace-files';

const ROOT = 'vscode-vfs://github';
const entry = (fingerprint: string, verdict: 'dismissed' | 'confirmed' | 'baseline') => ({
  fingerprint,
  ruleId: 'repeated-word',
  verdict,
  reason: '测试',
  date: '2026-01-01',
  file: 'r.txt',
  text: '的的',
});

function fake(files: Record<string, string>) {
  const reads: string[] = [];
  const logs: string[] = [];
  const ledgers = new WebLedgers({
    read: async (uri): Promise<ReadEntry> => {
      reads.push(workspacePath(uri)!.path);
      const p = workspacePath(uri)!.path;
      return p in files ? { kind: 'file', text: files[p] } : { kind: 'missing' };
    },
    log: (m) => logs.push(m),
  });
  ledgers.setWorkspaceFolders([`${ROOT}/org/repo`]);
  return { ledgers, reads, logs };
}

describe('the web worker server’s verdict ledger (read through the client)', () => {
  it('uses the nearest ledger above the report: its dismissed and baseline verdicts', async () => {
    const f = fake({
      '/org/repo/.fzlint-verdicts.json': serializeLedger({ entries: [entry('aaaa', 'dismissed'), entry('bbbb', 'confirmed'), entry('cccc', 'baseline')] }),
    });
    const uri = `${ROOT}/org/repo/年报/2023/r.txt`;
    await f.ledgers.refresh(uri, 'zh-CN');
    assert.deepEqual([...f.ledgers.dismissed(uri)].sort(), ['repeated-word\u0000aaaa', 'repeated-word\u0000cccc']);
    assert.deepEqual(f.reads, ['/org/repo/年报/2023/.fzlint-verdicts.json', '/org/repo/年报/.fzlint-verdicts.json', '/org/repo/.fzlint-verdicts.json']);
  });

  it('stops at the workspace folder, and a broken ledger is logged and dismisses nothing', async () => {
    const f = fake({ '/org/.fzlint-verdicts.json': serializeLedger({ entries: [entry('aaaa', 'dismissed')] }) });
    const uri = `${ROOT}/org/repo/r.txt`;
    await f.ledgers.refresh(uri, 'zh-CN');
    assert.equal(f.ledgers.dismissed(uri).size, 0, 'a ledger above the workspace folder is not read');
    assert.deepEqual(f.reads, ['/org/repo/.fzlint-verdicts.json']);

    const g = fake({ '/org/repo/.fzlint-verdicts.json': '{ 未闭合' });
    await g.ledgers.refresh(uri, 'zh-CN');
    assert.equal(g.ledgers.dismissed(uri).size, 0);
    assert.equal(g.logs.length, 1);
    assert.match(g.logs[0], /^fzlint: \/org\/repo\/\.fzlint-verdicts\.json：/);
  });
});
