/**
 * The web worker server's verdict ledger (server/src/lsp/web-ledger.ts), over a fake client that
 * answers file requests from a map of workspace paths: the nearest .fzlint-verdicts.json above the
 * report is used, the search stops at the workspace folder, and a broken ledger is logged and
 * dismisses nothing. 忽略此问题 writes, through the client, the ledger the desktop server writes for the
 * same report in the same folders (lsp/ledger.ts on a temporary folder); a broken or too large ledger
 * is never overwritten, and a refused write is an error naming the ledger.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { ReadEntry } from '../../server/src/engine/project';
import { LedgerError, serializeLedger } from '../../server/src/engine/io/ledger-format';
import { recordDismissal } from '../../server/src/lsp/ledger';
import { WebLedgers } from '../../server/src/lsp/web-ledger';
import { workspacePath, type WriteFileResult } from '../../server/src/lsp/workspace-files';

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

/** A client over `files` (workspace path → text; TOO_LARGE: a file over the read limit); `refuse` answers every write so. */
function fake(files: Record<string, string>, refuse?: WriteFileResult) {
  const reads: string[] = [];
  const logs: string[] = [];
  const writes: string[] = [];
  const ledgers = new WebLedgers({
    read: async (uri): Promise<ReadEntry> => {
      reads.push(workspacePath(uri)!.path);
      const p = workspacePath(uri)!.path;
      if (files[p] === TOO_LARGE) return { kind: 'too-large', size: 9e6 };
      return p in files ? { kind: 'file', text: files[p] } : { kind: 'missing' };
    },
    write: async (uri, text) => {
      if (refuse) return refuse;
      writes.push(workspacePath(uri)!.path);
      files[workspacePath(uri)!.path] = text;
      return { written: true };
    },
    log: (m) => logs.push(m),
  });
  ledgers.setWorkspaceFolders([`${ROOT}/org/repo`]);
  return { ledgers, reads, logs, writes, files };
}
const TOO_LARGE = '\u0000too large';

const FINDING = { fingerprint: 'f00d', ruleId: 'fullwidth-punctuation', text: ',' };
const DATE = '2026-12-04';

/** What the desktop server writes for a report at `report` (relative), with `existing` ledgers (relative path → text), in a temporary workspace folder. */
function desktopLedger(report: string, existing: Record<string, string>): { file: string; text: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fzlint-web-ledger-'));
  const epoch = process.env.SOURCE_DATE_EPOCH;
  process.env.SOURCE_DATE_EPOCH = String(Date.parse(`${DATE}T12:00:00Z`) / 1000);
  try {
    for (const [rel, text] of Object.entries(existing)) {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), text);
    }
    fs.mkdirSync(path.dirname(path.join(dir, report)), { recursive: true });
    const ledger = recordDismissal(path.join(dir, report), dir, FINDING, 'zh-CN');
    return { file: path.relative(dir, ledger).split(path.sep).join('/'), text: fs.readFileSync(ledger, 'utf8') };
  } finally {
    if (epoch === undefined) delete process.env.SOURCE_DATE_EPOCH;
    else process.env.SOURCE_DATE_EPOCH = epoch;
    fs.rmSync(dir, { recursive: true, force: true });
  }
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

  it('忽略此问题 with no ledger yet: a new one in the workspace folder, as the desktop server writes it', async () => {
    const f = fake({});
    const uri = `${ROOT}/org/repo/年报/2023/r.txt`;
    const written = await f.ledgers.record(uri, FINDING, 'zh-CN', DATE);
    assert.equal(written, `${ROOT}/org/repo/.fzlint-verdicts.json`);
    const desktop = desktopLedger('年报/2023/r.txt', {});
    assert.equal(desktop.file, '.fzlint-verdicts.json');
    assert.equal(f.files['/org/repo/.fzlint-verdicts.json'], desktop.text);
    // The next lint's refresh reads it: the finding is dismissed.
    await f.ledgers.refresh(uri, 'zh-CN');
    assert.deepEqual([...f.ledgers.dismissed(uri)], ['fullwidth-punctuation\u0000f00d']);
  });

  it('忽略此问题 with a ledger above the report: the entry added to it (the earlier verdicts kept), as the desktop server adds it', async () => {
    const existing = serializeLedger({ entries: [entry('aaaa', 'dismissed'), entry('f00d', 'confirmed')] });
    const f = fake({ '/org/repo/年报/.fzlint-verdicts.json': existing });
    const written = await f.ledgers.record(`${ROOT}/org/repo/年报/2023/r.txt`, FINDING, 'zh-CN', DATE);
    assert.equal(written, `${ROOT}/org/repo/${encodeURIComponent('年报')}/.fzlint-verdicts.json`);
    const desktop = desktopLedger('年报/2023/r.txt', { '年报/.fzlint-verdicts.json': existing });
    assert.equal(desktop.file, '年报/.fzlint-verdicts.json');
    assert.equal(f.files['/org/repo/年报/.fzlint-verdicts.json'], desktop.text);
    assert.deepEqual(
      (JSON.parse(desktop.text) as { entries: { fingerprint: string; verdict: string; file: string }[] }).entries.map((e) => [
        e.fingerprint,
        e.verdict,
        e.file,
      ]),
      [
        ['f00d', 'dismissed', '2023/r.txt'],
        ['aaaa', 'dismissed', 'r.txt'],
      ],
      'the earlier verdict on the same finding is replaced, the other kept',
    );
  });

  it('忽略此问题 never overwrites a ledger it cannot read, and a refused write is an error naming the ledger', async () => {
    const uri = `${ROOT}/org/repo/r.txt`;
    for (const text of ['{ 未闭合', TOO_LARGE]) {
      const f = fake({ '/org/repo/.fzlint-verdicts.json': text });
      await assert.rejects(
        f.ledgers.record(uri, FINDING, 'zh-CN', DATE),
        (e: Error) => e instanceof LedgerError && e.message.startsWith('/org/repo/.fzlint-verdicts.json：'),
      );
      assert.deepEqual(f.writes, []);
      assert.equal(f.files['/org/repo/.fzlint-verdicts.json'], text);
    }
    const g = fake({}, { written: false, reason: 'failed', message: 'EACCES' });
    await assert.rejects(
      g.ledgers.record(uri, FINDING, 'en', DATE),
      (e: Error) => e instanceof LedgerError && e.message === '/org/repo/.fzlint-verdicts.json: cannot write the verdict ledger (EACCES).',
    );
  });

  it('a ledger too large to read through the client is logged once and dismisses nothing; no ledger further up is used instead', async () => {
    const f = fake({
      '/org/repo/年报/.fzlint-verdicts.json': TOO_LARGE,
      '/org/repo/.fzlint-verdicts.json': serializeLedger({ entries: [entry('aaaa', 'dismissed')] }),
    });
    const uri = `${ROOT}/org/repo/年报/r.txt`;
    await f.ledgers.refresh(uri, 'en');
    await f.ledgers.refresh(uri, 'en');
    assert.equal(f.ledgers.dismissed(uri).size, 0);
    assert.deepEqual(f.logs, ['fzlint: /org/repo/年报/.fzlint-verdicts.json: too large for the web extension to read the verdict ledger.']);
  });
});
