/**
 * The segmenter itself (server/src/engine/document/jieba/) needs no Node built-in: bundled for the
 * browser, run in a bare V8 context (no require, no process, no Buffer) over the dictionary's bytes
 * as an ArrayBuffer, it gives the same words as in Node.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import * as esbuild from 'esbuild';
import { dictionaryBuffer, loadDomainDictionary, segmenterFor } from '../../../server/src/engine/document/segmenter';
import { repoRoot } from '../../helpers/paths';

describe('segmenter in a browser-like context', function () {
  this.timeout(60000);

  it('bundles for the browser and segments from a buffer exactly as in Node', () => {
    const entry = `
      import { JiebaDictionary } from './server/src/engine/document/jieba/dictionary';
      import { JiebaSegmenter } from './server/src/engine/document/jieba/word-segmenter';
      globalThis.makeSegmenter = (bytes, words) => new JiebaSegmenter(() => new JiebaDictionary(bytes), words);
    `;
    const built = esbuild.buildSync({
      stdin: { contents: entry, resolveDir: repoRoot, loader: 'ts' },
      bundle: true,
      platform: 'browser',
      format: 'iife',
      write: false,
      logLevel: 'silent',
    });
    const code = built.outputFiles[0].text;
    assert.doesNotMatch(code, /\brequire\(|\bprocess\.|\bBuffer\b/, 'no Node API in the browser bundle');
    const context = vm.createContext({});
    vm.runInContext(code, context);
    // The dictionary as a browser would have it: a plain ArrayBuffer from a fetch.
    const shared = dictionaryBuffer();
    const bytes = new Uint8Array(shared.byteLength);
    bytes.set(shared);
    const words = loadDomainDictionary();
    const browser = (context.makeSegmenter as (b: ArrayBuffer, w: unknown) => { segment(t: string): string[] })(bytes.buffer, words);
    const node = segmenterFor([]);
    const text = fs.readFileSync(path.resolve(repoRoot, '../shared/fixtures/reference/shanwei-2020.fullwidth.txt'), 'utf8');
    let compared = 0;
    for (const line of text.split('\n').filter((l) => l.trim())) {
      // Arrays from the other context have another Array prototype: compare their items.
      assert.deepEqual([...browser.segment(line)], node.segment(line));
      compared++;
    }
    assert.ok(compared > 20, `${compared} lines`);
  });
});
