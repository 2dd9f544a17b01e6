import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver/node';
import { candidateEntries, MAX_BYTES, MAX_FILES, type FolderEntry } from './workspace-lint';
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

export { lintWorkspace, type WorkspaceLintHost, type WorkspaceLintResult } from './workspace-lint';

/** A folder's entries through fs (a link is neither a file nor a folder: never followed). */
function listFolder(dir: string): FolderEntry[] | undefined {
  try {
    return fs
      .readdirSync(dir, { withFileTypes: true })
      .map((e) => ({ name: e.name, kind: e.isDirectory() ? 'directory' : e.isFile() ? 'file' : 'other' }) as FolderEntry);
  } catch {
    return undefined;
  }
}

/** The .txt/.md files under a folder (no dot-directories, node_modules, build output), at most 2,000. */
export async function candidateFiles(root: string, limit = MAX_FILES): Promise<string[]> {
  return candidateEntries(root, { list: listFolder, child: (dir, name) => path.join(dir, name) }, limit);
}

/** The Node server's walking and reading for lintWorkspace (file: URIs of the local disk). */
export const nodeWorkspaceFiles = {
  async candidates(folderUri: string): Promise<string[]> {
    const root = filePathOf(folderUri);
    return root ? (await candidateFiles(root)).map((file) => pathToFileURL(file).href) : [];
  },
  async read(uri: string): Promise<string | undefined> {
    const file = filePathOf(uri);
    if (!file) return undefined;
    try {
      // Regular files only, size checked before reading (never a FIFO or a device).
      return readRegularFile(file, MAX_BYTES).bytes.toString('utf8');
    } catch {
      return undefined;
    }
  },
};

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
