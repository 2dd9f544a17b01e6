import type { Locale } from '../../engine/rule';
import type { TriageResult } from '../../engine/triage';
import type { SkippedFile } from '../skipped';

/** The triage as JSON: rows, and findings with the message in the chosen language and in both. */
export function formatTriageJson(result: TriageResult, locale: Locale, skipped: readonly SkippedFile[]): string {
  const findings = result.findings.map((f) => ({ ...f, messages: f.message, message: f.message[locale] }));
  return `${JSON.stringify({ rows: result.rows, findings, skipped }, null, 2)}\n`;
}
