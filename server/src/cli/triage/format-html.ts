/**
 * The triage as one offline HTML page: the findings of the batch, then the table of reports, sortable
 * by clicking a column header (the review report's sort script, allowed by its hash in the page's CSP;
 * the page loads nothing). All text from the reports is escaped.
 */
import type { Locale } from '../../engine/rule';
import type { TriageResult } from '../../engine/triage';
import { escapeHtml, STYLE, TABLE_SORT_SCRIPT, TABLE_SORT_SCRIPT_HASH } from '../formatters/html';
import type { SkippedFile } from '../skipped';
import { skipMessage } from '../skipped';
import { FINDING_LABEL, SEVERITY_LABEL } from './labels';
import { partIdsOf, tableHeader, tableRow } from './table';

const T = {
  'zh-CN': {
    title: 'fzlint 报告分拣',
    findings: '分拣问题',
    none: '未发现问题。',
    reports: '报告一览',
    sortHint: '点击表头排序',
    skipped: '未检查的文件',
    line: '第 {n} 行',
    also: '另见',
  },
  en: {
    title: 'fzlint report triage',
    findings: 'Triage findings',
    none: 'No findings.',
    reports: 'Reports',
    sortHint: 'click a column header to sort',
    skipped: 'Files not checked',
    line: 'line {n}',
    also: 'see also',
  },
} as const;

const SEVERITY_CLASS = { error: 'e', warning: 'w', info: 'i' } as const;

export function formatTriageHtml(result: TriageResult, locale: Locale, skipped: readonly SkippedFile[]): string {
  const t = T[locale];
  const at = (file: string, line: number | undefined) => `${file}${line !== undefined ? ` ${t.line.replace('{n}', String(line))}` : ''}`;
  const findings = result.findings
    .map(
      (f) =>
        `<tr class="finding" data-kind="${f.kind}"><td class="${SEVERITY_CLASS[f.severity]}">${escapeHtml(SEVERITY_LABEL[f.severity][locale])}</td><td>${escapeHtml(FINDING_LABEL[f.kind][locale])}</td><td>${f.file ? escapeHtml(at(f.file, f.line)) : ''}</td><td>${escapeHtml(f.message[locale])}${
          f.related.length ? `<br><small>${escapeHtml(t.also)}：${f.related.map((r) => escapeHtml(at(r.file, r.line))).join('；')}</small>` : ''
        }</td></tr>`,
    )
    .join('');
  const ids = partIdsOf(result.rows);
  const head = tableHeader(result.rows, locale)
    .map((h) => `<th scope="col">${escapeHtml(h)}</th>`)
    .join('');
  const body = result.rows
    .map(
      (row) =>
        `<tr>${tableRow(row, ids, locale)
          .map((c) => (c.numeric ? `<td class="n" data-v="${escapeHtml(c.text)}">${escapeHtml(c.text)}</td>` : `<td>${escapeHtml(c.text)}</td>`))
          .join('')}</tr>`,
    )
    .join('');
  const notChecked = skipped.length
    ? `<section id="skipped"><h2>${t.skipped}（${skipped.length}）</h2><ul>${skipped.map((s) => `<li>${escapeHtml(s.filePath)}：${escapeHtml(skipMessage(s, locale))}</li>`).join('')}</ul></section>`
    : '';
  return `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src '${TABLE_SORT_SCRIPT_HASH}'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.title}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${t.title}</h1>
<section id="findings"><h2>${t.findings}（${result.findings.length}）</h2>${
    result.findings.length ? `<table class="findings"><tbody>${findings}</tbody></table>` : `<p class="ok">${t.none}</p>`
  }</section>
<section id="reports"><h2>${t.reports}（${result.rows.length}）</h2><p><small>${t.sortHint}</small></p><table class="sortable" id="triage-table"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></section>
${notChecked}
<script>${TABLE_SORT_SCRIPT}</script>
</body>
</html>
`;
}
