/**
 * Property-based fuzzing of the built CLI: generated reports (UTF-8 with or without BOM, or GB18030)
 * under awkward file names, linted by `node bin/fzlint.cjs --format json|sarif`; stdout always parses
 * and describes every file. Needs `npm run build`. FZLINT_FUZZ_CLI_RUNS cases (50 in the test suite).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { spawnSync } from 'node:child_process';
import { cliBin } from '../helpers/paths';
import { lintInput } from './generators';
import { checkProperty, FUZZ_CLI_RUNS } from './harness';

/** File names a file system accepts: CJK, spaces, quotes, %, #, &, brackets, astral characters. */
const fileName = fc
  .tuple(
    fc.array(
      fc.constantFrom('报告', '法治', ' ', '"', "'", '%20', '#', '&', '?', '(1)', '〔2021〕', '𠮷', 'a', '-', '.', '，', '\\', '<', '>', '|', '$x', '`'),
      { minLength: 1, maxLength: 5 },
    ),
    fc.constantFrom('.txt', '.md', '.TXT', '.markdown'),
  )
  .map(([parts, ext]) => `f${parts.join('')}${ext}`);

const cliCase = fc.record({
  files: fc.uniqueArray(fc.tuple(fileName, lintInput, fc.constantFrom('utf-8', 'utf-8-bom', 'gb18030')), {
    minLength: 1,
    maxLength: 3,
    selector: ([name]) => name,
  }),
  format: fc.constantFrom('json', 'sarif'),
  locale: fc.constantFrom('zh-CN', 'en'),
});

/** Run the built CLI. A generous time limit: on a loaded machine one start can take tens of seconds; a hang still fails. */
function runCli(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [cliBin, ...args], { cwd, env, encoding: 'utf8', timeout: 300_000, maxBuffer: 256 * 1024 * 1024 });
  if (r.error) throw new Error(`the CLI did not finish: ${r.error.message}`);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function encode(text: string, encoding: string): Buffer {
  if (encoding === 'gb18030') return iconv.encode(text, 'gb18030');
  return Buffer.from(encoding === 'utf-8-bom' ? `\ufeff${text}` : text, 'utf8');
}

interface JsonFile {
  filePath: string;
  messages: { line: number; column: number; endLine: number; endColumn: number }[];
}

describe('fuzz: the built CLI (property-based)', function () {
  // About 0.5 s of CPU per case; a busy CI machine can take ten times that. Each start has its own limit.
  this.timeout(process.env.FZLINT_FUZZ_RUNS ? 0 : 600_000);
  let dir: string;
  before(function () {
    if (!fs.existsSync(path.join(path.dirname(cliBin), '..', 'dist', 'cli.cjs'))) {
      throw new Error('dist/cli.cjs is missing: run `npm run build` first');
    }
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fzlint-fuzz-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('6. `fzlint --format json|sarif` stdout always parses and lists every file', () => {
    let n = 0;
    checkProperty(
      '6. CLI json and sarif parse',
      fc.property(cliCase, ({ files, format, locale }) => {
        const caseDir = path.join(dir, String(n++));
        fs.mkdirSync(caseDir);
        try {
          const paths = files.map(([name, input, encoding]) => {
            const file = path.join(caseDir, name);
            fs.writeFileSync(file, encode(input.text, encoding));
            return file;
          });
          const run = runCli(['--format', format, '--locale', locale, ...paths], caseDir);
          // Exit 2 only for a file refused with a message on stderr (e.g. a NUL byte: binary, not a report).
          const refused = paths.filter((p) => run.stderr.includes(p));
          assert.ok(run.status === 0 || run.status === 1 || (run.status === 2 && refused.length > 0), `exit ${run.status}\n${run.stderr}`);
          const linted = paths.filter((p) => !refused.includes(p));
          let parsed: unknown;
          try {
            parsed = JSON.parse(run.stdout);
          } catch (error) {
            assert.fail(`${format} output does not parse (${(error as Error).message}):\n${run.stdout.slice(0, 2000)}\n${run.stderr}`);
          }
          if (format === 'json') {
            const results = parsed as JsonFile[];
            assert.deepEqual(results.map((r) => r.filePath).sort(), linted.sort());
            for (const r of results) for (const m of r.messages) assert.ok(m.line >= 1 && m.column >= 1 && m.endLine >= m.line, JSON.stringify(m));
          } else {
            const log = parsed as { version: string; runs: { artifacts: unknown[]; columnKind: string }[] };
            assert.equal(log.version, '2.1.0');
            assert.equal(log.runs[0].columnKind, 'utf16CodeUnits');
            assert.equal(log.runs[0].artifacts.length, linted.length);
          }
        } finally {
          fs.rmSync(caseDir, { recursive: true, force: true });
        }
      }),
      FUZZ_CLI_RUNS,
    );
  });
});
