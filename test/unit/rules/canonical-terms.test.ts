import * as assert from 'node:assert/strict';
import { lintText } from '../../../server/src/engine/lint';
import { loadBuiltinPack } from '../../../server/src/engine/pack/builtin-pack';
import { emptyPackData, type PackData } from '../../../server/src/engine/pack/types';
import { canonicalTerms } from '../../../server/src/engine/rules/canonical-terms';
import { ruleTester } from '../../helpers/rule-tester';

// The built-in pack gives every term its own rule: canonical-terms reports nothing with it.
ruleTester(canonicalTerms, {
  valid: [
    { text: '加快建设法制政府，推行双随机一公开和放管服改革。', name: 'built-in terms belong to their own rules' },
    { text: '  我市深入推进依法行政。', name: 'plain text' },
  ],
  invalid: [],
});

describe('rule canonical-terms with pack data', () => {
  const data: PackData = {
    ...emptyPackData(),
    terms: [
      {
        id: 'pack-term',
        wrong: ['营商坏境'],
        right: '营商环境',
        certain: true,
        source: { 'zh-CN': '某市术语表', en: 'a city glossary' },
      },
      { id: 'pack-forbidden', wrong: ['大干快上'], severity: 'info', source: { 'zh-CN': '某市文风要求', en: 'a style guide' } },
      { id: 'other-rule', rule: 'fazhi-fixed-terms', wrong: ['法制政府'], right: '法治政府', certain: true },
    ],
  };
  const lint = (text: string) => lintText(text, { rules: [canonicalTerms], config: { data } }).findings;

  it('reports entries that name no rule, with a certain fix', () => {
    const [f] = lint('优化营商坏境。');
    assert.equal(f.messages['zh-CN'], '“营商坏境”应写作“营商环境”（依据：某市术语表）。');
    assert.equal(f.severity, 'warning');
    assert.deepEqual(f.fix?.edits, [{ start: 2, end: 6, text: '营商环境' }]);
  });

  it('reports forbidden terms at their own severity, without a fix', () => {
    const [f] = lint('不搞大干快上。');
    assert.equal(f.severity, 'info');
    assert.equal(f.fix, undefined);
    assert.match(f.messages['zh-CN'], /“大干快上”的写法不规范/);
  });

  it('leaves entries of other rules alone', () => {
    assert.deepEqual(lint('建设法制政府。'), []);
  });

  it('the built-in pack has no entry without a rule', () => {
    assert.deepEqual(loadBuiltinPack().data.terms.filter((t) => !t.rule), []);
  });
});
