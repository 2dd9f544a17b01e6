import type { Finding } from '../finding';
import type { Locale } from '../rule';
import type { ConfigProblem } from './types';

/** The rule id under which config and pack errors are reported. */
export const CONFIG_ERROR_RULE = 'config-error';
export const CONFIG_DOCS_URL = 'https://github.com/fzlint/fzlint/blob/main/docs/configuration.md';

/** A config or pack problem as a finding on that file (span offsets are not known: 0). */
export function problemToFinding(p: ConfigProblem, locale: Locale): Finding {
  return {
    ruleId: CONFIG_ERROR_RULE,
    messageId: p.code,
    severity: 'error',
    message: p.messages[locale],
    messages: p.messages,
    span: { start: 0, end: 0 },
    line: p.line,
    column: p.column,
    endLine: p.endLine,
    endColumn: p.endColumn,
    url: CONFIG_DOCS_URL,
  };
}
