import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAll, lintText, type Locale } from '../engine';
import { diagnose, diagnosticData, DIAGNOSTIC_SOURCE, type DiagnosticData, type LspFix } from './diagnostics';
import { isReportDocument, lintOptionsFor } from './documents';
import type { FzlintSettings } from './settings';

/** Runs with `editor.codeActionsOnSave: { "source.fixAll.fzlint": "explicit" }` (and `source.fixAll`). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.fzlint`;

export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, FIX_ALL_KIND];

const FIX_ALL_TITLE: Record<Locale, string> = {
  'zh-CN': '修复全部可确定的问题（fzlint）',
  en: 'Fix all certain problems (fzlint)',
};

export interface CodeActionOptions {
  settings: FzlintSettings;
  /** The client applies versioned `documentChanges` (rejected if the document moved on). */
  documentChanges: boolean;
}

/** A kind is wanted when no filter is given, or it equals or refines a requested kind. */
function wanted(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

function workspaceEdit(doc: TextDocument, edits: LspTextEdit[], documentChanges: boolean): WorkspaceEdit {
  if (documentChanges) return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] };
  return { changes: { [doc.uri]: edits } };
}

function sameRange(a: Diagnostic, b: Diagnostic): boolean {
  const { start: s1, end: e1 } = a.range;
  const { start: s2, end: e2 } = b.range;
  return s1.line === s2.line && s1.character === s2.character && e1.line === e2.line && e1.character === e2.character;
}

/** Between the two halves of a surrogate pair or of a CRLF: not a place to cut the text. */
function insidePair(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(i);
  return (before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff) || (before === 13 && after === 10);
}

/** One edit replacing only the part of `before` that differs from `after`; undefined if equal. */
export function changedRangeEdit(doc: TextDocument, before: string, after: string): LspTextEdit | undefined {
  if (before === after) return undefined;
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore--;
    endAfter--;
  }
  while (insidePair(before, start)) start--;
  while (insidePair(before, endBefore)) {
    endBefore++;
    endAfter++;
  }
  return {
    range: { start: doc.positionAt(start), end: doc.positionAt(endBefore) },
    newText: after.slice(start, endAfter),
  };
}

/** `source.fixAll.fzlint`: every certain fix (re-linting between passes, as `fzlint --fix`) as one edit. */
export function fixAllAction(doc: TextDocument, options: CodeActionOptions): CodeAction | undefined {
  const { settings } = options;
  if (!settings.enable || !isReportDocument(doc)) return undefined;
  const lintOptions = lintOptionsFor(doc, settings);
  const text = doc.getText();
  const { output } = fixAll(text, (t) => lintText(t, lintOptions).findings);
  const edit = changedRangeEdit(doc, text, output);
  if (!edit) return undefined;
  return { title: FIX_ALL_TITLE[settings.locale], kind: FIX_ALL_KIND, edit: workspaceEdit(doc, [edit], options.documentChanges) };
}

/**
 * Quick fixes for the fzlint diagnostics in the request: per diagnostic the certain fix (preferred),
 * then each suggestion. Edits come from the diagnostic's `data` when it was computed for the current
 * version; a client that drops `data` gets them from a fresh lint of the current text.
 */
export function quickFixes(doc: TextDocument, diagnostics: readonly Diagnostic[], options: CodeActionOptions): CodeAction[] {
  const actions: CodeAction[] = [];
  let fresh: Diagnostic[] | undefined;
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
    let data: DiagnosticData | undefined = diagnosticData(diagnostic);
    if (!data) {
      fresh ??= diagnose(doc, options.settings, false);
      const match = fresh.find((d) => d.code === diagnostic.code && sameRange(d, diagnostic));
      data = match && diagnosticData(match);
    }
    if (!data || data.version !== doc.version) continue;
    const add = (fix: LspFix, isPreferred: boolean) => {
      const action: CodeAction = {
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: workspaceEdit(doc, fix.edits, options.documentChanges),
      };
      if (isPreferred) action.isPreferred = true;
      actions.push(action);
    };
    if (data.fix) add(data.fix, true);
    for (const suggestion of data.suggestions ?? []) add(suggestion, false);
  }
  return actions;
}

/** `textDocument/codeAction`. The whole-document fix-all runs only when a source action is asked for. */
export function codeActions(params: CodeActionParams, doc: TextDocument, options: CodeActionOptions): CodeAction[] {
  const only = params.context.only;
  const actions: CodeAction[] = [];
  if (wanted(only, CodeActionKind.QuickFix)) actions.push(...quickFixes(doc, params.context.diagnostics, options));
  if (only && wanted(only, FIX_ALL_KIND)) {
    const all = fixAllAction(doc, options);
    if (all) actions.push(all);
  }
  return actions;
}
