'use strict';
// tinypool is an ES module, loaded with import(). This stays a file of its own (scripts/build.mjs
// copies it to dist/lib/ instead of bundling it): import() must not run from code V8 restored from
// the CLI's code cache, which has lost the callback Node needs for it (bin/load-bundle.cjs).
module.exports = () => import('tinypool');
