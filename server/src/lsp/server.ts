/**
 * The fzlint language server: wiring only. Each feature lives in its own file:
 * documents.ts (which documents are reports), settings.ts (fzlint.* settings), validation.ts
 * (debounced linting), diagnostics.ts (findings → diagnostics), code-actions.ts (quick fixes, fix-all).
 *
 * Transport comes from the command line (`--stdio`, `--node-ipc`, `--socket=N`), as vscode-languageserver
 * reads it; the VS Code client uses IPC, other editors stdio.
 */
import {
  createConnection,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CODE_ACTION_KINDS, codeActions } from './code-actions';
import { diagnose } from './diagnostics';
import { SettingsStore } from './settings';
import { DEFAULT_DEBOUNCE_MS, Validator } from './validation';

declare const FZLINT_VERSION: string | undefined;

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

let capabilities: ClientCapabilities = {};
let settings: SettingsStore = new SettingsStore(connection, false);

const relatedInformation = () => capabilities.textDocument?.publishDiagnostics?.relatedInformation === true;

const validator = new Validator(
  {
    document: (uri) => documents.get(uri),
    settings: (uri) => settings.get(uri),
    diagnose: (doc, s) => diagnose(doc, s, relatedInformation()),
    publish: (params) => void connection.sendDiagnostics(params),
    error: (message) => connection.console.error(message),
  },
  DEFAULT_DEBOUNCE_MS,
);

connection.onInitialize((params): InitializeResult => {
  capabilities = params.capabilities;
  settings = new SettingsStore(connection, capabilities.workspace?.configuration === true);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS },
    },
    serverInfo: { name: 'fzlint', version: typeof FZLINT_VERSION === 'string' ? FZLINT_VERSION : undefined },
  };
});

connection.onInitialized(() => {
  // Ask to be told about settings changes (VS Code only sends them when the server registers).
  if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'fzlint' });
  }
});

connection.onDidChangeConfiguration((params) => {
  settings.changed(params);
  for (const doc of documents.all()) validator.schedule(doc, 0);
});

documents.onDidOpen(({ document }) => validator.schedule(document, 0));
documents.onDidChangeContent(({ document }) => validator.schedule(document));
documents.onDidClose(({ document }) => {
  validator.close(document.uri);
  settings.forget(document.uri);
});

connection.onCodeAction(async (params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return [];
  const documentSettings = await settings.get(doc.uri);
  // The settings request may have let a change through: always answer for the latest text.
  const latest = documents.get(doc.uri);
  if (!latest) return [];
  try {
    return codeActions(params, latest, {
      settings: documentSettings,
      documentChanges: capabilities.workspace?.workspaceEdit?.documentChanges === true,
    });
  } catch (error) {
    connection.console.error(`fzlint: code actions for ${doc.uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return [];
  }
});

connection.onShutdown(() => validator.dispose());

documents.listen(connection);
connection.listen();
