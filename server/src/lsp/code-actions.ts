/**
 * The Node server's code actions: quick-fixes.ts with the Node server's lint (diagnostics.ts), its
 * parse cache (parsed.ts) and the workspace's verdict ledger (ledger.ts) as their source.
 */
import type { CodeAction, CodeActionParams, Diagnostic, TextEdit as LspTextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { diagnose, documentPlan, lintDocument } from './diagnostics';
import { filePathOf } from './documents';
import { dismissedIn, findLedger } from './ledger';
import { parsedFor } from './parsed';
import * as core from './quick-fixes';
import type { FzlintSettings } from './settings';

export { CODE_ACTION_KINDS, FIX_ALL_KIND, changedRangeEdit, disableComment, disableEdit, isFixAllData, type FixAllData, type FixSource } from './quick-fixes';

/** The Node server's lint, parse and ledger. */
export const nodeFixSource: core.FixSource = {
  plan: documentPlan,
  parse: parsedFor,
  findings: lintDocument,
  diagnostics: (doc, settings) => diagnose(doc, settings, false),
  dismissed: (doc, settings) => {
    const file = filePathOf(doc.uri);
    return dismissedIn(file ? findLedger(file) : undefined, settings.locale, () => undefined);
  },
  canDismiss: (doc) => filePathOf(doc.uri) !== undefined,
};

export type CodeActionOptions = Omit<core.CodeActionOptions, 'source'>;

const withSource = (options: CodeActionOptions): core.CodeActionOptions => ({ ...options, source: nodeFixSource });

export function fixAllEdit(doc: TextDocument, settings: FzlintSettings, ruleId?: string): LspTextEdit | undefined {
  return core.fixAllEdit(nodeFixSource, doc, settings, ruleId);
}

export function fixAllAction(doc: TextDocument, options: CodeActionOptions): CodeAction | undefined {
  return core.fixAllAction(doc, withSource(options));
}

export function resolveFixAll(action: CodeAction, doc: TextDocument | undefined, options: CodeActionOptions): CodeAction {
  return core.resolveFixAll(action, doc, withSource(options));
}

export function quickFixes(doc: TextDocument, diagnostics: readonly Diagnostic[], options: CodeActionOptions): CodeAction[] {
  return core.quickFixes(doc, diagnostics, withSource(options));
}

export function codeActions(params: CodeActionParams, doc: TextDocument, options: CodeActionOptions): CodeAction[] {
  return core.codeActions(params, doc, withSource(options));
}
