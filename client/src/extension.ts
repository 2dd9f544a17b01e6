/**
 * The VS Code extension: starts the bundled fzlint language server over IPC and hands it the plain
 * text and Markdown documents. Everything else (which documents are reports, settings, diagnostics,
 * fixes) is the server's job.
 */
import * as path from 'node:path';
import { window, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.cjs'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const outputChannel = window.createOutputChannel('fzlint');
  context.subscriptions.push(outputChannel);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'untitled', language: 'plaintext' },
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    outputChannel,
  };
  client = new LanguageClient('fzlint', 'fzlint', serverOptions, clientOptions);
  await client.start();
}

export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) await running.stop();
}
