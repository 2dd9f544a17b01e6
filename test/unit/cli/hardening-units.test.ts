/**
 * Issue 18 units: the safe file layer, decoding honesty, linear glob matching, fix selection with an
 * index, and the caps of the formats people read. CLI-level cases: test/cli/hardening.test.ts.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as iconv from 'iconv-lite';
import { cacheKey } from '../../../server/src/cli/batch/cache';
import { htmlFormatter } from '../../../server/src/cli/formatters/html';
import { stylishFormatter } from '../../../server/src/cli/formatters/stylish';
import { MAX_SHOWN } from '../../../server/src/cli/formatters/types';
import { decodeText, firstInvalidUtf8, looksLikeUtf16 } from '../../../server/src/cli/inputs/encoding';
import type { FileResult } from '../../../server/src/cli/result';
import { GlobError, globMatches, globSource } from '../../../server/src/engine/config/glob';
import type { Finding } from '../../../server/src/engine/finding';
import { selectFixes } from '../../../server/src/engine/fix';
import { FileAccessError, readRegularFile, writeFileSafely } from '../../../server/src/engine/io/safe-file';

let dir = '';
/** A fresh temp folder per case of the calling describe block. */
function useTempDir(): void {
  beforeEach(() => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'fzlint-units18-')));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
}

const kindOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    if (error instanceof FileAccessError) return error.kind;
    throw error;
  }
  return 'ok';
};

describe('safe file layer (engine/io/safe-file.ts)', () => {
  useTempDir();
  it('reads regular files only: a FIFO and a device are refused at once, a file over the limit before reading', () => {
    const fifo = path.join(dir, 'p');
    assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
    assert.equal(
      kindOf(() => readRegularFile(fifo, 100)),
      'not-regular',
    );
    assert.equal(
      kindOf(() => readRegularFile('/dev/zero', 100)),
      'not-regular',
    );
    assert.equal(
      kindOf(() => readRegularFile(dir, 100)),
      'directory',
    );
    assert.equal(
      kindOf(() => readRegularFile(path.join(dir, 'none'), 100)),
      'missing',
    );
    const big = path.join(dir, 'big');
    fs.writeFileSync(big, Buffer.alloc(101));
    assert.equal(
      kindOf(() => readRegularFile(big, 100)),
      'too-large',
    );
    const ok = readRegularFile(big, 101);
    assert.equal(ok.bytes.length, 101);
    assert.equal(ok.stamp.size, 101);
  });

  it('writes never through a symbolic link, never over a changed or read-only file, and leave no temporary file', () => {
    const victim = path.join(dir, 'victim');
    fs.writeFileSync(victim, 'old');
    const link = path.join(dir, 'link');
    fs.symlinkSync(victim, link);
    assert.equal(
      kindOf(() => writeFileSafely(link, 'new')),
      'symlink',
    );
    assert.equal(fs.readFileSync(victim, 'utf8'), 'old');

    const f = path.join(dir, 'f.txt');
    fs.writeFileSync(f, 'one');
    const { stamp } = readRegularFile(f, 100);
    fs.writeFileSync(f, 'two'); // same size: only the content hash (or mtime) tells
    assert.equal(
      kindOf(() => writeFileSafely(f, 'fixed', { expect: stamp })),
      'changed',
    );
    assert.equal(fs.readFileSync(f, 'utf8'), 'two');
    const fresh = readRegularFile(f, 100).stamp;
    writeFileSafely(f, 'fixed', { expect: fresh });
    assert.equal(fs.readFileSync(f, 'utf8'), 'fixed');

    fs.chmodSync(f, 0o444);
    assert.equal(
      kindOf(() => writeFileSafely(f, 'again')),
      'read-only',
    );
    writeFileSafely(f, 'again', { allowReadOnly: true });
    assert.equal(fs.readFileSync(f, 'utf8'), 'again');
    assert.equal(fs.statSync(f).mode & 0o777, 0o444);

    fs.unlinkSync(f);
    assert.equal(
      kindOf(() => writeFileSafely(f, 'x', { expect: fresh })),
      'changed',
      'deleted meanwhile',
    );
    assert.deepEqual(fs.readdirSync(dir).sort(), ['link', 'victim']);
  });
});

describe('cache signing key (cli/batch/cache.ts)', () => {
  useTempDir();

  it('is created private (0600) and kept; a key open to others or a link is replaced', () => {
    const env = { XDG_CACHE_HOME: dir };
    const file = path.join(dir, 'fzlint', 'cache-key');
    const key = cacheKey(env);
    assert.equal(fs.statSync(file).mode & 0o777, 0o600);
    assert.ok(cacheKey(env).equals(key), 'the same key next time');
    fs.chmodSync(file, 0o644);
    const replaced = cacheKey(env);
    assert.ok(!replaced.equals(key), 'a readable key is not trusted');
    assert.equal(fs.statSync(file).mode & 0o777, 0o600);
    const planted = path.join(dir, 'planted');
    fs.writeFileSync(planted, Buffer.alloc(32, 1), { mode: 0o600 });
    fs.unlinkSync(file);
    fs.symlinkSync(planted, file);
    assert.ok(!cacheKey(env).equals(Buffer.alloc(32, 1)), 'a linked key is not used');
  });
});

describe('decoding honesty (cli/inputs/encoding.ts)', () => {
  it('finds the first invalid UTF-8 byte', () => {
    assert.equal(firstInvalidUtf8(Buffer.from('法治', 'utf8')), -1);
    assert.equal(firstInvalidUtf8(Buffer.from([0x41, 0xe6, 0xb3, 0x95, 0xff])), 4);
    assert.equal(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80])), 0, 'a UTF-8-encoded surrogate is invalid');
    assert.equal(firstInvalidUtf8(Buffer.from([0xc0, 0x80])), 0, 'an overlong form is invalid');
    assert.equal(firstInvalidUtf8(Buffer.from([0xe6, 0xb3])), 0, 'a cut sequence is invalid');
  });

  it('GB18030 only when the bytes are not mostly UTF-8 and encode back to the same bytes', () => {
    const gbk = iconv.encode('某县法治政府建设年度报告，推进依法行政。', 'gbk');
    const d = decodeText(gbk);
    assert.ok('text' in d && d.encoding === 'gb18030');
    const utf8 = Buffer.from('法治政府建设年度报告推进依法行政'.repeat(4), 'utf8');
    const stray = Buffer.concat([utf8.subarray(0, 30), Buffer.from([0xb0]), utf8.subarray(30)]);
    assert.deepEqual(decodeText(stray), { reason: 'stray-bytes', offset: 30 });
    const euro = Buffer.concat([gbk, Buffer.from([0x80])]);
    assert.deepEqual(decodeText(euro), { reason: 'gb18030-roundtrip', offset: gbk.length });
  });

  it('recognises UTF-16 by BOM or by NUL bytes in every other place', () => {
    assert.ok(looksLikeUtf16(Buffer.from([0xff, 0xfe, 0x55, 0x6c])));
    assert.ok(looksLikeUtf16(Buffer.from([0xfe, 0xff, 0x6c, 0x55])));
    assert.ok(looksLikeUtf16(Buffer.from('plain ascii text', 'utf16le')));
    assert.ok(!looksLikeUtf16(Buffer.from('法治 plain', 'utf8')));
  });
});

describe('config globs (engine/config/glob.ts)', () => {
  const cases: [string, string, boolean][] = [
    ['*.txt', 'r.txt', true],
    ['*.txt', 'a/b/r.txt', true],
    ['*.txt', 'r.md', false],
    ['drafts/**', 'drafts/x.md', true],
    ['drafts/**', 'drafts/a/b.md', true],
    ['drafts/**', 'other/x.md', false],
    ['drafts/*.md', 'drafts/x.md', true],
    ['drafts/*.md', 'drafts/a/x.md', false],
    ['**/草稿*.md', 'a/b/草稿1.md', true],
    ['**/草稿*.md', '草稿1.md', true],
    ['x/**/y.md', 'x/y.md', true],
    ['x/**/y.md', 'x/p/q/y.md', true],
    ['x/**/y.md', 'xx/y.md', false],
    ['{a,b}/*.md', 'b/x.md', true],
    ['{a,b}/*.md', 'c/x.md', false],
    ['a{b,c{d,e}}f.txt', 'acef.txt', true],
    ['a{b,c{d,e}}f.txt', 'acf.txt', false],
    ['?.md', 'b.md', true],
    ['?.md', 'bb.md', false],
    ['[!a]*.md', 'b.md', true],
    ['[!a]*.md', 'a.md', false],
    ['[a-c]x.md', 'bx.md', true],
    ['+(ab).md', 'abab.md', true],
    ['@(a|b).txt', 'c.txt', false],
    ['a\\*b.txt', 'a*b.txt', true],
    ['a\\*b.txt', 'axb.txt', false],
    ['**', 'any/thing', true],
    ['*.(txt', 'a.(txt', true], // an unclosed ( is a literal
  ];
  for (const [glob, rel, want] of cases) {
    it(`${glob} ${want ? 'matches' : 'does not match'} ${rel}`, () => assert.equal(globMatches(glob, rel), want, globSource(glob)));
  }

  it('*a*a*a…*b against a long name is answered (RE2: linear time), and !(…) is refused rather than backtracked', () => {
    assert.equal(globMatches(`${'*a'.repeat(40)}*b`, 'a'.repeat(100000)), false);
    assert.throws(() => globMatches('!(x).md', 'y.md'), GlobError);
  });
});

describe('fix selection with an index (engine/fix.ts)', () => {
  const finding = (start: number, edits: [number, number][]): Finding =>
    ({
      ruleId: 'r',
      messageId: 'm',
      severity: 'error',
      message: '',
      messages: { 'zh-CN': '', en: '' },
      span: { start, end: start + 1 },
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 2,
      url: '',
      fix: { title: { 'zh-CN': '', en: '' }, edits: edits.map(([s, e]) => ({ start: s, end: e, text: 'x' })) },
    }) as unknown as Finding;

  it('takes each fix whole unless it overlaps one taken (points at one place conflict, a point at a range edge does not)', () => {
    const picked = selectFixes([
      finding(0, [[0, 2]]),
      finding(1, [[1, 3]]), // overlaps [0,2)
      finding(2, [[2, 2]]), // a point at the end of [0,2): fine
      finding(3, [[2, 2]]), // a second point at 2: conflict
      finding(4, [
        [4, 6],
        [10, 12],
      ]),
      finding(5, [[11, 11]]), // inside [10,12)
      finding(6, [
        [12, 14],
        [0, 0],
      ]), // [0,0) is a point at the start of [0,2): fine
      finding(7, [[20, 30]]),
      finding(8, [[25, 26]]),
    ]).applied.map((f) => f.span.start);
    assert.deepEqual(picked, [0, 2, 4, 6, 7]);
  });

  it('selects 100,000 fixes (a quadratic scan here took minutes)', () => {
    const many = Array.from({ length: 100000 }, (_, i) => finding(i * 2, [[i * 2, i * 2 + 1]]));
    assert.equal(selectFixes(many).applied.length, 100000);
  });
});

describe('formats people read: capped per file', () => {
  const result = (n: number): FileResult => {
    const source = '推进依法行政,'.repeat(Math.ceil(n / 1)).slice(0, n * 7);
    const findings = Array.from({ length: n }, (_, i) => ({
      ruleId: 'fullwidth-punctuation',
      messageId: 'm',
      severity: 'error',
      message: '半角逗号',
      messages: { 'zh-CN': '半角逗号', en: 'half-width comma' },
      span: { start: i * 7 + 6, end: i * 7 + 7 },
      line: 1,
      column: i * 7 + 7,
      endLine: 1,
      endColumn: i * 7 + 8,
      url: 'https://example.invalid/r',
    })) as unknown as Finding[];
    return { filePath: '/r.txt', findings, source };
  };

  it('stylish: 120,000 findings in one file print the first 1,000 and one "more not shown" line', () => {
    const out = stylishFormatter([result(120000)], { locale: 'zh-CN', color: false, cwd: '/' });
    const lines = out.split('\n');
    assert.equal(lines.filter((l) => l.includes('半角逗号')).length, MAX_SHOWN);
    assert.match(out, new RegExp(`另有 ${120000 - MAX_SHOWN} 个问题未列出`));
    assert.match(out, /✖ 120000 个问题/);
  });

  it('html: 50,000 findings list 1,000 and say how many more', () => {
    const out = htmlFormatter([result(50000)], { locale: 'en', color: false, cwd: '/' });
    assert.equal(out.split('<div class="ctx">').length - 1, MAX_SHOWN);
    assert.match(out, new RegExp(`${50000 - MAX_SHOWN} more not shown`));
  });
});
