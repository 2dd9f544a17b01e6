/**
 * The extension on VS Code for the Web (vscode.dev, github.dev, code-server's web worker extension
 * host): package.json's `browser` entry. It starts the web worker language server
 * (dist/browser/server.js, server/src/lsp/browser-server.ts) and hands it the plain text, Markdown
 * and fzreport documents of any scheme (the web's workspaces are not `file:`), with the desktop
 * extension's status bar item (status-bar.ts). The server reads no file itself: it asks for the
 * workspace's config, pack and ignore files, which this side reads through the workspace API
 * (workspace-files.ts), and has the client watch them (workspace/didChangeWatchedFiles).
 */
import { commands, env, l10n, languages, Uri, window, workspace, type ExtensionContext } from 'vscode';
import { ExecuteCommandRequest, LanguageClient, type LanguageClientOptions } from 'vscode-languageclient/browser';
import { DICTIONARY_REQUEST, toBase64 } from '../../server/src/lsp/web-dictionary';
import { LIST_FOLDER_REQUEST, READ_BYTES_REQUEST, READ_FILE_REQUEST, WRITE_FILE_REQUEST } from '../../server/src/lsp/workspace-files';
import { bundledRulePage, MARKDOWN_PREVIEW_COMMAND } from './docs-preview';
import { lintWorkspaceCommand } from './lint-workspace';
import { newReportCommand } from './new-report';
import { statusBar } from './status-bar';
import { listWorkspaceEntries, listWorkspaceFolder, readWorkspaceBytes, readWorkspaceFile, writeWorkspaceFile } from './workspace-files';
import { previousReportViewer, SHOW_PREVIOUS_REPORT_COMMAND } from './previous-report';
import { adoptReportLanguage } from './report-language';
import { LIST_ENTRIES_REQUEST } from '../../server/src/lsp/web-workspace-lint';

const LANGUAGES = ['plaintext', 'markdown', 'fzreport'];

let client: LanguageClient | undefined;

/** What the web extension host offers of the browser's worker API (typed here: the client's lib has no DOM). */
interface WorkerGlobals {
  Worker: new (url: string) => Worker;
  Blob: new (parts: Uint8Array[], options: { type: string }) => unknown;
  URL: { createObjectURL(blob: unknown): string };
}

/**
 * The URL the server's worker starts from. vscode.dev and github.dev serve extensions over https: the
 * file's own URL. An extension installed on a VS Code server (code-server)
 * has a `vscode-remote:` URI, from which the web extension host cannot start a worker
 * (microsoft/vscode#144235): the file is read through the workspace file system, and given as a
 * blob: URL instead.
 */
async function workerUrl(uri: Uri, type: string): Promise<string> {
  if (uri.scheme === 'https' || uri.scheme === 'http') return uri.toString(true);
  const g = globalThis as unknown as WorkerGlobals;
  return g.URL.createObjectURL(new g.Blob([await workspace.fs.readFile(uri)], { type }));
}

async function serverCommand<T>(command: string, ...args: unknown[]): Promise<T | undefined> {
  if (!client) return undefined;
  return client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args }) as Promise<T>;
}

export async function activate(context: ExtensionContext): Promise<void> {
  const serverUri = Uri.joinPath(context.extensionUri, 'dist', 'browser', 'server.js');
  const outputChannel = window.createOutputChannel('fzlint');
  // 对照去年报告: last year's report read-only beside the report, from the server's text (previous-report.ts).
  const previousReport = previousReportViewer(
    () => client,
    (uri) => workspace.getWorkspaceFolder(uri) !== undefined,
  );
  context.subscriptions.push(previousReport.registration);
  context.subscriptions.push(
    outputChannel,
    commands.registerCommand('fzlint.showOutput', () => outputChannel.show(true)),
    newReportCommand(serverCommand),
    // 修复本报告中全部可确定的问题: the server's fix-all through workspace/applyEdit, as on the desktop.
    commands.registerCommand('fzlint.fixAll', async () => {
      const editor = window.activeTextEditor;
      if (!editor) return;
      const result = await serverCommand<{ applied: boolean }>('fzlint.server.fixAll', editor.document.uri.toString());
      if (!result?.applied) void window.showInformationMessage(l10n.t('fzlint: nothing to fix with certainty in this document.'));
    }),
    // 检查工作区中的全部报告: the server walks the folders through the client (LIST_ENTRIES_REQUEST below).
    lintWorkspaceCommand(serverCommand),
  );
  const clientOptions: LanguageClientOptions = {
    documentSelector: LANGUAGES.map((language) => ({ language })),
    outputChannel,
    // writeWorkspaceFiles: this client answers fzlint/writeWorkspaceFile (the verdict ledger only), so 忽略此问题 is offered.
    // docsBase: the extension's own docs/ folder, so that the rule links of the Problems panel and the hovers open
    // its pages (in the Markdown preview, by the manifest's editor association) instead of a relative link.
    initializationOptions: { trusted: workspace.isTrusted, writeWorkspaceFiles: true, docsBase: `${Uri.joinPath(context.extensionUri, 'docs').toString()}/` },
    middleware: {
      // 查看规则…的说明: the rule's page of the extension itself (docs/rules/*.md) in the Markdown preview.
      executeCommand: async (command, args, next) => {
        if (command === SHOW_PREVIOUS_REPORT_COMMAND && typeof args[0] === 'string' && (await previousReport.show(args[0], Number(args[1] ?? 0))))
          return { shown: true };
        const page = command === 'fzlint.server.showRuleDocs' && typeof args[0] === 'string' ? bundledRulePage(args[0]) : undefined;
        if (!page) return next(command, args);
        const uri = Uri.joinPath(context.extensionUri, 'docs', page);
        return commands.executeCommand(MARKDOWN_PREVIEW_COMMAND, uri);
      },
    },
  };
  const g = globalThis as unknown as WorkerGlobals;
  client = new LanguageClient('fzlint', 'fzlint', clientOptions, new g.Worker(await workerUrl(serverUri, 'text/javascript')));
  // The server's word dictionary: the VSIX's dist/jieba.dict (not in the worker's bundle), on request.
  const dictionaryUri = Uri.joinPath(context.extensionUri, 'dist', 'jieba.dict');
  client.onRequest(DICTIONARY_REQUEST, async () => toBase64(await workspace.fs.readFile(dictionaryUri)));
  // The workspace's config, pack and ignore files, for the server's configurations (inside the workspace folders only).
  client.onRequest(READ_FILE_REQUEST, readWorkspaceFile);
  // A file's bytes: last year's report as a Word file (inside the workspace folders only).
  client.onRequest(READ_BYTES_REQUEST, readWorkspaceBytes);
  // A folder's files, for last year's report with fzlint.previousReport: auto (inside the workspace folders only).
  client.onRequest(LIST_FOLDER_REQUEST, listWorkspaceFolder);
  // A folder's entries, for 检查工作区中的全部报告 (inside the workspace folders only).
  client.onRequest(LIST_ENTRIES_REQUEST, listWorkspaceEntries);
  // 忽略此问题: the verdict ledger the server wrote the dismissal into (that file only, inside the workspace folders only).
  client.onRequest(WRITE_FILE_REQUEST, writeWorkspaceFile);
  await client.start();
  // One line in the fzlint output, as the desktop extension writes it: which version runs, in which language.
  outputChannel.appendLine(
    l10n.t('fzlint {0}: language server started (display language {1}).', String(context.extension.packageJSON.version ?? ''), env.language),
  );
  // A plain-text report in the workspace gets the fzreport language (wrapping, highlighting), as on the desktop.
  const inWorkspace = (uri: Uri) => workspace.getWorkspaceFolder(uri) !== undefined;
  context.subscriptions.push(workspace.onDidOpenTextDocument((doc) => void adoptReportLanguage(doc, inWorkspace)));
  for (const doc of workspace.textDocuments) void adoptReportLanguage(doc, inWorkspace);
  // The desktop extension's status bar item: kind and counts of the current report.
  const status = statusBar(context, LANGUAGES);
  context.subscriptions.push(languages.onDidChangeDiagnostics(status.update), window.onDidChangeActiveTextEditor(status.update));
  status.update();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
