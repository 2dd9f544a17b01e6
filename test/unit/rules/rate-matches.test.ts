import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintText } from '../../../server/src/engine/lint';
import { rateMatches } from '../../../server/src/engine/rules/rate-matches';
import { ruleTester } from '../../helpers/rule-tester';

const REFERENCE = path.resolve(__dirname, '../../../../shared/fixtures/reference');
const read = (name: string) => fs.readFileSync(path.join(REFERENCE, name), 'utf8');

ruleTester(rateMatches, {
  valid: [
    { name: 'reference 35: 2967 / 3007 = 98.67% ≈ 98.7%', text: '及时受理矛盾纠纷案件3007件，调解成功2967件，调解成功率98.7%，有效维护社会稳定。' },
    { name: 'reference 23 (FIG-008): the rate has no numerator given', text: '共接群众来电216297件，转派工单27549件，按时办结率89.10%，群众满意率为99.98%。' },
    { name: 'reference 35: 70%以上 and 100% without counts', text: '网上信访成为主渠道，占比达到70%以上，信访事项办理率达到100%。' },
    { name: 'the part named with more words (持证人员 → 持证率)', text: '全县共有行政执法人员1200人，其中持证人员1150人，持证率95.8%。' },
    { name: 'two decimals shown', text: '受理3件，办结2件，办结率66.67%。' },
    { name: 'no decimals shown', text: '受理3件，办结2件，办结率67%。' },
    { name: 'exact half at the last digit (99.5%)', text: '受理200件，办结199件，办结率99.5%。' },
    { name: 'an approximate rate is not checked', text: '受理3007件，调解成功2967件，调解成功率达98%以上。' },
    { name: 'counts in another sentence are not the base', text: '受理3007件，调解成功2967件。全年调解成功率96.7%。' },
    { name: 'numerator larger than the denominator: not a pair', text: '受理300件，调解成功2967件，调解成功率96.7%。' },
    { name: 'a share of a part after 其中 that matches (98 / 126 = 77.78%)', text: '共受理申请126件，其中网上申请98件，占77.8%。' },
    { name: 'a share with no total given is not checked', text: '网上申请98件，占比77.8%。' },
    { name: 'published copy with ASCII commas', text: '及时受理矛盾纠纷案件3007件,调解成功2967件,调解成功率98.7%,有效维护社会稳定。', source: 'published-copy' },
  ],
  invalid: [
    {
      name: 'mutated D2: 96.7% ≠ 2967 / 3007',
      text: '及时受理矛盾纠纷案件3007件，调解成功2967件，调解成功率96.7%，有效维护社会稳定。',
      findings: [{ messageId: 'mismatch', severity: 'warning', covers: '96.7%', messageIncludes: '2967 / 3007 = 98.67%' }],
    },
    {
      name: 'a share of a part after 其中 that does not match: info',
      text: '共受理申请126件，其中网上申请98件，占比75.8%。',
      findings: [{ messageId: 'mismatch', severity: 'info', covers: '75.8%', messageIncludes: '98 / 126 = 77.78%' }],
    },
    {
      name: 'the part named with more words, rate wrong',
      text: '全县共有行政执法人员1200人，其中持证人员1150人，持证率93.8%。',
      findings: [{ severity: 'warning', covers: '93.8%', messageIncludes: '1150 / 1200 = 95.83%' }],
    },
    {
      name: 'wrong at the second decimal',
      text: '受理3件，办结2件，办结率66.6%。',
      findings: [{ covers: '66.6%', messageIncludes: '66.67%' }],
    },
    {
      name: 'permille',
      text: '检查1000户，发现隐患5户，发现隐患率8‰。',
      findings: [{ covers: '8‰', messageIncludes: '5.0‰' }],
    },
    {
      name: 'Chinese percentage (百分之九十)',
      text: '受理100件，办结80件，办结率百分之九十。',
      findings: [{ covers: '百分之九十', messageIncludes: '80%' }],
    },
  ],
});

describe('rule rate-matches on the reference report', () => {
  it('shanwei-2020.fullwidth.txt and shanwei-2020.txt: no finding', () => {
    for (const name of ['shanwei-2020.fullwidth.txt', 'shanwei-2020.txt']) {
      assert.deepEqual(lintText(read(name), { rules: [rateMatches] }).findings, [], name);
    }
  });
  it('shanwei-2020.mutated.txt: D2 at 44:495 (96.7%), the computed 98.67% in the message', () => {
    const text = read('shanwei-2020.mutated.txt');
    const { findings } = lintText(text, { rules: [rateMatches] });
    assert.deepEqual(findings.map((f) => [f.line, f.column, f.severity, text.slice(f.span.start, f.span.end)]), [[44, 495, 'warning', '96.7%']]);
    assert.ok(findings[0].message.includes('98.67%') && findings[0].message.includes('98.7%'));
    assert.deepEqual(findings[0].related?.map((r) => [r.line, r.column]), [[44, 484], [44, 474]]);
  });
});
