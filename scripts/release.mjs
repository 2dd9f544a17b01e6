// `npm run release [-- --out DIR]`: the release artefacts in one folder (default release/), after
// `npm run package` has built everything and packed the VSIX:
//   fzlint-<version>.tgz        the npm package (CLI, engine, rule data, docs, fzlint-web)
//   fzlint-<version>.vsix       the VS Code extension (desktop and VS Code for the Web)
//   fzlint-web-<version>.html   the offline page, one self-contained file for an intranet share
//   SHA256SUMS                  their checksums (`sha256sum -c SHA256SUMS` checks a download)
// Nothing is downloaded and no install script runs (`npm pack --ignore-scripts`).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const outArg = args.indexOf('--out');
const out = path.resolve(outArg >= 0 && args[outArg + 1] ? args[outArg + 1] : path.join(root, 'release'));
const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

function need(file, how) {
  if (!fs.existsSync(file)) {
    console.error(`release: ${path.relative(root, file)} is missing; ${how}`);
    process.exit(2);
  }
}
const vsix = path.join(root, 'fzlint.vsix');
const page = path.join(root, 'dist', 'web', 'fzlint-web.html');
need(vsix, 'run npm run package first (npm run release does)');
need(page, 'run npm run build first');

fs.mkdirSync(out, { recursive: true });
const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', out], { cwd: root, encoding: 'utf8' }));
const artefacts = [packed[0].filename];
for (const [from, name] of [
  [vsix, `fzlint-${version}.vsix`],
  [page, `fzlint-web-${version}.html`],
]) {
  fs.copyFileSync(from, path.join(out, name));
  artefacts.push(name);
}
const sums = artefacts.map(
  (name) =>
    `${createHash('sha256')
      .update(fs.readFileSync(path.join(out, name)))
      .digest('hex')}  ${name}`,
);
fs.writeFileSync(path.join(out, 'SHA256SUMS'), `${sums.join('\n')}\n`);
for (const name of [...artefacts, 'SHA256SUMS']) {
  console.log(`${path.join(path.relative(root, out) || '.', name)}  ${(fs.statSync(path.join(out, name)).size / 1024 / 1024).toFixed(2)} MB`);
}
