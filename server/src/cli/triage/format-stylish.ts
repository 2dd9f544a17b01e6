import type { Locale } from '../../engine/rule';
import type { TriageResult } from '../../engine/triage';
import { terminalSafeLine } from '../formatters/terminal-safe';
import { DEADLINE_LABEL, FINDING_LABEL, SEVERITY_LABEL } from './labels';

/** The triage for a terminal: the findings by report, then one line per report. */
export function formatTriageStylish(result: TriageResult, locale: Locale): string {
  const zh = locale === 'zh-CN';
  const out: string[] = [];
  const batch = result.findings.filter((f) => !f.file);
  const files = [...new Set(result.findings.filter((f) => f.file).map((f) => f.file as string))];
  const line = (f: TriageResult['findings'][number]) =>
    `  ${f.line !== undefined ? `${f.line}`.padStart(5) : '     '}  ${SEVERITY_LABEL[f.severity][locale]}  ${terminalSafeLine(f.message[locale])}  ${FINDING_LABEL[f.kind][locale]}`;
  if (batch.length) out.push(zh ? '本批' : 'Batch', ...batch.map(line), '');
  for (const file of files) out.push(terminalSafeLine(file), ...result.findings.filter((f) => f.file === file).map(line), '');
  out.push(
    zh
      ? `共 ${result.rows.length} 份报告，${result.findings.length} 个分拣问题。`
      : `${result.rows.length} reports, ${result.findings.length} triage findings.`,
  );
  for (const r of result.rows) {
    out.push(
      `  ${terminalSafeLine(r.file)}  ${terminalSafeLine(r.issuer ?? '—')}  ${r.year ?? '—'}  ${DEADLINE_LABEL[r.deadline.status][locale]}  ${r.counts.errors}/${r.counts.warnings}/${r.counts.infos}`,
    );
  }
  return `${out.join('\n')}\n`;
}
