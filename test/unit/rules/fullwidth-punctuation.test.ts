import { fullwidthPunctuation } from '../../../server/src/engine/rules/fullwidth-punctuation';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(fullwidthPunctuation, {
  valid: [
    { text: '2020年，我市深入推进依法行政。' },
    { text: '共接群众来电1,109件，时间为15:16。', name: 'thousands separator and time' },
    { text: '详见 https://www.shanwei.gov.cn/a,b 网站。', name: 'URL is not prose' },
    { text: 'The GDP grew (see table 1), fast.', name: 'Latin text' },
    { text: '（一）切实履行推进法治建设第一责任人职责', name: 'full-width heading marker' },
    // fuzz regression: 〔〕 is the fix here (doc-number-format), not （）: two certain fixes collided on one character
    { text: '汕尾市人民政府文件\n汕府(2021)9号', name: 'brackets of a document number are left to doc-number-format' },
  ],
  invalid: [
    {
      text: '2020年,我市深入推进依法行政;成效明显:',
      findings: [
        { messageId: 'halfwidth', line: 1, column: 6, covers: ',', severity: 'error' },
        { covers: ';' },
        { covers: ':' },
      ],
      output: '2020年，我市深入推进依法行政；成效明显：',
    },
    {
      name: 'parentheses fixed as a pair, even when one side touches Latin text',
      text: '国内生产总值(GDP)增长',
      findings: [{ covers: '(' }, { covers: ')' }],
      output: '国内生产总值（GDP）增长',
    },
    {
      name: 'published copy: info and left out of fix-all',
      text: '我市深入推进依法行政,成效明显。',
      source: 'published-copy',
      findings: [{ covers: ',', severity: 'info' }],
    },
    {
      // fuzz regression: fix-all needed one pass per colon and stopped after 10 passes (not idempotent)
      name: 'a run of marks after Chinese text: all of them at once, one fix-all pass is final',
      text: '存在问题:::?!\n依法行政,(a)!x',
      findings: [{ covers: ':' }, { covers: ':' }, { covers: ':' }, { covers: '?' }, { covers: '!' }, { covers: ',' }, { covers: '(' }, { covers: ')' }, { covers: '!' }],
      output: '存在问题：：：？！\n依法行政，（a）！x',
    },
    {
      name: 'a document number with a short year or empty brackets is still punctuation',
      text: '汕府(21)9号',
      findings: [{ covers: '(' }, { covers: ')' }],
      output: '汕府（21）9号',
    },
    {
      name: 'question and exclamation marks',
      text: '是否继续?坚决打赢!',
      findings: [{ covers: '?' }, { covers: '!' }],
      output: '是否继续？坚决打赢！',
    },
  ],
});
