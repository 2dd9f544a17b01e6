import { MessageType, ShowMessageNotification, type Connection, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { clearLintCache } from './diagnostics';
import { filePathOf } from './documents';
import { registerConfigWatchers } from './config-files';
import { projectConfigs } from './project-config';

export { registerConfigWatchers };

/**
 * Wire config files into the server: their errors are published on them, and a change to one
 * (`workspace/didChangeWatchedFiles`, or saving one that the client syncs) drops every cached
 * configuration and re-lints all open documents — no restart needed.
 */
export function watchConfigFiles(connection: Connection, documents: TextDocuments<TextDocument>, relint: (doc: TextDocument) => void): void {
  projectConfigs.attach({
    publish: (uri, diagnostics) => void connection.sendDiagnostics({ uri, diagnostics }),
    log: (message) => connection.console.error(message),
    // A notification (window/showMessage), not a request: nothing to answer, nothing to fail.
    notify: (message) => void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message }).catch(() => undefined),
  });
  const reload = () => {
    projectConfigs.changed();
    clearLintCache();
    for (const doc of documents.all()) relint(doc);
  };
  connection.onDidChangeWatchedFiles((params) => {
    const relevant = params.changes.some((c) => {
      const file = filePathOf(c.uri);
      return file !== undefined && projectConfigs.isConfigFile(file);
    });
    if (relevant) reload();
  });
  documents.onDidSave(({ document }) => {
    const file = filePathOf(document.uri);
    if (file && projectConfigs.isConfigFile(file)) reload();
  });
}
