import { strict as assert } from 'node:assert';
import { parseReport } from '../../../server/src/engine/document/report-document';
import { issuerKey, rateOutliers, reportFacts, triage, type RateValue, type ReportFacts } from '../../../server/src/engine/triage';

function facts(file: string, issuer: string | undefined, extra: Partial<ReportFacts> = {}): ReportFacts {
  return {
    file,
    kind: 'annual-report',
    issuer,
    issuers: issuer ? [issuer] : undefined,
    year: 2020,
    counts: { errors: 0, warnings: 0, infos: 0 },
    parts: [],
    paragraphs: [],
    rates: [],
    settings: {},
    ...extra,
  };
}

describe('engine/triage', () => {
  it('matches issuer names conservatively', () => {
    assert.equal(issuerKey('甲乙市人民政府'), issuerKey('甲乙市'));
    assert.equal(issuerKey('中共甲乙市委 甲乙市人民政府'), issuerKey('甲乙市'));
    assert.equal(issuerKey('ＡＢ县人民政府'), issuerKey('AB县'));
    assert.notEqual(issuerKey('甲乙市司法局'), issuerKey('甲乙市'));
    assert.notEqual(issuerKey('甲乙县'), issuerKey('甲乙市'));
    assert.notEqual(issuerKey('甲乙'), issuerKey('甲乙市'));
  });

  it('finds a rate far from the batch, only with enough reports and a real gap', () => {
    const rate = (report: string, value: number): RateValue => ({ report, name: '出庭应诉率', value, line: 3, text: `${value}%` });
    const values = [rate('a', 98), rate('b', 99), rate('c', 100), rate('d', 97.5), rate('e', 98.5), rate('f', 40)];
    const out = rateOutliers(values);
    assert.deepEqual(
      out.map((o) => [o.report, o.value]),
      [['f', 40]],
    );
    assert.equal(rateOutliers(values.slice(2)).length, 0, 'four reports are too few');
    // Equal values with one a little off: no outlier (minimum gap).
    assert.equal(rateOutliers([rate('a', 100), rate('b', 100), rate('c', 100), rate('d', 100), rate('e', 99)]).length, 0);
  });

  it('reports who is missing, who is not expected and who submitted twice, once each', () => {
    const result = triage(
      [facts('a.txt', '甲乙市人民政府'), facts('b.txt', '丙丁市人民政府'), facts('c.txt', '丙丁市人民政府'), facts('d.txt', '戊己县人民政府')],
      {
        expected: ['甲乙市', '丙丁市人民政府', '庚辛区人民政府'],
      },
    );
    const kinds = result.findings.map((f) => `${f.kind}:${f.file ?? ''}`).sort();
    assert.deepEqual(kinds, ['duplicate:b.txt', 'missing:', 'unexpected:d.txt']);
    assert.match(result.findings.find((f) => f.kind === 'missing')!.message['zh-CN'], /庚辛区人民政府/);
  });

  it('dates a report against the deadline of its level', () => {
    const late = facts('a.txt', '甲乙市人民政府', { level: 'city', date: { text: '2021年3月5日', line: 9, day: [2021, 3, 5] } });
    const province = facts('b.txt', '甲省人民政府', { level: 'province', date: { text: '2021年3月5日', line: 9, day: [2021, 3, 5] } });
    const result = triage([late, province]);
    assert.deepEqual(
      result.findings.map((f) => [f.kind, f.file, f.line]),
      [['late', 'a.txt', 9]],
    );
    assert.deepEqual(
      result.rows.map((r) => [r.deadline.status, r.deadline.due]),
      [
        ['late', '2021-03-01'],
        ['on-time', '2021-04-01'],
      ],
    );
  });
});

describe('engine/triage reportFacts', () => {
  const text = [
    '2020年法治政府建设年度报告',
    '',
    '一、主要举措',
    '',
    '我们做了很多工作，取得了良好成效。',
    '',
    '二、存在的不足和原因',
    '',
    '不足在于基层力量薄弱，原因是人员不足。',
    '',
    '三、2021年工作安排',
    '',
    '明年继续推进。',
    '',
    '中共甲乙市委　甲乙市人民政府',
    '2021年3月5日',
    '',
  ].join('\n');

  it('takes the issuer from the 署名 when the title has none, and the date from the 落款', () => {
    const f = reportFacts('x.txt', parseReport(text), { errors: 0, warnings: 0, infos: 0 }, []);
    assert.equal(f.issuer, '中共甲乙市委　甲乙市人民政府');
    assert.equal(f.level, 'city');
    assert.deepEqual(f.date, { text: '2021年3月5日', line: 16, day: [2021, 3, 5] });
    const result = triage([f], { expected: ['甲乙市'] });
    assert.deepEqual(
      result.findings.map((x) => x.kind),
      ['late'],
    );
  });
});

describe('engine/triage deadlines by kind', () => {
  it('gives another kind of document no deadline', () => {
    const notice = {
      ...facts('n.txt', '甲乙市人民政府'),
      kind: 'official-document' as const,
      date: { text: '2021年5月5日', line: 9, day: [2021, 5, 5] as [number, number, number] },
    };
    const result = triage([notice]);
    assert.equal(result.rows[0].deadline.status, 'not-applicable');
    assert.deepEqual(result.findings, []);
  });
});

describe('engine/triage submissions', () => {
  it('counts annual reports only: other documents of an issuer neither submit nor duplicate', () => {
    const notice = (file: string) => ({ ...facts(file, '丙丁市人民政府'), kind: 'official-document' as const });
    const result = triage([facts('a.txt', '甲乙市人民政府'), notice('n1.txt'), notice('n2.txt')], { expected: ['甲乙市', '丙丁市'] });
    assert.deepEqual(
      result.findings.map((f) => f.kind),
      ['missing'],
    );
  });
});
