import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintText } from '../../../server/src/engine/lint';
import { rateBounds } from '../../../server/src/engine/rules/rate-bounds';
import { ruleTester } from '../../helpers/rule-tester';

const REFERENCE = path.resolve(__dirname, '../../../../shared/fixtures/reference');
const read = (name: string) => fs.readFileSync(path.join(REFERENCE, name), 'utf8');

ruleTester(rateBounds, {
  valid: [
    { name: 'reference rates: 89.10%, 99.98%, 93.57%, 26.67%', text: '竞价选取节约率26.67%，按时办结率89.10%，群众满意率为99.98%，监管事项覆盖率93.57%。' },
    { name: 'reference: 100% and 70%以上, 40%', text: '占比达到70%以上，信访事项办理率达到100%。重大政策跟踪审计占比40%。' },
    { name: 'growth can pass 100%', text: '案件数量同比增长120%。' },
    { name: 'growth rate', text: '行政复议案件增长率为135%。' },
    { name: '提高 … 到 …%', text: '办案效率提高150%。' },
    { name: 'completion rate can pass 100%', text: '年度计划完成率105%。' },
    { name: 'a percentage that is not a rate', text: '财政收入为上年的112%。' },
  ],
  invalid: [
    { name: 'a satisfaction rate over 100%', text: '群众满意率为100.5%。', findings: [{ messageId: 'over', severity: 'error', covers: '100.5%', messageIncludes: '100.5%' }] },
    { name: 'a share over 100%', text: '网上信访占比达到120%。', findings: [{ severity: 'error', covers: '120%' }] },
    { name: 'a range that passes 100%', text: '合格率保持在98%～101%。', findings: [{ severity: 'error', covers: '98%～101%' }] },
    { name: 'another rate over 100%: warning', text: '审批提速率达到130%。', findings: [{ severity: 'warning', covers: '130%' }] },
    { name: 'permille over 1000‰', text: '覆盖率1200‰。', findings: [{ severity: 'error', messageIncludes: '1000‰' }] },
  ],
});

describe('rule rate-bounds on the reference report', () => {
  it('no finding in the three files (all rates within 0–100%)', () => {
    for (const name of ['shanwei-2020.fullwidth.txt', 'shanwei-2020.txt', 'shanwei-2020.mutated.txt']) {
      assert.deepEqual(lintText(read(name), { rules: [rateBounds] }).findings, [], name);
    }
  });
});
