/**
 * The CLI's V8 code cache (bin/load-bundle.cjs, made by scripts/make-code-cache.cjs at build time):
 * the same output with and without it, and a cache that does not belong to the bundle is never used.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fullwidthReport, repoRoot } from '../helpers/paths';
import { runCli } from '../helpers/run-cli';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const loader = require('../../bin/load-bundle.cjs') as {
  loadBundle(bundle: string): Record<string, unknown>;
  cacheFor(bundle: string, source: string): { file: string; key?: Buffer };
  compile(bundle: string, source: string, cachedData?: Buffer): { exports: Record<string, unknown>; script: import('node:vm').Script };
};

describe('CLI code cache', function () {
  this.timeout(120000);

  it('npm run build made one for dist/cli.cjs, keyed to its build', () => {
    const bundle = path.join(repoRoot, 'dist', 'cli.cjs');
    const { file, key } = loader.cacheFor(bundle, fs.readFileSync(bundle, 'utf8'));
    assert.ok(key, 'the bundle carries a build id');
    assert.ok(fs.readFileSync(file).subarray(0, key.length).equals(key), 'the cache starts with its key');
  });

  it('gives the same output as loading the bundle without it', () => {
    for (const args of [['--format', 'json', fullwidthReport], [fullwidthReport], ['--help']]) {
      const cached = runCli(args);
      const plain = runCli(args, { env: { FZLINT_NO_CODE_CACHE: '1' } });
      assert.equal(cached.status, plain.status);
      assert.equal(cached.stdout, plain.stdout);
      assert.ok(cached.stdout.length > 0);
    }
  });

  it('uses a cache only with the key of the bundle it was made from', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fzlint-code-cache-'));
    try {
      const bundle = path.join(dir, 'b.cjs');
      const source = (id: string, value: number) => `/* fzlint build ${id} */\nmodule.exports = { value: ${value} };\n`;
      const a = 'a'.repeat(32);
      fs.writeFileSync(bundle, source(a, 1));
      const { file, key } = loader.cacheFor(bundle, source(a, 1));
      fs.writeFileSync(file, Buffer.concat([key!, loader.compile(bundle, source(a, 1)).script.createCachedData()]));
      assert.equal(loader.loadBundle(bundle).value, 1);
      // Another build with the same length: V8 alone would take the old cache; the key refuses it.
      fs.writeFileSync(bundle, source('b'.repeat(32), 2));
      assert.equal(loader.loadBundle(bundle).value, 2);
      fs.writeFileSync(file, 'garbage');
      assert.equal(loader.loadBundle(bundle).value, 2);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
