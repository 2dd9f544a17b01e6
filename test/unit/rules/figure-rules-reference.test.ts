import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintText } from '../../../server/src/engine/lint';
import { countVsList } from '../../../server/src/engine/rules/count-vs-list';
import { rateBounds } from '../../../server/src/engine/rules/rate-bounds';
import { rateMatches } from '../../../server/src/engine/rules/rate-matches';
import { sameTermDifferentCount } from '../../../server/src/engine/rules/same-term-different-count';
import { subsetSameKind } from '../../../server/src/engine/rules/subset-same-kind';
import { totalEqualsParts } from '../../../server/src/engine/rules/total-equals-parts';

const REFERENCE = path.resolve(__dirname, '../../../../shared/fixtures/reference');
const read = (name: string) => fs.readFileSync(path.join(REFERENCE, name), 'utf8');
const FIGURE_RULES = [totalEqualsParts, rateMatches, rateBounds, countVsList, subsetSameKind, sameTermDifferentCount];

function run(name: string): [string, string, number, number, string][] {
  const text = read(name);
  return lintText(text, { rules: FIGURE_RULES }).findings.map((f) => [f.ruleId, f.severity, f.line, f.column, text.slice(f.span.start, f.span.end)]);
}

describe('figure rules together on the reference report', () => {
  it('shanwei-2020.fullwidth.txt: only the two documented infos (FIG-005 line 23, FIG-006 line 27)', () => {
    assert.deepEqual(run('shanwei-2020.fullwidth.txt'), [
      ['subset-same-kind', 'info', 23, 591, '192个单位'],
      ['same-term-different-count', 'info', 27, 245, '78 件'],
    ]);
  });
  it('shanwei-2020.txt (published copy): the same two infos', () => {
    assert.deepEqual(run('shanwei-2020.txt'), [
      ['subset-same-kind', 'info', 32, 591, '192个单位'],
      ['same-term-different-count', 'info', 36, 245, '78 件'],
    ]);
  });
  it('shanwei-2020.mutated.txt: D1 (32), D2 (44) and D3 (54) on top of the two infos', () => {
    assert.deepEqual(run('shanwei-2020.mutated.txt'), [
      ['total-equals-parts', 'info', 32, 143, '7619个,其中市级2679个,县级4904个'],
      ['subset-same-kind', 'info', 32, 591, '192个单位'],
      ['same-term-different-count', 'info', 36, 245, '78 件'],
      ['rate-matches', 'warning', 44, 495, '96.7%'],
      ['count-vs-list', 'warning', 54, 75, '五项程序'],
    ]);
  });
});
