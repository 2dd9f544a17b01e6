import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseReport } from '../../../server/src/engine/document/report-document';
import { explainFigureAt, explainFigures } from '../../../server/src/engine/figures/explain';

const REFERENCE = path.resolve(__dirname, '../../../../shared/fixtures/reference');
const read = (name: string) => fs.readFileSync(path.join(REFERENCE, name), 'utf8');

function explained(name: string): [number, string, string][] {
  const doc = parseReport(read(name));
  return explainFigures(doc).map((e) => [doc.index.toPoint(e.span.start).line, doc.text.slice(e.span.start, e.span.end), e.text]);
}

describe('explainFigures (hover text)', () => {
  it('shanwei-2020.fullwidth.txt: every checked figure checks out', () => {
    assert.deepEqual(explained('shanwei-2020.fullwidth.txt'), [
      [11, '两次', '两次 = 列举2项 ✓'],
      [23, '7619个', '7619 = 2679 + 4940 ✓'],
      [27, '247件', '247 = 78 + 21 + 148 ✓'],
      [29, '3个', '3个 = 列举3项 ✓'],
      [35, '98.7%', '2967 / 3007 = 98.67% ≈ 98.7% ✓'],
      [49, '五项', '五项 = 列举5项 ✓'],
    ]);
  });

  it('shanwei-2020.mutated.txt: D1, D2 and D3 are shown as ✗', () => {
    const rows = explained('shanwei-2020.mutated.txt');
    assert.deepEqual(
      rows.filter((r) => r[2].endsWith('✗')),
      [
        [32, '7619个', '2679 + 4904 = 7583 ≠ 7619 ✗'],
        [44, '96.7%', '2967 / 3007 = 98.67% ≈ 98.7% ≠ 96.7% ✗'],
        [54, '五项', '五项 ≠ 列举4项 ✗'],
      ],
    );
  });

  it('amounts in 亿 and rates over 100%', () => {
    const doc = parseReport('共投入资金2.7亿元，其中市级1.2亿元，县级1.5亿元。群众满意率为100.5%。');
    assert.deepEqual(
      explainFigures(doc).map((e) => [e.kind, e.text, e.ok]),
      [
        ['total', '2.7亿 = 1.2亿 + 1.5亿 ✓', true],
        ['bound', '100.5% > 100% ✗', false],
      ],
    );
  });

  it('explainFigureAt: the hover at an offset inside the figure', () => {
    const text = '及时受理矛盾纠纷案件3007件，调解成功2967件，调解成功率98.7%。';
    const doc = parseReport(text);
    const at = text.indexOf('98.7%') + 2;
    const hover = explainFigureAt(doc, at);
    assert.equal(hover.length, 1);
    assert.equal(hover[0].kind, 'rate');
    assert.equal(hover[0].text, '2967 / 3007 = 98.67% ≈ 98.7% ✓');
    assert.deepEqual(
      hover[0].related.map((s) => text.slice(s.start, s.end)),
      ['2967件', '3007件'],
    );
    assert.deepEqual(explainFigureAt(doc, 0), []);
  });
});
