import { trimBlank } from '../document/chars';
import type { ReportDocument } from '../document/report-document';
import { titleRange } from '../document/metadata';
import type { Rule, RuleContext } from '../rule';
import { NO_OPTIONS } from '../rule';

const SOURCE_NAME = '省级法治政府建设年度报告工作指引“报告名称：法治政府建设年度报告”';
const SOURCE_ELEMENTS = '《党政机关公文处理工作条例》第九条：标题由发文机关名称、事由和文种组成';
/** The place named again after 关于: 清水县人民政府关于清水县2023年度… */
const AFTER_GUANYU = /关于(.+?)(?=(?:19|20)\d{2}\s*年)/;
const WRONG_KIND = /工作总结|工作报告$|总结$/;
/** Punctuation marks; 《》〈〉 around names are allowed. */
const PUNCT = /[\p{P}\p{S}]/u;
const ALLOWED = /[《》〈〉]/;
/** A draft label after the title: （征求意见稿）, （送审稿）. */
const DRAFT_LABEL = /[（(][^（）()]{0,8}稿[）)]$/;

/** 清水县人民政府 → 清水县; 中共淮南市委 → 淮南市. */
function placeOf(issuer: string): string {
  return issuer.replace(/^中共/, '').replace(/(?:人民政府|政府|委员会|委|办公室|办|司法局|局|厅)$/, '');
}

function looksLikeReport(doc: ReportDocument): boolean {
  return doc.evidence.hanCharacters >= 200 || doc.headings.some((h) => h.level <= 1);
}

export const reportTitle: Rule = {
  meta: {
    id: 'report-title',
    appliesTo: 'annual-report',
    catalogue: ['GUIDE-001', 'FMT-007', 'FMT-011'],
    category: 'format',
    severity: 'warning',
    fixable: 'suggestion',
    optionsSchema: NO_OPTIONS,
    description: {
      'zh-CN': '标题由发文机关、年度、“法治政府建设”和文种“报告”组成，如“汕尾市人民政府2020年法治政府建设年度报告”',
      en: 'The title is issuer + year + “法治政府建设” + “报告”, e.g. “汕尾市人民政府2020年法治政府建设年度报告”',
    },
    messages: {
      wrongKind: {
        'zh-CN': `标题“{title}”用了“{kind}”：本报告的名称是“法治政府建设年度报告”，文种是“报告”（${SOURCE_NAME}）。可写为“{suggested}”。`,
        en: 'The title "{title}" uses "{kind}": the report is called “法治政府建设年度报告” and its document type is 报告 (provincial guide, item 二). For example: "{suggested}".',
      },
      repeatedIssuer: {
        'zh-CN': `标题中发文机关“{issuer}”之后又重复了“{place}”：删去“关于”后的“{place}”（${SOURCE_NAME}）。`,
        en: 'The title names the issuer "{issuer}" and then "{place}" again: drop "{place}" after 关于 (provincial guide, item 二).',
      },
      noIssuer: {
        'zh-CN': `标题“{title}”缺少发文机关名称：应写为“××市人民政府{year}年法治政府建设年度报告”或“××市人民政府关于{year}年法治政府建设情况的报告”（${SOURCE_ELEMENTS}）。`,
        en: 'The title "{title}" has no issuer: write e.g. "××市人民政府{year}年法治政府建设年度报告" (Regulations on Handling Official Documents, art. 9: issuer + subject + document type).',
      },
      notReport: {
        'zh-CN': `标题“{title}”没有以文种“报告”结尾：应写为“……法治政府建设年度报告”或“……法治政府建设情况的报告”（${SOURCE_ELEMENTS}）。`,
        en: 'The title "{title}" does not end in the document type 报告: write "……法治政府建设年度报告" or "……法治政府建设情况的报告" (Regulations on Handling Official Documents, art. 9).',
      },
      noYear: {
        'zh-CN': `标题“{title}”没有写明报告年度：应写四位年份，如“××市人民政府2020年法治政府建设年度报告”（${SOURCE_NAME}）。`,
        en: 'The title "{title}" gives no report year: add the four-digit year, e.g. “××市人民政府2020年法治政府建设年度报告” (provincial guide, item 二).',
      },
      notFazhiZhengfu: {
        'zh-CN': `标题“{title}”中没有“法治政府建设”：本报告的名称是“法治政府建设年度报告”（${SOURCE_NAME}）。如确为其他报告可忽略。`,
        en: 'The title "{title}" lacks “法治政府建设”: the report is called “法治政府建设年度报告” (provincial guide, item 二). Ignore this for other kinds of report.',
      },
      punctuation: {
        'zh-CN': '标题中一般不用标点符号（法规、规章名称加书名号和联合发文机关之间的顿号除外），“{mark}”可删去（公文写作惯例，依据待核实）。',
        en: 'A title normally carries no punctuation except 《》 around titles of laws and 、 between joint issuers: consider dropping "{mark}" (convention; source to be verified).',
      },
      noTitle: {
        'zh-CN': '未找到报告标题：第一行应为标题，如“××市人民政府2020年法治政府建设年度报告”（《党政机关公文处理工作条例》第九条）。',
        en: 'No report title found: the first line should be the title, e.g. “××市人民政府2020年法治政府建设年度报告” (Regulations on Handling Official Documents, art. 9).',
      },
    },
  },
  check(doc: ReportDocument, context: RuleContext) {
    const title = doc.meta.title;
    if (!title) {
      checkMissingTitle(doc, context);
      return;
    }
    const t = title.text.replace(DRAFT_LABEL, '');
    const data = { title: t, year: doc.meta.year ?? '××××' };
    const issuerInTitle = doc.meta.issuer !== undefined;
    // Without a year the parser finds no issuer: take what stands before 关于 or 法治.
    const issuer = doc.meta.issuer ?? (doc.meta.year === undefined ? /^(.+?)(?:关于|(?:19|20)\d{2}|法治)/.exec(t)?.[1] : undefined);

    const kind = WRONG_KIND.exec(t);
    if (kind) {
      const prefix = issuerInTitle ? (doc.meta.issuer as string) : '';
      const suggested = `${prefix}关于${doc.meta.year ?? '××××'}年法治政府建设情况的报告`;
      const whole = titleRange(title, 0, t.length);
      context.report({
        span: whole,
        messageId: 'wrongKind',
        data: { ...data, kind: kind[0], suggested },
        suggestions:
          doc.meta.year !== undefined
            ? [{ title: { 'zh-CN': `改为“${suggested}”`, en: `Change to "${suggested}"` }, edits: [{ ...whole, text: suggested }] }]
            : undefined,
      });
    } else if (!/报告$/.test(t)) {
      context.report({ span: title.span, messageId: 'notReport', data });
    }

    const after = AFTER_GUANYU.exec(t);
    const issuers = doc.meta.issuers ?? [];
    if (after && issuers.length > 0) {
      const place = trimBlank(after[1]);
      if (place !== '' && issuers.some((i) => placeOf(i) !== '' && (placeOf(i).includes(place) || place.includes(placeOf(i))))) {
        const range = titleRange(title, after.index + 2, after.index + 2 + after[1].length);
        context.report({
          span: range,
          messageId: 'repeatedIssuer',
          data: { ...data, issuer: doc.meta.issuer as string, place },
          suggestions: [{ title: { 'zh-CN': `删去“${place}”`, en: `Delete "${place}"` }, edits: [{ ...range, text: '' }] }],
        });
      }
    }

    if (issuer === undefined) context.report({ span: title.span, messageId: 'noIssuer', data });
    if (doc.meta.year === undefined) context.report({ span: title.span, messageId: 'noYear', data });
    else if (!/法治政府建设/.test(t)) context.report({ span: title.span, messageId: 'notFazhiZhengfu', severity: 'info', data });

    checkPunctuation(doc, title, t, context);
  },
};

function checkPunctuation(doc: ReportDocument, title: NonNullable<ReportDocument['meta']['title']>, t: string, context: RuleContext): void {
  // The issuer part may separate joint issuers with 、 or spaces.
  const issuerEnd = doc.meta.issuer !== undefined && t.startsWith(doc.meta.issuer) ? doc.meta.issuer.length : 0;
  let depth = 0;
  for (let i = 0; i < t.length; i++) {
    const ch = t[i];
    if (ch === '《') depth++;
    else if (ch === '》') depth = Math.max(0, depth - 1);
    if (ALLOWED.test(ch) || depth > 0 || !PUNCT.test(ch)) continue;
    if (ch === '、' && i < issuerEnd) continue;
    context.report({ span: titleRange(title, i, i + 1), messageId: 'punctuation', severity: 'info', data: { mark: ch } });
    return;
  }
}

function checkMissingTitle(doc: ReportDocument, context: RuleContext): void {
  if (!looksLikeReport(doc)) return;
  // A title-like first line that does not end in 报告: 2020年法治政府建设情况.
  const first = doc.paragraphs.find((p) => p.kind !== 'doc-number');
  if (first && first.kind !== 'heading') {
    const text = trimBlank(doc.prose.slice(first.span.start, first.span.end).replace(/^\s*#+\s*/, ''));
    if (text.length <= 60 && /法治/.test(text) && /(?:19|20)\d{2}\s*年/.test(text) && !/[。；;：:，,]/.test(text)) {
      const start = doc.prose.indexOf(text, first.span.start);
      const span = { start, end: start + text.length };
      const data = { title: text, year: /((?:19|20)\d{2})\s*年/.exec(text)?.[1] ?? '××××' };
      context.report({ span, messageId: 'notReport', data });
      if (/^(?:关于)?(?:19|20)\d{2}/.test(text)) context.report({ span, messageId: 'noIssuer', data });
      return;
    }
  }
  const line = doc.lines.find((l) => trimBlank(doc.prose.slice(l.start, l.end)) !== '') ?? doc.lines[0];
  const lead = doc.prose.slice(line.start, line.end).search(/\S/);
  const start = line.start + Math.max(lead, 0);
  context.report({ span: { start, end: Math.max(start, line.end) }, messageId: 'noTitle', severity: 'info' });
}
