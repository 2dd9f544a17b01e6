import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { lintText } from '../../../server/src/engine/lint';
import { quotedSlogans } from '../../../server/src/engine/rules/quoted-slogans';
import { fullwidthReport, mutatedReport, webCopyReport } from '../../helpers/paths';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(quotedSlogans, {
  valid: [
    { text: '  继续深化“放管服”改革，提升我市政务服务水平。', name: 'reference report 53: “放管服”改革' },
    { text: '提出“深化‘放管服’改革”的要求。', name: '‘放管服’ inside a quotation' },
    { text: '全面推行“双随机、一公开”监管。', name: '“双随机、一公开”' },
    { text: '落实‘双随机、一公开’监管要求。', name: '‘双随机、一公开’' },
  ],
  invalid: [
    {
      name: 'reference report 23: 放管服改革 without quotes',
      text: '深入贯彻党中央、国务院关于政府职能转变和放管服改革的决策部署。',
      findings: [{ messageId: 'custom', line: 1, column: 21, covers: '放管服', severity: 'warning', messageIncludes: '写作“放管服”改革' }],
      suggestionOutput: '深入贯彻党中央、国务院关于政府职能转变和“放管服”改革的决策部署。',
    },
    {
      name: 'inside a quotation the suggestion uses ‘’',
      text: '提出“深化放管服改革，优化营商环境”的要求。',
      findings: [{ covers: '放管服' }],
      suggestionOutput: '提出“深化‘放管服’改革，优化营商环境”的要求。',
    },
    {
      name: '双随机一公开 → “双随机、一公开”',
      text: '全面推行双随机一公开监管。',
      findings: [{ messageId: 'replace', covers: '双随机一公开', severity: 'warning', messageIncludes: '应写作“双随机、一公开”' }],
      suggestionOutput: '全面推行“双随机、一公开”监管。',
    },
    {
      name: '“双随机一公开” in quotes but without the 顿号',
      text: '全面推行“双随机一公开”监管。',
      findings: [{ covers: '“双随机一公开”' }],
      suggestionOutput: '全面推行“双随机、一公开”监管。',
    },
    {
      name: '‘双随机一公开’ inside a quotation',
      text: '提出“推行‘双随机一公开’监管”。',
      findings: [{ covers: '‘双随机一公开’' }],
      suggestionOutput: '提出“推行‘双随机、一公开’监管”。',
    },
  ],
});

describe('rule quoted-slogans on the reference report', () => {
  const summary = (file: string) => {
    const text = fs.readFileSync(file, 'utf8');
    return lintText(text, { rules: [quotedSlogans] }).findings.map((f) => `${f.line}:${f.column} ${f.severity} ${text.slice(f.span.start, f.span.end)}`);
  };
  it('finds only the real defect 放管服改革 (full-width draft line 23), not “放管服”改革 on line 53', () => {
    assert.deepEqual(summary(fullwidthReport), ['23:50 warning 放管服']);
  });
  it('finds it on line 32 of the web copy and of the mutated copy', () => {
    assert.deepEqual(summary(webCopyReport), ['32:50 warning 放管服']);
    assert.deepEqual(summary(mutatedReport), ['32:50 warning 放管服']);
  });
});
