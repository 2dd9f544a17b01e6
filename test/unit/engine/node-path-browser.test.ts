/**
 * node-path.browser.ts, the POSIX path functions the config resolver uses in a browser bundle: the
 * same answers as Node's path.posix on absolute paths (the web worker server's workspace paths).
 */
import { strict as assert } from 'node:assert';
import * as posix from 'node:path/posix';
import * as browser from '../../../server/src/engine/node-path.browser';

describe('node-path.browser (the resolver’s paths in a web worker)', () => {
  const paths = ['/', '/a', '/a/', '/a/b/c.yaml', '/a//b/./c', '/a/b/../c', '/年报/部门/报告.txt', '/a/.fzlintrc.yaml'];
  it('dirname, basename, isAbsolute as path.posix', () => {
    for (const p of [...paths, 'a/b', 'c']) {
      assert.equal(browser.dirname(p), posix.dirname(p), `dirname ${p}`);
      assert.equal(browser.basename(p), posix.basename(p), `basename ${p}`);
      assert.equal(browser.isAbsolute(p), posix.isAbsolute(p), `isAbsolute ${p}`);
    }
    assert.equal(browser.basename('/a/b.yaml', '.yaml'), 'b');
  });
  it('resolve, join, relative as path.posix', () => {
    const pairs: [string, string][] = [
      ['/a/b', '../c/pack.yaml'],
      ['/a/b', './pack'],
      ['/a/b', '/x/y'],
      ['/a', '../../..'],
      ['/a/b/c', '/a/d'],
      ['/a/b', '/a/b'],
      ['/a/b', '/a/b/c/d'],
    ];
    for (const [a, b] of pairs) {
      assert.equal(browser.resolve(a, b), posix.resolve(a, b), `resolve ${a} ${b}`);
      assert.equal(browser.join(a, b), posix.join(a, b), `join ${a} ${b}`);
      assert.equal(browser.relative(a, browser.resolve(a, b)), posix.relative(a, posix.resolve(a, b)), `relative ${a} ${b}`);
    }
    assert.equal(browser.join('/a', 'node_modules', '@org', 'fzlint-pack-x', 'package.json'), '/a/node_modules/@org/fzlint-pack-x/package.json');
    assert.equal(browser.join('a', '..'), posix.join('a', '..'));
    assert.equal(browser.sep, '/');
  });
});
