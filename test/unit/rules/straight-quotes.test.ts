import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintText } from '../../../server/src/engine/lint';
import { straightQuotes } from '../../../server/src/engine/rules/straight-quotes';
import { ruleTester } from '../../helpers/rule-tester';

const REFERENCE = path.resolve(__dirname, '../../../../shared/fixtures/reference');
const read = (name: string) => fs.readFileSync(path.join(REFERENCE, name), 'utf8');

ruleTester(straightQuotes, {
  valid: [
    { text: '继续深化“放管服”改革，推行行政执法“三项制度”。', name: 'curly quotes (reference report, 53 / 29)' },
    {
      text: '开展“人民安全健康放在首位 坚决打赢疫情防控阻击战”、“网络安全为人民 网络安全靠人民”、“当好‘店小二’大家谈”等活动。',
      name: 'nested ‘’ inside “” (reference report, 31)',
    },
    { text: '推进“一网通办”等等政务服务便民化建设。', name: 'reference report, 23' },
    { text: '引用 People\'s Daily 的报道，我市工作获得肯定。', name: 'apostrophe inside a Latin word' },
    { text: '陕西省Xi\'an市代表团来访。', name: 'apostrophe between Latin letters next to Han' },
    { text: "The 江北's report was published.", name: "possessive 's after a Chinese name in English prose" },
    { text: "'98抗洪精神", name: 'abbreviated year' },
    { text: '购置显示器20台（尺寸 27" 以上），用时 5\'30" 完成。', name: 'inch and second marks after digits in Latin context' },
    { text: 'He said "yes" and left.', name: 'Latin text' },
    { text: '会议主题为 Build "Rule of Law" Now 。', name: 'a Latin quotation inside a Chinese sentence, away from Han' },
    { text: '详见网址 https://example.gov.cn/?q="fazhi" 的说明。', name: 'URL is not prose' },
    { text: '示例：`"放管服"` 为代码。', language: 'markdown', name: 'Markdown inline code is not prose' },
    {
      text: '  2020年,我市继续深化“放管服”改革,推行“三项制度”。',
      source: 'published-copy',
      name: 'published copy with curly quotes (web copy style)',
    },
  ],
  invalid: [
    {
      // fuzz regression: fix-all made one pair curly per pass and stopped after 10 passes (not idempotent)
      name: 'a run of straight quotes after Chinese text: all of them in one pass',
      text: '深化""""ab',
      findings: [{ covers: '"' }, { covers: '"' }, { covers: '"' }, { covers: '"' }],
      output: '深化“”“”ab',
    },
    {
      name: 'catalogue example: "放管服"改革',
      text: '继续深化"放管服"改革。',
      findings: [
        { messageId: 'straight', line: 1, column: 5, covers: '"', severity: 'error', messageIncludes: 'GB/T 15834—2011 4.8' },
        { messageId: 'straight', line: 1, column: 9, covers: '"', severity: 'error' },
      ],
      output: '继续深化“放管服”改革。',
    },
    {
      name: 'two pairs in one paragraph pair up by position',
      text: '深化"放管服"改革，推进"一网通办"。',
      findings: [{ covers: '"' }, { covers: '"' }, { covers: '"' }, { covers: '"' }],
      output: '深化“放管服”改革，推进“一网通办”。',
    },
    {
      name: 'single quotes nested in double quotes',
      text: '开展"当好\'店小二\'大家谈"活动。',
      findings: [{ covers: '"' }, { covers: "'" }, { covers: "'" }, { covers: '"' }],
      output: '开展“当好‘店小二’大家谈”活动。',
    },
    {
      name: 'a pair that touches Han on one side only',
      text: '"GDP"增长6%。',
      findings: [{ column: 1 }, { column: 5 }],
      output: '“GDP”增长6%。',
    },
    {
      name: 'a pair with spaces around it but Han inside',
      text: '推进 "放管服" 改革。',
      findings: [{ covers: '"' }, { covers: '"' }],
      output: '推进 “放管服” 改革。',
    },
    {
      name: 'a straight quote closing a curly one',
      text: '深化“放管服"改革，推进"一网通办”。',
      findings: [
        { column: 7, messageId: 'straight' },
        { column: 13, messageId: 'straight' },
      ],
      output: '深化“放管服”改革，推进“一网通办”。',
    },
    {
      name: 'a quoted number followed by Han is a quote, not an inch mark',
      text: '开通"12345"热线。',
      findings: [{ column: 3 }, { column: 9 }],
      output: '开通“12345”热线。',
    },
    {
      name: 'odd count: suggestion by position, no certain fix',
      text: '深化"放管服"改革，推进"一网通办。',
      findings: [
        { column: 3, messageId: 'straightUnpaired', severity: 'error', messageIncludes: '请确认' },
        { column: 7, messageId: 'straightUnpaired' },
        { column: 13, messageId: 'straightUnpaired' },
      ],
      suggestionOutput: '深化“放管服"改革，推进"一网通办。',
    },
    {
      name: 'a lone straight quote next to a curly closing one: suggestion',
      text: '推进"一网通办”建设。',
      findings: [{ column: 3, messageId: 'straightUnpaired' }],
      suggestionOutput: '推进“一网通办”建设。',
    },
    {
      name: 'quotes are paired per paragraph',
      text: '深化"放管服"改革。\n\n推进"一网通办。',
      findings: [
        { line: 1, column: 3, messageId: 'straight' },
        { line: 1, column: 7, messageId: 'straight' },
        { line: 3, column: 3, messageId: 'straightUnpaired' },
      ],
      output: '深化“放管服”改革。\n\n推进"一网通办。',
    },
    {
      name: 'single quotes alone',
      text: "当好'店小二'。",
      findings: [{ covers: "'" }, { covers: "'" }],
      output: '当好‘店小二’。',
    },
    {
      name: 'published copy: not demoted (curly quotes survive scraping, so straight ones are the author\'s)',
      text: '继续深化"放管服"改革。',
      source: 'published-copy',
      findings: [
        { severity: 'error', messageId: 'straight' },
        { severity: 'error', messageId: 'straight' },
      ],
      output: '继续深化“放管服”改革。',
    },
    {
      name: 'Markdown: quotes outside code are checked',
      language: 'markdown',
      text: '# 标题\n\n深化"放管服"改革，示例 `"x"`。',
      findings: [{ line: 3, column: 3 }, { line: 3, column: 7 }],
      output: '# 标题\n\n深化“放管服”改革，示例 `"x"`。',
    },
  ],
});

describe('rule straight-quotes on the reference report', () => {
  for (const name of ['shanwei-2020.fullwidth.txt', 'shanwei-2020.txt', 'shanwei-2020.mutated.txt']) {
    it(`finds nothing in ${name} (its quotes are all curly)`, () => {
      const { findings } = lintText(read(name), { rules: [straightQuotes] });
      assert.deepEqual(findings.map((f) => `${f.line}:${f.column} ${f.message}`), []);
    });
  }

  it('flags straight quotes put into the reference text, with a certain fix', () => {
    const text = read('shanwei-2020.fullwidth.txt').replace('继续深化“放管服”改革', '继续深化"放管服"改革');
    const { findings } = lintText(text, { rules: [straightQuotes] });
    assert.deepEqual(
      findings.map((f) => [f.line, f.severity, f.fix?.edits[0].text]),
      [
        [53, 'error', '“'],
        [53, 'error', '”'],
      ],
    );
  });
});
