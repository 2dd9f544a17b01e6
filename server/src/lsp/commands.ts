import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { MessageType, ShowMessageNotification, type Connection, type PublishDiagnosticsParams, type WorkspaceFolder } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { filePathOf } from './documents';

// The template command needs no file: it lives with the skeleton (completion.ts), for the web server too.
export { REPORT_TEMPLATE_COMMAND, templateFromArguments } from './completion';
import { readRegularFile } from '../engine/io/safe-file';

export {
  SHOW_RULE_DOCS_COMMAND,
  FIX_ALL_COMMAND,
  LINT_WORKSPACE_COMMAND,
  DISMISS_FINDING_COMMAND,
  SHOW_PREVIOUS_REPORT_COMMAND,
  PREVIOUS_REPORT_TEXT_REQUEST,
  SERVER_COMMANDS,
} from './command-ids';
export { showRuleDocs } from './rule-docs-command';

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.vscode-test']);
const MAX_FILES = 2000;
const MAX_BYTES = 20 * 1024 * 1024;

/** The .txt/.md files under a folder (no dot-directories, node_modules, build output), at most 2,000. */
export function candidateFiles(root: string, limit = MAX_FILES): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (out.length >= limit) return;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && !SKIP_DIRS.has(entry.name)) walk(full);
      } else if (entry.isFile() && /\.(txt|md|markdown)$/i.test(entry.name)) {
        out.push(full);
      }
    }
  };
  walk(root);
  return out;
}

export interface WorkspaceLintHost {
  folders(): Promise<WorkspaceFolder[]>;
  /** The open document for a URI: the validator publishes its diagnostics; the run only counts them. */
  openDocument(uri: string): TextDocument | undefined;
  /** Diagnostics for a document that is not open (empty when it is not a report). */
  diagnose(doc: TextDocument): Promise<PublishDiagnosticsParams['diagnostics']>;
  publish(params: PublishDiagnosticsParams): void;
}

export interface WorkspaceLintResult {
  files: number;
  reports: number;
  problems: number;
}

/** Lint every report file in the workspace folders and publish its diagnostics (Problems panel). */
export async function lintWorkspace(host: WorkspaceLintHost): Promise<WorkspaceLintResult> {
  const result: WorkspaceLintResult = { files: 0, reports: 0, problems: 0 };
  for (const folder of await host.folders()) {
    const root = filePathOf(folder.uri);
    if (!root) continue;
    for (const file of candidateFiles(root)) {
      const uri = pathToFileURL(file).href;
      result.files++;
      const open = host.openDocument(uri);
      if (open) {
        // Counted from the editor's text (what the Problems panel shows), not re-published.
        const problems = (await host.diagnose(open)).length;
        if (problems > 0) {
          result.reports++;
          result.problems += problems;
        }
        continue;
      }
      let text: string;
      try {
        // Regular files only, size checked before reading (never a FIFO or a device).
        text = readRegularFile(file, MAX_BYTES).bytes.toString('utf8');
      } catch {
        continue;
      }
      const languageId = /\.(md|markdown)$/i.test(file) ? 'markdown' : 'plaintext';
      const diagnostics = await host.diagnose(TextDocument.create(uri, languageId, 0, text));
      if (diagnostics.length === 0) continue;
      result.reports++;
      result.problems += diagnostics.length;
      host.publish({ uri, diagnostics });
    }
  }
  return result;
}

/**
 * 对照去年报告: `window/showDocument` of last year's report at `line` (0-based), selected. A document
 * (.docx, .pdf …) has no lines an editor shows: it opens in its own application, and a message names
 * the line of its text. Without showDocument, a message names the file and the line.
 */
export async function showPreviousReport(
  connection: Connection,
  uri: string,
  line: number,
  canShowDocument: boolean,
  locale: 'zh-CN' | 'en',
): Promise<{ shown: boolean }> {
  const file = filePathOf(uri);
  if (!file) return { shown: false };
  const at = Number.isInteger(line) && line >= 0 ? line : 0;
  const text = /\.(txt|md|markdown)$/i.test(file);
  const where = locale === 'en' ? `Last year's report: ${file}, line ${at + 1}` : `去年的报告：${file}第${at + 1}行`;
  if (canShowDocument) {
    const position = { line: at, character: 0 };
    const shown = await connection.window
      .showDocument(text ? { uri, takeFocus: true, selection: { start: position, end: position } } : { uri, external: true })
      .catch(() => ({ success: false }));
    if (shown.success && text) return { shown: true };
    if (shown.success) {
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: where });
      return { shown: true };
    }
  }
  void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: where });
  return { shown: false };
}
