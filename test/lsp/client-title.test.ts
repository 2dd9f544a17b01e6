/** The VS Code client's own report-title check (no engine in the client bundle) agrees with the server's. */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import { looksLikeReport } from '../../client/src/report-title';
import { hasReportTitle } from '../../server/src/lsp/documents';
import { fullwidthReport, mutatedReport, webCopyReport } from '../helpers/paths';

describe('client report-title check', function () {
  const TITLE = '汕尾市人民政府2020年法治政府建设年度报告';
  const cases = [
    `${TITLE}\n\n正文。`,
    `汕府〔2021〕5号\r\n\r\n# ${TITLE}\r\n`,
    `${'\n'.repeat(100)}${TITLE}`,
    `${'一行。\n'.repeat(40)}${TITLE}`,
    `${'一行。\n'.repeat(39)}${TITLE}`,
    '# fzlint\n\n检查法治政府建设年度报告。\n',
    '附件：2020年法治政府建设年度报告',
    '\ufeff　　某县2020年法治政府建设工作总结　　\n',
    '',
    fs.readFileSync(fullwidthReport, 'utf8'),
    fs.readFileSync(webCopyReport, 'utf8'),
    fs.readFileSync(mutatedReport, 'utf8'),
  ];
  cases.forEach((text, i) => {
    it(`case ${i + 1}: ${JSON.stringify(text.slice(0, 30))}`, function () {
      assert.equal(looksLikeReport(text), hasReportTitle(text));
    });
  });
});
