import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as iconv from 'iconv-lite';
import { configHash, LintCache, resolveCacheLocation } from '../../../server/src/cli/batch/cache';
import { createProgress } from '../../../server/src/cli/batch/progress';
import { batchWorkerData, plannedWorkers, PARALLEL_THRESHOLD } from '../../../server/src/cli/batch/run-batch';
import { dictionaryBuffer } from '../../../server/src/engine/document/segmenter';
import { xmlEscape } from '../../../server/src/cli/formatters/junit';
import { detectAndDecode, EncodeError, encodeText } from '../../../server/src/cli/inputs/encoding';
import { defaultConfig } from '../../../server/src/engine/config';

describe('CLI reviewer I/O units', () => {
  describe('encoding detection', () => {
    it('prefers UTF-8, with and without BOM', () => {
      assert.deepEqual(detectAndDecode(Buffer.from('法治政府')), { text: '法治政府', encoding: 'utf-8', hadBom: false });
      assert.deepEqual(detectAndDecode(Buffer.from('\ufeff法治')), { text: '法治', encoding: 'utf-8', hadBom: true });
      assert.equal(detectAndDecode(Buffer.from('plain ascii'))!.encoding, 'utf-8');
    });

    it('decodes GBK and GB18030 (four-byte 𠮷 too), with the GB18030 BOM', () => {
      const s = '法治政府建设“𠮷”——〔2021〕1号';
      assert.deepEqual(detectAndDecode(iconv.encode(s, 'gb18030')), { text: s, encoding: 'gb18030', hadBom: false });
      assert.equal(detectAndDecode(iconv.encode('汕尾市人民政府', 'gbk'))!.text, '汕尾市人民政府');
      assert.deepEqual(detectAndDecode(iconv.encode('\ufeff法治', 'gb18030')), { text: '法治', encoding: 'gb18030', hadBom: true });
    });

    it('refuses bytes that are neither, and GB18030-decodable bytes without Han characters', () => {
      assert.equal(detectAndDecode(Buffer.from([0x41, 0xff, 0xfe, 0x80])), undefined);
      assert.equal(detectAndDecode(Buffer.from([0x81, 0x30, 0x81, 0x30])), undefined, 'decodes to U+0080 only: no Han');
    });

    it('encodes back byte for byte, and refuses a character that does not survive', () => {
      const s = '法治政府建设𠮷，完成78件。';
      const gb = iconv.encode(s, 'gb18030');
      assert.ok(encodeText(s, 'gb18030', false).equals(gb));
      assert.ok(encodeText(s, 'utf-8', true).equals(Buffer.from('\ufeff' + s)));
      assert.throws(
        () => encodeText('法治\ud800', 'gb18030', false),
        (e: unknown) => e instanceof EncodeError && e.offset === 2,
      );
    });
  });

  describe('batch helpers', () => {
    it('runs small batches serially and large ones on workers unless told', () => {
      assert.equal(plannedWorkers(PARALLEL_THRESHOLD - 1, undefined), 0);
      assert.equal(plannedWorkers(5, 0), 0);
      const cores = os.availableParallelism();
      assert.equal(plannedWorkers(5, 3), Math.min(3, cores), 'a request is clamped to the cores');
      assert.equal(plannedWorkers(100, 1e9), cores, '--workers 1e9 starts no more threads than cores');
      assert.equal(plannedWorkers(2, 64), Math.min(2, cores), 'nor more than files');
      if (os.availableParallelism() > 1) assert.ok(plannedWorkers(PARALLEL_THRESHOLD, undefined, 0) > 1, 'idle machine: parallel');
      assert.equal(plannedWorkers(1000, undefined, os.availableParallelism()), 0, 'no core free: serial');
    });

    it("gives the workers the main thread's dictionary in shared memory, not a copy each", () => {
      const data = batchWorkerData([]);
      assert.ok(data.dictionary.buffer instanceof SharedArrayBuffer, 'a SharedArrayBuffer');
      assert.equal(data.dictionary, dictionaryBuffer(), 'the buffer the main thread reads its own views from');
    });

    it('draws a progress bar only when enabled, and clears it', () => {
      const out: string[] = [];
      const off = createProgress(10, false, (t) => out.push(t), 'zh-CN');
      off.tick(5);
      off.done();
      assert.equal(out.length, 0);
      const on = createProgress(4, true, (t) => out.push(t), 'en');
      for (let i = 1; i <= 4; i++) on.tick(i);
      on.done();
      assert.match(out[0], /^\rchecking \[█+░+\] 1\/4$/);
      assert.match(out[out.length - 2], /4\/4$/);
      assert.equal(out[out.length - 1], '\r\x1b[2K');
    });

    it('caches findings by file, content hash and configuration', () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fzlint-cache-'));
      const env = { XDG_CACHE_HOME: path.join(dir, 'xdg') };
      assert.ok(resolveCacheLocation(dir, undefined, env).startsWith(path.join(dir, 'xdg', 'fzlint') + path.sep), 'by default outside the repository');
      const key = Buffer.alloc(32, 7);
      assert.equal(resolveCacheLocation(dir, 'sub/'), path.join(dir, 'sub', '.fzlintcache'));
      assert.equal(resolveCacheLocation(dir, 'c.json'), path.join(dir, 'c.json'));
      const file = path.join(dir, 'c.json');
      const a = configHash(defaultConfig(), '1.0.0');
      const b = configHash({ ...defaultConfig(), rules: { 'repeated-word': 'off' } }, '1.0.0');
      assert.notEqual(a, b);
      assert.notEqual(a, configHash(defaultConfig(), '1.0.1'));
      const cache = new LintCache(file, '1.0.0', key);
      const h1 = 'a'.repeat(64);
      cache.store('/r.txt', h1, a, []);
      cache.save();
      assert.deepEqual(new LintCache(file, '1.0.0', key).lookup('/r.txt', a), { hash: h1, findings: [] });
      assert.equal(new LintCache(file, '1.0.0', key).lookup('/r.txt', b), undefined, 'other configuration');
      assert.equal(new LintCache(file, '2.0.0', key).lookup('/r.txt', a), undefined, 'other fzlint version');
      assert.equal(new LintCache(file, '1.0.0', Buffer.alloc(32, 8)).lookup('/r.txt', a), undefined, 'a cache signed with another key is ignored');
      fs.writeFileSync(file, '{not json');
      assert.equal(new LintCache(file, '1.0.0', key).lookup('/r.txt', a), undefined, 'a damaged cache is ignored');
    });
  });

  it('xmlEscape drops characters XML cannot carry and escapes markup', () => {
    assert.equal(xmlEscape('a<b>&"\'\u0001\ud800𠮷'), 'a&lt;b&gt;&amp;&quot;&apos;𠮷');
  });
});
