import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { moduleSpecifiers } from '../../helpers/import-graph';
import { repoRoot } from '../../helpers/paths';

/** Source files that ship: the server (engine, CLI, language server), the VS Code client and bin/. */
function shippedSources(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(?:ts|cjs|mjs|js)$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(p);
    }
  };
  for (const dir of ['server/src', 'client/src', 'bin']) walk(path.join(repoRoot, dir));
  return out;
}

/** `@scope/name/sub` → `@scope/name`, `name/sub` → `name`. */
const packageOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

describe('runtime dependencies', () => {
  it('every package in `dependencies` is imported by shipped code (nothing unused is installed for users)', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const imported = new Set<string>();
    for (const file of shippedSources()) {
      for (const specifier of moduleSpecifiers(file, fs.readFileSync(file, 'utf8'))) {
        if (!specifier.startsWith('.') && !specifier.startsWith('node:')) imported.add(packageOf(specifier));
      }
    }
    assert.ok(imported.has('vscode-languageserver'), 'the scan reads the sources');
    const unused = Object.keys(pkg.dependencies).filter((name) => !imported.has(name));
    assert.deepEqual(unused, [], `dependencies nothing imports: ${unused.join(', ')}`);
  });

  it('dependency versions are pinned exactly', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    const loose = Object.entries({ ...pkg.dependencies, ...pkg.devDependencies }).filter(([, v]) => !/^\d+\.\d+\.\d+(?:-[\w.]+)?$/.test(v));
    assert.deepEqual(loose, []);
  });
});
