/**
 * `npm run package` builds one VSIX for all platforms with @vscode/vsce (offline, --no-dependencies):
 * it stays within the 4 MB budget and carries what runs in VS Code, and nothing else.
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../helpers/paths';

/** The file names in a zip archive, from its central directory (no unzip binary, no dependency). */
export function zipEntries(zip: Buffer): string[] {
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file: no end of central directory');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central directory entry at ${at}`);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

describe('VSIX (npm run package)', function () {
  this.timeout(300000);
  const vsix = path.join(repoRoot, 'fzlint.vsix');
  let entries: string[] = [];
  let size = 0;

  before(function () {
    // Not deleted first: the end-to-end test packages the same file; freshness is checked instead.
    const started = Date.now();
    execFileSync('npm', ['run', 'package'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], timeout: 280000 });
    assert.ok(fs.statSync(vsix).mtimeMs >= started - 1000, 'npm run package wrote a fresh fzlint.vsix');
    const zip = fs.readFileSync(vsix);
    size = zip.length;
    entries = zipEntries(zip);
  });

  it('stays within the 4 MB budget', function () {
    assert.ok(size <= 4 * 1024 * 1024, `fzlint.vsix is ${(size / 1024 / 1024).toFixed(2)} MB`);
  });

  it('carries the client, the server, the word dictionary, the rule data, grammars and translations', function () {
    for (const name of [
      'extension/package.json',
      'extension/package.nls.json',
      'extension/package.nls.zh-cn.json',
      'extension/dist/client.cjs',
      'extension/dist/server.cjs',
      // VS Code for the Web: the browser entry and its web worker server.
      'extension/dist/browser/extension.js',
      'extension/dist/browser/server.js',
      'extension/dist/jieba.dict',
      'extension/dist/recommended.json',
      'extension/rules/recommended.yaml',
      'extension/syntaxes/fzreport.tmLanguage.json',
      'extension/syntaxes/fzreport-markdown.injection.tmLanguage.json',
      'extension/syntaxes/fzreport.language-configuration.json',
      'extension/l10n/bundle.l10n.zh-cn.json',
    ]) {
      assert.ok(entries.includes(name), `${name} in ${JSON.stringify(entries)}`);
    }
  });

  it('carries the docs the diagnostics and hovers link (docs/rules/*.md, docs/*.md), beside dist/ where the server finds them', function () {
    const pages = [
      ...fs
        .readdirSync(path.join(repoRoot, 'docs', 'rules'))
        .filter((f) => f.endsWith('.md'))
        .map((f) => `extension/docs/rules/${f}`),
      ...fs
        .readdirSync(path.join(repoRoot, 'docs'))
        .filter((f) => f.endsWith('.md'))
        .map((f) => `extension/docs/${f}`),
    ];
    assert.ok(pages.length > 40);
    assert.deepEqual(
      pages.filter((p) => !entries.includes(p)),
      [],
      'every page in the VSIX',
    );
  });

  it('leaves out sources, tests, source maps, node_modules and the CLI bundles', function () {
    const stray = entries.filter((e) =>
      /^extension\/(server|client)\/src\/|^extension\/test\/|\.map$|^extension\/node_modules\/|\.ts$|^extension\/dist\/cli\.cjs$/.test(e),
    );
    assert.deepEqual(stray, []);
  });

  it('carries every file the server bundle loads lazily (dist/lib/*.cjs, precompiled validators), and no others', function () {
    const server = fs.readFileSync(path.join(repoRoot, 'dist', 'server.cjs'), 'utf8');
    const lazy = [...new Set([...server.matchAll(/require\("\.\/(lib\/[^"]+\.cjs)"\)/g)].map((m) => `extension/dist/${m[1]}`))];
    assert.ok(lazy.length > 0, 'the server bundle loads some libraries lazily');
    for (const name of [...lazy, 'extension/dist/schema-validators.cjs']) assert.ok(entries.includes(name), `${name} in the VSIX`);
    const extra = entries.filter((e) => e.startsWith('extension/dist/lib/') && !lazy.includes(e));
    assert.deepEqual(extra, [], 'libraries only the CLI needs stay out');
  });

  it('every file the manifest points at is in the package', function () {
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
    assert.equal(pkg.files, undefined, '.vscodeignore decides; a `files` list would conflict with it in vsce');
    const wanted = [
      pkg.main,
      ...pkg.contributes.grammars.map((g: { path: string }) => g.path),
      ...pkg.contributes.languages.map((l: { configuration: string }) => l.configuration),
    ];
    for (const file of wanted) assert.ok(entries.includes(`extension/${path.posix.normalize(file)}`), file);
  });
});
