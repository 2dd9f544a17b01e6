import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { lintText } from '../../../server/src/engine/lint';
import { publishedCopy } from '../../../server/src/engine/rules/published-copy';
import { fullwidthReport, mutatedReport, webCopyReport } from '../../helpers/paths';
import { ruleTester } from '../../helpers/rule-tester';

const body = '我市深入推进依法行政,严格规范公正文明执法,持续优化营商环境,全面提升政府治理能力。'.repeat(10);
const title = '青山县人民政府2025年法治政府建设年度报告';

ruleTester(publishedCopy, {
  valid: [
    { name: 'a draft with full-width commas', text: `${title}\n\n${body.replace(/,/g, '，')}`, source: 'auto' },
    { name: 'one full-width comma makes it a draft', text: `${title}\n\n${body}，`, source: 'auto' },
    { name: 'a short text is never judged a web copy', text: `${title}\n\n我市推进依法行政,成效明显。`, source: 'auto' },
    { name: 'explicit --source published-copy: nothing to detect', text: `${title}\n\n${body}`, source: 'published-copy' },
  ],
  invalid: [
    {
      name: 'a scraped copy: one summary on the title line',
      text: `${title}\n\n${body}`,
      source: 'auto',
      findings: [{ messageId: 'detected', line: 1, column: 1, covers: title, severity: 'info', messageIncludes: '30处' }],
    },
  ],
});

describe('published-copy on the reference report', () => {
  const lint = (file: string) => lintText(fs.readFileSync(file, 'utf8'), { rules: [publishedCopy] }).findings;
  it('fires once on the web copy and the mutated copy, at the title (line 6)', () => {
    assert.deepEqual(lint(webCopyReport).map((f) => f.line), [6]);
    assert.deepEqual(lint(mutatedReport).map((f) => f.line), [6]);
  });
  it('stays silent on the full-width draft', () => {
    assert.deepEqual(lint(fullwidthReport), []);
  });
});
