import * as assert from 'node:assert/strict';
import { csvField, formatTriageCsv } from '../../../server/src/cli/triage/format-csv';
import type { TriageRow } from '../../../server/src/engine/triage';

const row = (file: string, issuer: string): TriageRow => ({
  file,
  kind: 'annual-report',
  issuer,
  year: 2020,
  counts: { errors: 1, warnings: 0, infos: 2 },
  parts: [{ id: 'measures', name: { 'zh-CN': '主要举措', en: 'Measures' }, present: true }],
  deadline: { status: 'on-time', due: '2021-03-01' },
  triage: 0,
});

describe('triage CSV', () => {
  it('quotes as RFC 4180 says: commas, quotes and line ends inside a field', () => {
    assert.equal(csvField('plain'), 'plain');
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('say "hi"'), '"say ""hi"""');
    assert.equal(csvField('two\r\nlines'), '"two\r\nlines"');
  });

  it('starts with a BOM, ends records with CRLF, and neutralises text a spreadsheet would run as a formula', () => {
    const csv = formatTriageCsv({ rows: [row('=HYPERLINK("x").txt', '甲乙市人民政府'), row('b.txt', '@丙丁市')], findings: [] }, 'en');
    assert.ok(csv.startsWith('\ufeffFile,Kind,Issuer,'));
    const lines = csv.slice(1).split('\r\n');
    assert.equal(lines.length, 4, 'header, two rows, and the empty string after the last CRLF');
    assert.equal(lines[3], '');
    assert.ok(lines[1].startsWith(`"'=HYPERLINK(""x"").txt",`));
    assert.ok(lines[2].startsWith("b.txt,annual report on law-based government,'@丙丁市,"));
    // Numbers are left as numbers; the part column says ✓.
    assert.match(lines[1], /,1,0,2,0,✓$/);
  });
});
