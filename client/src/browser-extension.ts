/**
 * The extension on VS Code for the Web (vscode.dev, github.dev, code-server's web worker extension
 * host): package.json's `browser` entry. It starts the web worker language server
 * (dist/browser/server.js, server/src/lsp/browser-server.ts) and hands it the plain text, Markdown
 * and fzreport documents of any scheme (the web's workspaces are not `file:`). The server reads no
 * file: the built-in pack and the fzlint.* settings are the whole configuration.
 */
import { commands, Uri, window, workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, type LanguageClientOptions } from 'vscode-languageclient/browser';

const LANGUAGES = ['plaintext', 'markdown', 'fzreport'];

let client: LanguageClient | undefined;

/** What the web extension host offers of the browser's worker API (typed here: the client's lib has no DOM). */
interface WorkerGlobals {
  Worker: new (url: string) => Worker;
  Blob: new (parts: Uint8Array[], options: { type: string }) => unknown;
  URL: { createObjectURL(blob: unknown): string };
}

/**
 * The server's worker. vscode.dev and github.dev serve extensions over https: a worker starts from
 * the URL. An extension installed on a VS Code server (code-server) has a `vscode-remote:` URI, from
 * which the web extension host cannot start a worker (microsoft/vscode#144235): the bundle is read
 * through the workspace file system and started from a blob: URL instead.
 */
async function serverWorker(serverUri: Uri): Promise<Worker> {
  const g = globalThis as unknown as WorkerGlobals;
  if (serverUri.scheme === 'https' || serverUri.scheme === 'http') return new g.Worker(serverUri.toString(true));
  const bytes = await workspace.fs.readFile(serverUri);
  return new g.Worker(g.URL.createObjectURL(new g.Blob([bytes], { type: 'text/javascript' })));
}

export async function activate(context: ExtensionContext): Promise<void> {
  const serverUri = Uri.joinPath(context.extensionUri, 'dist', 'browser', 'server.js');
  const outputChannel = window.createOutputChannel('fzlint');
  context.subscriptions.push(
    outputChannel,
    commands.registerCommand('fzlint.showOutput', () => outputChannel.show(true)),
  );
  const clientOptions: LanguageClientOptions = {
    documentSelector: LANGUAGES.map((language) => ({ language })),
    outputChannel,
    initializationOptions: { trusted: workspace.isTrusted },
  };
  client = new LanguageClient('fzlint', 'fzlint', clientOptions, await serverWorker(serverUri));
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
