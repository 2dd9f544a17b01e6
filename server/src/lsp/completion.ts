import { CompletionItemKind, InsertTextFormat, type CompletionItem } from 'vscode-languageserver/node';
import type { Locale } from '../engine';
import type { DocumentLanguage } from '../engine/document/report-document';

/** The five statutory steps of major administrative decisions (RULES.md, decision-procedure). */
export const FIVE_STEPS = '公众参与、专家论证、风险评估、合法性审查、集体讨论决定';

/**
 * The year a new report is about: the year after the open report's, else the year just ended until
 * the reporting season is over (reports go out in the first quarter; to the end of April), then
 * the current year.
 */
export function nextReportYear(openReportYear: number | undefined, now: Date): number {
  if (openReportYear) return openReportYear + 1;
  return now.getMonth() + 1 <= 4 ? now.getFullYear() - 1 : now.getFullYear();
}

/** 成文日期 as GB/T 9704—2012 7.3.5.1 writes it: Arabic numerals, no leading zeros. */
export function writtenDate(date: Date): string {
  return `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日`;
}

export interface TemplateOptions {
  /** The issuing body, e.g. 汕尾市人民政府. */
  issuer: string;
  /** The report year Y: the title says Y, the plan is for Y+1, the document goes out in Y+1. */
  year: number;
  language: DocumentLanguage;
  /** `snippet`: LSP snippet placeholders; `text`: plain text (new report from template). */
  format: 'snippet' | 'text';
  /** The 成文日期 to put in; default: a placeholder for 2月28日 of Y+1 (before the 3月1日 deadline). */
  date?: string;
}

function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/**
 * A report skeleton with the five required parts of 《法治政府建设与责任落实督察工作规定》 (第二十五条,
 * RULES.md RPT-001), the 发文字号, the signature and the 成文日期.
 */
export function reportTemplate(options: TemplateOptions): string {
  const { year, language, format } = options;
  const next = year + 1;
  let n = 0;
  const slot = (value: string) => (format === 'snippet' ? `\${${++n}:${escapeSnippet(value)}}` : value);
  const md = language === 'markdown';
  const indent = md ? '' : '\u3000\u3000';
  const h1 = md ? '## ' : indent;
  const issuer = slot(options.issuer || '某某市人民政府');
  const title = md ? `# ${issuer}${year}年法治政府建设年度报告` : `${issuer}${year}年法治政府建设年度报告`;
  const parts = [
    `${year}年推进法治政府建设的主要举措和成效`,
    `${year}年推进法治政府建设存在的不足和原因`,
    `党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况`,
    `${next}年推进法治政府建设的主要安排`,
    `其他需要报告的情况`,
  ];
  const numerals = ['一', '二', '三', '四', '五'];
  const lines = [title, '', `${indent}${slot('某府')}〔${next}〕${slot('1')}号`, '', `${indent}${year}年，${slot('我市')}……`, ''];
  parts.forEach((part, i) => {
    lines.push(`${h1}${numerals[i]}、${part}`, '', `${indent}（一）${i === 0 ? slot('……') : '……'}`, '');
  });
  const signature = format === 'snippet' ? `\${1}` : options.issuer || '某某市人民政府';
  lines.push(`${indent}${signature}`, '', `${indent}${options.date ? slot(options.date) : `${next}年${slot('2')}月${slot('28')}日`}`, '');
  return lines.join('\n');
}

export interface CompletionContext {
  language: DocumentLanguage;
  locale: Locale;
  /** The open report's year (from its title), if any. */
  reportYear?: number;
  /** The document is a report (not only a blank buffer that may become one). */
  isReport: boolean;
  now: Date;
}

/**
 * `textDocument/completion`: snippets for drafting the next report. In a blank document only the
 * skeleton; in a report also the five-step list, a 发文字号 and today's 成文日期.
 */
export function completions(context: CompletionContext): CompletionItem[] {
  const en = context.locale === 'en';
  const year = nextReportYear(context.reportYear, context.now);
  const items: CompletionItem[] = [
    {
      label: en ? `Report skeleton (${year})` : `年度报告框架（${year}年）`,
      kind: CompletionItemKind.Snippet,
      detail: en ? 'fzlint: the five required parts, 发文字号, signature and date' : 'fzlint：五个必备部分、发文字号、署名和成文日期',
      filterText: `报告框架 年度报告 fazhi report 法治政府建设年度报告`,
      insertTextFormat: InsertTextFormat.Snippet,
      insertText: reportTemplate({ issuer: '某某市人民政府', year, language: context.language, format: 'snippet' }),
      sortText: '0',
    },
  ];
  if (!context.isReport) return items;
  const docNumberYear = (context.reportYear ?? year - 1) + 1;
  items.push(
    {
      label: en ? 'Five statutory steps of major decisions' : `五项法定程序：${FIVE_STEPS}`,
      kind: CompletionItemKind.Snippet,
      detail: en ? 'fzlint: 公众参与、专家论证、风险评估、合法性审查、集体讨论决定' : 'fzlint：重大行政决策法定程序',
      filterText: `五项程序 公众参与 重大行政决策 ${FIVE_STEPS}`,
      insertTextFormat: InsertTextFormat.PlainText,
      insertText: FIVE_STEPS,
      sortText: '1',
    },
    {
      label: en ? `Document number (${docNumberYear})` : `发文字号（${docNumberYear}年）`,
      kind: CompletionItemKind.Snippet,
      detail: en ? 'fzlint: 机关代字〔year〕serial号 (GB/T 9704—2012 7.2.5)' : 'fzlint：机关代字〔年份〕序号号（GB/T 9704—2012 7.2.5）',
      filterText: `发文字号 文号 某府〔${docNumberYear}〕`,
      insertTextFormat: InsertTextFormat.Snippet,
      insertText: `\${1:某府}〔${docNumberYear}〕\${2:1}号`,
      sortText: '2',
    },
    {
      label: en ? `Date of issue (${writtenDate(context.now)})` : `成文日期（${writtenDate(context.now)}）`,
      kind: CompletionItemKind.Snippet,
      detail: en ? 'fzlint: Arabic numerals, no leading zeros (GB/T 9704—2012 7.3.5.1)' : 'fzlint：阿拉伯数字，不编虚位（GB/T 9704—2012 7.3.5.1）',
      filterText: `成文日期 日期 ${writtenDate(context.now)}`,
      insertTextFormat: InsertTextFormat.PlainText,
      insertText: writtenDate(context.now),
      sortText: '3',
    },
  );
  return items;
}

/** Arguments `{ issuer, year, language }`: the skeleton as text (the editor's 从模板新建年度报告). */
export const REPORT_TEMPLATE_COMMAND = 'fzlint.server.reportTemplate';

/** Arguments of fzlint.server.reportTemplate: `{ issuer, year, language }`. */
export function templateFromArguments(arg: unknown, now: Date): string {
  const a = arg && typeof arg === 'object' ? (arg as Record<string, unknown>) : {};
  const year = typeof a.year === 'number' && Number.isInteger(a.year) && a.year > 1949 && a.year < 3000 ? a.year : now.getFullYear() - 1;
  const issuer = typeof a.issuer === 'string' && a.issuer.trim() ? a.issuer.trim() : '某某市人民政府';
  const language: DocumentLanguage = a.language === 'markdown' ? 'markdown' : 'plaintext';
  return reportTemplate({ issuer, year, language, format: 'text', date: typeof a.date === 'string' ? a.date : undefined });
}
