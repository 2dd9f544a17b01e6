/**
 * A "next year" report built on a real annual report (issue "across documents"): the same issuer's
 * report for year Y+1, written as a drafter would — an account of the work of Y+1 that follows up
 * the plans the report for Y made, except for the plans named in `unreported`; the shortcomings
 * paragraph of the report for Y copied verbatim; two changes stated against last year's figures,
 * one right and one wrong; and new plans for Y+2.
 *
 * Everything taken from the report for Y is read from its parse at run time (title, issuer, the
 * shortcomings paragraph, two figures): no text of it is written here. The account of the work is
 * written for this test and covers the plans by their themes, in other words than last year's.
 */
import { documentIssuer } from '../../server/src/engine/across-years/previous-report';
import { parseReport, type ReportDocument } from '../../server/src/engine/document/report-document';
import { loadBuiltinPack } from '../../server/src/engine/pack/builtin-pack';
import { classifySections } from '../../server/src/engine/rules/report-required-parts';

/** The themes of a county- or city-level report's plans, each with a follow-up paragraph of Y+1. */
export const FOLLOW_UPS = {
  inspection: '抓好法治督察反馈问题整改。对照法治督察反馈的问题清单逐项整改，省委依法治省办部署的整改任务已全部完成，整改情况按时报送。',
  firstResponsible:
    '压实第一责任人职责。各级党政主要负责人履行推进法治建设第一责任人职责，述职述法实现全覆盖；镇街一级法治建设工作机制全部建立，印发法治建设规划。',
  grassrootsEnforcement:
    '深化基层综合行政执法改革。全市镇（街道）综合行政执法改革全面完成，司法所机构设置和执法队伍建设得到加强，执法主体和执法权限进一步明确，执法层级减少。',
  enforcementConduct:
    '规范行政执法行为。全面推行行政执法责任制，“三项制度”在全市行政执法单位全面落实，执法行为更加规范，营商环境持续改善。执法监督从事后监督向事前、事中全流程监督转变，监督制度体系基本建成。',
  decisions: '规范重大行政决策。严格执行公众参与、专家论证、风险评估、合法性审查、集体讨论决定五项程序，重大行政决策全部经法律顾问论证。',
  services: '提升政务服务水平。以数字政府改革为抓手，一门式一网式政务服务模式全面推开，“放管服”改革持续深化。',
} as const;

export type Theme = keyof typeof FOLLOW_UPS;

export interface NextYear {
  text: string;
  /** 1-based lines of the Y+1 report. */
  lines: { copiedShortcoming: number; rightChange: number; wrongChange: number; title: number };
  /** The two figures of year Y the changes are about (noun phrase and value). */
  figures: { right: { noun: string; last: number; now: number; percent: number }; wrong: { noun: string; last: number; now: number; percent: number } };
}

/** The shortcomings paragraph of the report for Y (its first body paragraph under that part). */
function shortcomingsParagraph(doc: ReportDocument): string {
  const part = classifySections(doc, loadBuiltinPack().data.sections).find((c) => c.strong.has('shortcomings-and-causes'));
  const p = part?.section.paragraphs.find((x) => x.kind === 'body' && !x.heading);
  if (!p) throw new Error('the report for Y has no shortcomings paragraph');
  return p.text.trim();
}

/** A count of the report for Y: the number right after `noun` (…群众来电216297件). */
function figureAfter(doc: ReportDocument, noun: string, unit: string): number {
  const m = new RegExp(`${noun}(\\d+)${unit}`).exec(doc.text);
  if (!m) throw new Error(`the report for Y states no figure for ${noun}`);
  return Number(m[1]);
}

export function nextYearReport(lastYearText: string, options: { unreported: Theme[]; rightNoun: string; wrongNoun: string; unit: string }): NextYear {
  const last = parseReport(lastYearText);
  const year = last.meta.year;
  const title = last.meta.title?.text.replace(/\s+/g, '');
  const issuer = documentIssuer(last);
  if (year === undefined || !title || !issuer) throw new Error('the report for Y has no year, title or issuer');
  const y1 = year + 1;
  const right = { noun: options.rightNoun, last: figureAfter(last, options.rightNoun, options.unit), now: 0, percent: 11 };
  right.now = Math.round(right.last * 1.11);
  const wrong = { noun: options.wrongNoun, last: figureAfter(last, options.wrongNoun, options.unit), now: 0, percent: 15 };
  wrong.now = Math.round(wrong.last * 1.1);
  const lines: string[] = [];
  const push = (line: string) => lines.push(line) && lines.length;
  const titleLine = push(title.replace(String(year), String(y1)));
  push('');
  push(`${y1}年，我市坚持以习近平法治思想为指导，统筹推进法治政府建设各项工作，现将有关情况报告如下。`);
  push(`一、${y1}年推进法治政府建设的主要举措和成效`);
  let n = 0;
  const marker = () => `（${'一二三四五六七八九十'[n++]}）`;
  for (const [theme, text] of Object.entries(FOLLOW_UPS) as [Theme, string][]) {
    if (!options.unreported.includes(theme)) push(marker() + text);
  }
  const rightChange = push(`${marker()}畅通群众诉求渠道。全年${right.noun}${right.now}${options.unit}，比上年增长${right.percent}%，诉求办结更加及时。`);
  const wrongChange = push(
    `${marker()}依法化解社会矛盾。全年及时受理${wrong.noun}${wrong.now}${options.unit}，比上年增长${wrong.percent}%，基层调解作用进一步发挥。`,
  );
  push('二、存在的不足和原因');
  const copiedShortcoming = push(shortcomingsParagraph(last));
  push(`三、${y1 + 1}年推进法治政府建设的主要安排`);
  push('开展法治政府建设示范创建，以创建促提升，力争创成省级示范地区。');
  push('加强行政复议规范化建设，提高案件办理质量，发挥化解行政争议的主渠道作用。');
  push(issuer);
  push(`${y1 + 1}年1月28日`);
  return { text: lines.join('\n') + '\n', lines: { copiedShortcoming, rightChange, wrongChange, title: titleLine }, figures: { right, wrong } };
}
