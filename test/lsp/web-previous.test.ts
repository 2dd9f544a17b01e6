/**
 * The web worker server's last year's report (server/src/lsp/web-previous.ts) over a fake client that
 * answers file and folder requests from a map of workspace paths: a named .txt is linked, `auto`
 * finds the one report of the issuer for Y−1 through the folder listing, a Word .docx is read from its
 * bytes as the CLI reads it (named, and found by `auto`), and a named PDF, a damaged Word file or a
 * missing file is said once (the cross-year checks do not run). Texts are written here.
 */
import { strict as assert } from 'node:assert';
import type { ReadEntry } from '../../server/src/engine/project';
import { parseText } from '../../server/src/engine/project';
import { shellDefaultsConfig } from '../../server/src/engine/project/defaults';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings';
import { WebPreviousReports } from '../../server/src/lsp/web-previous';
import { toBase64 } from '../../server/src/lsp/web-dictionary';
import { workspacePath, type ReadBytesResult } from '../../server/src/lsp/workspace-files';
import { docxOfText } from '../helpers/docx-of-text';

const ROOT = 'vscode-vfs://github';
const report = (year: number) =>
  `某县人民政府${year}年法治政府建设年度报告\n一、主要举措和成效\n全年办理行政复议案件86件。\n二、存在的不足和原因\n培训不足。\n三、${year + 1}年工作安排\n继续推进依法行政。\n\n某县人民政府\n${year + 1}年1月20日\n`;

/** A client over `files` (workspace path → text, or bytes for a Word file). */
function fake(files: Record<string, string | Uint8Array>) {
  const notes: string[] = [];
  const reads: string[] = [];
  const previous = new WebPreviousReports({
    read: async (uri): Promise<ReadEntry> => {
      reads.push(uri);
      const f = files[workspacePath(uri)!.path];
      return typeof f === 'string' ? { kind: 'file', text: f } : { kind: 'missing' };
    },
    readBytes: async (uri): Promise<ReadBytesResult> => {
      reads.push(uri);
      const f = files[workspacePath(uri)!.path];
      if (f === undefined) return { kind: 'missing' };
      return { kind: 'file', base64: toBase64(typeof f === 'string' ? new TextEncoder().encode(f) : f) };
    },
    list: async (uri) => {
      const dir = workspacePath(uri)!.path.replace(/\/$/, '');
      return Object.keys(files)
        .filter((f) => f.startsWith(`${dir}/`) && !f.slice(dir.length + 1).includes('/'))
        .map((f) => f.slice(dir.length + 1));
    },
    notify: (m) => notes.push(m),
    log: () => undefined,
  });
  previous.setWorkspaceFolders([`${ROOT}/org/repo`]);
  return { previous, notes, reads };
}

const plan = { config: shellDefaultsConfig({ locale: 'zh-CN', rules: {} }) };
const uri = `${ROOT}/org/repo/2023/report.txt`;
const parse = () => parseText(report(2023), plan);

describe('the web worker server’s last year’s report (files through the client)', () => {
  it('links a named text file relative to the workspace folder, and with auto the report of Y−1 in an archive folder', async () => {
    const f = fake({ '/org/repo/2022/report.txt': report(2022), '/org/repo/2023/report.txt': report(2023), '/org/repo/2023/notes.pdf': 'x' });
    await f.previous.refresh(uri, { ...DEFAULT_SETTINGS, previousReport: '2022/report.txt' }, plan, parse);
    assert.equal(f.previous.of(uri)?.link?.status, 'found');
    assert.equal(f.previous.of(uri)?.uri, `${ROOT}/org/repo/2022/report.txt`);
    assert.equal(f.previous.textOf(`${ROOT}/org/repo/2022/report.txt`), report(2022));

    await f.previous.refresh(uri, { ...DEFAULT_SETTINGS, previousReport: 'auto', archiveFolders: ['2022'] }, plan, parse);
    assert.equal(f.previous.of(uri)?.uri, `${ROOT}/org/repo/2022/report.txt`);
    assert.ok(!f.reads.some((r) => r.endsWith('.pdf')), 'a PDF is not read in the worker');

    await f.previous.refresh(uri, { ...DEFAULT_SETTINGS, previousReport: 'auto' }, plan, parse);
    assert.equal(f.previous.of(uri)?.link?.status, 'missing', 'no report of 2022 beside this one');
    assert.deepEqual(f.notes, []);
  });

  it('reads last year’s report from a Word .docx, named or found by auto, as the CLI reads it (one line per paragraph)', async () => {
    const word = await docxOfText(report(2022));
    const f = fake({ '/org/repo/2022/2022年报告.docx': word, '/org/repo/2023/report.txt': report(2023) });
    await f.previous.refresh(uri, { ...DEFAULT_SETTINGS, previousReport: '2022/2022年报告.docx' }, plan, parse);
    assert.equal(f.previous.of(uri)?.link?.status, 'found');
    assert.equal(f.previous.of(uri)?.uri, `${ROOT}/org/repo/2022/${encodeURIComponent('2022年报告')}.docx`);
    assert.equal(f.previous.textOf(f.previous.of(uri)!.uri!), report(2022).replace(/\n$/, ''));
    const linked = f.previous.of(uri)!.key;
    // Read again before the next lint: the same bytes, the same link (not a new parse).
    await f.previous.refresh(uri, { ...DEFAULT_SETTINGS, previousReport: '2022/2022年报告.docx' }, plan, parse);
    assert.equal(f.previous.of(uri)!.key, linked);

    await f.previous.refresh(uri, { ...DEFAULT_SETTINGS, previousReport: 'auto', archiveFolders: ['2022'] }, plan, parse);
    assert.equal(f.previous.of(uri)?.uri, `${ROOT}/org/repo/2022/${encodeURIComponent('2022年报告')}.docx`);
    assert.deepEqual(f.notes, []);
  });

  it('a named PDF, a damaged Word file or a missing file is said once, and nothing is linked', async () => {
    const f = fake({ '/org/repo/2023/report.txt': report(2023), '/org/repo/2022/broken.docx': 'PK not a zip' });
    const settings = { ...DEFAULT_SETTINGS, previousReport: '/org/repo/2022/report.pdf' };
    await f.previous.refresh(uri, settings, plan, parse);
    await f.previous.refresh(uri, settings, plan, parse);
    assert.equal(f.previous.of(uri)?.link, undefined);
    assert.equal(f.notes.length, 1);
    assert.match(
      f.notes[0],
      /^fzlint：无法读取去年的报告（设置 fzlint\.previousReport）：\/org\/repo\/2022\/report\.pdf：网页版编辑器只能读取 \.txt、\.md 或 \.docx/,
    );

    await f.previous.refresh(uri, { ...settings, previousReport: '2022/broken.docx' }, plan, parse);
    assert.equal(f.previous.of(uri)?.link, undefined);
    assert.equal(f.notes.length, 2);
    assert.match(f.notes[1], /\/org\/repo\/2022\/broken\.docx：无法读取 Word 文件（.+）。跨年度对照未进行。$/);
    f.notes.pop();

    await f.previous.refresh(uri, { ...settings, previousReport: '2022/gone.txt', locale: 'en' }, plan, parse);
    assert.equal(f.notes.length, 2);
    assert.match(
      f.notes[1],
      /^fzlint: last year's report \(fzlint\.previousReport\) cannot be read: \/org\/repo\/2022\/gone\.txt: no such file in the workspace\./,
    );
  });
});
