/**
 * The npm package carries the docs: findings link docs/rules/<id>.md and docs/configuration.md of
 * the installed package (engine/docs.ts), so every page must be in it. `npm pack --dry-run` lists
 * the files without building or writing anything.
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../helpers/paths';
import { unavailable } from '../helpers/unavailable';

describe('npm package (npm pack)', function () {
  this.timeout(60000);

  it('carries every rule page and the docs the findings link (docs/*.md, docs/rules/*.md)', function () {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: repoRoot,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const files = new Set((JSON.parse(out) as { files: { path: string }[] }[])[0].files.map((f) => f.path));
    const pages = [
      ...fs
        .readdirSync(path.join(repoRoot, 'docs', 'rules'))
        .filter((f) => f.endsWith('.md'))
        .map((f) => `docs/rules/${f}`),
      ...fs
        .readdirSync(path.join(repoRoot, 'docs'))
        .filter((f) => f.endsWith('.md'))
        .map((f) => `docs/${f}`),
    ];
    assert.ok(pages.includes('docs/configuration.md') && pages.length > 40);
    assert.deepEqual(
      pages.filter((p) => !files.has(p)),
      [],
      'every page in the package',
    );
    assert.ok(files.has('package.json') && files.has('rules/schema/config.schema.json'), 'the schemas init and pack new name');
  });

  it('carries fzlint-web, the offline page (dist/web/fzlint-web.html), and not its sources', function () {
    if (!fs.existsSync(path.join(repoRoot, 'dist', 'web', 'fzlint-web.html')))
      unavailable(this, 'dist/web/fzlint-web.html is not built', 'run npm run build first');
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: repoRoot,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const files = (JSON.parse(out) as { files: { path: string }[] }[])[0].files.map((f) => f.path);
    assert.ok(files.includes('dist/web/fzlint-web.html'), 'the page is in the package');
    assert.deepEqual(
      files.filter((f) => f.startsWith('web/')),
      [],
      'no page sources',
    );
  });
});
