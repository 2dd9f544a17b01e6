import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { lintText } from '../../../server/src/engine/lint';
import { anachronism } from '../../../server/src/engine/rules/anachronism';
import { fullwidthReport, mutatedReport, webCopyReport } from '../../helpers/paths';
import { ruleTester } from '../../helpers/rule-tester';

/** A small report: title for year Y, body paragraphs, 署名 and 成文日期. */
function report(year: number, body: string[], date?: string): string {
  const lines = [`某市人民政府${year}年法治政府建设年度报告`, '', ...body.flatMap((b) => [`  ${b}`, '']), '  某市人民政府'];
  if (date) lines.push('', `  ${date}`);
  return lines.join('\n') + '\n';
}

ruleTester(anachronism, {
  valid: [
    {
      name: 'reference report 7: a 2020 report (成文 2021-01-31) cites 习近平法治思想 (November 2020)',
      text: report(2020, ['2020年，我市坚持以习近平新时代中国特色社会主义思想、习近平法治思想为指导，全面贯彻党的十九大和十九届四中、五中全会精神。'], '2021年1月31日'),
    },
    {
      name: 'a 2022 report written in 2023 cites 党的二十大',
      text: report(2022, ['深入学习贯彻党的二十大精神。'], '2023年1月20日'),
    },
    {
      name: 'a 2021 report cites the 2021–2025 纲要 (August 2021)',
      text: report(2021, ['认真落实《法治政府建设实施纲要（2021—2025年）》。'], '2022年1月20日'),
    },
    {
      name: 'later than year Y but before the 成文日期, inside the plan section: allowed',
      text: report(2021, ['一、主要举措和成效', '深入推进依法行政。', '二、2022年工作打算', '深入学习贯彻党的二十大精神。'], '2022年11月1日'),
    },
    {
      name: 'Markdown plan heading',
      language: 'markdown',
      text: '# 某市人民政府2021年法治政府建设年度报告\n\n## 一、主要举措和成效\n\n深入推进依法行政。\n\n## 二、下一步工作打算\n\n深入学习贯彻党的二十大精神。\n\n某市人民政府\n\n2022年11月1日\n',
    },
    { name: 'no title year and no 成文日期: nothing to compare with', text: '深入学习贯彻党的二十大精神。' },
    {
      name: 'option planKeywords: a heading with the configured word is the plan section',
      text: report(2021, ['一、主要举措和成效', '深入推进依法行政。', '二、下阶段举措', '深入学习贯彻党的二十大精神。'], '2022年11月1日'),
      options: { planKeywords: ['下阶段'] },
    },
    {
      name: 'a local document a pack dates is fine once it exists',
      text: report(2022, ['贯彻落实《某市行政执法监督办法》。'], '2023年1月20日'),
      data: { events: [{ id: 'local-supervision', name: '《某市行政执法监督办法》', phrases: ['某市行政执法监督办法'], date: '2022-06-01' }] },
    },
  ],
  invalid: [
    {
      name: 'catalogue: a 2021 report (成文 2022-01) cites 党的二十大 → error',
      text: report(2021, ['深入学习贯彻党的二十大精神。'], '2022年1月20日'),
      findings: [{ messageId: 'afterWriting', line: 3, column: 9, covers: '党的二十大', severity: 'error', messageIncludes: '晚于本报告的成文日期2022年1月20日' }],
    },
    {
      name: 'a 2020 report (成文 2021-01-31) cites the 2021–2025 纲要 (with a hyphen) → error',
      text: report(2020, ['认真落实《法治政府建设实施纲要（2021-2025年）》。'], '2021年1月31日'),
      findings: [{ covers: '法治政府建设实施纲要（2021-2025', severity: 'error', messageIncludes: '2021年8月2日' }],
    },
    {
      name: 'the error stays in the plan section: the item did not exist when the report was written',
      text: report(2023, ['一、主要举措和成效', '深入推进依法行政。', '二、2024年工作安排', '深入学习贯彻党的二十届三中全会精神。'], '2024年1月20日'),
      findings: [{ covers: '二十届三中全会', severity: 'error' }],
    },
    {
      name: 'after year Y, before the 成文日期, outside the plan section → warning',
      text: report(2021, ['一、主要举措和成效', '深入学习贯彻党的二十大精神。', '二、2022年工作打算', '深入推进依法行政。'], '2022年11月1日'),
      findings: [{ messageId: 'afterYear', covers: '党的二十大', severity: 'warning', messageIncludes: '本报告总结2021年度工作' }],
    },
    {
      name: 'no 成文日期: after year Y → warning',
      text: report(2020, ['深入学习贯彻党的二十大精神。']),
      findings: [{ messageId: 'afterYear', severity: 'warning' }],
    },
    {
      name: 'a 2018 report (成文 2019-02) cites the 督察规定 and the 条例',
      text: report(2018, ['按照《法治政府建设与责任落实督察工作规定》和《重大行政决策程序暂行条例》的要求。'], '2019年2月20日'),
      findings: [
        { covers: '法治政府建设与责任落实督察工作规定', severity: 'error', messageIncludes: '2019年4月15日' },
        { covers: '重大行政决策程序暂行条例', severity: 'error', messageIncludes: '国务院令第713号' },
      ],
    },
    {
      name: 'without planKeywords the same heading is not a plan section → warning',
      text: report(2021, ['一、主要举措和成效', '深入推进依法行政。', '二、下阶段举措', '深入学习贯彻党的二十大精神。'], '2022年11月1日'),
      findings: [{ messageId: 'afterYear', covers: '党的二十大', severity: 'warning' }],
    },
    {
      name: 'pack data: a local document the pack dates after the 成文日期 → error',
      text: report(2021, ['贯彻落实《某市行政执法监督办法》。'], '2022年1月20日'),
      data: { events: [{ id: 'local-supervision', name: '《某市行政执法监督办法》', phrases: ['某市行政执法监督办法'], date: '2022-06-01' }] },
      findings: [{ messageId: 'afterWriting', covers: '某市行政执法监督办法', severity: 'error', messageIncludes: '2022年6月1日' }],
    },
    {
      name: 'a 2019 report (成文 2020-01) cites 习近平法治思想 → error',
      text: report(2019, ['以习近平法治思想为指导。'], '2020年1月15日'),
      findings: [{ covers: '习近平法治思想', severity: 'error' }],
    },
  ],
});

describe('rule anachronism on the reference report', () => {
  for (const file of [fullwidthReport, webCopyReport, mutatedReport]) {
    it(`finds nothing in ${file.split('/').pop()} (习近平法治思想 in a 2020 report is fine)`, () => {
      assert.deepEqual(lintText(fs.readFileSync(file, 'utf8'), { rules: [anachronism] }).findings, []);
    });
  }
});
