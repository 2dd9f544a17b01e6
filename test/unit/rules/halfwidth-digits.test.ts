import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintText } from '../../../server/src/engine/lint';
import { halfwidthDigits } from '../../../server/src/engine/rules/halfwidth-digits';
import { ruleTester } from '../../helpers/rule-tester';

const REFERENCE = path.resolve(__dirname, '../../../../shared/fixtures/reference');

ruleTester(halfwidthDigits, {
  valid: [
    { name: 'reference 3: 汕府〔2021〕9号', text: '汕府〔2021〕9号' },
    { name: 'reference: half-width figures and the 12345 hotline', text: '通过12345热线共接群众来电216297件，调解成功率98.7%，投入2.7亿元。' },
    { name: 'Chinese numerals and circled numbers are not full-width digits', text: '二〇二一年一月三十一日，①②③' },
    { name: 'full-width point outside a number (a heading marker: FMT-004)', text: '1．深化“放管服”改革' },
    { name: 'Markdown code is not prose', text: '示例：`２０２０年`', language: 'markdown' },
  ],
  invalid: [
    {
      name: 'GB/T 15835 example: ２０２０年',
      text: '２０２０年，我市深入推进依法行政。',
      findings: [{ messageId: 'fullwidth', line: 1, column: 1, covers: '２０２０', severity: 'error', messageIncludes: '2020' }],
      output: '2020年，我市深入推进依法行政。',
    },
    {
      name: 'one finding per run; a full-width point inside a run is converted too',
      text: '投入２．５亿元，完成１２件，其中３件已办结。',
      findings: [{ covers: '２．５' }, { covers: '１２' }, { covers: '３' }],
      output: '投入2.5亿元，完成12件，其中3件已办结。',
    },
    {
      name: 'mixed with half-width digits: only the full-width run is reported',
      text: '共20２1件',
      findings: [{ covers: '２' }],
      output: '共2021件',
    },
    {
      name: 'a full-width heading number keeps its ．, which is FMT-004’s to repair',
      text: '１．深化“放管服”改革',
      findings: [{ covers: '１' }],
      output: '1．深化“放管服”改革',
    },
    {
      name: 'in a 发文字号 (doc-number-format sees it after the fix)',
      text: '汕府〔２０２１〕９号',
      findings: [{ covers: '２０２１' }, { covers: '９' }],
      output: '汕府〔2021〕9号',
    },
    {
      name: 'published copy: still an error (a scraper would have produced ASCII digits, not these)',
      text: '我市深入推进依法行政,共办结１２件。',
      source: 'published-copy',
      findings: [{ covers: '１２', severity: 'error' }],
      output: '我市深入推进依法行政,共办结12件。',
    },
  ],
});

describe('rule halfwidth-digits on the reference report', () => {
  for (const name of ['shanwei-2020.fullwidth.txt', 'shanwei-2020.txt', 'shanwei-2020.mutated.txt']) {
    it(`${name}: no finding`, () => {
      const text = fs.readFileSync(path.join(REFERENCE, name), 'utf8');
      assert.deepEqual(lintText(text, { rules: [halfwidthDigits] }).findings.map((f) => `${f.line}:${f.column}`), []);
    });
  }
});
