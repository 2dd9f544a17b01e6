/**
 * The web worker server's last year's report (server/src/lsp/web-previous.ts) over a fake client that
 * answers file and folder requests from a map of workspace paths: a named .txt is linked, `auto`
 * finds the one report of the issuer for Y−1 through the folder listing, and a named Word file or a
 * missing one is said once (the cross-year checks do not run). Texts are written here.
 */
import { strict as assert } from 'node:assert';
import type { ReadEntry } from '../../server/src/engine/project';
import { parseText } from '../../server/src/engine/project';
import { shellDefaultsConfig } from '../../server/src/engine/project/defaults';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings';
import { WebPreviousReports } from '../../server/src/lsp/web-previous';
import { workspacePath } from '../../server/src/lsp/workspace-files';

const ROOT = 'vscode-vfs://github';
const report = (year: number) =>
  `某县人民政府${year}年法治政府建设年度报告\n一、主要举措和成效\n全年办理行政复议案件86件。\n二、存在的不足和原因\n培训不足。\n三、${year + 1}年工作安排\n继续推进依法行政。\n\n某县人民政府\n${year + 1}年1月20日\n`;

function fake(files: Record<string, string>) {
  const notes: string[] = [];
  const reads: string[] = [];
  const previous = new WebPreviousReports({
    read: async (uri): Promise<ReadEntry> => {
      reads.push(uri);
      const p = workspacePath(uri)!.path;
      return p in files ? { kind: 'file', text: files[p] } : { kind: 'missing' };
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
    const f = fake({ '/org/repo/2022/report.txt': report(2022), '/org/repo/2023/report.txt': report(2023), '/org/repo/2023/notes.docx': 'x' });
    await f.previous.refresh(uri, { ...DEFAULT_SETTINGS, previousReport: '2022/report.txt' }, plan, parse);
    assert.equal(f.previous.of(uri)?.link?.status, 'found');
    assert.equal(f.previous.of(uri)?.uri, `${ROOT}/org/repo/2022/report.txt`);
    assert.equal(f.previous.textOf(`${ROOT}/org/repo/2022/report.txt`), report(2022));

    await f.previous.refresh(uri, { ...DEFAULT_SETTINGS, previousReport: 'auto', archiveFolders: ['2022'] }, plan, parse);
    assert.equal(f.previous.of(uri)?.uri, `${ROOT}/org/repo/2022/report.txt`);
    assert.ok(!f.reads.some((r) => r.endsWith('.docx')), 'a Word file is not read in the worker');

    await f.previous.refresh(uri, { ...DEFAULT_SETTINGS, previousReport: 'auto' }, plan, parse);
    assert.equal(f.previous.of(uri)?.link?.status, 'missing', 'no report of 2022 beside this one');
    assert.deepEqual(f.notes, []);
  });

  it('a named Word file or a missing file is said once, and nothing is linked', async () => {
    const f = fake({ '/org/repo/2023/report.txt': report(2023) });
    const settings = { ...DEFAULT_SETTINGS, previousReport: '/org/repo/2022/report.docx' };
    await f.previous.refresh(uri, settings, plan, parse);
    await f.previous.refresh(uri, settings, plan, parse);
    assert.equal(f.previous.of(uri)?.link, undefined);
    assert.equal(f.notes.length, 1);
    assert.match(f.notes[0], /^fzlint：无法读取去年的报告（设置 fzlint\.previousReport）：\/org\/repo\/2022\/report\.docx：网页版编辑器只能读取 \.txt 或 \.md/);

    await f.previous.refresh(uri, { ...settings, previousReport: '2022/gone.txt', locale: 'en' }, plan, parse);
    assert.equal(f.notes.length, 2);
    assert.match(
      f.notes[1],
      /^fzlint: last year's report \(fzlint\.previousReport\) cannot be read: \/org\/repo\/2022\/gone\.txt: no such file in the workspace\./,
    );
  });
});
