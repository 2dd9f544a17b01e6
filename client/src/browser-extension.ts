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
  client = new LanguageClient('fzlint', 'fzlint', clientOptions, new Worker(serverUri.toString(true)));
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
