/** The ids of the server's commands and requests, for both servers (no file access here). */
import { REPORT_TEMPLATE_COMMAND } from './completion';

/**
 * Commands the server executes (`workspace/executeCommand`). The VS Code client's own commands
 * (fzlint.lintWorkspace, fzlint.fixAll, fzlint.newReport) call these; other editors can call them too.
 */
export const SHOW_RULE_DOCS_COMMAND = 'fzlint.server.showRuleDocs';
export const FIX_ALL_COMMAND = 'fzlint.server.fixAll';
export const LINT_WORKSPACE_COMMAND = 'fzlint.server.lintWorkspace';
/** Arguments: document URI, fingerprint, rule id, the finding's text. Writes a dismissal to the workspace ledger (lsp/ledger.ts). */
export const DISMISS_FINDING_COMMAND = 'fzlint.server.dismissFinding';

/**
 * Arguments: the file URI of last year's report, the 0-based line. Asks the client to show it there
 * (window/showDocument); the VS Code client opens it read-only instead (PREVIOUS_REPORT_TEXT_REQUEST).
 */
export const SHOW_PREVIOUS_REPORT_COMMAND = 'fzlint.server.showPreviousReport';
/** Request `{ uri }` → the text of last year's report as the server read it (a document's extracted text), or null. */
export const PREVIOUS_REPORT_TEXT_REQUEST = 'fzlint/previousReportText';

export const SERVER_COMMANDS = [
  SHOW_RULE_DOCS_COMMAND,
  FIX_ALL_COMMAND,
  LINT_WORKSPACE_COMMAND,
  REPORT_TEMPLATE_COMMAND,
  DISMISS_FINDING_COMMAND,
  SHOW_PREVIOUS_REPORT_COMMAND,
];
