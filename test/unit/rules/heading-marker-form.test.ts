import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintText } from '../../../server/src/engine/lint';
import { headingMarkerForm } from '../../../server/src/engine/rules/heading-marker-form';
import { ruleTester } from '../../helpers/rule-tester';

const REFERENCE = path.resolve(__dirname, '../../../../shared/fixtures/reference');
const read = (name: string) => fs.readFileSync(path.join(REFERENCE, name), 'utf8');

ruleTester(headingMarkerForm, {
  valid: [
    {
      name: 'reference report markers 一、 （一） 1. (fullwidth lines 13, 15, 21)',
      text: '  二、落实法治建设第一责任人职责，大力推进法治政府建设\n\n  （一）切实履行推进法治建设第一责任人职责\n\n  1.全力做好依法防控新冠肺炎疫情工作。迅速编印汇编。',
    },
    { name: 'four-level canonical forms', text: '一、总体情况\n\n（一）制度建设\n\n1.地方立法\n\n（1）立法计划。' },
    { name: 'run-in heading （一）按照……。', text: '（一）按照省委依法治省办的部署，切实增强使命感。' },
    { name: 'Markdown heading', language: 'markdown', text: '## 一、主要举措和成效\n\n### （一）制度建设\n' },
    { name: 'a paragraph that starts with a number is not a marker', text: '2020年，我市深入推进依法行政。\n\n3、4月份开展专项检查。' },
  ],
  invalid: [
    {
      name: 'ASCII parentheses (一) → （一）',
      text: '(一)切实履行推进法治建设第一责任人职责',
      findings: [{ messageId: 'asciiParens', line: 1, column: 1, covers: '(一)', severity: 'error', messageIncludes: '（一）' }],
      output: '（一）切实履行推进法治建设第一责任人职责',
    },
    {
      name: 'mixed parentheses （一) and (二）',
      text: '（一)制度建设\n\n(二）执法监督',
      findings: [
        { messageId: 'mixedParens', covers: '（一)' },
        { messageId: 'mixedParens', covers: '(二）' },
      ],
      output: '（一）制度建设\n\n（二）执法监督',
    },
    {
      name: 'punctuation after a bracketed marker （一）、 → （一）',
      text: '（一）、制度建设\n\n（2）.立法听证',
      findings: [
        { messageId: 'punctAfterParens', covers: '（一）、', messageIncludes: '“、”' },
        { messageId: 'punctAfterParens', covers: '（2）.' },
      ],
      output: '（一）制度建设\n\n（2）立法听证',
    },
    {
      name: '1、 → 1.',
      text: '1、全力做好依法防控新冠肺炎疫情工作。',
      findings: [{ messageId: 'dunhaoAfterDigit', covers: '1、', severity: 'error' }],
      output: '1.全力做好依法防控新冠肺炎疫情工作。',
    },
    {
      name: '一. 一， 一, 一． → 一、',
      text: '一.主要举措\n\n二，存在不足\n\n三,工作打算\n\n四．督察整改',
      findings: [
        { messageId: 'chineseNumeralPunct', covers: '一.' },
        { messageId: 'chineseNumeralPunct', covers: '二，' },
        { messageId: 'chineseNumeralPunct', covers: '三,' },
        { messageId: 'chineseNumeralPunct', covers: '四．' },
      ],
      output: '一、主要举措\n\n二、存在不足\n\n三、工作打算\n\n四、督察整改',
    },
    {
      name: '(1) → （1）',
      text: '（一）制度建设\n\n1.地方立法\n\n(1)立法计划。',
      findings: [{ messageId: 'asciiParens', covers: '(1)' }],
      output: '（一）制度建设\n\n1.地方立法\n\n（1）立法计划。',
    },
    {
      name: '1． (U+FF0E) is accepted: info, a suggestion, left alone by fix-all',
      text: '1．全力做好依法防控新冠肺炎疫情工作。',
      findings: [{ messageId: 'fullwidthDot', covers: '1．', severity: 'info' }],
      suggestionOutput: '1.全力做好依法防控新冠肺炎疫情工作。',
    },
    {
      name: 'Markdown heading with (一)',
      language: 'markdown',
      text: '### (一)制度建设\n',
      findings: [{ messageId: 'asciiParens', line: 1, column: 5, covers: '(一)' }],
      output: '### （一）制度建设\n',
    },
    {
      name: 'published copy: parenthesis width is info and stays out of fix-all',
      source: 'published-copy',
      text: '(一)切实履行推进法治建设第一责任人职责',
      findings: [{ messageId: 'asciiParens', covers: '(一)', severity: 'info' }],
    },
    {
      name: 'published copy: a 、 after the marker is wrong in either width: still an error',
      source: 'published-copy',
      text: '(一)、切实履行职责\n\n1、全力做好疫情防控工作。',
      findings: [
        { messageId: 'punctAfterParens', covers: '(一)、', severity: 'error' },
        { messageId: 'dunhaoAfterDigit', covers: '1、', severity: 'error' },
      ],
      output: '（一）切实履行职责\n\n1.全力做好疫情防控工作。',
    },
  ],
});

describe('heading-marker-form on the reference report', () => {
  it('shanwei-2020.fullwidth.txt (draft): no finding', () => {
    assert.deepEqual(lintText(read('shanwei-2020.fullwidth.txt'), { rules: [headingMarkerForm] }).findings, []);
  });

  it('shanwei-2020.txt (web copy): the 13 (一)-style markers are info only, none in fix-all', () => {
    const result = lintText(read('shanwei-2020.txt'), { rules: [headingMarkerForm] });
    assert.equal(result.doc.source, 'published-copy');
    const lines = result.findings.map((f) => f.line);
    assert.deepEqual(lines, [24, 28, 52, 54, 56, 58, 60, 62, 66, 68, 70, 72, 74]);
    for (const f of result.findings) {
      assert.equal(f.severity, 'info');
      assert.equal(f.messageId, 'asciiParens');
      assert.equal(f.fixExcludedFromFixAll, true);
    }
  });
});
