import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintText } from '../../../server/src/engine/lint';
import { balancedPairs } from '../../../server/src/engine/rules/balanced-pairs';
import { ruleTester } from '../../helpers/rule-tester';

const REFERENCE = path.resolve(__dirname, '../../../../shared/fixtures/reference');
const read = (name: string) => fs.readFileSync(path.join(REFERENCE, name), 'utf8');

ruleTester(balancedPairs, {
  valid: [
    { text: '  汕府〔2021〕9号', name: '发文字号 (reference report, 3)' },
    {
      text: '开展“人民安全健康放在首位 坚决打赢疫情防控阻击战”、“网络安全为人民 网络安全靠人民”、“当好‘店小二’大家谈”等活动。',
      name: 'nested ‘’ inside “” (reference report, 31)',
    },
    {
      text: '认真落实《广东省法治政府建设实施纲要（2016-2020年）》，推行行政执法“三项制度”。',
      name: 'title with parentheses inside (reference report, 7)',
    },
    { text: '  （一）切实履行推进法治建设第一责任人职责', name: 'heading marker （一）' },
    { text: '  (一)切实履行推进法治建设第一责任人职责', name: 'ASCII heading marker (一) (web copy)' },
    { text: '印发《关于印发〈汕尾市2020年政务公开工作要点分工方案〉的通知》。', name: 'nested 〈〉' },
    { text: '各县（市、区)政府', name: 'ASCII ) closes （: the width is another rule\'s job' },
    { text: '规划（2021-2025)', name: 'mixed widths balance: （2021)' },
    { text: '【典型案例】我市办理行政复议案件。', name: '【】' },
    { text: 'The People’s Daily reported it.', name: '’ between Latin letters is an apostrophe' },
    { text: '摘自 the workers’ union 的报告。', name: '’ after a Latin letter with no ‘ open is an apostrophe' },
    { text: '主要措施：1)加强学习；2)完善制度。', name: '1) 2) list markers are not unbalanced parentheses' },
    { text: '  a)加强学习', name: 'a) at the start of a paragraph' },
    { text: '他指出：“要坚持依法行政，推进严格规范公正文明执法。”', name: 'a closed quotation' },
    {
      text: '认真落实省委、省政府《广东省法治政府建设实施纲\n要（2016—2020年）》，深入推进依法行政。',
      name: 'a hard-wrapped line (no blank line) continues the pair on the next line',
    },
    { text: '在市政府门户网站(http://www.shanwei.gov.cn)公开。', name: 'a ) right after a URL closes the (' },
    { text: '  在市政府门户网站(http://www.shanwei.gov.cn),公开。', name: 'a ) and a comma right after a URL (web copy)' },
    { text: '详见（http://www.shanwei.gov.cn）。', name: 'full-width ） after a URL' },
    { text: '参见(https://en.wikipedia.org/wiki/A_(b))。', name: 'a URL with its own parentheses' },
    { text: '访问【http://www.shanwei.gov.cn】查询。', name: '】 right after a URL' },
    { text: '访问“http://www.shanwei.gov.cn”查询。', language: 'markdown', name: '” right after a URL in Markdown' },
  ],
  invalid: [
    {
      name: 'unclosed title mark',
      text: '认真落实《广东省法治政府建设实施纲要，深入推进依法行政。',
      findings: [
        {
          messageId: 'unclosed',
          line: 1,
          column: 5,
          covers: '《',
          severity: 'error',
          messageIncludes: '左书名号“《”没有配对的右书名号“》”',
        },
      ],
    },
    {
      name: 'unopened closing quotation mark',
      text: '推行行政执法三项制度”，成效明显。',
      findings: [{ messageId: 'unopened', covers: '”', messageIncludes: "右双引号‘”’前面没有配对的左双引号‘“’" }],
    },
    {
      name: 'two opening quotes (IME slip): both unclosed',
      text: '深化“放管服“改革。',
      findings: [
        { messageId: 'unclosed', column: 3 },
        { messageId: 'unclosed', column: 7 },
      ],
    },
    {
      name: 'unclosed single quote inside a closed double quote',
      text: '开展“当好‘店小二大家谈”活动。',
      findings: [{ messageId: 'unclosed', covers: '‘', messageIncludes: '右单引号' }],
    },
    {
      name: 'unclosed parenthesis',
      text: '全市各县（市、区政府已完成。',
      findings: [{ messageId: 'unclosed', covers: '（', messageIncludes: '右括号“）”' }],
    },
    {
      name: 'unclosed ASCII parenthesis names the ASCII partner',
      text: '汕尾市法治建设(2021—2025年规划。',
      findings: [{ messageId: 'unclosed', covers: '(', messageIncludes: '右括号“)”' }],
    },
    {
      name: 'a URL does not hide a missing closing parenthesis',
      text: '在市政府门户网站(http://www.shanwei.gov.cn 公开。',
      findings: [{ messageId: 'unclosed', covers: '(' }],
    },
    {
      name: 'extra closing parenthesis after Han is not a list marker',
      text: '第2)项工作已完成。',
      findings: [{ messageId: 'unopened', covers: ')' }],
    },
    {
      name: 'unclosed 〔 in a document number',
      text: '  汕府〔2021]9号',
      findings: [{ messageId: 'unclosed', covers: '〔', messageIncludes: '右六角括号' }],
    },
    {
      name: 'unclosed 〈 inside a title',
      text: '印发《关于印发〈工作要点的通知》。',
      findings: [{ messageId: 'unclosed', covers: '〈' }],
    },
    {
      name: 'unclosed 【',
      text: '【典型案例我市办理行政复议案件。',
      findings: [{ messageId: 'unclosed', covers: '【', messageIncludes: '左方头括号' }],
    },
    {
      name: 'balance is per paragraph: a quote closed in the next paragraph that does not open with “',
      text: '他指出：“要坚持依法行政。\n\n要推进严格规范公正文明执法。”',
      findings: [
        { messageId: 'unclosed', line: 1, severity: 'error' },
        { messageId: 'unopened', line: 3, severity: 'error' },
      ],
    },
    {
      name: 'lines separated by a blank line are separate paragraphs',
      text: '认真落实《广东省法治政府建设实施纲\n\n要》，深入推进依法行政。',
      findings: [
        { messageId: 'unclosed', line: 1, covers: '《' },
        { messageId: 'unopened', line: 3, covers: '》' },
      ],
    },
    {
      name: 'a quotation over several paragraphs (each opens with “): warning only',
      text: '他指出：“要坚持依法行政。\n\n“要推进严格规范公正文明执法。\n\n“要强化行政执法监督。”',
      findings: [
        { messageId: 'quoteContinues', line: 1, column: 5, severity: 'warning' },
        { messageId: 'quoteContinues', line: 3, column: 1, severity: 'warning' },
      ],
    },
    {
      name: 'long citation: only the quote still open at the end is a warning',
      text: '“第一处未闭合，他指出：“要坚持依法行政。\n\n“要推进严格规范公正文明执法。”',
      findings: [
        { messageId: 'unclosed', column: 1, severity: 'error' },
        { messageId: 'quoteContinues', column: 13, severity: 'warning' },
      ],
    },
    {
      name: 'published copy: unchanged (the marks survive scraping)',
      text: '  2020年,我市落实《广东省法治政府建设实施纲要(2016-2020年),成效明显。',
      source: 'published-copy',
      findings: [{ messageId: 'unclosed', covers: '《', severity: 'error' }],
    },
  ],
});

describe('rule balanced-pairs on the reference report', () => {
  for (const name of ['shanwei-2020.fullwidth.txt', 'shanwei-2020.txt', 'shanwei-2020.mutated.txt']) {
    it(`finds nothing in ${name}`, () => {
      const { doc, findings } = lintText(read(name), { rules: [balancedPairs] });
      assert.deepEqual(findings.map((f) => `${f.line}:${f.column} ${f.message}`), []);
      if (name !== 'shanwei-2020.fullwidth.txt') assert.equal(doc.source, 'published-copy', 'web copy auto-detected');
    });
  }

  it('ignores the unclosed 【 of the font-size control on line 10 of the web copy (page furniture)', () => {
    const text = read('shanwei-2020.txt');
    assert.ok(text.split('\n')[9].includes('【'), 'line 10 holds the 【');
    const { findings } = lintText(text, { rules: [balancedPairs], config: { source: 'auto' } });
    assert.equal(findings.filter((f) => f.line === 10).length, 0);
  });

  it('ignores it in draft mode too: the page text between the title and the 文号 is not the document', () => {
    const { findings } = lintText(read('shanwei-2020.txt'), { rules: [balancedPairs], config: { source: 'draft' } });
    assert.deepEqual(findings.map((f) => `${f.line}:${f.column} ${f.messageId}`), []);
  });

  it('reports the same 【 when it stands in the body', () => {
    const text = read('shanwei-2020.txt');
    const lines = text.split('\n');
    const control = lines[9].trim();
    lines.splice(9, 1, '');
    lines.splice(17, 0, `  ${control}`);
    const { findings } = lintText(lines.join('\n'), { rules: [balancedPairs], config: { source: 'draft' } });
    assert.deepEqual(findings.map((f) => `${f.line}:${f.messageId}`), ['18:unclosed']);
  });

  it('reports a 》 removed from the reference text, and nothing else', () => {
    const text = read('shanwei-2020.fullwidth.txt').replace('《汕尾市电动自行车管理办法》', '《汕尾市电动自行车管理办法');
    const { findings } = lintText(text, { rules: [balancedPairs] });
    assert.deepEqual(findings.map((f) => `${f.line} ${f.messageId} ${f.severity}`), ['25 unclosed error']);
  });
});
