/**
 * The shells are thin: config resolution (discovery, extends, overrides, ignore files), report
 * detection and code-rule gating live in the engine and reach the CLI and the language server only
 * through the project API (engine/project). A shell that imports the machinery itself fails here,
 * naming the file and the import.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../../helpers/paths';

const SHELLS = ['server/src/cli', 'server/src/lsp'];

/** Engine modules that hold resolution, detection or gating logic (reached through engine/project only). */
const MACHINERY = [
  'engine/config/resolve',
  'engine/config/host',
  'engine/config/parse',
  'engine/config/glob',
  'engine/config/code-rules',
  'engine/config/schema',
  'engine/document/detect',
  'engine/project/cache',
  'engine/project/file-config',
  'engine/project/project',
];

/** Names of that logic: using one in a shell means a copy of it, or a reach around the API. */
const LOGIC = /\b(?:ConfigResolver|nodeHost|gateCodeRules|SharedConfigs|parseIgnoreFile|RecordingHost|ContentCache)\b/;

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sources(p));
    else if (e.name.endsWith('.ts')) out.push(p);
  }
  return out;
}

/** `[specifier, typeOnly]` of every import and re-export of a file. */
function imports(text: string): [string, boolean][] {
  const out: [string, boolean][] = [];
  for (const m of text.matchAll(/^(import|export)\s+(type\s+)?[^;]*?from\s+'([^']+)'/gms)) out.push([m[3], Boolean(m[2])]);
  for (const m of text.matchAll(/\brequire\(\s*'([^']+)'\s*\)|\bimport\(\s*'([^']+)'\s*\)/g)) out.push([m[1] ?? m[2], false]);
  return out;
}

describe('the shells reach config resolution, detection and code-rule gating only through engine/project', function () {
  const files = SHELLS.flatMap((d) => sources(path.join(repoRoot, d)));

  it('finds the shell sources', function () {
    assert.ok(files.length > 20, `only ${files.length} files under ${SHELLS.join(', ')}`);
  });

  it('no shell imports the machinery modules except for types', function () {
    const found: string[] = [];
    for (const file of files) {
      for (const [spec, typeOnly] of imports(fs.readFileSync(file, 'utf8'))) {
        if (!spec.startsWith('.')) continue;
        const target = path
          .relative(path.join(repoRoot, 'server/src'), path.resolve(path.dirname(file), spec))
          .split(path.sep)
          .join('/');
        if (!typeOnly && MACHINERY.includes(target)) found.push(`${path.relative(repoRoot, file)} imports ${spec}`);
      }
    }
    assert.deepEqual(found, []);
  });

  it('no shell names the resolver, the config host or the code-rule gate', function () {
    const found = files
      .filter((f) => LOGIC.test(fs.readFileSync(f, 'utf8')))
      .map((f) => `${path.relative(repoRoot, f)}: ${fs.readFileSync(f, 'utf8').match(LOGIC)?.[0]}`);
    assert.deepEqual(found, []);
  });

  it('the two old copies are gone', function () {
    assert.ok(!fs.existsSync(path.join(repoRoot, 'server/src/cli/commands/file-config.ts')));
    const lspConfig = path.join(repoRoot, 'server/src/lsp/project-config.ts');
    if (fs.existsSync(lspConfig)) assert.match(fs.readFileSync(lspConfig, 'utf8'), /new Project\(/, 'the server side wraps one Project');
  });
});
