/**
 * Does a text open with a report title (…法治…报告) in its first 40 non-empty lines? The same test
 * as the server's (server/src/lsp/documents.ts hasReportTitle, engine metadata isTitleText), kept
 * standalone so the client bundle does not pull in the engine. test/lsp/client-title.test.ts keeps
 * the two in step.
 */
const TITLE = /法治.*(?:报告|总结)$/;

export function looksLikeReport(text: string): boolean {
  let seen = 0;
  for (const raw of text.slice(0, 200_000).split(/\r\n|\r|\n/)) {
    const line = raw.replace(/^[\s\u00a0\u3000\ufeff#]+/, '').replace(/[\s\u00a0\u3000]+$/, '');
    if (line === '') continue;
    if (line.length <= 80 && !/[。；;]/.test(line) && !/^附件/.test(line) && TITLE.test(line)) return true;
    if (++seen >= 40) return false;
  }
  return false;
}
