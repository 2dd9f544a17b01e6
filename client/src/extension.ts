/**
 * The VS Code extension: starts the bundled fzlint language server over IPC and hands it the plain
 * text, Markdown and fzreport documents. Everything else (which documents are reports, settings,
 * diagnostics, fixes, outline, templates) is the server's job; this file only adds the VS Code UI:
 * a status bar item, four commands, switching report .txt files to the fzreport language, opening
 * the bundled rule pages in the Markdown preview, and last year's report read-only (previous-report.ts).
 */
import * as path from 'node:path';
import { commands, env, Hover, l10n, languages, MarkdownString, Uri, window, workspace, type ExtensionContext, type StatusBarItem } from 'vscode';
import { ExecuteCommandRequest, LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { adoptReportLanguage } from './report-language';
import { lintWorkspaceCommand } from './lint-workspace';
import { newReportCommand } from './new-report';
import { statusBar } from './status-bar';
import { isLocalMarkdownPage, MARKDOWN_PREVIEW_COMMAND, previewCommandUri, previewLinks } from './docs-preview';
import { previousReportViewer, SHOW_PREVIOUS_REPORT_COMMAND } from './previous-report';

let client: LanguageClient | undefined;

const LANGUAGES = ['plaintext', 'markdown', 'fzreport'];

/** VS Code's Markdown extension is there (it can be disabled): asked once. */
let previewAvailable: Promise<boolean> | undefined;
function canPreview(): Promise<boolean> {
  previewAvailable ??= Promise.resolve(commands.getCommands(true)).then(
    (all) => all.includes(MARKDOWN_PREVIEW_COMMAND),
    () => false,
  );
  return previewAvailable;
}

/** A bundled page's URI for the preview (without its #fragment). */
function pageUri(url: string): Uri {
  return Uri.parse(url).with({ fragment: '' });
}

/** Hover text whose links to bundled rule pages open them in the Markdown preview (that one command trusted). */
function withPreviewLinks(content: MarkdownString): MarkdownString {
  const value = previewLinks(content.value, (url) => previewCommandUri(pageUri(url).toJSON()));
  if (value === content.value) return content;
  const out = new MarkdownString(value, content.supportThemeIcons);
  out.supportHtml = content.supportHtml;
  out.baseUri = content.baseUri;
  out.isTrusted = { enabledCommands: [MARKDOWN_PREVIEW_COMMAND] };
  return out;
}

async function serverCommand<T>(command: string, ...args: unknown[]): Promise<T | undefined> {
  if (!client) return undefined;
  return client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args }) as Promise<T>;
}

/** The report files the Node client renames to fzreport: file: documents. */
const servedHere = (uri: Uri) => uri.scheme === 'file';

/** What `activate` returns (`extensions.getExtension('fzlint.fzlint').exports`): the editor suite reads the status bar through it. */
export interface FzlintExtensionApi {
  readonly statusBarItem: StatusBarItem;
}

export async function activate(context: ExtensionContext): Promise<FzlintExtensionApi> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.cjs'));
  // V8 flags for a small server (budget ≤ 100 MB RSS after 1,000 edits; docs/language-server.md,
  // bench/lsp-latency.mjs): a lint of a report allocates about 3 MB, but V8 grows the semi-spaces to
  // 16 MB each under a keystroke's steady allocation; 4 MB semi-spaces save 20+ MB. --optimize-for-size
  // makes V8 collect old-space garbage sooner and keep less optimized code: 80–85 MB instead of 110–115.
  const execArgv = ['--max-semi-space-size=4', '--optimize-for-size'];
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...execArgv, '--nolazy', '--inspect=6009'] } },
  };
  const outputChannel = window.createOutputChannel('fzlint');
  context.subscriptions.push(outputChannel);
  // 对照去年报告: last year's report read-only, from the server's text (previous-report.ts).
  const previousReport = previousReportViewer(() => client);
  context.subscriptions.push(previousReport.registration);
  const clientOptions: LanguageClientOptions = {
    documentSelector: LANGUAGES.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    outputChannel,
    // Code rules (JS) in packs never load in an untrusted workspace; the server asks nothing else.
    initializationOptions: { trusted: workspace.isTrusted },
    // Rule pages are bundled (docs/rules/*.md, file: links): hovers and the "show rule documentation"
    // action open them in the Markdown preview; a web page (fzlint.docsBase) opens as before. The rule
    // id of a diagnostic (Problems panel, the editor's own hover) keeps its file: link: the manifest's
    // default `workbench.editorAssociations` opens the installed docs/ in the preview editor.
    middleware: {
      provideHover: async (document, position, token, next) => {
        const hover = await next(document, position, token);
        if (!hover || !(await canPreview())) return hover;
        return new Hover(
          hover.contents.map((c) => (c instanceof MarkdownString ? withPreviewLinks(c) : c)),
          hover.range,
        );
      },
      executeCommand: async (command, args, next) => {
        const url: unknown = args[0];
        if (command === 'fzlint.server.showRuleDocs' && typeof url === 'string' && isLocalMarkdownPage(url) && (await canPreview())) {
          return commands.executeCommand(MARKDOWN_PREVIEW_COMMAND, pageUri(url));
        }
        if (command === SHOW_PREVIOUS_REPORT_COMMAND && typeof url === 'string' && (await previousReport.show(url, Number(args[1] ?? 0))))
          return { shown: true };
        return next(command, args);
      },
    },
  };
  client = new LanguageClient('fzlint', 'fzlint', serverOptions, clientOptions);

  // Status bar: the counts of the current report's problems; a click opens the Problems panel.
  const { item: status, update: updateStatus } = statusBar(context, LANGUAGES);
  context.subscriptions.push(
    languages.onDidChangeDiagnostics(updateStatus),
    window.onDidChangeActiveTextEditor(updateStatus),
    workspace.onDidOpenTextDocument((doc) => void adoptReportLanguage(doc, servedHere)),
  );

  context.subscriptions.push(
    lintWorkspaceCommand(serverCommand),
    commands.registerCommand('fzlint.fixAll', async () => {
      const editor = window.activeTextEditor;
      if (!editor) return;
      const result = await serverCommand<{ applied: boolean }>('fzlint.server.fixAll', editor.document.uri.toString());
      if (!result?.applied) void window.showInformationMessage(l10n.t('fzlint: nothing to fix with certainty in this document.'));
    }),
    newReportCommand(serverCommand),
    commands.registerCommand('fzlint.showOutput', () => outputChannel.show(true)),
  );

  await client.start();
  // Trust granted later: tell the server (it re-lints; code rules may load if fzlint.allowCodeRules is on).
  context.subscriptions.push(workspace.onDidGrantWorkspaceTrust(() => void client?.sendNotification('fzlint/didGrantWorkspaceTrust')));
  // One line in the fzlint output, so that “show output” shows which version runs and in which language.
  outputChannel.appendLine(
    l10n.t('fzlint {0}: language server started (display language {1}).', String(context.extension.packageJSON.version ?? ''), env.language),
  );
  for (const doc of workspace.textDocuments) void adoptReportLanguage(doc, servedHere);
  updateStatus();
  return { statusBarItem: status };
}

export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) await running.stop();
}
