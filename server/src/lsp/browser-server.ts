/**
 * The fzlint language server in a web worker (VS Code for the Web: vscode.dev, github.dev,
 * code-server's web worker extension host). scripts/browser-build.mjs bundles it for the browser
 * (dist/browser/server.js, no Node built-in: test/package/browser-build.test.ts).
 *
 * The reduced path of server.ts. The worker reads no file itself: the config files, packs and ignore
 * files of a report's workspace come through the client (workspace-files.ts) and are resolved as the
 * CLI resolves them (web-configs.ts: discovery, extends, overrides, ignores), with the editor's
 * settings (workspace/configuration) on top; a change to one (workspace/didChangeWatchedFiles)
 * re-lints. Code rules never run here: a pack's are refused with a diagnostic on it. Last year's report
 * (web-previous.ts) and the verdict ledger (web-ledger.ts) come through the client too; 忽略此问题 writes
 * the ledger through it (fzlint/writeWorkspaceFile) when the client says it answers that request
 * (initializationOptions.writeWorkspaceFiles).
 * The features are the Node server's modules: diagnostics (diagnostic-convert.ts), the code actions
 * (quick-fixes.ts: fixes, suggestions, disable comments, the rule's page, fix-all, source.fixAll),
 * the fix-all command (workspace/applyEdit), hover, outline, folding, completion, the report template
 * command, and the workspace lint (web-workspace-lint.ts: the client lists the folders and reads the
 * reports).
 *
 * The word dictionary is not in the bundle: the client sends dist/jieba.dict when asked (web-dictionary.ts).
 */
import {
  BrowserMessageReader,
  BrowserMessageWriter,
  createConnection,
  DidChangeConfigurationNotification,
  MessageType,
  ShowMessageNotification,
  type Diagnostic,
  TextDocuments,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type CodeAction,
  type Connection,
  type InitializeResult,
  type WorkspaceFolder,
} from 'vscode-languageserver/browser';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, ReportDocument } from '../engine';
import { useDictionaryBuffer } from '../engine/document/segmenter';
import { explainFigureAt } from '../engine/figures/explain';
import { lexiconFor } from '../engine/figures/lexicon';
import { shellDefaultsConfig } from '../engine/project/defaults';
import { lintWith, planFor, type FileConfig, type LintPlan, type ReadEntry } from '../engine/project';
import { registerConfigWatchers } from './config-files';
import { completions, REPORT_TEMPLATE_COMMAND, templateFromArguments } from './completion';
import { toDiagnostic, type DiagnosticData } from './diagnostic-convert';
import {
  DISMISS_FINDING_COMMAND,
  FIX_ALL_COMMAND,
  LINT_WORKSPACE_COMMAND,
  PREVIOUS_REPORT_TEXT_REQUEST,
  SHOW_PREVIOUS_REPORT_COMMAND,
  SHOW_RULE_DOCS_COMMAND,
} from './command-ids';
import { parsedFor } from './parsed';
import { fingerprintFindings } from '../engine/fingerprint';
import { LedgerError } from '../engine/io/ledger-format';
import { WebLedgers } from './web-ledger';
import { WebPreviousReports } from './web-previous';
import { applyFixAll } from './fix-all-command';
import { CODE_ACTION_KINDS, codeActions, fixAllEdit, resolveFixAll, type CodeActionOptions, type FixSource } from './quick-fixes';
import { showRuleDocs } from './rule-docs-command';
import { documentLanguage, forgetKind, isReportCandidate, isReportDocument } from './documents';
import { foldingRanges } from './folding';
import { findingHover } from './hover';
import { SettingsStore, type FzlintSettings } from './settings';
import { sizeLimitFinding } from './size-limit';
import { documentSymbols } from './symbols';
import { DEFAULT_DEBOUNCE_MS, Validator } from './validation';
import { WebConfigs } from './web-configs';
import { DICTIONARY_REQUEST, fromBase64 } from './web-dictionary';
import {
  LIST_FOLDER_REQUEST,
  READ_BYTES_REQUEST,
  READ_FILE_REQUEST,
  WRITE_FILE_REQUEST,
  workspacePath,
  type ListFolderParams,
  type ListFolderResult,
  type ReadBytesResult,
  type ReadFileParams,
  type WriteFileParams,
  type WriteFileResult,
} from './workspace-files';
import { lintWorkspace } from './workspace-lint';
import { LIST_ENTRIES_REQUEST, sameFile, webWorkspaceFiles, type ListEntriesParams, type ListEntriesResult } from './web-workspace-lint';

declare const FZLINT_VERSION: string | undefined;
declare const self: object;

const connection = createConnection(new BrowserMessageReader(self as never), new BrowserMessageWriter(self as never));
const documents = new TextDocuments(TextDocument);

let capabilities: ClientCapabilities = {};
let workspaceFolders: WorkspaceFolder[] = [];
/** The client answers fzlint/writeWorkspaceFile (the VS Code web client does): 忽略此问题 is offered. */
let canWriteLedger = false;
/**
 * Where the extension's own docs/ folder is (initializationOptions.docsBase: the web client sends its
 * extension URI's docs/, ending in `/`): the rule links of diagnostics and hovers point there, unless the
 * user set fzlint.docsBase. Empty: the links stay relative (another client).
 */
let extensionDocs = '';

/** The docs base of the links: the user's fzlint.docsBase, else the extension's docs/ folder. */
function docsBaseOf(s: FzlintSettings): string | undefined {
  return s.docsBase || extensionDocs || undefined;
}

/** A base the client gave: an absolute URI (scheme://…) ending in `/`, without query or fragment; else empty. */
function clientDocsBase(value: unknown): string {
  return typeof value === 'string' && /^[a-z][a-z0-9+.-]*:\/\/[^?#]*\/$/i.test(value) && !/^(javascript|data):/i.test(value) ? value : '';
}
let dictionary: Promise<void> | undefined;

/** Ask the client for the word dictionary and open it (once) before the first lint. */
function ready(): Promise<void> {
  dictionary ??= connection.sendRequest<string>(DICTIONARY_REQUEST).then((base64) => useDictionaryBuffer(fromBase64(base64)));
  return dictionary;
}
let settings = new SettingsStore(connection, false);

const webConfigs = new WebConfigs({
  read: (uri) => connection.sendRequest<ReadEntry>(READ_FILE_REQUEST, { uri } satisfies ReadFileParams),
  publish: (uri, diagnostics: Diagnostic[]) => void connection.sendDiagnostics({ uri, diagnostics }),
  log: (message) => connection.console.error(message),
});

// Last year's report (fzlint.previousReport, fzlint.archiveFolders): read through the client too.
const previousReports = new WebPreviousReports({
  read: (uri) => connection.sendRequest<ReadEntry>(READ_FILE_REQUEST, { uri } satisfies ReadFileParams),
  readBytes: (uri) => connection.sendRequest<ReadBytesResult>(READ_BYTES_REQUEST, { uri } satisfies ReadFileParams),
  list: (uri) => connection.sendRequest<ListFolderResult>(LIST_FOLDER_REQUEST, { uri } satisfies ListFolderParams),
  notify: (message) => void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message }).catch(() => undefined),
  log: (message) => connection.console.error(message),
});

// The verdict ledger (.fzlint-verdicts.json): its dismissed findings are not shown, not fixed; 忽略此问题 writes to it.
const ledgers = new WebLedgers({
  read: (uri) => connection.sendRequest<ReadEntry>(READ_FILE_REQUEST, { uri } satisfies ReadFileParams),
  write: (uri, text) => connection.sendRequest<WriteFileResult>(WRITE_FILE_REQUEST, { uri, text } satisfies WriteFileParams),
  log: (message) => connection.console.error(message),
});

/** The configuration of a report from its workspace's config files (undefined: the defaults and the settings). */
async function configFor(doc: TextDocument, s: FzlintSettings): Promise<FileConfig | undefined> {
  return s.enable && isReportDocument(doc) ? webConfigs.forDocument(doc.uri, s) : undefined;
}

interface Linted {
  version: number;
  key: string;
  /** The configuration it was linted with (the same object while the config files are unchanged). */
  config?: FileConfig['config'];
  ignored?: boolean;
  /** The plan the text was linted with (configuration, rules, language): fix-all lints with it again. */
  plan: LintPlan;
  findings: Finding[];
  doc?: ReportDocument;
}
const lastLint = new Map<string, Linted>();

const defaultPlans = new Map<string, LintPlan>();

/** The plan of a report without last year's: its configuration's, or the defaults with the settings (one object per settings). */
function basePlan(doc: TextDocument, s: FzlintSettings, fc: FileConfig | undefined): LintPlan {
  const language = documentLanguage(doc);
  if (fc) return planFor(fc, workspacePath(doc.uri)?.path, language);
  const key = JSON.stringify([s.locale, s.rules, language]);
  let plan = defaultPlans.get(key);
  if (!plan) {
    plan = { config: shellDefaultsConfig({ locale: s.locale, rules: s.rules }), language };
    defaultPlans.set(key, plan);
  }
  return plan;
}

/** Link last year's report of a report before its lint (reads through the client); a failure is logged. */
async function preparePrevious(doc: TextDocument, s: FzlintSettings, fc: FileConfig | undefined): Promise<void> {
  if (!s.enable || !isReportDocument(doc) || fc?.ignored) {
    previousReports.forget(doc.uri);
    return;
  }
  if (!s.previousReport && !previousReports.of(doc.uri)) return;
  const plan = basePlan(doc, s, fc);
  await previousReports
    .refresh(doc.uri, s, plan, () => parsedFor(doc, plan))
    .catch((error: unknown) => {
      previousReports.forget(doc.uri);
      failed(connection, `last year's report for ${doc.uri}`, error);
    });
}

/** The findings of this version with these settings and this configuration (configFor). */
function lintDocument(doc: TextDocument, s: FzlintSettings, fc: FileConfig | undefined): Linted {
  const previous = previousReports.of(doc.uri);
  const key = JSON.stringify([doc.languageId, s.enable, s.locale, s.rules, previous?.key ?? '']);
  const hit = lastLint.get(doc.uri);
  if (hit && hit.version === doc.version && hit.key === key && hit.config === fc?.config && hit.ignored === fc?.ignored) return hit;
  const base = basePlan(doc, s, fc);
  const plan: LintPlan = previous?.link ? { ...base, previous: previous.link } : base;
  let linted: Linted = { version: doc.version, key, config: fc?.config, ignored: fc?.ignored, plan, findings: [] };
  // A report its config's `ignores` or a .fzlintignore excludes: no findings, as the CLI.
  if (s.enable && isReportDocument(doc) && !fc?.ignored) {
    const text = doc.getText();
    const tooLarge = sizeLimitFinding(text, s.locale);
    if (tooLarge) linted.findings = [tooLarge];
    else {
      const result = lintWith(text, plan, parsedFor(doc, base));
      linted = { ...linted, findings: result.findings, doc: result.doc };
    }
  }
  lastLint.set(doc.uri, linted);
  return linted;
}

/** The configuration each open report was last linted with (prepare resolves it, diagnose uses it). */
const configs = new Map<string, FileConfig | undefined>();

const relatedInformation = () => capabilities.textDocument?.publishDiagnostics?.relatedInformation === true;

const validator = new Validator(
  {
    document: (uri) => documents.get(uri),
    settings: (uri) => settings.get(uri),
    // The word dictionary is unpacked once, before the first lint; the config files are read then.
    prepare: async (doc, s) => {
      await ready();
      const fc = await configFor(doc, s);
      configs.set(doc.uri, fc);
      await preparePrevious(doc, s, fc);
      if (s.enable && isReportDocument(doc))
        await ledgers.refresh(doc.uri, s.locale).catch((error: unknown) => failed(connection, `the verdict ledger for ${doc.uri}`, error));
    },
    diagnose: (doc, s) => diagnosticsOf(doc, s, lintDocument(doc, s, configs.get(doc.uri)), relatedInformation()),
    publish: (params) => void connection.sendDiagnostics(params),
    error: (message) => connection.console.error(message),
  },
  DEFAULT_DEBOUNCE_MS,
);

connection.onInitialize((params): InitializeResult => {
  capabilities = params.capabilities;
  settings = new SettingsStore(connection, capabilities.workspace?.configuration === true);
  const options = params.initializationOptions as { writeWorkspaceFiles?: unknown; docsBase?: unknown } | undefined;
  canWriteLedger = options?.writeWorkspaceFiles === true;
  extensionDocs = clientDocsBase(options?.docsBase);
  workspaceFolders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : []);
  const folders = workspaceFolders.map((f) => f.uri);
  webConfigs.setWorkspaceFolders(folders);
  ledgers.setWorkspaceFolders(folders);
  previousReports.setWorkspaceFolders(folders);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS, resolveProvider: true },
      documentSymbolProvider: { label: 'fzlint' },
      foldingRangeProvider: true,
      hoverProvider: true,
      completionProvider: { resolveProvider: false },
      // 从模板新建年度报告 (fzlint.newReport), 修复全部可确定的问题 (fzlint.fixAll), a rule's page, 检查工作区中的
      // 全部报告 (fzlint.lintWorkspace); 忽略此问题 where the client writes the ledger.
      executeCommandProvider: {
        commands: [
          REPORT_TEMPLATE_COMMAND,
          FIX_ALL_COMMAND,
          SHOW_RULE_DOCS_COMMAND,
          SHOW_PREVIOUS_REPORT_COMMAND,
          LINT_WORKSPACE_COMMAND,
          ...(canWriteLedger ? [DISMISS_FINDING_COMMAND] : []),
        ],
      },
    },
    serverInfo: { name: 'fzlint', version: typeof FZLINT_VERSION === 'string' ? FZLINT_VERSION : undefined },
  };
});

connection.onInitialized(() => {
  if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'fzlint' });
  }
  registerConfigWatchers(connection, capabilities);
});

// A config, pack or ignore file of a workspace changed: every open report is resolved and linted again.
connection.onDidChangeWatchedFiles((params) => {
  if (!webConfigs.changed(params.changes.map((c) => c.uri))) return;
  lastLint.clear();
  for (const doc of documents.all()) validator.schedule(doc, 0);
});

connection.onDidChangeConfiguration((params) => {
  settings.changed(params);
  for (const doc of documents.all()) validator.schedule(doc, 0);
});

documents.onDidOpen(({ document }) => validator.schedule(document, 0));
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
  for (const other of documents.all()) if (other.uri !== document.uri && previousReports.of(other.uri)) validator.schedule(other, 0);
});
documents.onDidClose(({ document }) => {
  validator.close(document.uri);
  settings.forget(document.uri);
  lastLint.delete(document.uri);
  configs.delete(document.uri);
  previousReports.forget(document.uri);
  ledgers.forget(document.uri);
});

/** A report's latest text, its settings and its lint, for the features (undefined: not a report, or off). */
async function reportFor(uri: string): Promise<{ doc: TextDocument; settings: FzlintSettings; linted: Linted } | undefined> {
  const s = await settings.get(uri);
  const first = documents.get(uri);
  if (!first || !s.enable || !isReportDocument(first)) return undefined;
  await ready();
  const fc = await configFor(first, s);
  // The requests above may have let a change through: always answer for the latest text.
  const doc = documents.get(uri);
  if (!doc || !isReportDocument(doc)) return undefined;
  return { doc, settings: s, linted: lintDocument(doc, s, fc) };
}

/** A lint's diagnostics as the Node server's diagnose makes them: without the ledger's dismissed findings, with last year's line. */
function diagnosticsOf(doc: TextDocument, s: FzlintSettings, linted: Linted, related: boolean): Diagnostic[] {
  const dismissed = ledgers.dismissed(doc.uri);
  // The fingerprints: to leave out what the ledger dismisses, and for 忽略此问题 to record (as the Node server's diagnose).
  const prints = dismissed.size > 0 || canWriteLedger ? fingerprintFindings(doc.getText(), linted.findings) : [];
  const previous = previousReports.of(doc.uri);
  const out: Diagnostic[] = [];
  linted.findings.forEach((f, i) => {
    if (dismissed.size > 0 && dismissed.has(`${f.ruleId}\u0000${prints[i]}`)) return;
    const d = toDiagnostic(f, doc, { locale: s.locale, relatedInformation: related, docsBase: docsBaseOf(s) });
    if (canWriteLedger) (d.data as DiagnosticData).fingerprint = prints[i];
    // 对照去年报告: the finding's line in last year's report (the code action opens it there).
    if (f.previous && previous?.uri) (d.data as DiagnosticData).previous = { uri: previous.uri, line: Math.max((f.previous.line ?? 1) - 1, 0) };
    out.push(d);
  });
  return out;
}

type Report = NonNullable<Awaited<ReturnType<typeof reportFor>>>;

// 检查工作区中的全部报告: the client lists the folders and reads the reports (web-workspace-lint.ts).
const workspaceFiles = webWorkspaceFiles({
  list: (uri) => connection.sendRequest<ListEntriesResult>(LIST_ENTRIES_REQUEST, { uri } satisfies ListEntriesParams),
  read: (uri) => connection.sendRequest<ReadEntry>(READ_FILE_REQUEST, { uri } satisfies ReadFileParams),
});

/** The workspace folders: from initialize, and from the client when it can say (folders added later). */
async function currentFolders(): Promise<WorkspaceFolder[]> {
  if (capabilities.workspace?.workspaceFolders) workspaceFolders = (await connection.workspace.getWorkspaceFolders().catch(() => null)) ?? workspaceFolders;
  return workspaceFolders;
}

/**
 * One report of the workspace lint, as the validator lints it (configuration, last year's report, the
 * ledger): an open one counted from the editor's text, a closed one linted and then forgotten.
 */
async function diagnoseForWorkspace(doc: TextDocument): Promise<Diagnostic[]> {
  const s = await settings.get(doc.uri);
  const closed = documents.get(doc.uri) !== doc;
  try {
    await ready();
    const fc = await configFor(doc, s);
    await preparePrevious(doc, s, fc);
    if (s.enable && isReportDocument(doc))
      await ledgers.refresh(doc.uri, s.locale).catch((error: unknown) => failed(connection, `the verdict ledger for ${doc.uri}`, error));
    return diagnosticsOf(doc, s, lintDocument(doc, s, fc), false);
  } finally {
    if (closed) {
      lastLint.delete(doc.uri);
      previousReports.forget(doc.uri);
      ledgers.forget(doc.uri);
      settings.forget(doc.uri);
      forgetKind(doc.uri);
    }
  }
}

/** The code actions' lint: this report's (its plan and findings) and its ledger (忽略此问题 where the client writes it). */
function fixSource(r: Report): FixSource {
  return {
    plan: () => r.linted.plan,
    parse: (doc, plan) => (doc.version === r.linted.version && plan === r.linted.plan ? r.linted.doc : undefined),
    findings: () => r.linted.findings,
    diagnostics: (doc, s) => diagnosticsOf(doc, s, r.linted, false),
    dismissed: () => ledgers.dismissed(r.doc.uri),
    canDismiss: (doc) => canWriteLedger && workspacePath(doc.uri) !== undefined,
  };
}

function actionOptions(r: Report): CodeActionOptions {
  return {
    settings: r.settings,
    source: fixSource(r),
    documentChanges: capabilities.workspace?.workspaceEdit?.documentChanges === true,
    resolveEdits: capabilities.textDocument?.codeAction?.resolveSupport?.properties.includes('edit') === true,
  };
}

function failed(connection: Connection, what: string, error: unknown): void {
  connection.console.error(`fzlint: ${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
}

// The Node server's code actions (quick-fixes.ts): the diagnostics' fixes and suggestions, disable
// comments for the line and the file, the rule's page, fix-all of a rule and of the report (resolved
// lazily), and source.fixAll.fzlint (editor.codeActionsOnSave).
connection.onCodeAction(async (params) => {
  const r = await reportFor(params.textDocument.uri);
  if (!r) return [];
  try {
    return codeActions(params, r.doc, actionOptions(r));
  } catch (error) {
    failed(connection, `code actions for ${r.doc.uri}`, error);
    return [];
  }
});

connection.onCodeActionResolve(async (action: CodeAction) => {
  const data = action.data as { uri?: unknown } | undefined;
  const r = data && typeof data.uri === 'string' ? await reportFor(data.uri) : undefined;
  return r ? resolveFixAll(action, r.doc, actionOptions(r)) : action;
});

connection.onDocumentSymbol(async (params) => {
  const r = await reportFor(params.textDocument.uri);
  return r?.linted.doc ? documentSymbols(r.doc, r.linted.doc) : [];
});

connection.onFoldingRanges(async (params) => {
  const r = await reportFor(params.textDocument.uri);
  return r?.linted.doc ? foldingRanges(r.doc, r.linted.doc) : [];
});

connection.onHover(async (params) => {
  const r = await reportFor(params.textDocument.uri);
  if (!r) return null;
  const figures = r.linted.doc ? explainFigureAt(r.linted.doc, r.doc.offsetAt(params.position), lexiconFor(r.linted.config?.data)) : [];
  return findingHover(r.doc, r.linted.findings, params.position, r.settings.locale, figures, docsBaseOf(r.settings));
});

connection.onCompletion(async (params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc || !isReportCandidate(doc.uri, doc.languageId)) return [];
  const s = await settings.get(doc.uri);
  if (!s.enable) return [];
  const isReport = isReportDocument(doc);
  const blank = doc.getText().trim().length <= 8;
  if (!isReport && !blank) return [];
  const year = isReport ? (await reportFor(doc.uri))?.linted.doc?.meta.year : undefined;
  return completions({ language: documentLanguage(doc), locale: s.locale, reportYear: year, isReport, now: new Date() });
});

connection.onExecuteCommand(async (params) => {
  const args = params.arguments ?? [];
  try {
    switch (params.command) {
      case REPORT_TEMPLATE_COMMAND:
        return templateFromArguments(args[0], new Date());
      case FIX_ALL_COMMAND: {
        const r = await reportFor(String(args[0] ?? ''));
        if (!r) return { applied: false };
        const versioned = capabilities.workspace?.workspaceEdit?.documentChanges === true;
        return await applyFixAll(connection, r.doc, fixAllEdit(fixSource(r), r.doc, r.settings), versioned);
      }
      case SHOW_PREVIOUS_REPORT_COMMAND: {
        // The web client opens it read-only itself (PREVIOUS_REPORT_TEXT_REQUEST); another client is asked to show the file there.
        const line = Number(args[1] ?? 0);
        const at = { line: Number.isInteger(line) && line >= 0 ? line : 0, character: 0 };
        if (capabilities.window?.showDocument?.support !== true) return { shown: false };
        const shown = await connection.window.showDocument({ uri: String(args[0] ?? ''), takeFocus: true, selection: { start: at, end: at } });
        return { shown: shown.success };
      }
      case LINT_WORKSPACE_COMMAND:
        return await lintWorkspace({
          folders: currentFolders,
          ...workspaceFiles,
          openDocument: (uri) => documents.get(uri) ?? documents.all().find((d) => sameFile(d.uri, uri)),
          diagnose: diagnoseForWorkspace,
          publish: (p) => void connection.sendDiagnostics(p),
        });
      case DISMISS_FINDING_COMMAND:
        return await dismissFinding(args.map((a) => (typeof a === 'string' ? a : '')));
      case SHOW_RULE_DOCS_COMMAND:
        // A web page (fzlint.docsBase); the web client opens the extension's own pages itself.
        await showRuleDocs(connection, String(args[0] ?? ''), capabilities.window?.showDocument?.support === true);
        return null;
      default:
        return null;
    }
  } catch (error) {
    failed(connection, `command ${params.command}`, error);
    return null;
  }
});

/** 忽略此问题（记入核查记录）: the dismissal into the report's ledger (through the client), then every open report linted again. */
async function dismissFinding([uri, fingerprint, ruleId, text]: string[]): Promise<{ recorded: boolean; ledger?: string; error?: string }> {
  if (!canWriteLedger || !uri || !fingerprint || !ruleId) return { recorded: false };
  const { locale } = await settings.get(uri);
  try {
    // A new ledger goes into the report's workspace folder: the folders as the editor has them now.
    ledgers.setWorkspaceFolders((await currentFolders()).map((f) => f.uri));
    const ledger = await ledgers.record(uri, { fingerprint, ruleId, text: text ?? '' }, locale, new Date().toISOString().slice(0, 10));
    // The lints stay; each report's ledger is read again before its diagnostics are published.
    for (const doc of documents.all()) validator.schedule(doc, 0);
    return { recorded: true, ledger };
  } catch (error) {
    const message = error instanceof LedgerError ? error.message : `${uri}: ${(error as Error).message}`;
    void connection.window.showErrorMessage(`fzlint: ${message}`);
    return { recorded: false, error: message };
  }
}

// The web client shows last year's report read-only from this text (only reports linked as one).
connection.onRequest(
  PREVIOUS_REPORT_TEXT_REQUEST,
  (params: { uri?: unknown }) => (typeof params?.uri === 'string' ? previousReports.textOf(params.uri) : undefined) ?? null,
);

connection.onShutdown(() => validator.dispose());

documents.listen(connection);
connection.listen();
