/**
 * The triage table as CSV: UTF-8 with a BOM (so that Excel reads the Chinese text right), CRLF line
 * ends and RFC 4180 quoting. A text cell that a spreadsheet would run as a formula (= + - @ at the
 * start) gets a leading apostrophe.
 */
import type { Locale } from '../../engine/rule';
import type { TriageResult } from '../../engine/triage';
import { partIdsOf, tableHeader, tableRow } from './table';

export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function neutralised(text: string, numeric: boolean | undefined): string {
  return !numeric && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function formatTriageCsv(result: TriageResult, locale: Locale): string {
  const ids = partIdsOf(result.rows);
  const lines = [tableHeader(result.rows, locale).map(csvField).join(',')];
  for (const row of result.rows)
    lines.push(
      tableRow(row, ids, locale)
        .map((c) => csvField(neutralised(c.text, c.numeric)))
        .join(','),
    );
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
