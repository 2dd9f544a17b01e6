// Bundles the CLI, the engine, the batch worker, the language server and the VS Code client to
// CommonJS with esbuild, and compiles the word dictionary next to the bundles (dist/jieba.dict).
// Then the browser builds (scripts/browser-build.mjs): the engine for web pages
// (dist/browser/fzlint-engine.mjs) and fzlint-web, one HTML file (dist/web/fzlint-web.html).
import * as esbuild from 'esbuild';
import { buildBrowser } from './browser-build.mjs';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';

const root = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const watch = process.argv.includes('--watch');

const entries = [
  { in: 'server/src/cli/main.ts', out: 'cli' },
  { in: 'server/src/engine/index.ts', out: 'engine' },
];
for (const optional of [
  { in: 'server/src/lsp/server.ts', out: 'server' },
  { in: 'client/src/extension.ts', out: 'client' },
]) {
  if (fs.existsSync(path.join(root, optional.in))) entries.push(optional);
}

// Libraries only some runs need (encodings, .docx, YAML, schema validation without the precompiled
// validators, atomic writes) are not in the main bundles: the sources require them on first use
// (server/src/lazy/modules.ts and the call sites), and here each such require goes to a bundle of its
// own in dist/lib/, so a run that never needs one neither reads nor compiles its code.
const LAZY_LIBS = ['iconv-lite', 'yaml', 'ajv', 'write-file-atomic', 'mammoth/lib/unzip', 'mammoth/lib/docx/docx-reader', '@xmldom/xmldom'];
const libFile = (name) => `lib/${name.replace(/\//g, '+')}.cjs`;
// Modules of our own that only some runs need, bundled the same way (dist/lib/<out>.cjs): the
// Markdown parser and what it brings is read at the first Markdown file, never for plain text; retext
// and its URL plugin at the first text that holds `://` or `www.`. The .doc reader (word-extractor with
// its cleaning step wrapped) likewise, at the first .doc file.
const LAZY_SOURCES = [
  { in: 'server/src/engine/document/markdown-syntax.ts', request: './markdown-syntax', out: 'lib/markdown-syntax' },
  { in: 'server/src/engine/document/url-syntax.ts', request: './url-syntax', out: 'lib/url-syntax' },
  { in: 'server/src/cli/inputs/word-extractor-raw.ts', request: './word-extractor-raw', out: 'lib/word-extractor-raw' },
];
const lazyLibs = {
  name: 'lazy-libs',
  setup(build) {
    const filter = new RegExp(`^(${LAZY_LIBS.map((n) => n.replace(/[/.+-]/g, '\\$&')).join('|')})$`);
    build.onResolve({ filter }, (args) => (/[\\/]node_modules[\\/]/.test(args.importer) ? undefined : { path: `./${libFile(args.path)}`, external: true }));
    for (const lazy of LAZY_SOURCES) {
      const filter = new RegExp(`^${lazy.request.replace(/[/.+-]/g, '\\$&')}$`);
      const source = path.join(root, lazy.in).replace(/\.ts$/, '');
      build.onResolve({ filter }, (args) => (path.join(args.resolveDir, args.path) === source ? { path: `./${lazy.out}.cjs`, external: true } : undefined));
    }
    // Copied as it is (below): its import() must not come from the CLI's code cache.
    build.onResolve({ filter: /^\.\/import-tinypool\.cjs$/ }, () => ({ path: './lib/import-tinypool.cjs', external: true }));
    // Likewise the PDF reader's loader: pdfjs-dist is never bundled, it is imported from node_modules.
    build.onResolve({ filter: /^(\.\.\/)+lazy\/import-pdfjs\.cjs$/ }, () => ({ path: './lib/import-pdfjs.cjs', external: true }));
  },
};

const options = {
  absWorkingDir: root,
  plugins: [lazyLibs],
  entryPoints: entries,
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  // tinypool starts its workers from its own files (entry/worker.js), so it stays a package import
  // pdfjs-dist (about 2 MB) is loaded from node_modules by dist/lib/import-pdfjs.cjs, on the first PDF.
  external: ['vscode', 'tinypool', 'pdfjs-dist'],
  // ESM-only dependencies read import.meta.url; give them the bundle's own URL.
  // The build id on the first line keys the CLI's code cache (bin/load-bundle.cjs) to this very build.
  banner: {
    js: `/* fzlint build ${crypto.randomBytes(16).toString('hex')} */\nconst __fzlintImportMetaUrl = require('node:url').pathToFileURL(__filename).href;`,
  },
  define: { FZLINT_VERSION: JSON.stringify(pkg.version), 'import.meta.url': '__fzlintImportMetaUrl' },
  logLevel: 'warning',
};

fs.mkdirSync(path.join(root, 'dist'), { recursive: true });
fs.rmSync(path.join(root, 'dist', 'jieba_rs_wasm_bg.wasm'), { force: true });

// The word dictionary, compiled once here and read as typed-array views at run time (no build step
// at start): jieba's dict.txt from @node-rs/jieba (a devDependency; only this file is used) and the
// HMM model in vendor/jieba/. Skipped when dist/jieba.dict is newer than all of its inputs.
{
  const out = path.join(root, 'dist', 'jieba.dict');
  const inputs = [
    require.resolve('@node-rs/jieba/dict.txt'),
    path.join(root, 'vendor', 'jieba', 'hmm_model.utf8'),
    ...['compile.ts', 'format.ts'].map((f) => path.join(root, 'server', 'src', 'engine', 'document', 'jieba', f)),
  ];
  const fresh = fs.existsSync(out) && inputs.every((f) => fs.statSync(f).mtimeMs <= fs.statSync(out).mtimeMs);
  if (!fresh) {
    const bundled = await esbuild.build({
      absWorkingDir: root,
      entryPoints: ['server/src/engine/document/jieba/compile.ts'],
      bundle: true,
      write: false,
      format: 'cjs',
      platform: 'neutral',
      logLevel: 'warning',
    });
    const mod = { exports: {} };
    new Function('module', 'exports', bundled.outputFiles[0].text)(mod, mod.exports);
    const bytes = mod.exports.compileDictionary(fs.readFileSync(inputs[0], 'utf8'), fs.readFileSync(inputs[1], 'utf8'));
    fs.writeFileSync(`${out}.tmp`, bytes);
    fs.renameSync(`${out}.tmp`, out);
  }
}

// The built-in pack as JSON next to the bundles: parsing YAML costs about 0.1 s of a cold CLI start.
// It carries the YAML text it was made from; the loader uses it only while rules/recommended.yaml is
// unchanged (otherwise it parses the YAML, as the tests do from source).
{
  const { parse } = await import('yaml');
  const { isDeepStrictEqual } = await import('node:util');
  const out = path.join(root, 'dist', 'recommended.json');
  fs.rmSync(out, { force: true });
  try {
    const yamlText = fs.readFileSync(path.join(root, 'rules', 'recommended.yaml'), 'utf8');
    const pack = parse(yamlText);
    // Only when JSON keeps every value (the YAML core schema has nothing JSON lacks, but check).
    if (isDeepStrictEqual(JSON.parse(JSON.stringify(pack)), pack)) fs.writeFileSync(out, JSON.stringify({ yaml: yamlText, pack }));
  } catch {
    // An invalid pack is reported by the loader at run time, with the YAML error.
  }
}

fs.mkdirSync(path.join(root, 'dist', 'lib'), { recursive: true });
for (const file of ['import-tinypool.cjs', 'import-pdfjs.cjs'])
  fs.copyFileSync(path.join(root, 'server', 'src', 'lazy', file), path.join(root, 'dist', 'lib', file));

// dist/lib/<name>.cjs: one bundle per lazily loaded library.
await esbuild.build({
  absWorkingDir: root,
  stdin: undefined,
  entryPoints: LAZY_LIBS.map((name) => ({ in: `lazy-lib:${name}`, out: libFile(name).replace(/\.cjs$/, '') })),
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
  plugins: [
    {
      name: 'lazy-lib-entries',
      setup(build) {
        build.onResolve({ filter: /^lazy-lib:/ }, (args) => ({ path: args.path.slice('lazy-lib:'.length), namespace: 'lazy-lib' }));
        build.onLoad({ filter: /.*/, namespace: 'lazy-lib' }, (args) => ({
          contents: `module.exports = require(${JSON.stringify(args.path)});`,
          resolveDir: root,
          loader: 'js',
        }));
      },
    },
  ],
});

// dist/lib/<out>.cjs: one bundle per lazily loaded module of our own.
await esbuild.build({
  absWorkingDir: root,
  entryPoints: LAZY_SOURCES.map((lazy) => ({ in: lazy.in, out: lazy.out })),
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
});

// Schema validators precompiled with ajv standalone (dist/schema-validators.cjs): loading a config no
// longer compiles the JSON Schemas (0.2–0.4 s). server/src/engine/config/schema.ts uses this file
// when it sits next to the bundle, with the same ajv options.
{
  const { default: Ajv } = await import('ajv');
  const { default: standaloneCode } = await import('ajv/dist/standalone/index.js');
  const schema = (name) => JSON.parse(fs.readFileSync(path.join(root, 'rules', 'schema', `${name}.schema.json`), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strictTuples: false, code: { source: true } });
  const pack = schema('pack');
  const config = schema('config');
  // The per-rule entries are for editors only (server/src/engine/config/rule-options-schema.ts).
  delete config.definitions.rules.properties;
  ajv.addSchema(pack);
  ajv.addSchema(config);
  const code = standaloneCode(ajv, { pack: pack.$id, config: config.$id });
  await esbuild.build({
    absWorkingDir: root,
    stdin: { contents: code, resolveDir: root, sourcefile: 'schema-validators.js', loader: 'js' },
    outfile: 'dist/schema-validators.cjs',
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
  });
}

// The worker entry of parallel batches (tinypool imports it by path; server/src/cli/batch/run-batch.ts).
// It loads the CLI bundle with require and its code cache (bin/load-bundle.cjs): imported as a module,
// Node would first scan the whole CommonJS bundle for export names, and a bundle of its own would be
// a second copy of the engine to compile in every worker.
fs.writeFileSync(
  path.join(root, 'dist', 'batch-worker.mjs'),
  [
    '// Written by scripts/build.mjs: the worker-thread entry of a parallel batch (see server/src/cli/batch/worker.ts).',
    "import { createRequire } from 'node:module';",
    "import { fileURLToPath } from 'node:url';",
    'const require = createRequire(import.meta.url);',
    "const { loadBundle } = require('../bin/load-bundle.cjs');",
    "export default loadBundle(fileURLToPath(new URL('./cli.cjs', import.meta.url))).batchWorker();",
    '',
  ].join('\n'),
);
fs.rmSync(path.join(root, 'dist', 'batch-worker.cjs'), { force: true });
fs.rmSync(path.join(root, 'dist', 'batch-worker.cjs.map'), { force: true });

// The browser builds need dist/jieba.dict (above).
await buildBrowser(root, { version: pkg.version });

if (watch) {
  // Rebuilt bundles keep their build id: no code cache while watching.
  fs.rmSync(path.join(root, 'dist', 'cli.cjs.v8cache'), { force: true });
  const ctx = await esbuild.context(options);
  await ctx.watch();
} else {
  await esbuild.build(options);
  // Calls of import(), not the JSDoc type annotations that mention it ({import('./index.js').X}).
  const cliCode = fs
    .readFileSync(path.join(root, 'dist', 'cli.cjs'), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
  if (/[^\w.$]import\(/.test(cliCode)) {
    throw new Error('dist/cli.cjs calls import(): it would fail from the code cache; load ES modules through a file in server/src/lazy/');
  }
  // V8's code cache for the CLI bundle (bin/load-bundle.cjs checks that it belongs to this bundle).
  const { spawnSync } = await import('node:child_process');
  const made = spawnSync(process.execPath, [path.join(root, 'scripts', 'make-code-cache.cjs')], { stdio: 'inherit' });
  if (made.status !== 0) console.warn('build: no code cache for dist/cli.cjs (the CLI still works, it starts a little slower)');
}
