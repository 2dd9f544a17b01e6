import * as assert from 'node:assert/strict';
import { detectDocument, type DocumentProfile } from '../../../server/src/engine/document/detect';
import { inferIssuerLevel } from '../../../server/src/engine/document/issuer-level';
import { parseReport } from '../../../server/src/engine/document/report-document';

const BODY = '\n\n  2020年，我市深入推进法治政府建设，现将有关情况报告如下。\n\n  一、主要举措和成效\n\n  （一）加强组织领导。\n';

function profile(text: string): DocumentProfile {
  const p = detectDocument(text);
  // The parser reads the same profile from the same text (one detector).
  const doc = parseReport(text);
  assert.equal(doc.kind, p.kind, 'parseReport agrees with detectDocument');
  assert.equal(doc.meta.title?.text, p.title?.text, 'the same title');
  return p;
}

describe('engine/document/detect', () => {
  describe('one-line title forms (RULES.md §2.3)', () => {
    const forms: [string, string | undefined, number, string | undefined][] = [
      ['汕尾市人民政府2020年法治政府建设年度报告', '汕尾市人民政府', 2020, 'city'],
      ['淮北市人民政府关于2024年法治政府建设情况的报告', '淮北市人民政府', 2024, 'city'],
      ['淮北市人民政府2020年法治政府建设报告', '淮北市人民政府', 2020, 'city'],
      ['中共淮南市委淮南市人民政府关于2024年法治政府建设情况的报告', '中共淮南市委淮南市人民政府', 2024, 'city'],
      ['陕西省人民政府关于2025年法治政府建设情况的报告', '陕西省人民政府', 2025, 'province'],
      ['静海区2023年度法治政府建设情况报告', '静海区', 2023, 'county'],
      ['2020年静海区法治政府建设情况报告', '静海区', 2020, 'county'],
      ['某区司法局2022年度法治政府建设年度报告', '某区司法局', 2022, 'department'],
      // ✗ in the catalogue (issuer repeated, 工作总结 as 文种): still an annual report; report-title says what is wrong.
      ['清水县人民政府关于清水县2023年度法治政府建设工作总结的报告', '清水县人民政府', 2023, 'county'],
    ];
    for (const [title, issuer, year, level] of forms) {
      it(title, () => {
        const p = profile(title + BODY);
        assert.equal(p.kind, 'annual-report');
        assert.equal(p.title?.text, title);
        assert.deepEqual(p.title?.lines, [0]);
        assert.equal(p.genre, '报告');
        assert.equal(p.issuer, issuer);
        assert.equal(p.year, year);
        assert.equal(p.issuerLevel, level);
        assert.equal(p.evidence[0].type, 'title');
      });
    }
  });

  describe('titles over two to four lines', () => {
    const cases: [string, string, string, number[]][] = [
      ['organ line + 关于… line', '大英县人民政府\n关于2022年度法治政府建设情况的报告', '大英县人民政府', [0, 1]],
      ['split in mid-phrase', '上海市生态环境局关于2022年度\n法治政府建设情况的报告', '上海市生态环境局', [0, 1]],
      ['organ + a line that starts with the year', '某市司法局\n2023年法治政府建设年度报告', '某市司法局', [0, 1]],
      [
        'joint issuers on two lines + 关于… (three lines)',
        '中共淮南市委\n淮南市人民政府\n关于2024年法治政府建设情况的报告',
        '中共淮南市委淮南市人民政府',
        [0, 1, 2],
      ],
      ['four lines, split anywhere', '某某自治县人民政府\n关于2023年度法治政府\n建设工作推进落实\n情况的报告', '某某自治县人民政府', [0, 1, 2, 3]],
      ['a blank line between the lines of a text spaced with blank lines', '某某县人民政府\n\n关于2022年度法治政府建设情况的报告', '某某县人民政府', [0, 2]],
    ];
    for (const [name, title, issuer, lines] of cases) {
      it(name, () => {
        const p = profile(title + BODY);
        assert.equal(p.kind, 'annual-report');
        assert.deepEqual(p.title?.lines, lines);
        assert.equal(p.title?.text, title.replace(/\n/g, ''));
        assert.equal(p.issuer?.replace(/\s/g, ''), issuer);
        assert.ok(p.year !== undefined);
      });
    }

    it('a 国务院办公厅 通报 over three lines is another official document, with its 文号 and 主送', () => {
      const p = profile(
        '国务院办公厅关于甲、乙两省\n若干安全生产事故\n调查处理情况的通报\n国办发〔2004〕7号\n\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n  现将有关情况通报如下。\n',
      );
      assert.equal(p.kind, 'official-document');
      assert.equal(p.genre, '通报');
      assert.deepEqual(p.title?.lines, [0, 1, 2]);
      assert.equal(p.issuer, '国务院办公厅');
      assert.equal(p.docNumberLine, 3);
      assert.equal(p.addresseeLine, 5);
      assert.deepEqual(
        p.evidence.map((e) => e.type),
        ['title', 'doc-number', 'addressee'],
      );
    });

    it('a site name above a one-line title that already names the issuer is not part of it', () => {
      const p = profile('汕尾市人民政府\n汕尾市人民政府2020年法治政府建设年度报告' + BODY);
      assert.deepEqual(p.title?.lines, [1]);
      assert.equal(p.issuer, '汕尾市人民政府');
    });
  });

  describe('titles after page chrome', () => {
    it('a 索引号/发布机构/发文日期 block: chrome, not the document', () => {
      const p = profile(
        '索引号：11440100/2021-00123\n发布机构：某市人民政府\n发文日期：2021-02-26\n文号：某府〔2021〕9号\n\n某市人民政府关于2020年法治政府建设情况的报告' +
          BODY,
      );
      assert.equal(p.kind, 'annual-report');
      assert.deepEqual(p.title?.lines, [5]);
      assert.deepEqual(p.chromeLines, [0, 1, 2, 3]);
      assert.equal(p.docNumberInChrome, '某府〔2021〕9号');
    });

    it('a metadata table with each label on a line of its own and spaced-out labels (索 引 号：, 标　　题：)', () => {
      const p = profile(
        '索 引 号：\n000014349/2019-00006\n发文机关：\n国务院办公厅\n标　　题：\n国务院办公厅关于加强某项工作的意见\n发文字号：\n国办发〔2019〕6号\n主 题 词：\n\n国务院办公厅关于加强\n某项工作的意见\n国办发〔2019〕6号\n各省、自治区、直辖市人民政府：\n  现提出如下意见。\n',
      );
      assert.equal(p.kind, 'official-document');
      assert.deepEqual(p.title?.lines, [10, 11], 'the title of the text, not the value of the 标题 field');
      assert.equal(p.docNumberLine, 12);
      assert.equal(p.docNumberInChrome, '国办发〔2019〕6号');
      assert.deepEqual(p.chromeLines, [0, 1, 2, 3, 4, 5, 6, 7, 8]);
    });

    it('a keyword label with no value (主 题 词：) is followed by the title, not by its value', () => {
      const p = profile(
        '发文机关：\n国务院办公厅\n主 题 词：\n国务院办公厅对某某会议\n第12号提案的答复\n国办函〔2006〕8号\n某某委员：\n  您提出的提案收悉，现答复如下。\n',
      );
      assert.deepEqual(p.title?.lines, [3, 4]);
      assert.equal(p.genre, '答复');
      assert.equal(p.docNumberLine, 5);
    });

    it('a title with its characters spaced out (几 个 问 题 的 通 知)', () => {
      const p = profile('国务院关于某某物资\n几 个 问 题 的 通 知\n国发〔1981〕8号\n各省、市、自治区人民政府：\n  现将有关问题通知如下。\n');
      assert.equal(p.kind, 'official-document');
      assert.equal(p.genre, '通知');
      assert.deepEqual(p.title?.lines, [0, 1]);
    });

    it('a title broken inside its last word by a copy (政府工作报 / 告), after a zero-width line', () => {
      const p = profile(
        '\u200b\n政府工作报\n告\n——2017年3月5日在第十二届全国人民代表大会第五次会议上\n各位代表：\u200d\n  现在，我代表国务院，向大会报告政府工作。\n',
      );
      assert.equal(p.kind, 'official-document');
      assert.equal(p.title?.text, '政府工作报告');
      assert.equal(p.speechLine, 4, 'the speech opening, with a zero-width joiner at its end');
    });

    it('a 文号 near the top shows an official document even when no title is found', () => {
      const p = profile('某某会议\n第8号材料\n国办函〔2006〕8号\n某某委员：\n  您提出的提案收悉，现答复如下。\n');
      assert.equal(p.kind, 'official-document');
      assert.equal(p.docNumberLine, 2);
    });

    it('a breadcrumb, a 来源 line and the font control of a web page; chrome after the title too', () => {
      const p = profile(
        '首页 > 政务公开 > 法治政府建设\n来源：某市司法局\n\n某市人民政府\n关于2020年法治政府建设\n情况的报告\n• 2021-02-26 15:16\n【字体：大 中 小】\n某府〔2021〕9号\n\n市人大常委会：' +
          BODY,
      );
      assert.deepEqual(p.title?.lines, [3, 4, 5]);
      assert.equal(p.title?.text, '某市人民政府关于2020年法治政府建设情况的报告');
      assert.deepEqual(p.chromeLines, [0, 1, 6, 7]);
      assert.equal(p.docNumberLine, 8);
      assert.equal(p.addresseeLine, 10);
    });

    it('a 文号 above the title under the 发文机关标志 is the document’s, not chrome', () => {
      const p = profile('某市人民政府文件\n某府〔2021〕9号\n\n某市人民政府关于2020年法治政府建设情况的报告' + BODY);
      assert.equal(p.docNumberLine, 1);
      assert.deepEqual(p.chromeLines, [0]);
    });

    it('a cover letter about the report stands before the report’s own title', () => {
      const p = profile(
        '某市人民政府关于报送2020年法治政府建设年度报告的函\n\n省司法厅：\n\n  现将报告报送你们，请审阅。\n\n某市人民政府2020年法治政府建设年度报告' + BODY,
      );
      assert.deepEqual(p.title?.lines, [6]);
      assert.equal(p.kind, 'annual-report');
    });
  });

  describe('draft marks', () => {
    for (const mark of ['征求意见稿', '送审稿', '草案']) {
      it(`（${mark}） after the title, on its line or the next`, () => {
        const same = profile(`某市人民政府2020年法治政府建设年度报告（${mark}）${BODY}`);
        assert.equal(same.kind, 'annual-report');
        assert.equal(same.draftMark, mark);
        const next = profile(`某市人民政府2020年法治政府建设年度报告\n（${mark}）${BODY}`);
        assert.equal(next.kind, 'annual-report');
        assert.equal(next.draftMark, mark);
      });
    }
    it('a label with years is part of the title: a plan is another official document, not an annual report', () => {
      const p = profile('某市法治政府建设实施方案（2021—2025年）\n\n  为深入推进法治政府建设，制定本方案。\n');
      assert.equal(p.kind, 'official-document');
      assert.equal(p.genre, '方案');
      assert.equal(p.title?.text, '某市法治政府建设实施方案（2021—2025年）');
    });
    it('a year in full-width digits is still the report year', () => {
      assert.equal(profile(`某市人民政府２０２０年法治政府建设年度报告${BODY}`).year, 2020);
    });
    it('（试行） is part of a title, not a draft mark', () => {
      const p = profile('某市行政执法公示办法（试行）\n\n第一条 为规范行政执法公示，制定本办法。\n');
      assert.equal(p.kind, 'official-document');
      assert.equal(p.genre, '办法');
      assert.equal(p.draftMark, undefined);
    });
  });

  describe('documents without a title', () => {
    it('a draft that starts directly with 一、: an annual report when its headings name its parts', () => {
      const p = profile(
        '一、主要举措和成效\n\n  2023年，我县深入推进法治政府建设。\n\n二、存在的不足和原因\n\n  基层执法力量薄弱。\n\n三、2024年工作安排\n\n  继续推进。\n',
      );
      assert.equal(p.kind, 'annual-report');
      assert.equal(p.title, undefined);
      assert.deepEqual(
        p.evidence.map((e) => e.type),
        ['structure'],
      );
    });
    it('a first line that names the subject and a year but lacks its 文种: an annual report with an incomplete title', () => {
      const p = profile('2020年法治政府建设情况\n\n  2020年，我市深入推进依法行政。\n');
      assert.equal(p.kind, 'annual-report');
      assert.equal(p.evidence[0].type, 'incomplete-title');
    });
    it('a speech opening run into the first sentence (各位代表，现在……)', () => {
      assert.equal(profile('各位代表，现在，我代表国务院，作政府工作报告，请予审议。\n\n一、去年工作回顾\n').kind, 'official-document');
    });
    it('a speech-form report (各位代表：) is an official document', () => {
      const p = profile('各位代表：\n\n  现在，我代表市人民政府，向大会报告工作，请予审议。\n\n一、过去一年工作回顾\n');
      assert.equal(p.kind, 'official-document');
      assert.equal(p.speechLine, 0);
      assert.equal(p.genre, '报告');
    });
    it('a 政府工作报告 with its occasion and speaker lines before 各位代表：', () => {
      const p = profile(
        '2025年某省政府工作报告\n来源：某某日报\n——2025年1月20日在某省第十四届人民代表大会第三次会议上\n某省人民政府省长 某某某\n各位代表：\n  现在，我代表省人民政府，向大会报告工作。\n',
      );
      assert.equal(p.kind, 'official-document');
      assert.deepEqual(p.chromeLines, [1]);
      assert.equal(p.speechLine, 4);
      assert.equal(p.bodyLine, 5);
    });
    it('a headed text on another subject is not an annual report', () => {
      assert.equal(profile('一、会议情况\n\n  会议听取了汇报。\n\n二、下一步安排\n\n  抓好落实。\n').kind, 'other');
    });
    it('a page whose metadata block names the report, with no title line in the text', () => {
      const p = profile(
        '索引号：11440100/2021-00123\n名称：某市人民政府关于2020年法治政府建设情况的报告\n发布日期：2021-03-01\n\n  2020年，我市深入推进依法行政，成效明显，现报告如下。\n',
      );
      assert.equal(p.kind, 'annual-report');
      assert.equal(p.evidence[0].type, 'metadata-title');
    });
    it('a README or a note is not an official document', () => {
      assert.equal(profile('# fzlint\n\n检查法治政府建设年度报告。\n').kind, 'other');
      assert.equal(profile('随手记\n\n今天开会，讨论了三件事。\n').kind, 'other');
      assert.equal(profile('').kind, 'other');
    });
    it('a closing formula is not a title (特此报告)', () => {
      assert.equal(profile('  我市推进依法行政。\n\n特此报告\n').title, undefined);
    });
  });

  describe('issuer level', () => {
    it('reads province, city, county, township and department from the names', () => {
      assert.equal(inferIssuerLevel(['中共广东省委', '广东省人民政府']), 'province');
      assert.equal(inferIssuerLevel(['广西壮族自治区人民政府']), 'province');
      assert.equal(inferIssuerLevel(['北京市人民政府']), 'province');
      assert.equal(inferIssuerLevel(['内蒙古自治区人民政府']), 'province');
      assert.equal(inferIssuerLevel(['汕尾市人民政府']), 'city');
      assert.equal(inferIssuerLevel(['大英县人民政府']), 'county');
      assert.equal(inferIssuerLevel(['重庆市江北区人民政府']), 'county');
      assert.equal(inferIssuerLevel(['某某镇人民政府']), 'township');
      assert.equal(inferIssuerLevel(['某某街道办事处']), 'township');
      assert.equal(inferIssuerLevel(['某市司法局']), 'department');
      assert.equal(inferIssuerLevel(['广东省人民政府', '汕尾市人民政府']), undefined, 'joint issuers of two levels');
    });
  });
});
