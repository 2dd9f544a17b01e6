import { CONFIG_DOCS_PAGE, docsUrl } from '../docs';
import type { Finding } from '../finding';
import type { Locale } from '../rule';
import type { ConfigProblem } from './types';

/** The rule id under which config and pack errors are reported. */
export const CONFIG_ERROR_RULE = 'config-error';
/** docs/configuration.md of the installed package (a file: URI; shells may move it to their docs base). */
export const CONFIG_DOCS_URL = docsUrl(CONFIG_DOCS_PAGE);

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
