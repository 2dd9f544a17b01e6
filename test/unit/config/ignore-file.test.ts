import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import { ConfigResolver } from '../../../server/src/engine/config/resolve';
import { tempTree } from './helpers';

// `.fzlintignore` has gitignore semantics, relative to the folder that holds it.

describe('.fzlintignore (gitignore semantics)', () => {
  let tree: ReturnType<typeof tempTree> | undefined;
  afterEach(() => tree?.cleanup());

  const ignoredWith = (ignoreText: string, files: string[], extra: Record<string, string> = {}) => {
    tree = tempTree({ '.fzlintignore': ignoreText, ...extra, ...Object.fromEntries(files.map((f) => [f, ''])) });
    const resolver = new ConfigResolver();
    return Object.fromEntries(files.map((f) => [f, resolver.resolveFor(tree!.file(f)).ignored]));
  };

  it('`/drafts/` ignores only the top-level drafts folder', () => {
    assert.deepEqual(ignoredWith('/drafts/\n', ['drafts/r.txt', 'drafts/2024/r.txt', 'a/drafts/r.txt', 'drafts.txt', 'r.txt']), {
      'drafts/r.txt': true,
      'drafts/2024/r.txt': true,
      'a/drafts/r.txt': false,
      'drafts.txt': false,
      'r.txt': false,
    });
  });

  it('`drafts/` without a leading slash ignores a drafts folder at any depth, not a file of that name', () => {
    tree = tempTree({ '.fzlintignore': 'drafts/\n', 'a/b/drafts/r.txt': '', drafts: '' });
    const resolver = new ConfigResolver();
    assert.equal(resolver.resolveFor(tree.file('a/b/drafts/r.txt')).ignored, true);
    assert.equal(resolver.resolveFor(tree.file('drafts')).ignored, false);
  });

  it('`!keep.txt` re-includes a file an earlier line excluded', () => {
    assert.deepEqual(ignoredWith('*.txt\n!keep.txt\n', ['a.txt', 'keep.txt', 'sub/keep.txt', 'sub/b.txt', 'r.md']), {
      'a.txt': true,
      'keep.txt': false,
      'sub/keep.txt': false,
      'sub/b.txt': true,
      'r.md': false,
    });
  });

  it('a file inside an excluded folder cannot be re-included (as in git)', () => {
    assert.deepEqual(ignoredWith('old/\n!old/keep.txt\n', ['old/keep.txt', 'old/a.txt']), { 'old/keep.txt': true, 'old/a.txt': true });
  });

  it('`**/tmp` ignores a tmp folder at any depth, the top one included', () => {
    assert.deepEqual(ignoredWith('**/tmp\n', ['tmp/r.txt', 'a/tmp/r.txt', 'a/b/c/tmp/r.txt', 'a/tmpl/r.txt', 'a/r.txt']), {
      'tmp/r.txt': true,
      'a/tmp/r.txt': true,
      'a/b/c/tmp/r.txt': true,
      'a/tmpl/r.txt': false,
      'a/r.txt': false,
    });
  });

  it('comment lines and blank lines exclude nothing; `\\#` is a literal #', () => {
    const text = '# 旧稿 r.txt\n\n   \n\\#1.txt\r\n# *\n';
    assert.deepEqual(ignoredWith(text, ['r.txt', '#1.txt', '# 旧稿 r.txt', 'a.txt']), {
      'r.txt': false,
      '#1.txt': true,
      '# 旧稿 r.txt': false,
      'a.txt': false,
    });
  });

  it('patterns are relative to the folder of the nearest .fzlintignore', () => {
    tree = tempTree({
      '.fzlintignore': '/top.txt\n',
      'sub/.fzlintignore': '/inner.txt\n',
      'sub/inner.txt': '',
      'sub/top.txt': '',
      'top.txt': '',
      'inner.txt': '',
    });
    const resolver = new ConfigResolver();
    const ignored = (p: string) => resolver.resolveFor(tree!.file(p)).ignored;
    assert.equal(ignored('sub/inner.txt'), true);
    assert.equal(ignored('sub/top.txt'), false, 'the nearest .fzlintignore decides; files further up are not merged');
    assert.equal(ignored('top.txt'), true);
    assert.equal(ignored('inner.txt'), false);
  });

  it('a `!` line re-includes a file the config `ignores` excluded', () => {
    tree = tempTree({ '.fzlintrc.yaml': 'ignores: ["*.bak.txt"]\n', '.fzlintignore': '!keep.bak.txt\n', 'a.bak.txt': '', 'keep.bak.txt': '' });
    const resolver = new ConfigResolver();
    assert.equal(resolver.resolveFor(tree.file('a.bak.txt')).ignored, true);
    assert.equal(resolver.resolveFor(tree.file('keep.bak.txt')).ignored, false);
  });

  it('an edited .fzlintignore takes effect after clear()', () => {
    tree = tempTree({ '.fzlintignore': 'a.txt\n', 'a.txt': '', 'b.txt': '' });
    const resolver = new ConfigResolver();
    assert.equal(resolver.resolveFor(tree.file('a.txt')).ignored, true);
    fs.writeFileSync(tree.file('.fzlintignore'), 'b.txt\n');
    resolver.clear();
    assert.equal(resolver.resolveFor(tree.file('a.txt')).ignored, false);
    assert.equal(resolver.resolveFor(tree.file('b.txt')).ignored, true);
  });

  it('a pattern like *a*a*a…*b against a long file name answers (no catastrophic backtracking)', () => {
    const name = `${'a'.repeat(250)}.txt`;
    assert.deepEqual(ignoredWith(`${'*a'.repeat(40)}*b\n`, [name, 'ab.txt']), { [name]: false, 'ab.txt': false });
  });
});
