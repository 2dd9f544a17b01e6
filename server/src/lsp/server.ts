/**
 * The fzlint language server: wiring only. Each feature lives in its own file:
 * documents.ts (which documents are reports), settings.ts (fzlint.* settings), validation.ts
 * (debounced linting), diagnostics.ts (findings → diagnostics), code-actions.ts (quick fixes, disable
 * comments, fix-all), features.ts (outline, folding, hover, completion, commands: symbols.ts, folding.ts,
 * hover.ts, completion.ts, commands.ts).
 *
 * Transport comes from the command line (`--stdio`, `--node-ipc`, `--socket=N`), as vscode-languageserver
 * reads it; the VS Code client uses IPC, other editors stdio.
 */
import {
  createConnection,
  DidChangeConfigurationNotification,
  MessageType,
  ShowMessageNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CODE_ACTION_KINDS, codeActions } from './code-actions';
import { diagnose, forgetLint, preparePrevious } from './diagnostics';
import { previousReports } from './previous-report';
import { FEATURE_CAPABILITIES, registerFeatures } from './features';
import { forgetParsed } from './parsed';
import { SettingsStore } from './settings';
import { registerConfigWatchers, watchConfigFiles } from './config-watch';
import { DEFAULT_DEBOUNCE_MS, Validator } from './validation';
import { clearLintCache } from './diagnostics';
import { filePathOf, forgetKind } from './documents';
import { projectConfigs } from './project-config';
import { DID_GRANT_TRUST_NOTIFICATION, readTrust, workspaceTrust } from './trust';
import { guardedTransport } from './lifecycle';

declare const FZLINT_VERSION: string | undefined;

// stdio and node-ipc go through the lifecycle guard (lifecycle.ts): spec errors before initialize
// and after shutdown, and a malformed header closes the connection with a log line.
const transport = guardedTransport();
const connection = transport ? createConnection(ProposedFeatures.all, transport.reader, transport.writer) : createConnection(ProposedFeatures.all);
// A failed promise somewhere (a client that rejects a request, a file gone mid-read) is logged, never
// fatal: the server runs on every keystroke of someone's report and must stay up.
process.on('unhandledRejection', (reason) => {
  connection.console.error(`fzlint: unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`);
});
const documents = new TextDocuments(TextDocument);

let capabilities: ClientCapabilities = {};
let workspaceFolders: { uri: string; name: string }[] = [];
let settings: SettingsStore = new SettingsStore(connection, false);

const relatedInformation = () => capabilities.textDocument?.publishDiagnostics?.relatedInformation === true;

const validator = new Validator(
  {
    document: (uri) => documents.get(uri),
    settings: (uri) => settings.get(uri),
    prepare: (doc, s) => preparePrevious(doc, s),
    diagnose: (doc, s) => diagnose(doc, s, relatedInformation()),
    publish: (params) => void connection.sendDiagnostics(params),
    error: (message) => connection.console.error(message),
  },
  DEFAULT_DEBOUNCE_MS,
);

connection.onInitialize((params): InitializeResult => {
  capabilities = params.capabilities;
  workspaceFolders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
  settings = new SettingsStore(connection, capabilities.workspace?.configuration === true);
  // Code rules in packs never load in an untrusted workspace (trust.ts); the client says which it is.
  workspaceTrust.trusted = readTrust(params.initializationOptions);
  projectConfigs.setWorkspaceFolders(workspaceFolders.map((f) => filePathOf(f.uri)).filter((f): f is string => f !== undefined));
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS, resolveProvider: true },
      ...FEATURE_CAPABILITIES,
    },
    serverInfo: { name: 'fzlint', version: typeof FZLINT_VERSION === 'string' ? FZLINT_VERSION : undefined },
  };
});

connection.onInitialized(() => {
  registerConfigWatchers(connection, capabilities);
  // Ask to be told about settings changes (VS Code only sends them when the server registers).
  if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'fzlint' });
  }
});

// Config files and rule packs: re-lint open reports when one changes (config-watch.ts).
watchConfigFiles(connection, documents, (doc) => validator.schedule(doc, 0));

connection.onDidChangeConfiguration((params) => {
  settings.changed(params);
  for (const doc of documents.all()) validator.schedule(doc, 0);
});

// The user trusted the workspace: code rules may load now (if fzlint.allowCodeRules is on).
connection.onNotification(DID_GRANT_TRUST_NOTIFICATION, () => {
  if (workspaceTrust.trusted) return;
  workspaceTrust.trusted = true;
  clearLintCache();
  for (const doc of documents.all()) validator.schedule(doc, 0);
});

documents.onDidOpen(({ document }) => validator.schedule(document, 0));
// fzlint.run: onType lints fzlint.debounce ms after the last change; onSave only on save (and open).
documents.onDidChangeContent(({ document }) => {
  void settings.get(document.uri).then((s) => {
    if (s.run === 'onType') validator.schedule(document, s.debounce);
  });
});
documents.onDidSave(({ document }) => {
  void settings.get(document.uri).then((s) => {
    if (s.run === 'onSave') validator.schedule(document, 0);
  });
  // A saved report may be (or stop being) another open report's last year: those look again.
  for (const uri of previousReports.looking()) {
    const other = uri === document.uri ? undefined : documents.get(uri);
    if (other) validator.schedule(other, 0);
  }
});
documents.onDidClose(({ document }) => {
  validator.close(document.uri);
  settings.forget(document.uri);
  forgetLint(document.uri);
  forgetParsed(document.uri);
  forgetKind(document.uri);
  previousReports.forget(document.uri);
});

// Last year's report (fzlint.previousReport): a named file that cannot be read is said once, as a warning.
previousReports.attach({
  log: (message) => connection.console.error(message),
  notify: (message) => void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message }).catch(() => undefined),
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
      resolveEdits: capabilities.textDocument?.codeAction?.resolveSupport?.properties.includes('edit') === true,
    });
  } catch (error) {
    connection.console.error(`fzlint: code actions for ${doc.uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return [];
  }
});

connection.onShutdown(() => validator.dispose());

registerFeatures({
  connection,
  documents,
  settings: (uri) => settings.get(uri),
  capabilities: () => capabilities,
  revalidate: () => {
    for (const doc of documents.all()) validator.schedule(doc, 0);
  },
  folders: async () => {
    if (capabilities.workspace?.workspaceFolders) workspaceFolders = (await connection.workspace.getWorkspaceFolders()) ?? workspaceFolders;
    return workspaceFolders;
  },
});

documents.listen(connection);
connection.listen();
