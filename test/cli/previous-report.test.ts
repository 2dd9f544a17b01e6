import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli, runJson } from '../helpers/run-cli';

const SHORTCOMING = '基层执法人员法律素养有待提升，执法程序不够规范，个别单位对合法性审核重视不够，主要是培训不足、考核不严。';
const report = (issuer: string, year: number, work: string, shortcoming = SHORTCOMING) =>
  `${issuer}${year}年法治政府建设年度报告\n一、主要举措和成效\n${work}\n二、存在的不足和原因\n${shortcoming}\n三、${year + 1}年工作安排\n继续推进依法行政。\n\n${issuer}\n${year + 1}年1月20日\n`;

function folder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fzlint-previous-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}
const cross = (messages: { ruleId: string; line: number; message: string }[]) =>
  messages.filter((m) => m.ruleId === 'copied-from-last-year' || m.ruleId === 'previous-report').map((m) => `${m.ruleId}@${m.line} ${m.message}`);

describe('CLI --previous: last year’s report of the same issuer', () => {
  const lastYear = report('某县人民政府', 2022, '全年办理行政复议案件86件，纠错率12%。');
  const thisYear = report('某县人民政府', 2023, '全年办理行政复议案件93件，纠错率10%。');

  it('auto: finds it in the same folder by issuer and year, and names its place', () => {
    const dir = folder({ '2022年报告.txt': lastYear, '2023年报告.txt': thisYear, '邻县2022.txt': report('邻县人民政府', 2022, '全年办理行政复议案件70件。') });
    const { results } = runJson(['--previous', 'auto', '2023年报告.txt'], { cwd: dir });
    assert.deepEqual(cross(results[0].messages), [
      'copied-from-last-year@5 本段与上一年度报告（2022年报告.txt第5行）完全相同：“存在的不足和原因”应写本年度的情况。请核实是否照搬了去年的文字。',
    ]);
  });

  it('auto over a folder: each report against its own last year; the oldest says once that it has none', () => {
    const dir = folder({ '2022年报告.txt': lastYear, '2023年报告.txt': thisYear });
    const { results } = runJson(['--previous', 'auto', '.'], { cwd: dir });
    const byFile = Object.fromEntries(results.map((r) => [path.basename(r.filePath), cross(r.messages).map((m) => m.split(' ')[0])]));
    assert.deepEqual(byFile, { '2022年报告.txt': ['previous-report@1'], '2023年报告.txt': ['copied-from-last-year@5'] });
  });

  it('auto: two candidates for last year are ambiguous: said once, nothing compared', () => {
    const dir = folder({ 'a/2022年报告.txt': lastYear, 'a/2022年报告（修改稿）.txt': lastYear, 'a/2023年报告.txt': thisYear });
    const { results } = runJson(['--previous', 'auto', 'a/2023年报告.txt'], { cwd: dir });
    const [line] = cross(results[0].messages);
    assert.match(line, /^previous-report@1 有2个文件都像本单位2022年度的报告（2022年报告.txt、2022年报告（修改稿）.txt）/);
    assert.equal(cross(results[0].messages).length, 1);
  });

  it('a change against last year is checked against last year’s figure, with the arithmetic', () => {
    const dir = folder({
      '2022.txt': report('某县人民政府', 2022, '全年办理行政复议案件86件。'),
      '2023.txt': report(
        '某县人民政府',
        2023,
        '全年办理行政复议案件93件，同比增长12%。',
        '乡镇综合执法队伍新组建，案卷评查中发现文书不规范问题较多，原因是业务培训尚未覆盖新进人员。',
      ),
    });
    const messages = runJson(['--previous', 'auto', '2023.txt'], { cwd: dir }).results[0].messages.filter((m) => m.ruleId === 'year-on-year-figures');
    assert.deepEqual(
      messages.map((m) => `${m.line}:${m.column} ${m.message}`),
      ['3:15 “同比增长12%”与上一年度报告不符：去年报告（2022.txt第3行）为86件，今年为93件，（93−86）÷86≈8.1%，即增长8.1%。请核对数字或变化幅度。'],
    );
  });

  it('--archive: last year’s report in another folder', () => {
    const dir = folder({ 'archive/2022.txt': lastYear, 'received/2023.txt': thisYear });
    const { results } = runJson(['--previous', 'auto', '--archive', 'archive', 'received/2023.txt'], { cwd: dir });
    assert.deepEqual(
      cross(results[0].messages).map((m) => m.split(' ')[0]),
      ['copied-from-last-year@5'],
    );
  });

  it('a named file is used as it is; without --previous nothing cross-year runs', () => {
    const dir = folder({ 'old/去年.txt': lastYear, '2023.txt': thisYear });
    assert.match(cross(runJson(['--previous', 'old/去年.txt', '2023.txt'], { cwd: dir }).results[0].messages)[0], /去年\.txt第5行/);
    assert.deepEqual(cross(runJson(['2023.txt'], { cwd: dir }).results[0].messages), []);
  });

  it('a named previous report that cannot be read: one line, exit 2', () => {
    const dir = folder({ '2023.txt': thisYear });
    const r = runCli(['--previous', 'missing.txt', '2023.txt'], { cwd: dir });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /missing\.txt/);
  });
  it('last year’s plans not followed up: one info in JSON, and in the HTML report with each candidate passage and its score', () => {
    const planned = `某县人民政府2022年法治政府建设年度报告\n一、主要举措和成效\n全年办理行政复议案件86件。\n二、存在的不足和原因\n执法力量不足，主要是编制紧张。\n三、2023年工作安排\n（一）深化乡镇综合行政执法改革，完善镇街执法队伍建设。\n（二）严格执行重大行政决策程序，落实公众参与、专家论证、风险评估等法定程序。\n`;
    const done = `某县人民政府2023年法治政府建设年度报告\n一、主要举措和成效\n乡镇综合行政执法改革全面完成，镇街执法队伍实现全覆盖。重大行政决策目录向社会公开。\n二、存在的不足和原因\n培训覆盖面不够，原因是新进人员较多。\n`;
    const dir = folder({ '2022.txt': planned, '2023.txt': done });
    const [m] = runJson(['--previous', '2022.txt', '2023.txt'], { cwd: dir }).results[0].messages.filter((x) => x.ruleId === 'promise-follow-through');
    assert.equal(m.line, 1);
    assert.match(m.message, /^上一年度报告（2022\.txt）的下一年度安排中，有1项.*（1）去年第8行“严格执行重大行政决策程序/);
    const html = runCli(['--previous', '2022.txt', '--format', 'html', '2023.txt'], { cwd: dir }).stdout;
    assert.match(
      html,
      /<ul class="related"><li>第 3 行:\d+ （1）去年安排“严格执行重大行政决策程序[^<]*最接近的段落：得分\d+%，关键词命中1\/\d（重大行政决策）[^<]*<q>重大行政决策目录向社会公开。<\/q><\/li><\/ul>/,
    );
  });
});
