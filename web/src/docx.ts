/**
 * A .docx file's text in the page: the CLI's reader (server/src/cli/inputs/docx.ts: mammoth's document
 * reader and the CLI's paragraph rule), with the CLI's ZIP reader in its browser form (in the page's
 * build inputs/zip.ts is replaced by zip.browser.ts: DecompressionStream 'deflate-raw', the CLI's
 * expansion limits). The web worker server reads last year's Word report with the same module.
 */
export { readDocx as readDocxText } from '../../server/src/cli/inputs/docx';
