import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { fixAll } from '../../../server/src/engine/fix';
import { lintText } from '../../../server/src/engine/lint';
import { canonicalTitles } from '../../../server/src/engine/rules/canonical-titles';
import { fullwidthReport, mutatedReport, webCopyReport } from '../../helpers/paths';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(canonicalTitles, {
  valid: [
    {
      text: '  认真落实省委、省政府《广东省法治政府建设实施纲要（2016-2020年）》、省委全面依法治省委员会《广东省2020年依法行政工作要点》的通知等文件要求。',
      name: 'reference report 7: a provincial 纲要 is another document (its hyphen is year-range-dash)',
    },
    {
      text: '  学习《广东省落实中央依法治国办党政主要负责人履行推进法治建设第一责任人职责情况列入年终述职内容试点工作方案》。',
      name: 'reference report 11: a long title that ends in 方案, not 规定',
    },
    {
      text: '  市委全面依法治市委员会印发《汕尾市落实省委依法治省委党政主要负责人履行推进法治建设第一责任人职责情况列入年终述职内容试点工作实施方案》《关于贯彻落实省委依法治省委党政主要负责人履行推进法治建设第一责任人职责情况列入年终述职内容的通知》。',
      name: 'reference report 17: two long 第一责任人 titles',
    },
    { text: '  少数党政主要负责人履行推进法治建设第一责任人职责的意识不够强；落实法治建设第一责任人职责。', name: 'reference report 13, 39: free prose is never checked' },
    { text: '  制订出台《汕尾市人民政府法律顾问工作规定》《汕尾市重大行政决策程序规定》。', name: 'reference report 27: local 规定' },
    {
      text: '《法治政府建设实施纲要（2021—2025年）》《法治政府建设实施纲要（2015—2020年）》《法治政府建设与责任落实督察工作规定》《党政主要负责人履行推进法治建设第一责任人职责规定》《中华人民共和国政府信息公开条例》《中共中央关于全面推进依法治国若干重大问题的决定》《法治中国建设规划（2020—2025年）》《法治社会建设实施纲要（2020—2025年）》',
      name: 'every canonical title written exactly',
    },
    { text: '印发《法治政府建设实施纲要（2021—2025年）重要举措分工方案》。', name: 'a document about the 纲要 is another document' },
    { text: '印发《某省法治政府建设与责任落实督察工作规定实施办法》。', name: 'local implementing rules' },
    { text: '学习《法治政府建设实施纲要》。', name: 'no years: which 纲要 is meant is unknown' },
    { text: '党政主要负责人履行推进法治建设第一责任人职责规定（无书名号）', name: 'RPT-003 only inside 《》' },
    { text: '印发《广东省政府信息公开条例》。', name: 'a provincial prefix is another document' },
  ],
  invalid: [
    {
      name: 'RPT-003 catalogue example: 推进 missing',
      text: '认真贯彻《党政主要负责人履行法治建设第一责任人职责规定》。',
      findings: [
        {
          messageId: 'wrongTitle',
          line: 1,
          column: 5,
          covers: '《党政主要负责人履行法治建设第一责任人职责规定》',
          severity: 'error',
          messageIncludes: '应写作《党政主要负责人履行推进法治建设第一责任人职责规定》：补上“推进”',
        },
      ],
      output: '认真贯彻《党政主要负责人履行推进法治建设第一责任人职责规定》。',
    },
    {
      name: '(2015-2020): ASCII brackets, hyphen and no 年',
      text: '贯彻《法治政府建设实施纲要(2015-2020)》。',
      findings: [{ covers: '《法治政府建设实施纲要(2015-2020)》', severity: 'error', messageIncludes: '括号用全角“（）”，年份起止用一字线“—”（GB/T 15834—2011 4.13.3.2），补上“年”' }],
      output: '贯彻《法治政府建设实施纲要（2015—2020年）》。',
    },
    {
      name: 'en dash (东莞 2018)',
      text: '贯彻《法治政府建设实施纲要（2015–2020年）》。',
      findings: [{ severity: 'error', messageIncludes: '一字线' }],
      output: '贯彻《法治政府建设实施纲要（2015—2020年）》。',
    },
    {
      name: 'dash lost: （20212025年）',
      text: '贯彻《法治政府建设实施纲要（20212025年）》。',
      findings: [{ severity: 'error' }],
      output: '贯彻《法治政府建设实施纲要（2021—2025年）》。',
    },
    {
      name: '年 after both years',
      text: '贯彻《法治政府建设实施纲要（2021年—2025年）》。',
      findings: [{ messageIncludes: '“年”只写在后一个年份之后' }],
      output: '贯彻《法治政府建设实施纲要（2021—2025年）》。',
    },
    {
      name: '实施 missing',
      text: '贯彻《法治政府建设纲要（2021—2025年）》。',
      findings: [{ severity: 'error', messageIncludes: '补上“实施”' }],
      output: '贯彻《法治政府建设实施纲要（2021—2025年）》。',
    },
    {
      name: '督查 → 督察 in the 督察规定',
      text: '落实《法治政府建设与责任落实督查工作规定》。',
      findings: [{ severity: 'error', messageIncludes: '“督查”应为“督察”' }],
      output: '落实《法治政府建设与责任落实督察工作规定》。',
    },
    {
      name: '《法治中国建设规划(2020-2025)》: no 年',
      text: '落实《法治中国建设规划(2020-2025)》。',
      findings: [{ severity: 'error' }],
      output: '落实《法治中国建设规划（2020—2025年）》。',
    },
    {
      name: '法治社会建设实施纲要 with a hyphen',
      text: '落实《法治社会建设实施纲要（2020-2025年）》。',
      findings: [{ severity: 'error' }],
      output: '落实《法治社会建设实施纲要（2020—2025年）》。',
    },
    {
      name: '若干 missing in the 2014 决定',
      text: '学习《中共中央关于全面推进依法治国重大问题的决定》。',
      findings: [{ severity: 'error', messageIncludes: '补上“若干”' }],
      output: '学习《中共中央关于全面推进依法治国若干重大问题的决定》。',
    },
    {
      name: 'published copy: only brackets and a hyphen wrong → info, not in fix-all',
      text: '贯彻《法治政府建设实施纲要(2021-2025年)》。',
      source: 'published-copy',
      findings: [{ severity: 'info' }],
    },
    {
      name: 'published copy: a missing 年 is still an error',
      text: '贯彻《法治政府建设实施纲要(2021-2025)》。',
      source: 'published-copy',
      findings: [{ severity: 'error' }],
      output: '贯彻《法治政府建设实施纲要（2021—2025年）》。',
    },
    {
      name: 'short form of a title: info, suggestion',
      text: '贯彻新修订的《政府信息公开条例》。',
      findings: [{ messageId: 'shortTitle', severity: 'info' }],
      suggestionOutput: '贯彻新修订的《中华人民共和国政府信息公开条例》。',
    },
    {
      name: 'another difference: warning, suggestion only',
      text: '落实《法治政府建设与责任落实督察工作的规定》。',
      findings: [{ messageId: 'differentTitle', severity: 'warning' }],
      suggestionOutput: '落实《法治政府建设与责任落实督察工作规定》。',
    },
  ],
});

describe('rule canonical-titles on the reference report', () => {
  for (const file of [fullwidthReport, webCopyReport, mutatedReport]) {
    it(`finds nothing in ${file.split('/').pop()} (the provincial 纲要 is not a national title)`, () => {
      assert.deepEqual(lintText(fs.readFileSync(file, 'utf8'), { rules: [canonicalTitles] }).findings, []);
    });
  }

  it('fix-all repairs a title in a published copy only when a real defect is present', () => {
    const text = '贯彻《法治政府建设实施纲要(2021-2025年)》和《法治政府建设纲要(2021-2025年)》。';
    const out = fixAll(text, (t) => lintText(t, { rules: [canonicalTitles], config: { source: 'published-copy' } }).findings).output;
    assert.equal(out, '贯彻《法治政府建设实施纲要(2021-2025年)》和《法治政府建设实施纲要（2021—2025年）》。');
  });
});
