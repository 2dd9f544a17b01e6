import * as assert from 'node:assert/strict';
import { parseChineseNumber, readFiguresInText, type Figure } from '../../../server/src/engine/document/numbers';

interface Row {
  /** The sentence. */
  text: string;
  /** Which figure of the sentence (default 0). */
  nth?: number;
  /** Expected fields (only those given are compared). */
  covers?: string;
  value?: number;
  high?: number;
  decimals?: number;
  unit?: string;
  role?: Figure['role'];
  percent?: Figure['percent'];
  approx?: Figure['approx'];
  lead?: string;
  nounBefore?: string;
  nounAfter?: string;
  script?: Figure['script'];
}

/** Real-world forms, most from published 法治政府建设年度报告 (the reference report first). */
const TABLE: Row[] = [
  // Reference report, Arabic integers with measure words
  {
    text: '全市直接取消或替代取消的证明材料共7619个，',
    covers: '7619个',
    value: 7619,
    unit: '个',
    role: 'quantity',
    lead: '共',
    nounBefore: '全市直接取消或替代取消的证明材料',
  },
  { text: '其中市级2679个，', covers: '2679个', value: 2679, unit: '个', nounBefore: '市级' },
  { text: '县级4940个。', value: 4940, nounBefore: '县级' },
  { text: '全市网上中介超市采购2201宗，', value: 2201, unit: '宗' },
  { text: '累计成交交易额达2.7亿元，', covers: '2.7亿元', value: 270000000, decimals: 1, unit: '元', lead: '达', nounBefore: '累计成交交易额' },
  { text: '竞价选取节约率26.67%，', covers: '26.67%', value: 26.67, decimals: 2, role: 'percent', percent: 'percent', nounBefore: '竞价选取节约率' },
  { text: '完成56单电子保函业务的应用', value: 56, unit: '单', nounAfter: '电子保函' },
  { text: '提升12345投诉举报平台服务水平', covers: '12345', value: 12345, role: 'code' },
  { text: '共接群众来电216297件，', value: 216297, unit: '件', nounBefore: '共接群众来电' },
  { text: '按时办结率89.10%，', value: 89.1, decimals: 2, role: 'percent' },
  { text: '群众满意率为99.98%。', value: 99.98, decimals: 2, lead: '为', nounBefore: '群众满意率' },
  { text: '做到53个政务信息系统上政务云平台', value: 53, unit: '个', nounAfter: '政务信息' },
  { text: '其中进驻政务服务网的192个单位已实现100%全覆盖。', covers: '192个', nounAfter: '单位' },
  { text: '其中进驻政务服务网的192个单位已实现100%全覆盖。', nth: 1, covers: '100%', value: 100, role: 'percent' },
  { text: '为各县行政机关工作人员培训4场次近300人。', covers: '4场次', unit: '场次' },
  { text: '为各县行政机关工作人员培训4场次近300人。', nth: 1, covers: '近300人', value: 300, approx: 'near', unit: '人' },
  { text: '向社会公开市政府年度重大行政决策事项共43项。', value: 43, unit: '项', lead: '共', nounBefore: '向社会公开市政府年度重大行政决策事项' },
  { text: '其中重大行政决策事项78 件，', covers: '78 件', value: 78, unit: '件', nounBefore: '重大行政决策事项' },
  { text: '确定的6个领域，', covers: '6个', unit: '个', nounAfter: '领域' },
  { text: '2020年市政府门户网站发布信息16549条，', covers: '2020年', role: 'year', value: 2020 },
  { text: '2020年市政府门户网站发布信息16549条，', nth: 1, covers: '16549条', value: 16549, unit: '条' },
  { text: '网站访问量达6645864次。', value: 6645864, unit: '次', lead: '达' },
  { text: '重大政策跟踪审计占比40%。', value: 40, role: 'percent', nounBefore: '重大政策跟踪审计占比' },
  { text: '占比达到70%以上，', covers: '70%以上', value: 70, approx: 'over', lead: '达到', nounBefore: '占比' },
  { text: '信访事项办理率达到100%。', value: 100, decimals: 0 },
  { text: '及时受理矛盾纠纷案件3007件，', value: 3007, unit: '件' },
  { text: '调解成功率98.7%，', value: 98.7, decimals: 1 },
  { text: '在全市52个镇（街道）设立受理点', value: 52, unit: '个', nounAfter: '镇' },
  // Chinese numerals
  { text: '市委常委会两次会议专题传达学习', covers: '两次', value: 2, unit: '次', script: 'chinese' },
  { text: '召开两次会议。', covers: '两次', nounAfter: '会议' },
  { text: '集体讨论决定五项程序。', covers: '五项', value: 5, unit: '项', nounAfter: '程序' },
  { text: '召开第三次会议', covers: '三次', role: 'ordinal', value: 3 },
  { text: '列入全省第二批试点', role: 'ordinal', value: 2 },
  { text: '开展十项专项行动', covers: '十项', value: 10 },
  { text: '建成二十五个服务站', covers: '二十五个', value: 25 },
  { text: '培训一百零八人次', covers: '一百零八人次', value: 108, unit: '人次' },
  { text: '受理三千件', value: 3000 },
  { text: '新增四万六千册', covers: '四万六千册', value: 46000, unit: '册' },
  { text: '二〇二〇年全市', covers: '二〇二〇年', role: 'year', value: 2020 },
  { text: '满意度达百分之九十', covers: '百分之九十', value: 90, role: 'percent', percent: 'percent' },
  { text: '误差不超过千分之五', covers: '不超过千分之五', value: 5, percent: 'permille', approx: 'under' },
  { text: '推动三百余人参加培训', covers: '三百余人', value: 300, approx: 'over' },
  // Multipliers, separators, decimals
  { text: '馆藏4.6万册', covers: '4.6万册', value: 46000, unit: '册', decimals: 1 },
  { text: '投入资金1,109万元', covers: '1,109万元', value: 11090000, unit: '元' },
  { text: '受理1,234,567件', value: 1234567 },
  { text: '预算3亿元', value: 300000000, unit: '元' },
  { text: '减税降费12.5亿', covers: '12.5亿', value: 1250000000, role: 'quantity' },
  { text: '面积0.5平方公里', value: 0.5, unit: '平方公里', decimals: 1 },
  { text: '全长12公里', unit: '公里' },
  { text: '覆盖率达99.5‰', covers: '99.5‰', value: 99.5, percent: 'permille' },
  { text: '提高5个百分点', covers: '5个百分点', unit: '个百分点' },
  // Ranges and approximations
  { text: '合格率保持在98%～99%之间', covers: '98%～99%', value: 98, high: 99, role: 'percent' },
  { text: '每期培训5—10人', covers: '5—10人', value: 5, high: 10, unit: '人' },
  { text: '约200家企业参与', covers: '约200家', value: 200, approx: 'about' },
  { text: '超过300人次', covers: '超过300人次', approx: 'over', unit: '人次' },
  { text: '办理时限压缩50%左右', covers: '50%左右', approx: 'about' },
  { text: '将近1000份', covers: '将近1000份', approx: 'near' },
  { text: '300余人参加', covers: '300余人', approx: 'over', value: 300 },
  { text: '300多人参加', covers: '300多人', approx: 'over' },
  { text: '不足20%的单位', covers: '不足20%', approx: 'under' },
  { text: '逾1000人', covers: '逾1000人', value: 1000, approx: 'over' },
  // Dates, years, codes
  { text: '2月12日、2月17日，', covers: '2月', role: 'date' },
  { text: '2月12日、2月17日，', nth: 1, covers: '12日', role: 'date' },
  { text: '《广东省法治政府建设实施纲要（2016-2020年）》', covers: '2016-2020年', role: 'year', high: 2020 },
  { text: '发布时间2021-02-26 15:16', covers: '2021-02-26', role: 'date' },
  { text: '发布时间2021-02-26 15:16', nth: 1, covers: '15', role: 'code' },
  { text: '市政府2020年度重大行政决策', covers: '2020', role: 'year' },
  { text: '服务热线12345', role: 'code' },
  { text: '历时3年', covers: '3年', role: 'quantity', unit: '年' },
  { text: '用时3个月', covers: '3个月', unit: '个月' },
  { text: '全角数字１２３件', covers: '１２３件', value: 123 },
];

describe('number reader: table of real-world forms', () => {
  it(`has at least 60 rows (${TABLE.length})`, () => assert.ok(TABLE.length >= 60));
  for (const row of TABLE) {
    it(`${row.text}${row.nth ? ` [#${row.nth}]` : ''}`, () => {
      const figures = readFiguresInText(row.text);
      const f = figures[row.nth ?? 0];
      assert.ok(f, `figure #${row.nth ?? 0} in ${JSON.stringify(figures.map((x) => x.text))}`);
      if (row.covers !== undefined) assert.equal(row.text.slice(f.span.start, f.span.end), row.covers, 'span');
      if (row.covers !== undefined) assert.equal(f.text, row.covers, 'text');
      for (const key of ['value', 'high', 'decimals', 'unit', 'role', 'percent', 'approx', 'lead', 'script'] as const) {
        if (row[key] !== undefined) assert.equal(f[key], row[key], key);
      }
      if (row.nounBefore !== undefined) assert.equal(f.nounBefore?.text, row.nounBefore, 'nounBefore');
      if (row.nounAfter !== undefined) assert.equal(f.nounAfter?.text, row.nounAfter, 'nounAfter');
    });
  }
});

describe('number reader: words that are not figures', () => {
  for (const text of ['一是全力打造', '进一步深化', '“一网通办”', '千家万户', '十九届四中全会', '党的十九大', '一窗通办', '行政执法“两平台”', '统一部署']) {
    it(text, () =>
      assert.deepEqual(
        readFiguresInText(text).map((f) => f.text),
        [],
      ),
    );
  }
  it('a digit inside a Latin token (ipv6, A4) is not read', () => {
    assert.deepEqual(
      readFiguresInText('网站支持ipv6，A4纸').map((f) => f.text),
      [],
    );
  });
});

describe('parseChineseNumber', () => {
  const cases: [string, number | undefined][] = [
    ['两', 2],
    ['十', 10],
    ['十二', 12],
    ['二十五', 25],
    ['一百零八', 108],
    ['三千', 3000],
    ['三千零五', 3005],
    ['四万六千', 46000],
    ['一亿二千万', 120000000],
    ['二〇二〇', 2020],
    ['〇', 0],
    ['万', undefined],
    ['甲', undefined],
    ['', undefined],
  ];
  for (const [text, value] of cases) it(`${text} → ${value}`, () => assert.equal(parseChineseNumber(text), value));
});
