import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintText } from '../../../server/src/engine/lint';
import { countVsList } from '../../../server/src/engine/rules/count-vs-list';
import { ruleTester } from '../../helpers/rule-tester';

const REFERENCE = path.resolve(__dirname, '../../../../shared/fixtures/reference');
const read = (name: string) => fs.readFileSync(path.join(REFERENCE, name), 'utf8');

ruleTester(countVsList, {
  valid: [
    { name: 'a class name: 劣五类 is not a count (numberContexts in the pack)', text: '全面消除城市黑臭水体、劣五类水体。' },
    { name: 'a set phrase: 两位数增长', text: '工业投资、技改投资保持两位数增长。' },
    { name: 'a grade: 三级公立医院', text: '推动市属医院、区属三级公立医院改革。' },
    { name: 'a 与 inside one of the names: 甲、乙与丙……2所', text: '建成甲市工业技术学院、乙市交通与物流技术学院2所高职院校。' },
    { name: 'a list that ends in 的 describes what is counted', text: '继续办好群众关心、社会关注的10件实事。' },
    { name: 'a 和 may join two items or the words of one: 甲、乙、丙和丁3项 is not judged', text: '开展甲项改革、乙项改革、丙项更新和丁项提升3项行动。' },
    { name: 'a 和 inside a middle item may join two items: 11 cities', text: '选择北京、天津、上海、重庆和沈阳、大连、厦门、广州、深圳、成都、西安11个城市开展试点。' },
    { name: '等 inside the list: not complete', text: '建立省级重大项目用地、用林等报批三级联审机制。' },
    { name: 'a list after a colon that stops at ；covers several clauses', text: '（一）知识产权保护方面5项：民事、刑事、行政案件“三合一”审判；省级行政区划调整；专利快速审查；商标审查；版权登记。' },
    { name: 'an item that opens a clause: where the list begins is unclear', text: '各级政府、各有关部门要严格从抗震设防标准、抗震设计和施工质量三个环节上把好关。' },
    { name: 'a heading number before the list is not an item', text: '一、同意甲市、乙市、丙市3个高新技术产业开发区建设示范区。' },
    { name: 'reference 11: two dates = 两次会议', text: '2月12日、2月17日，市委常委会两次会议专题传达学习中央全面依法治国委员会第三次会议精神。' },
    {
      name: 'reference 29: 6个领域 is not compared with the list that belongs to 3个领域',
      text: '按照《广东省人民政府关于乡镇街道综合行政执法的公告》确定的6个领域，从市场监管、卫生健康和农业技术推广使用3个领域梳理审核89项行政处罚权调整由镇街实施。',
    },
    { name: 'reference 29: 8个单位 twice, 三项制度', text: '全面推行行政执法“三项制度”。全市有8个单位成功将行政执法“两平台”建设列入全省第二批试点。8个单位已全部上线使用。' },
    { name: 'reference 49: the five procedures', text: '严格执行重大行政决策前公众参与、专家论证、风险评估、合法性审查、集体讨论决定五项程序。' },
    { name: 'reference 25: a count after its noun (联系点8个) is not a list count', text: '设立首批以行业协会、商会、社会团体为主的政府基层立法联系点8个。' },
    { name: 'reference 31: 等 before the count', text: '对各县（市、区）政府及市直部门等50家单位政务公开工作开展情况进行综合评估。' },
    { name: 'a 、 inside brackets does not count', text: '在县（市、区）两级开展试点。' },
    { name: 'quoted slogans before a count', text: '增强“四个意识”、坚定“四个自信”、做到“两个维护”。' },
    { name: 'the last "item" swallows the clause (按照国家、省部署完成5项任务)', text: '按照国家、省部署完成5项任务。' },
    { name: 'two levels', text: '在市、县两级政府推行。' },
    { name: 'a list that goes on past the count (……和一次性告知)', text: '推行首问负责、限时办结和一次性告知制度。' },
    { name: 'one is not a count of a list', text: '实行首问负责、限时办结、一次办好。' },
    { name: 'a list after a colon that matches', text: '主要开展三项工作：普法宣传、法律援助和人民调解。' },
    { name: 'a list after a colon that belongs to the next count', text: '开展两项工作：市场监管、卫生健康和农业技术推广3个领域。' },
    { name: 'published copy: the five procedures', text: '(四)坚持重大行政决策程序,严格执行重大行政决策前公众参与、专家论证、风险评估、合法性审查、集体讨论决定五项程序。', source: 'published-copy' },
  ],
  invalid: [
    {
      name: 'three listed with 、 only, 两项 stated',
      text: '严格落实公众参与、专家论证、风险评估两项程序。',
      findings: [{ messageId: 'mismatch', covers: '两项程序' }],
    },
    {
      name: 'mutated D3: four procedures listed, 五项 stated',
      text: '严格执行重大行政决策前公众参与、专家论证、合法性审查、集体讨论决定五项程序。',
      findings: [{ messageId: 'mismatch', severity: 'warning', covers: '五项程序', messageIncludes: '列举的4项不符（公众参与、专家论证、合法性审查、集体讨论决定）' }],
      suggestionOutput: '严格执行重大行政决策前公众参与、专家论证、合法性审查、集体讨论决定四项程序。',
    },
    {
      name: 'Arabic count: 4个领域 with three listed',
      text: '从市场监管、卫生健康和农业技术推广使用4个领域梳理审核。',
      findings: [{ covers: '4个领域', messageIncludes: '3项' }],
      suggestionOutput: '从市场监管、卫生健康和农业技术推广使用3个领域梳理审核。',
    },
    {
      name: 'three dates, 两次会议',
      text: '2月12日、2月17日、3月1日，市委常委会两次会议专题研究。',
      findings: [{ covers: '两次会议', messageIncludes: '3项' }],
      suggestionOutput: '2月12日、2月17日、3月1日，市委常委会三次会议专题研究。',
    },
    {
      name: 'a list after a colon',
      text: '主要开展三项工作：普法宣传、法律援助。',
      findings: [{ covers: '三项工作' }],
      suggestionOutput: '主要开展两项工作：普法宣传、法律援助。',
    },
    {
      name: '级 counts levels',
      text: '建立市、县、镇、村三级网络。',
      findings: [{ covers: '三级网络', messageIncludes: '4项' }],
      suggestionOutput: '建立市、县、镇、村四级网络。',
    },
  ],
});

describe('rule count-vs-list on the reference report', () => {
  it('shanwei-2020.fullwidth.txt and shanwei-2020.txt: no finding', () => {
    for (const name of ['shanwei-2020.fullwidth.txt', 'shanwei-2020.txt']) {
      assert.deepEqual(lintText(read(name), { rules: [countVsList] }).findings, [], name);
    }
  });
  it('shanwei-2020.mutated.txt: D3 at 54:75 (五项程序 with four procedures listed)', () => {
    const text = read('shanwei-2020.mutated.txt');
    const { findings } = lintText(text, { rules: [countVsList] });
    assert.deepEqual(findings.map((f) => [f.line, f.column, f.severity, text.slice(f.span.start, f.span.end)]), [[54, 75, 'warning', '五项程序']]);
    assert.equal(findings[0].suggestions?.[0].edits[0].text, '四');
  });
});
