/**
 * Issue 18 — a cloned repository cannot make fzlint write elsewhere, hang, or lose an edit. Each case
 * builds its own input in a temp folder and runs the built CLI (npm run build) as a user would; a
 * hang fails the case through the run's time limit (no timing is asserted).
 */
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import * as iconv from 'iconv-lite';
import { cliBin } from '../helpers/paths';
import { testCacheHome, type JsonResult } from '../helpers/run-cli';

const TITLE = '某县2023年法治政府建设年度报告';
/** A report with a certain fix (the half-width comma) and an error-level finding. */
const REPORT = [TITLE, '', '一、主要举措和成效', '', '推进依法行政,取得明显成效。', ''].join('\n');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

/** Run the built CLI; `timeout` ends a hang (the case then fails on timedOut). */
function cli(args: string[], cwd: string, options: { timeout?: number; env?: NodeJS.ProcessEnv; input?: string | Buffer } = {}): Run {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: testCacheHome, ...options.env };
  delete env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [cliBin, ...args], {
    cwd,
    env,
    input: options.input,
    encoding: 'utf8',
    timeout: options.timeout ?? 60000,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', timedOut: (r.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT' };
}

function json(run: Run): JsonResult[] {
  try {
    return JSON.parse(run.stdout) as JsonResult[];
  } catch {
    throw new Error(`not JSON (exit ${run.status}):\n${run.stdout.slice(0, 500)}\n${run.stderr}`);
  }
}

let root = '';
const file = (p: string) => path.join(root, p);
function write(p: string, text: string | Buffer): string {
  fs.mkdirSync(path.dirname(file(p)), { recursive: true });
  fs.writeFileSync(file(p), text);
  return file(p);
}
function mkfifo(p: string): void {
  const r = spawnSync('mkfifo', [file(p)]);
  assert.equal(r.status, 0, 'mkfifo');
}
/** A CommonJS file for NODE_OPTIONS=--require that changes how fs behaves in the CLI process. */
function preload(name: string, code: string): NodeJS.ProcessEnv {
  const f = write(name, code);
  return { NODE_OPTIONS: `--require ${f}` };
}

/** A fresh temp folder for each case of the calling describe block (not a root hook: those run for every file). */
function useTempRoot(): void {
  beforeEach(() => {
    root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'fzlint-harden-')));
  });
  afterEach(() => {
    fs.rmSync(root, { recursive: true, force: true });
  });
}

describe('hardening (issue 18): writes go nowhere else', function () {
  this.timeout(120000);
  useTempRoot();

  it('a planted .fzlintcache symlink is neither read nor written through; the default cache is outside the repository', () => {
    write('r.txt', REPORT);
    const victim = write('victim/run.sh', '#!/bin/sh\necho ok\n');
    fs.symlinkSync(victim, file('.fzlintcache'));
    const viaLocation = cli(['--cache', '--cache-location', '.', 'r.txt'], root);
    assert.equal(fs.readFileSync(victim, 'utf8'), '#!/bin/sh\necho ok\n', 'the link target is unchanged');
    assert.ok(fs.lstatSync(file('.fzlintcache')).isSymbolicLink());
    assert.match(viaLocation.stderr, /符号链接/);
    assert.equal(viaLocation.status, 1, 'still linted: the report has an error');
    // By default the cache is in the user's cache folder, not in the repository.
    const byDefault = cli(['--cache', 'r.txt'], root);
    assert.equal(byDefault.status, 1);
    assert.equal(fs.readFileSync(victim, 'utf8'), '#!/bin/sh\necho ok\n');
    assert.ok(fs.readdirSync(path.join(testCacheHome, 'fzlint')).some((f) => /^cache-[0-9a-f]+\.json$/.test(f)));
  });

  it('-o through a symlink is refused (exit 2) and the link target is unchanged', () => {
    write('r.txt', REPORT);
    const victim = write('victim/.bashrc', 'export A=1\n');
    fs.symlinkSync(victim, file('report.html'));
    fs.mkdirSync(file('real'));
    fs.symlinkSync(file('real'), file('linked-dir'));
    const run = cli(['--format', 'html', '-o', 'report.html', 'r.txt'], root);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /report\.html：是符号链接/);
    assert.equal(fs.readFileSync(victim, 'utf8'), 'export A=1\n');
    const viaDir = cli(['--format', 'json', '-o', 'linked-dir/out.json', 'r.txt'], root);
    assert.equal(viaDir.status, 2, 'nor into a linked folder');
    assert.deepEqual(fs.readdirSync(file('real')), []);
    // A plain output file is written as before.
    assert.equal(cli(['--format', 'json', '-o', 'out/r.json', 'r.txt'], root).status, 1);
    assert.equal(JSON.parse(fs.readFileSync(file('out/r.json'), 'utf8')).length, 1);
  });
});

describe('hardening (issue 18): --fix loses no edit', function () {
  this.timeout(120000);
  useTempRoot();

  it('a line appended after the file was read and before the fix is written is kept: the fix is not written (exit 2)', () => {
    const target = write('r.txt', REPORT);
    // An editor saves the file right after fzlint has read it.
    const env = preload(
      'edit-after-read.cjs',
      `const fs = require('fs'); const target = ${JSON.stringify(target)}; let done = false;
const fds = new Map(); const openSync = fs.openSync, closeSync = fs.closeSync, readFileSync = fs.readFileSync;
const edit = () => { if (!done) { done = true; fs.appendFileSync(target, '用户刚加的一行。\\n'); } };
fs.openSync = function (p, ...rest) { const fd = openSync.call(this, p, ...rest); if (String(p) === target) fds.set(fd, true); return fd; };
fs.closeSync = function (fd) { const r = closeSync.call(this, fd); if (fds.delete(fd)) edit(); return r; };
fs.readFileSync = function (p, ...rest) { const r = readFileSync.call(this, p, ...rest); if (String(p) === target) edit(); return r; };`,
    );
    const run = cli(['--fix', 'r.txt'], root, { env });
    const text = fs.readFileSync(target, 'utf8');
    assert.ok(text.endsWith('用户刚加的一行。\n'), `the edit is still there:\n${text}`);
    assert.equal(text, `${REPORT}用户刚加的一行。\n`, 'and nothing else changed');
    assert.equal(run.status, 2);
    assert.match(run.stderr, /检查期间文件已被修改，未写入/);
  });

  it('a read-only file (0444) is not rewritten unless --fix-read-only', () => {
    const target = write('r.txt', REPORT);
    fs.chmodSync(target, 0o444);
    const run = cli(['--fix', 'r.txt'], root);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /r\.txt：文件只读/);
    assert.equal(fs.readFileSync(target, 'utf8'), REPORT);
    const allowed = cli(['--fix', '--fix-read-only', 'r.txt'], root);
    assert.notEqual(allowed.status, 2, allowed.stderr);
    assert.match(fs.readFileSync(target, 'utf8'), /依法行政，取得/);
    assert.equal(fs.statSync(target).mode & 0o777, 0o444, 'and it stays read-only');
  });

  it('a write error (read-only file system, full disk) is that file’s error: the others are fixed and every finding is printed', () => {
    const a = write('a.txt', REPORT);
    const b = write('b.txt', REPORT);
    const c = write('c.txt', REPORT);
    const env = preload(
      'broken-disk.cjs',
      `const fs = require('fs'); const path = require('path');
const renameSync = fs.renameSync, writeSync = fs.writeSync, openSync = fs.openSync; const names = new Map();
fs.openSync = function (p, ...rest) { const fd = openSync.call(this, p, ...rest); names.set(fd, String(p)); return fd; };
fs.renameSync = function (from, to) { if (String(to) === ${JSON.stringify(a)}) { const e = new Error('EROFS: read-only file system, rename'); e.code = 'EROFS'; throw e; } return renameSync.call(this, from, to); };
fs.writeSync = function (fd, ...rest) { if (path.basename(names.get(fd) || '').startsWith('.b.txt.')) { const e = new Error('ENOSPC: no space left on device, write'); e.code = 'ENOSPC'; throw e; } return writeSync.call(this, fd, ...rest); };`,
    );
    const run = cli(['--fix', '--format', 'json', 'a.txt', 'b.txt', 'c.txt'], root, { env });
    assert.equal(run.status, 2);
    assert.doesNotMatch(run.stderr, /internal error/);
    assert.match(run.stderr, /a\.txt：文件只读（或位于只读文件系统）/);
    assert.match(run.stderr, /b\.txt：写入失败（ENOSPC/);
    const results = json(run);
    assert.deepEqual(
      results.map((r) => path.basename(r.filePath)),
      ['a.txt', 'b.txt', 'c.txt'],
      'findings of every file are printed',
    );
    assert.equal(fs.readFileSync(a, 'utf8'), REPORT);
    assert.equal(fs.readFileSync(b, 'utf8'), REPORT);
    assert.match(fs.readFileSync(c, 'utf8'), /依法行政，取得/, 'the good file is fixed');
    assert.deepEqual(
      fs.readdirSync(root).filter((f) => f.includes('.fzlint-')),
      [],
      'no temporary file left',
    );
  });
});

describe('hardening (issue 18): FIFOs, devices, folder walks', function () {
  this.timeout(120000);
  useTempRoot();

  it('a FIFO named .fzlintrc.json is one error, not a hang', () => {
    write('r.txt', REPORT);
    mkfifo('.fzlintrc.json');
    const run = cli(['--format', 'json', 'r.txt'], root, { timeout: 30000 });
    assert.equal(run.timedOut, false, 'no hang');
    assert.equal(run.status, 2);
    const config = json(run).find((r) => r.filePath.endsWith('.fzlintrc.json'));
    assert.ok(config, run.stdout);
    assert.match(config.messages[0].message, /不是普通文件/);
  });

  it('a FIFO or device given by name, globbed or as config is "not a regular file", never read', () => {
    write('r.txt', REPORT);
    mkfifo('pipe.txt');
    fs.symlinkSync('/dev/zero', file('zero.txt'));
    const named = cli(['pipe.txt'], root, { timeout: 30000 });
    assert.equal(named.timedOut, false);
    assert.equal(named.status, 2);
    assert.match(named.stderr, /pipe\.txt：不是普通文件/);
    assert.doesNotMatch(named.stderr, /不存在/);
    // A glob lists no FIFO; a link to a device only with --follow-symlinks, and it is then refused.
    const globbed = cli(['--format', 'json', '--follow-symlinks', '*.txt'], root, { timeout: 30000 });
    assert.equal(globbed.timedOut, false);
    assert.equal(globbed.status, 2);
    assert.match(globbed.stderr, /zero\.txt：不是普通文件/);
    assert.ok(
      json(globbed).some((r) => r.filePath.endsWith('r.txt')),
      'the real report is still checked',
    );
    write('sub/r.txt', REPORT);
    fs.symlinkSync('/dev/zero', file('sub/.fzlintrc.yaml'));
    const config = cli(['--format', 'json', 'sub/r.txt'], root, { timeout: 30000 });
    assert.equal(config.timedOut, false);
    assert.equal(config.status, 2);
    assert.match(json(config).find((r) => r.filePath.endsWith('.fzlintrc.yaml'))!.messages[0].message, /不是普通文件/);
  });

  it('a file over the size limit is refused before it is read (a sparse 3 GB file)', () => {
    const big = file('big.txt');
    const fd = fs.openSync(big, 'w');
    fs.ftruncateSync(fd, 3 * 1024 * 1024 * 1024);
    fs.closeSync(fd);
    const run = cli(['big.txt'], root, { timeout: 30000 });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /big\.txt：文件过大（3072\.0 MB），超过 20\.0 MB 上限/);
  });

  it('folder walks do not enter linked folders unless --follow-symlinks, and a link loop ends', () => {
    write('tree/own.txt', REPORT);
    write('elsewhere/other.txt', REPORT);
    fs.symlinkSync(file('elsewhere'), file('tree/link'));
    fs.symlinkSync('/', file('tree/root'));
    fs.symlinkSync('..', file('tree/loop'));
    const plain = cli(['--format', 'json', 'tree'], root, { timeout: 30000 });
    assert.equal(plain.timedOut, false);
    assert.deepEqual(
      json(plain).map((r) => path.relative(root, r.filePath)),
      [path.join('tree', 'own.txt')],
    );
    // With the flag: each real folder once (the link to / is not walked here: it is outside the test's reach otherwise).
    fs.unlinkSync(file('tree/root'));
    const follow = cli(['--format', 'json', '--follow-symlinks', 'tree'], root, { timeout: 30000 });
    assert.equal(follow.timedOut, false);
    const found = json(follow).map((r) => fs.realpathSync(r.filePath));
    assert.deepEqual([...new Set(found)].sort(), [file('elsewhere/other.txt'), file('tree/own.txt')].sort());
    assert.equal(found.length, new Set(found).size, 'each file once despite the loop');
  });

  it('a file in a walked folder that cannot be read is listed as skipped with the reason, not skipped silently', () => {
    write('tree/own.txt', REPORT);
    mkfifo('tree/pipe.txt');
    const run = cli(['--format', 'json', 'tree'], root, { timeout: 30000 });
    assert.equal(run.timedOut, false);
    const records = json(run) as { filePath: string; skipped?: { reason: string } }[];
    assert.deepEqual(
      records.filter((r) => r.skipped).map((r) => [path.basename(r.filePath), r.skipped!.reason]),
      [['pipe.txt', 'not-regular']],
    );
    assert.equal(records.filter((r) => !r.skipped).length, 1);
    const stylish = cli(['tree'], root, { timeout: 30000 });
    assert.match(stylish.stdout, /pipe\.txt {2}不是普通文件/);
  });
});

describe('hardening (issue 18): no hang on data from a repository', function () {
  this.timeout(120000);
  useTempRoot();

  it('a pack event phrase of 30 “—” against a line of dashes does not hang', () => {
    write(
      'pack.json',
      JSON.stringify({
        name: 'dashes',
        version: '1.0.0',
        data: { events: [{ id: 'x', name: '某活动', date: '2099-01-01', phrases: [`第${'—'.repeat(30)}届`] }] },
      }),
    );
    write('.fzlintrc.json', JSON.stringify({ extends: ['./pack.json'] }));
    write('r.txt', `${TITLE}\n\n一、主要举措和成效\n\n${'-'.repeat(40)}\n\n第${'-'.repeat(16)}！\n\n第——届会议召开。\n`);
    const run = cli(['--format', 'json', 'r.txt'], root, { timeout: 30000 });
    assert.equal(run.timedOut, false, 'no hang');
    assert.notEqual(run.status, 2, run.stderr);
    assert.ok(
      json(run)[0].messages.some((m) => m.ruleId === 'anachronism'),
      'the phrase is still found',
    );
  });

  it('an ignore glob like *a*a*a…*b against a long file name does not hang, and globs with folders match', () => {
    const name = `${'a'.repeat(80)}.txt`;
    write(name, REPORT);
    write('drafts/d.txt', REPORT);
    write('.fzlintrc.json', JSON.stringify({ ignores: [`${'*a'.repeat(25)}*b`, 'drafts/*.txt'] }));
    const run = cli(['--format', 'json', name, 'drafts/d.txt'], root, { timeout: 30000 });
    assert.equal(run.timedOut, false, 'no hang');
    assert.deepEqual(
      json(run)
        .filter((r) => !(r as { skipped?: unknown }).skipped)
        .map((r) => path.basename(r.filePath)),
      [name],
      'drafts/*.txt ignores drafts/d.txt',
    );
  });

  it('--stdin that never ends stops at the size limit (exit 2)', async () => {
    const child = spawn(process.execPath, [cliBin, '--stdin'], {
      env: { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: testCacheHome },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdin.on('error', () => {});
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const chunk = Buffer.alloc(1024 * 1024, '法治'.repeat(1));
    let sent = 0;
    let done = false;
    void exited.then(() => (done = true));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60000);
    while (!done && sent < 200) {
      if (!child.stdin.write(chunk)) await new Promise((r) => setTimeout(r, 5));
      sent++;
    }
    const code = await exited;
    clearTimeout(timer);
    assert.equal(code, 2, `exit code (sent ${sent} MB)`);
    assert.match(stderr, /输入过大，超过 20 MB 上限/);
    assert.ok(sent < 200, 'it stopped reading long before the writer gave up');
  });

  it('a .docx that expands to 300 MB is refused while unzipping, not run out of heap', async () => {
    const xmlHead =
      '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>';
    const body = await deflateRepeated(Buffer.from(xmlHead), Buffer.alloc(1024 * 1024, 'a'), 300, Buffer.from('</w:t></w:r></w:p></w:body></w:document>'));
    write(
      'bomb.docx',
      makeZip([
        {
          name: '[Content_Types].xml',
          data: Buffer.from(
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
          ),
        },
        {
          name: '_rels/.rels',
          data: Buffer.from(
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
          ),
        },
        { name: 'word/document.xml', deflated: body.deflated, size: body.size },
      ]),
    );
    assert.ok(fs.statSync(file('bomb.docx')).size < 2 * 1024 * 1024);
    const run = cli(['bomb.docx'], root, { timeout: 60000 });
    assert.equal(run.timedOut, false);
    assert.equal(run.status, 2, run.stderr);
    assert.match(run.stderr, /bomb\.docx：无法读取 Word 文件（(?:expands to more than 64 MB|word\/document\.xml expands more than 200 times)/);
  });

  it('a pack dictionary of 130,000 words is used, not a crash', () => {
    const words = Array.from({ length: 130000 }, (_, i) => `词${i.toString(36)}语`);
    write('pack.json', JSON.stringify({ name: 'big-dictionary', version: '1.0.0', data: { dictionary: words } }));
    write('.fzlintrc.json', JSON.stringify({ extends: ['./pack.json'] }));
    write('r.txt', `${TITLE}\n\n一、主要举措和成效\n\n推进的的工作,取得成效。\n`);
    const run = cli(['--format', 'json', 'r.txt'], root);
    assert.equal(run.status, 1, run.stderr);
    assert.ok(
      json(run)[0].messages.some((m) => m.ruleId === 'repeated-word'),
      'words are segmented (jieba with the pack words)',
    );
  });
});

describe('hardening (issue 18): the cache never hides findings', function () {
  this.timeout(120000);
  useTempRoot();

  /** Empty the findings of every entry in a cache file, in whatever layout it has, without re-signing. */
  function poison(cacheFile: string): void {
    const raw = JSON.parse(fs.readFileSync(cacheFile, 'utf8'));
    const data = typeof raw.body === 'string' ? JSON.parse(raw.body) : raw;
    for (const e of Object.values(data.entries) as { findings: unknown[] }[]) e.findings = [];
    fs.writeFileSync(cacheFile, JSON.stringify(typeof raw.body === 'string' ? { ...raw, body: JSON.stringify(data) } : data));
  }

  it('a committed cache with empty findings does not make a report with errors pass', () => {
    write('r.txt', REPORT);
    assert.equal(cli(['--cache', '--cache-location', '.fzlintcache', 'r.txt'], root).status, 1);
    poison(file('.fzlintcache'));
    const run = cli(['--cache', '--cache-location', '.fzlintcache', '--format', 'json', 'r.txt'], root);
    assert.equal(run.status, 1, 'the error is still reported');
    assert.ok(json(run)[0].messages.length > 0);
  });

  it('a malformed cache is ignored and replaced, not a crash (also when signed with this user’s key)', () => {
    write('r.txt', REPORT);
    const cacheFile = file('.fzlintcache');
    assert.equal(cli(['--cache', '--cache-location', '.fzlintcache', 'r.txt'], root).status, 1);
    const original = fs.readFileSync(cacheFile, 'utf8');
    const key = () => fs.readFileSync(path.join(testCacheHome, 'fzlint', 'cache-key'));
    for (const bad of [null, 'x', [null], [{ ruleId: 1 }], [{ ruleId: 'x', severity: 'error', span: {} }]]) {
      for (const signed of [false, true]) {
        const raw = JSON.parse(original);
        const data = typeof raw.body === 'string' ? JSON.parse(raw.body) : raw;
        for (const e of Object.values(data.entries) as { findings: unknown }[]) e.findings = bad;
        const body = JSON.stringify(data);
        const mac = signed ? createHmac('sha256', key()).update(body).digest('hex') : raw.mac;
        fs.writeFileSync(cacheFile, typeof raw.body === 'string' ? JSON.stringify({ mac, body }) : body);
        const run = cli(['--cache', '--cache-location', '.fzlintcache', '--format', 'json', 'r.txt'], root);
        assert.equal(run.status, 1, `${JSON.stringify(bad)} (signed: ${signed}): ${run.stderr}`);
        assert.doesNotMatch(run.stderr, /internal error/);
        assert.ok(json(run)[0].messages.length > 0);
      }
    }
    for (const junk of ['[', '{"mac":"00","body":"{"}', 'null']) {
      write('.fzlintcache', junk);
      assert.equal(cli(['--cache', '--cache-location', '.fzlintcache', 'r.txt'], root).status, 1, junk);
    }
  });
});

describe('hardening (issue 18): decoding and containment', function () {
  this.timeout(120000);
  useTempRoot();

  it('a UTF-8 file with one stray byte is an error naming the offset, and --fix leaves its bytes alone', () => {
    // Every run of Han characters but the last has an even length, so one stray byte in the last
    // one makes the whole file decode as GB18030 without a replacement character: the case that was
    // taken for GB18030 (and then written back in it by --fix).
    const good = Buffer.from(`${'法治政府建设年度报告\n\n推进依法行政\n\n'.repeat(3)}依法行政好,成效\n`, 'utf8');
    const offset = good.indexOf(Buffer.from('好', 'utf8'));
    const bytes: Buffer = Buffer.concat([good.subarray(0, offset), Buffer.from([0xb0]), good.subarray(offset)]);
    const gb = iconv.decode(bytes, 'gb18030');
    assert.ok(!gb.includes('\ufffd') && /[\u4e00-\u9fff]/.test(gb), 'the bytes are valid GB18030 too');
    const target = write('r.txt', bytes);
    const run = cli(['--fix', 'r.txt'], root);
    assert.equal(run.status, 2);
    assert.match(run.stderr, new RegExp(`r\\.txt：是 UTF-8 文本，但第 ${offset} 字节`));
    assert.ok(fs.readFileSync(target).equals(bytes), 'bytes unchanged');
  });

  it('a GBK file with a stray 0x80 byte is refused: --fix never rewrites that byte', () => {
    const gbk = Buffer.concat([
      iconv.encode(`${TITLE}\n\n一、主要举措和成效\n\n推进依法行政,取得成效`, 'gbk'),
      Buffer.from([0x80]),
      iconv.encode('。\n', 'gbk'),
    ]);
    const target = write('r.txt', gbk);
    const run = cli(['--fix', 'r.txt'], root);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /不是标准的 GB18030 字符/);
    assert.ok(fs.readFileSync(target).equals(gbk));
  });

  it('UTF-16 gets its own message', () => {
    write('r.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(REPORT, 'utf16le')]));
    const run = cli(['r.txt'], root);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /不支持 UTF-16 编码，请另存为 UTF-8/);
    assert.match(cli(['--locale', 'en', 'r.txt'], root).stderr, /UTF-16 is not supported, save as UTF-8/);
  });

  it('extends cannot leave the project: ../ and absolute paths outside are errors, and their text is never quoted', () => {
    write('outside/secret.yaml', 'password: hunter2-SECRET\n');
    write('repo/.git/HEAD', 'ref: refs/heads/main\n');
    write('repo/r.txt', REPORT);
    for (const ref of ['../outside/secret.yaml', file('outside/secret.yaml')]) {
      write('repo/.fzlintrc.json', JSON.stringify({ extends: [ref] }));
      const run = cli(['--format', 'html', 'r.txt'], file('repo'));
      assert.equal(run.status, 2, ref);
      assert.match(run.stdout, /项目（.*）之外的文件/);
      assert.doesNotMatch(run.stdout, /hunter2/, 'the outside file is not read');
    }
    // A link inside the project to a file outside counts as outside.
    fs.symlinkSync(file('outside/secret.yaml'), file('repo/shared.yaml'));
    write('repo/.fzlintrc.json', JSON.stringify({ extends: ['./shared.yaml'] }));
    const linked = cli(['--format', 'html', 'r.txt'], file('repo'));
    assert.equal(linked.status, 2);
    assert.doesNotMatch(linked.stdout, /hunter2/);
  });
});

describe('hardening (issue 18): small things', function () {
  this.timeout(120000);
  useTempRoot();

  it('--format constructor (a prototype name) is an unknown format, exit 2', () => {
    write('r.txt', REPORT);
    for (const name of ['constructor', '__proto__', 'toString']) {
      const run = cli(['--format', name, 'r.txt'], root);
      assert.equal(run.status, 2, name);
      assert.match(run.stderr, /未知的输出格式/);
    }
  });

  it('--workers 1e9 is clamped to the cores', () => {
    for (let i = 0; i < 3; i++) write(`r${i}.txt`, REPORT);
    const run = cli(['--workers', '1e9', '--format', 'json', 'r0.txt', 'r1.txt', 'r2.txt'], root);
    assert.equal(run.status, 1, run.stderr);
    assert.equal(json(run).length, 3);
  });

  it('right-to-left override characters from a file name reach the terminal escaped', () => {
    const name = `r\u202e\u2066txt.txt`;
    write(name, REPORT);
    const stylish = cli([name], root);
    assert.match(stylish.stdout, /r\\u\{202e\}\\u\{2066\}txt\.txt/);
    assert.doesNotMatch(stylish.stdout + stylish.stderr, /[\u202e\u2066]/);
    fs.chmodSync(file(name), 0o444);
    const refused = cli(['--fix', name], root);
    assert.doesNotMatch(refused.stderr, /[\u202e\u2066]/, 'stderr messages too');
    assert.match(refused.stderr, /\\u\{202e\}/);
  });
});

// ---------------------------------------------------------------------------------------------
// A minimal ZIP writer (stored or pre-deflated entries) for the .docx case.

async function deflateRepeated(head: Buffer, chunk: Buffer, times: number, tail: Buffer): Promise<{ deflated: Buffer; size: number }> {
  const d = zlib.createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  d.on('data', (b: Buffer) => out.push(b));
  const finished = new Promise<void>((resolve) => d.on('end', () => resolve()));
  d.write(head);
  for (let i = 0; i < times; i++) if (!d.write(chunk)) await new Promise((r) => d.once('drain', r));
  d.end(tail);
  await finished;
  return { deflated: Buffer.concat(out), size: head.length + chunk.length * times + tail.length };
}

function makeZip(entries: { name: string; data?: Buffer; deflated?: Buffer; size?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const data = e.deflated ?? zlib.deflateRawSync(e.data!);
    const size = e.size ?? e.data!.length;
    const crc = e.data ? zlib.crc32(e.data) : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}
