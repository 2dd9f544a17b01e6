import * as assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { lintText } from '../../server/src/engine/lint';
import { fullwidthReport } from '../helpers/paths';
import { spawnSync } from 'node:child_process';
import { cliBin } from '../helpers/paths';
import { testCacheHome, type CliRun, type JsonResult } from '../helpers/run-cli';

/** Like the shared helper, with room for the megabytes of JSON a batch prints. */
function runCli(args: string[]): CliRun {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: testCacheHome };
  delete env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [cliBin, ...args], { env, encoding: 'utf8', timeout: 120000, maxBuffer: 256 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function runJson(args: string[]): { run: CliRun; results: JsonResult[] } {
  const run = runCli(['--format', 'json', ...args]);
  try {
    return { run, results: JSON.parse(run.stdout) as JsonResult[] };
  } catch {
    throw new Error(`CLI output is not JSON (exit ${run.status}): ${run.stdout.slice(0, 500)}\n${run.stderr}`);
  }
}

const reference = fs.readFileSync(fullwidthReport, 'utf8');

/**
 * Variant i of the reference report: a different figure on line 27 and, for three in four, the
 * enumeration on line 51 corrected (一是、二是 instead of 二是、三是), so those have no error.
 */
export function variant(i: number): string {
  const lines = reference.replace('78 件', `${78 + i} 件`).split('\n');
  if (i % 4 !== 0) lines[50] = lines[50].replace('二是', '一是').replace('三是', '二是');
  return lines.join('\n');
}

function writeBatch(n: number, make = variant): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fzlint-batch-'));
  for (let i = 0; i < n; i++) fs.writeFileSync(path.join(dir, `report-${String(i).padStart(3, '0')}.txt`), make(i));
  return dir;
}

const keyOf = (m: { ruleId: string; line: number; column: number; severity?: string | number; level?: string }) =>
  `${m.ruleId}@${m.line}:${m.column}/${m.level ?? String(m.severity)}`;

describe('CLI batch: directories and globs of many reports, workers, cache, exit code', function () {
  this.timeout(300000);
  const dir = writeBatch(200);

  let parallel: JsonResult[] = [];

  it('200 variants on worker threads: every file has its own correct findings; the exit code is the worst file', () => {
    const { run, results } = runJson([dir]);
    parallel = results;
    assert.equal(results.length, 200);
    assert.equal(run.status, 1, 'one in four files has an error');
    results.forEach((r, i) => {
      assert.equal(path.basename(r.filePath), `report-${String(i).padStart(3, '0')}.txt`, 'results keep the file order');
      const expected = lintText(variant(i), { filePath: r.filePath }).findings.map(keyOf);
      assert.deepEqual(r.messages.map(keyOf), expected, r.filePath);
      assert.equal(r.errorCount, i % 4 === 0 ? 1 : 0, r.filePath);
    });
  });

  it('serial (--workers 0) gives the same findings, and its summary adds up', () => {
    const serial = runCli(['--workers', '0', '--format', 'json', '--output-file', path.join(dir, 'out', 'serial.json'), dir]);
    assert.equal(serial.status, 1);
    const serialResults = JSON.parse(fs.readFileSync(path.join(dir, 'out', 'serial.json'), 'utf8')) as JsonResult[];
    assert.deepEqual(serialResults, parallel);
    const stylish = runCli(['--workers', '0', dir]);
    const sum = (k: 'errorCount' | 'warningCount' | 'infoCount') => parallel.reduce((a, r) => a + r[k], 0);
    const e = sum('errorCount');
    const w = sum('warningCount');
    const n = sum('infoCount');
    assert.equal(e, 50);
    assert.match(stylish.stdout, new RegExp(`✖ ${e + w + n} 个问题（${e} 个错误，${w} 个警告，${n} 个提示）`));
  });

  it('a glob selects files; the exit code is that of the worst file', () => {
    const clean = runCli(['--format', 'json', path.join(dir, 'report-00[1-3].txt')]);
    assert.equal(clean.status, 0, 'warnings only');
    assert.equal(JSON.parse(clean.stdout).length, 3);
    assert.equal(runCli([path.join(dir, 'report-00[0-3].txt')]).status, 1, 'one file with an error');
    const missing = runCli([path.join(dir, 'report-001.txt'), path.join(dir, 'no-such.txt')]);
    assert.equal(missing.status, 2, 'an unreadable target is worse than an error');
  });

  it('--cache skips unchanged files and rechecks changed ones', () => {
    const small = writeBatch(5);
    // The cache outside the folder of reports (inside it, it would be listed as a file not checked).
    const cacheFile = path.join(small, '..', `${path.basename(small)}-cache`, 'fz.json');
    const first = runJson(['--cache', '--cache-location', cacheFile, small]);
    assert.ok(fs.existsSync(cacheFile));
    const read = () => {
      const signed = JSON.parse(fs.readFileSync(cacheFile, 'utf8'));
      return JSON.parse(signed.body);
    };
    /** Write the cache signed with this user's key (what fzlint itself would write). */
    const sign = (body: unknown) => {
      const key = fs.readFileSync(path.join(testCacheHome, 'fzlint', 'cache-key'));
      const text = JSON.stringify(body);
      fs.writeFileSync(cacheFile, JSON.stringify({ mac: createHmac('sha256', key).update(text).digest('hex'), body: text }));
    };
    const cache = read();
    assert.equal(Object.keys(cache.entries).length, 5);
    // poison one cached entry and sign it: an unchanged file is served from the cache
    const f0 = path.join(small, 'report-000.txt');
    cache.entries[f0].findings = [];
    sign(cache);
    const second = runJson(['--cache', '--cache-location', cacheFile, small]);
    assert.equal(second.results[0].messages.length, 0, 'served from the cache');
    assert.deepEqual(second.results.slice(1), first.results.slice(1));
    // a changed file is checked again
    fs.appendFileSync(f0, '\n');
    const third = runJson(['--cache', '--cache-location', cacheFile, small]);
    assert.ok(third.results[0].messages.length > 0);
    // a different configuration is not served from the cache
    cache.entries[path.join(small, 'report-001.txt')].findings = [];
    sign(cache);
    const other = runJson(['--cache', '--cache-location', cacheFile, '--rule', 'repeated-word:off', small]);
    assert.ok(other.results[1].messages.length > 0);
  });

  it('no progress bar when stderr is not a terminal', () => {
    const r = runCli([path.join(dir, 'report-00*.txt'), '--format', 'json']);
    assert.equal(r.stderr, '');
  });
});
