/**
 * One detector: the VS Code client, the language server and the CLI decide the kind of a document
 * with the engine's detectDocument, so they agree on every text — also on those where the old
 * copies disagreed (a draft mark after the title, a title after blank lines or page text).
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { clientDocumentKind } from '../../client/src/document-kind';
import { documentKind, isReportDocument } from '../../server/src/lsp/documents';
import { fullwidthReport, mutatedReport, webCopyReport } from '../helpers/paths';
import { runCli } from '../helpers/run-cli';

const TITLE = '汕尾市人民政府2020年法治政府建设年度报告';
const BODY = '\n\n  2020年，我市深入推进法治政府建设。\n\n  一、主要举措和成效\n';
const cases: [string, string, 'annual-report' | 'official-document' | 'other'][] = [
  ['a title on the first line', `${TITLE}${BODY}`, 'annual-report'],
  ['a title with a draft mark', `${TITLE}（征求意见稿）${BODY}`, 'annual-report'],
  ['a title after blank lines', `${'\n'.repeat(30)}${TITLE}${BODY}`, 'annual-report'],
  ['a title after page text', `首页 > 政务公开\n索引号：11440100/2021-00123\n发布机构：某市人民政府\n${TITLE}${BODY}`, 'annual-report'],
  ['a two-line title', `大英县人民政府\n关于2022年度法治政府建设情况的报告${BODY}`, 'annual-report'],
  [
    'a 通知 with 文号 and 主送',
    '国务院办公厅关于加强某项工作的通知\n国办发〔2019〕6号\n\n各省、自治区、直辖市人民政府：\n  现就有关事项通知如下。\n',
    'official-document',
  ],
  ['a speech-form report', '各位代表：\n\n  现在，我代表市人民政府，向大会报告工作。\n', 'official-document'],
  ['a README', '# fzlint\n\n检查法治政府建设年度报告。\n', 'other'],
  ['an empty text', '', 'other'],
];

describe('one detector for the client, the server and the CLI', function () {
  this.timeout(60000);
  for (const [name, text, kind] of cases) {
    it(`${name}: ${kind}`, function () {
      assert.equal(clientDocumentKind(text, 'plaintext'), kind, 'client');
      const doc = TextDocument.create(`file:///tmp/${encodeURIComponent(name)}.txt`, 'plaintext', 1, text);
      assert.equal(documentKind(doc), kind, 'server');
      assert.equal(isReportDocument(doc), kind !== 'other', 'the server lints it');
    });
  }

  it('the CLI folder walk decides the same for each case, and lists the rest as skipped', function () {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fzlint-kind-'));
    cases.forEach(([, text], i) => fs.writeFileSync(path.join(dir, `case-${i}.txt`), text));
    const r = runCli(['--format', 'json', dir]);
    const records = JSON.parse(r.stdout) as { filePath: string; documentKind?: string; skipped?: { reason: string } }[];
    cases.forEach(([name, , kind], i) => {
      const rec = records.find((x) => path.basename(x.filePath) === `case-${i}.txt`);
      assert.ok(rec, `${name}: listed`);
      if (kind === 'other') assert.equal(rec.skipped?.reason, 'not-a-document', `${name}: skipped as not a document`);
      else assert.equal(rec.documentKind, kind, `${name}: linted as ${kind}`);
    });
  });

  for (const file of [fullwidthReport, webCopyReport, mutatedReport]) {
    it(`${path.basename(file)}: the client and the server both see an annual report`, function () {
      const text = fs.readFileSync(file, 'utf8');
      assert.equal(clientDocumentKind(text, 'plaintext'), 'annual-report');
      assert.equal(documentKind(TextDocument.create(`file://${file}`, 'plaintext', 1, text)), 'annual-report');
    });
  }
});
