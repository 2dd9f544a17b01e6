/**
 * The triage table as cells: one header row and one row per report. The CSV writes it as is; the HTML
 * page adds sort keys. A required part is one column each (✓ present, ✗ absent, — not an annual report).
 */
import type { Locale } from '../../engine/rule';
import type { TriageRow } from '../../engine/triage';
import { KIND_LABEL } from '../skipped';
import { COLUMN_LABEL, DEADLINE_LABEL, LEVEL_LABEL } from './labels';

export interface TableCell {
  text: string;
  /** Numeric columns sort by number. */
  numeric?: boolean;
}

const BASE_COLUMNS = ['file', 'kind', 'issuer', 'level', 'year', 'date', 'deadline', 'due', 'errors', 'warnings', 'infos', 'triage'] as const;

export function tableHeader(rows: readonly TriageRow[], locale: Locale): string[] {
  const parts = rows.find((r) => r.parts.length > 0)?.parts ?? [];
  return [...BASE_COLUMNS.map((c) => COLUMN_LABEL[c][locale]), ...parts.map((p) => `${COLUMN_LABEL.parts[locale]}：${p.name[locale]}`)];
}

export function tableRow(row: TriageRow, partIds: readonly string[], locale: Locale): TableCell[] {
  const n = (v: number): TableCell => ({ text: String(v), numeric: true });
  return [
    { text: row.file },
    { text: KIND_LABEL[row.kind][locale] },
    { text: row.issuer ?? '' },
    { text: row.level ? LEVEL_LABEL[row.level][locale] : '' },
    row.year !== undefined ? n(row.year) : { text: '' },
    { text: row.date ?? '' },
    { text: DEADLINE_LABEL[row.deadline.status][locale] },
    { text: row.deadline.due ?? '' },
    n(row.counts.errors),
    n(row.counts.warnings),
    n(row.counts.infos),
    n(row.triage),
    // Required parts are an annual report's: another kind of document shows —.
    ...partIds.map((id) => ({ text: row.kind !== 'annual-report' ? '—' : row.parts.find((p) => p.id === id)?.present ? '✓' : '✗' })),
  ];
}

export function partIdsOf(rows: readonly TriageRow[]): string[] {
  return (rows.find((r) => r.parts.length > 0)?.parts ?? []).map((p) => p.id);
}
