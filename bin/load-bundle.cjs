'use strict';
// Loads a bundle from dist/ with V8's code cache when `npm run build` made one for it
// (scripts/make-code-cache.cjs): V8 then skips parsing and compiling most of the bundle, about a
// quarter of the CLI's own start-up. The cache is used only for the exact bundle it was made from
// (each build stamps its bundles with a random build id in their first line, and the cache starts
// with that id and the Node version) and only if V8 accepts it (same V8 version and flags);
// otherwise the bundle loads as usual.
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const vm = require('node:vm');

/** The cache file for a bundle, and the key a valid one starts with (none for a bundle without a build id). */
function cacheFor(bundle, source) {
  const id = /^\/\* fzlint build ([0-9a-f]{32}) \*\//.exec(source.slice(0, 64))?.[1];
  return { file: `${bundle}.v8cache`, key: id ? Buffer.from(`${id} ${process.version}\n`) : undefined };
}

/** Compile the bundle's module wrapper with `cachedData` (if any) and run it as a CommonJS module. */
function compile(bundle, source, cachedData) {
  // No import() in such a bundle: code V8 restores from a cache has lost the callback Node needs for it
  // (scripts/build.mjs checks; ES modules load through files of their own, server/src/lazy/).
  const script = new vm.Script(Module.wrap(source), { filename: bundle, cachedData });
  const m = new Module(bundle, module);
  m.filename = bundle;
  m.paths = Module._nodeModulePaths(path.dirname(bundle));
  const req = Module.createRequire(bundle);
  script.runInThisContext().call(m.exports, m.exports, req, m, bundle, path.dirname(bundle));
  m.loaded = true;
  return { exports: m.exports, script };
}

function loadBundle(bundle) {
  let source;
  let cached;
  if (process.env.FZLINT_NO_CODE_CACHE) return require(bundle);
  try {
    source = fs.readFileSync(bundle, 'utf8');
    const { file, key } = cacheFor(bundle, source);
    if (!key) return require(bundle);
    const bytes = fs.readFileSync(file);
    if (bytes.length > key.length && bytes.subarray(0, key.length).equals(key)) cached = bytes.subarray(key.length);
  } catch {
    // no cache (or an unreadable one): plain require below
  }
  if (!source || !cached) return require(bundle);
  return compile(bundle, source, cached).exports;
}

module.exports = { loadBundle, cacheFor, compile };
