'use strict';
// pdfjs-dist is an ES module, loaded with import() on the first PDF only. Like import-tinypool.cjs
// this stays a file of its own (scripts/build.mjs copies it to dist/lib/): import() must not run
// from code V8 restored from the CLI's code cache. pdfjs-dist is never bundled: it is loaded from
// node_modules at run time, so neither the CLI nor the VS Code extension bundle carries it.
const path = require('node:path');

module.exports = {
  importPdfjs: () => import('pdfjs-dist/legacy/build/pdf.mjs'),
  /** The CMap files shipped with pdfjs-dist (read from disk, never fetched): Chinese fonts without their own Unicode map need them. */
  cMapDir: () => path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), 'cmaps') + path.sep,
};
