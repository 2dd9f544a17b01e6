/**
 * Registers the editing features that need no state of their own beyond the documents and the
 * settings: outline, folding, hover, completion, server commands, and resolving fix-all actions.
 * Kept apart from server.ts so that the wiring there stays short.
 */
import type { ClientCapabilities, Connection, ServerCapabilities, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { explainFigureAt } from '../engine/figures/explain';
import { lexiconFor } from '../engine/figures/lexicon';
import { fixAllEdit, resolveFixAll } from './code-actions';
import { applyFixAll } from './fix-all-command';
import {
  FIX_ALL_COMMAND,
  LINT_WORKSPACE_COMMAND,
  lintWorkspace,
  nodeWorkspaceFiles,
  DISMISS_FINDING_COMMAND,
  REPORT_TEMPLATE_COMMAND,
  SERVER_COMMANDS,
  SHOW_RULE_DOCS_COMMAND,
  SHOW_PREVIOUS_REPORT_COMMAND,
  PREVIOUS_REPORT_TEXT_REQUEST,
  showPreviousReport,
  showRuleDocs,
  templateFromArguments,
} from './commands';
import { completions } from './completion';
import { diagnose, documentParse, documentPlan, forgetLint, lintDocument, preparePrevious } from './diagnostics';
import { documentLanguage, filePathOf, isReportCandidate, isReportDocument } from './documents';
import { recordDismissal } from './ledger';
import { LedgerError } from '../engine/io/ledger-file';
import { FileAccessError, fileProblemMessage } from '../engine/io/safe-file';
import { isWithin } from '../engine/paths';
import { foldingRanges } from './folding';
import { findingHover } from './hover';
import type { FzlintSettings } from './settings';
import { coverageSymbols, documentSymbols } from './symbols';
import { coverageOf } from '../engine/project';
import { previousReports } from './previous-report';

export const FEATURE_CAPABILITIES: ServerCapabilities = {
  documentSymbolProvider: { label: 'fzlint' },
  foldingRangeProvider: true,
  hoverProvider: true,
  completionProvider: { resolveProvider: false },
  executeCommandProvider: { commands: SERVER_COMMANDS },
};

export interface FeatureHost {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  settings(uri: string): Promise<FzlintSettings>;
  capabilities(): ClientCapabilities;
  /** Workspace folders from initialize (and later changes). */
  folders(): Promise<{ uri: string; name: string }[]>;
  /** Lint every open document again (the verdict ledger changed). */
  revalidate?(): void;
}

function report(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/** Only reports get an outline, folding and hovers; a README is left to the editor's own features. */
async function reportFor(host: FeatureHost, uri: string): Promise<{ doc: TextDocument; settings: FzlintSettings } | undefined> {
  const doc = host.documents.get(uri);
  if (!doc) return undefined;
  const settings = await host.settings(uri);
  const latest = host.documents.get(uri);
  if (!latest || !settings.enable || !isReportDocument(latest)) return undefined;
  return { doc: latest, settings };
}

export function registerFeatures(host: FeatureHost): void {
  const { connection, documents } = host;
  const guard = <T>(what: string, fallback: T, run: () => Promise<T>): Promise<T> =>
    run().catch((error: unknown) => {
      connection.console.error(`fzlint: ${what} failed: ${report(error)}`);
      return fallback;
    });

  connection.onDocumentSymbol((params) =>
    guard('documentSymbol', [], async () => {
      const r = await reportFor(host, params.textDocument.uri);
      if (!r) return [];
      const parse = documentParse(r.doc, r.settings);
      const plan = documentPlan(r.doc, r.settings);
      // The outline: the headings, then the indicator coverage of an annual report (engine/coverage).
      return [...documentSymbols(r.doc, parse), ...coverageSymbols(r.doc, parse, coverageOf(parse, plan), plan.config.locale ?? 'zh-CN')];
    }),
  );

  connection.onFoldingRanges((params) =>
    guard('foldingRange', [], async () => {
      const r = await reportFor(host, params.textDocument.uri);
      return r ? foldingRanges(r.doc, documentParse(r.doc, r.settings)) : [];
    }),
  );

  connection.onHover((params) =>
    guard('hover', null, async () => {
      const r = await reportFor(host, params.textDocument.uri);
      if (!r) return null;
      // The lint first: its parse (and its one resolve) serve the figures too.
      const findings = lintDocument(r.doc, r.settings);
      // The figures read with the configuration's vocabulary (a pack's units count here as in the lint).
      const lexicon = lexiconFor(documentPlan(r.doc, r.settings).config.data);
      const figures = explainFigureAt(documentParse(r.doc, r.settings), r.doc.offsetAt(params.position), lexicon);
      return findingHover(r.doc, findings, params.position, r.settings.locale, figures, r.settings.docsBase);
    }),
  );

  connection.onCompletion((params) =>
    guard('completion', [], async () => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc || !isReportCandidate(doc.uri, doc.languageId)) return [];
      const settings = await host.settings(doc.uri);
      if (!settings.enable) return [];
      const isReport = isReportDocument(doc);
      // A blank buffer may become a report: offer the skeleton there, and nothing in other files.
      const blank = doc.getText().trim().length <= 8;
      if (!isReport && !blank) return [];
      return completions({
        language: documentLanguage(doc),
        locale: settings.locale,
        reportYear: isReport ? documentParse(doc, settings).meta.year : undefined,
        isReport,
        now: new Date(),
      });
    }),
  );

  connection.onCodeActionResolve((action) =>
    guard('codeAction/resolve', action, async () => {
      const data = action.data as { uri?: unknown } | undefined;
      const uri = data && typeof data.uri === 'string' ? data.uri : undefined;
      if (!uri) return action;
      const settings = await host.settings(uri);
      return resolveFixAll(action, documents.get(uri), {
        settings,
        documentChanges: host.capabilities().workspace?.workspaceEdit?.documentChanges === true,
      });
    }),
  );

  // The VS Code client shows last year's report read-only from this text (only files linked as one).
  connection.onRequest(PREVIOUS_REPORT_TEXT_REQUEST, (params: { uri?: unknown }) => {
    const file = typeof params?.uri === 'string' ? filePathOf(params.uri) : undefined;
    return (file && previousReports.textOf(file)) ?? null;
  });

  connection.onExecuteCommand((params) =>
    guard(`command ${params.command}`, null as unknown, async () => {
      const args = params.arguments ?? [];
      switch (params.command) {
        case SHOW_RULE_DOCS_COMMAND:
          await showRuleDocs(connection, String(args[0] ?? ''), host.capabilities().window?.showDocument?.support === true);
          return null;
        case SHOW_PREVIOUS_REPORT_COMMAND: {
          const uri = String(args[0] ?? '');
          const { locale } = await host.settings(uri);
          return showPreviousReport(connection, uri, Number(args[1] ?? 0), host.capabilities().window?.showDocument?.support === true, locale);
        }
        case FIX_ALL_COMMAND: {
          const uri = String(args[0] ?? '');
          const doc = documents.get(uri);
          if (!doc) return { applied: false };
          const settings = await host.settings(uri);
          if (!settings.enable || !isReportDocument(doc)) return { applied: false };
          return applyFixAll(connection, doc, fixAllEdit(doc, settings), host.capabilities().workspace?.workspaceEdit?.documentChanges === true);
        }
        case LINT_WORKSPACE_COMMAND:
          return lintWorkspace({
            folders: () => host.folders(),
            ...nodeWorkspaceFiles,
            openDocument: (uri) => documents.get(uri),
            diagnose: async (doc) => {
              const settings = await host.settings(doc.uri);
              const closed = !documents.get(doc.uri);
              // A report that is not open is linked to last year's report as an open one is (fzlint.previousReport).
              if (closed) await preparePrevious(doc, settings);
              const diagnostics = diagnose(doc, settings, false);
              if (closed) forgetLint(doc.uri);
              return diagnostics;
            },
            publish: (p) => void connection.sendDiagnostics(p),
          });
        case REPORT_TEMPLATE_COMMAND:
          return templateFromArguments(args[0], new Date());
        case DISMISS_FINDING_COMMAND:
          return dismissFinding(
            host,
            args.map((a) => String(a ?? '')),
          );
        default:
          return null;
      }
    }),
  );
}

/** 忽略此问题（记入核查记录）: write the dismissal to the workspace ledger, then lint the open documents again. */
async function dismissFinding(host: FeatureHost, [uri, fingerprint, ruleId, text]: string[]): Promise<{ recorded: boolean; ledger?: string; error?: string }> {
  const file = filePathOf(uri);
  if (!file || !fingerprint || !ruleId) return { recorded: false };
  const { locale } = await host.settings(uri);
  const folders = (await host.folders()).map((f) => filePathOf(f.uri)).filter((f): f is string => Boolean(f) && isWithin(f!, file));
  const folder = folders.sort((a, b) => b.length - a.length)[0];
  try {
    const ledger = recordDismissal(file, folder, { fingerprint, ruleId, text: text ?? '' }, locale);
    host.revalidate?.();
    return { recorded: true, ledger };
  } catch (error) {
    const message =
      error instanceof LedgerError
        ? error.message
        : error instanceof FileAccessError
          ? fileProblemMessage(error, locale, 'write')
          : `${file}: ${(error as Error).message}`;
    void host.connection.window.showErrorMessage(`fzlint: ${message}`);
    return { recorded: false, error: message };
  }
}
