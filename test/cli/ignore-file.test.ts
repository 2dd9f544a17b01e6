/**
 * CLI: a folder run honours `.fzlintignore` with gitignore semantics. Uses the bundle (npm run build).
 */
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { runJson } from '../helpers/run-cli';
import { tempTree } from '../unit/config/helpers';

const REPORT = ['某县2023年法治政府建设年度报告', '', '一、主要举措和成效', '推进依法行政,取得明显成效。', ''].join('\n');

describe('CLI: .fzlintignore', function () {
  this.timeout(60000);
  let tree: ReturnType<typeof tempTree> | undefined;
  afterEach(() => tree?.cleanup());

  it('lints what the gitignore-form patterns leave and lists the rest as ignored', () => {
    tree = tempTree({
      '.fzlintignore': ['# 不检查的稿件', '', '/drafts/', '**/tmp', '*.old.txt', '!keep.old.txt', ''].join('\n'),
      'drafts/r.txt': REPORT,
      'units/drafts/r.txt': REPORT,
      'tmp/r.txt': REPORT,
      'units/a/tmp/r.txt': REPORT,
      'units/r.old.txt': REPORT,
      'units/keep.old.txt': REPORT,
      'r.txt': REPORT,
    });
    const { results, run } = runJson(['.'], { cwd: tree.root });
    assert.notEqual(run.status, 2, run.stderr);
    const rel = (r: { filePath: string }) => path.relative(tree!.root, r.filePath).split(path.sep).join('/');
    assert.deepEqual(
      results
        .filter((r) => !r.skipped)
        .map(rel)
        .sort(),
      ['r.txt', 'units/drafts/r.txt', 'units/keep.old.txt'],
    );
    assert.deepEqual(
      results
        .filter((r) => r.skipped)
        .map((r) => [rel(r), r.skipped!.reason])
        .sort(),
      [
        ['drafts/r.txt', 'ignored'],
        ['tmp/r.txt', 'ignored'],
        ['units/a/tmp/r.txt', 'ignored'],
        ['units/r.old.txt', 'ignored'],
      ],
    );
  });
});
