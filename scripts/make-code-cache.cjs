'use strict';
// Writes dist/cli.cjs.v8cache (run by scripts/build.mjs after bundling): compiles the CLI bundle,
// lints the example report with it (so the functions a lint runs are compiled too) and saves V8's code
// cache, prefixed with the key bin/load-bundle.cjs checks. Output of the lint is discarded.
const fs = require('node:fs');
const path = require('node:path');
const { cacheFor, compile } = require('../bin/load-bundle.cjs');

const root = path.resolve(__dirname, '..');
const bundle = path.join(root, 'dist', 'cli.cjs');
const source = fs.readFileSync(bundle, 'utf8');
const { file, key } = cacheFor(bundle, source);
fs.rmSync(file, { force: true });
if (!key) throw new Error('dist/cli.cjs has no build id (scripts/build.mjs stamps one)');
const { exports: cli, script } = compile(bundle, source, undefined);
process.stdout.write = () => true;
process.stderr.write = () => true;
process.argv = [process.argv[0], 'fzlint', path.join(root, 'examples', 'qingshan-2025.txt')];
process.on('exit', () => {
  process.exitCode = 0;
  fs.writeFileSync(`${file}.tmp`, Buffer.concat([key, script.createCachedData()]));
  fs.renameSync(`${file}.tmp`, file);
});
cli.run();
