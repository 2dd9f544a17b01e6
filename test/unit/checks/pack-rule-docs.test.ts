import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runPackTests } from '../../../server/src/engine/config/pack-tests';
import { repoRoot } from '../../helpers/paths';
import { tempTree } from '../config/helpers';

const dir = path.join(repoRoot, 'docs', 'pack-rules');
const KINDS = ['existence', 'substitution', 'occurrence', 'conditional', 'required', 'sequence', 'formulation'];

/** The ```yaml blocks of a page. */
function yamlBlocks(text: string): string[] {
  return [...text.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
}

describe('docs/pack-rules: each kind’s page has an example pack whose own tests pass', () => {
  it('every kind has a page, listed in the index', () => {
    const index = fs.readFileSync(path.join(dir, 'README.md'), 'utf8');
    for (const kind of KINDS) {
      assert.ok(fs.existsSync(path.join(dir, `${kind}.md`)), `${kind}.md`);
      assert.ok(index.includes(`(${kind}.md)`), `README links ${kind}.md`);
    }
  });

  for (const kind of KINDS) {
    it(`${kind}.md`, () => {
      const blocks = yamlBlocks(fs.readFileSync(path.join(dir, `${kind}.md`), 'utf8'));
      assert.ok(blocks.length > 0, 'a yaml example');
      for (const block of blocks) {
        assert.match(block, new RegExp(`kind: ${kind}\\b`), 'the example uses the page’s kind');
        const tree = tempTree({ 'pack.yaml': block });
        try {
          const run = runPackTests(tree.file('pack.yaml'));
          assert.deepEqual(
            run.problems.map((p) => p.messages.en),
            [],
          );
          assert.ok(run.cases.some((c) => c.kind === 'valid') && run.cases.some((c) => c.kind === 'invalid'), 'valid and invalid cases');
          const failed = run.cases.filter((c) => !c.passed).map((c) => ({ name: c.name, missing: c.missing, unexpected: c.unexpected, output: c.output }));
          assert.deepEqual(failed, []);
        } finally {
          tree.cleanup();
        }
      }
    });
  }
});
