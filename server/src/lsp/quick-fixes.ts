/**
 * The code actions of both language servers (server.ts through code-actions.ts, the web worker's
 * browser-server.ts): quick fixes, disable comments, fix-all. No file access: where the findings, the
 * plan and the verdict ledger's dismissals come from is the caller's (FixSource).
 */
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Locale, ReportDocument } from '../engine';
import { fixWith, type LintPlan } from '../engine/project';
import { splitLines } from '../engine/document/lines';
import { ruleDocsUrl } from '../engine/rule';
import { readDirectives } from '../engine/document/directives';
import { fingerprintFindings } from '../engine/fingerprint';
import { DISMISS_FINDING_COMMAND, SHOW_PREVIOUS_REPORT_COMMAND, SHOW_RULE_DOCS_COMMAND } from './command-ids';
import { diagnosticData, DIAGNOSTIC_SOURCE, type DiagnosticData, type LspFix } from './diagnostic-convert';
import { SIZE_LIMIT_RULE_ID } from './size-limit';
import { documentLanguage, isReportDocument } from './documents';
import type { FzlintSettings } from './settings';

/** Where a server's lint of a document comes from (its caches, its configuration, its ledger). */
export interface FixSource {
  /** The plan the document is linted with (configuration, rules, language, last year's report). */
  plan(doc: TextDocument, settings: FzlintSettings): LintPlan;
  /** The parse of this version with `plan`, if the server has it (fix-all's first pass reuses it). */
  parse?(doc: TextDocument, plan: LintPlan): ReportDocument | undefined;
  /** The findings of this version, as the diagnostics were computed from. */
  findings(doc: TextDocument, settings: FzlintSettings): Finding[];
  /** A fresh lint's diagnostics with their data (for a client that drops a diagnostic's `data`). */
  diagnostics(doc: TextDocument, settings: FzlintSettings): Diagnostic[];
  /** `ruleId\u0000fingerprint` of the findings the verdict ledger dismisses (not shown, not fixed). */
  dismissed(doc: TextDocument, settings: FzlintSettings): ReadonlySet<string>;
  /** 忽略此问题 is offered (the server can write the document's ledger). */
  canDismiss(doc: TextDocument): boolean;
}

/** Runs with `editor.codeActionsOnSave: { "source.fixAll.fzlint": "explicit" }` (and `source.fixAll`). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.fzlint`;

export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, FIX_ALL_KIND];

const FIX_ALL_TITLE: Record<Locale, string> = {
  'zh-CN': '修复全部可确定的问题（fzlint）',
  en: 'Fix all certain problems (fzlint)',
};

const TITLES: Record<
  Locale,
  { line(id: string): string; file(id: string): string; docs(id: string): string; rule(id: string): string; dismiss: string; previous: string }
> = {
  'zh-CN': {
    dismiss: '忽略此问题（记入核查记录）',
    previous: '对照去年报告',
    line: (id) => `在这一行停用 ${id}`,
    file: (id) => `在整个文件中停用 ${id}`,
    docs: (id) => `查看规则 ${id} 的说明`,
    rule: (id) => `修复本文件中全部可确定的 ${id} 问题`,
  },
  en: {
    dismiss: 'Dismiss this finding (record it in the verdict ledger)',
    previous: "Compare with last year's report",
    line: (id) => `Disable ${id} for this line`,
    file: (id) => `Disable ${id} for the entire file`,
    docs: (id) => `Show documentation for ${id}`,
    rule: (id) => `Fix all certain ${id} problems in this file`,
  },
};

/** Not rules a comment can disable: unused-disable, internal errors, the size limit (size-limit.ts). */
const NOT_DISABLEABLE = new Set(['unused-disable', 'internal-error', SIZE_LIMIT_RULE_ID]);

export interface CodeActionOptions {
  settings: FzlintSettings;
  source: FixSource;
  /** The client applies versioned `documentChanges` (rejected if the document moved on). */
  documentChanges: boolean;
  /** The client resolves a code action's `edit` lazily (`codeAction/resolve`). */
  resolveEdits?: boolean;
}

/** `data` of a fix-all action whose edit is computed on `codeAction/resolve`. */
export interface FixAllData {
  fzlintFixAll: true;
  uri: string;
  version: number;
  /** Only this rule's fixes; all certain fixes when absent. */
  ruleId?: string;
}

export function isFixAllData(data: unknown): data is FixAllData {
  return !!data && typeof data === 'object' && (data as FixAllData).fzlintFixAll === true && typeof (data as FixAllData).uri === 'string';
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

function eol(text: string): string {
  return /\r\n/.test(text) ? '\r\n' : '\n';
}

/** The certain fixes of one rule (or of all rules), re-linting between passes as `fzlint --fix`. */
export function fixAllEdit(source: FixSource, doc: TextDocument, settings: FzlintSettings, ruleId?: string): LspTextEdit | undefined {
  const plan = source.plan(doc, settings);
  const text = doc.getText();
  // Findings the verdict ledger dismisses are not shown, and their fixes are not applied either.
  const dismissed = source.dismissed(doc, settings);
  const keep =
    dismissed.size === 0
      ? undefined
      : (t: string, findings: Finding[]) => {
          const prints = fingerprintFindings(t, findings);
          return findings.filter((f, i) => !dismissed.has(`${f.ruleId}\u0000${prints[i]}`));
        };
  return changedRangeEdit(doc, text, fixWith(text, plan, { only: ruleId, doc: source.parse?.(doc, plan), keep }).output);
}

/** `source.fixAll.fzlint`: every certain fix (re-linting between passes, as `fzlint --fix`) as one edit. */
export function fixAllAction(doc: TextDocument, options: CodeActionOptions): CodeAction | undefined {
  const { settings } = options;
  if (!settings.enable || !isReportDocument(doc)) return undefined;
  const edit = fixAllEdit(options.source, doc, settings);
  if (!edit) return undefined;
  return { title: FIX_ALL_TITLE[settings.locale], kind: FIX_ALL_KIND, edit: workspaceEdit(doc, [edit], options.documentChanges) };
}

/** A disable comment in the document's own syntax. */
export function disableComment(doc: TextDocument, kind: 'next-line' | 'file', ruleId: string): string {
  const keyword = kind === 'file' ? 'fzlint-disable' : 'fzlint-disable-next-line';
  return documentLanguage(doc) === 'markdown' ? `<!-- ${keyword} ${ruleId} -->` : `// ${keyword} ${ruleId}`;
}

/**
 * The edit that disables `ruleId` on `line` (0-based) or in the whole file: the id is added to an
 * existing comment of the same kind, otherwise a comment line is inserted (above the line; at the
 * top of the file, after a BOM or Markdown front matter).
 */
export function disableEdit(doc: TextDocument, kind: 'next-line' | 'file', ruleId: string, line = 0): LspTextEdit {
  const text = doc.getText();
  const lines = splitLines(text);
  const directives = readDirectives(text, lines, documentLanguage(doc));
  const existing = directives.find((d) => d.kind === kind && d.ids.length > 0 && (kind === 'file' || d.targetLine === line));
  if (existing) {
    const at = doc.positionAt(existing.ids[existing.ids.length - 1].span.end);
    return { range: { start: at, end: at }, newText: ` ${ruleId}` };
  }
  const comment = disableComment(doc, kind, ruleId);
  if (kind === 'next-line') {
    const target = lines[Math.min(line, lines.length - 1)];
    const indent = documentLanguage(doc) === 'markdown' ? '' : (/^[ \t\u3000]*/.exec(target.text)?.[0] ?? '');
    const at = doc.positionAt(target.start);
    return { range: { start: at, end: at }, newText: `${indent}${comment}${eol(text)}` };
  }
  let offset = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (documentLanguage(doc) === 'markdown') {
    const front = /^---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text.slice(offset));
    if (front) offset += front[0].length;
  }
  const at = doc.positionAt(offset);
  const needsBreak = offset === text.length && offset > 0 && !/\n$/.test(text);
  return { range: { start: at, end: at }, newText: `${needsBreak ? eol(text) : ''}${comment}${eol(text)}` };
}

function fixableCount(findings: readonly Finding[], ruleId?: string): number {
  return findings.filter((f) => f.fix && f.fix.edits.length > 0 && !f.fixExcludedFromFixAll && (!ruleId || f.ruleId === ruleId)).length;
}

/** A fix-all quick fix: the edit now, or on `codeAction/resolve` when the client can resolve it. */
function fixAllQuickFix(doc: TextDocument, options: CodeActionOptions, title: string, ruleId?: string): CodeAction | undefined {
  const action: CodeAction = { title, kind: CodeActionKind.QuickFix };
  if (options.resolveEdits) {
    const data: FixAllData = { fzlintFixAll: true, uri: doc.uri, version: doc.version };
    if (ruleId) data.ruleId = ruleId;
    action.data = data;
    return action;
  }
  const edit = fixAllEdit(options.source, doc, options.settings, ruleId);
  if (!edit) return undefined;
  action.edit = workspaceEdit(doc, [edit], options.documentChanges);
  return action;
}

/** `codeAction/resolve`: fill in the edit of a fix-all quick fix (nothing when the document moved on). */
export function resolveFixAll(action: CodeAction, doc: TextDocument | undefined, options: CodeActionOptions): CodeAction {
  const data = action.data;
  if (!isFixAllData(data) || !doc || doc.version !== data.version) return action;
  const edit = fixAllEdit(options.source, doc, options.settings, data.ruleId);
  if (edit) action.edit = workspaceEdit(doc, [edit], options.documentChanges);
  return action;
}

/**
 * Quick fixes for the fzlint diagnostics in the request, in this order: per diagnostic the certain
 * fix (preferred), each suggestion, disable the rule for this line, for this file, show the rule's
 * docs; then fix all certain problems of each rule in the request, then fix all certain problems.
 * Fix edits come from the diagnostic's `data` when it was computed for the current version; a client
 * that drops `data` gets them from a fresh lint of the current text.
 */
export function quickFixes(doc: TextDocument, diagnostics: readonly Diagnostic[], options: CodeActionOptions): CodeAction[] {
  const { settings } = options;
  const titles = TITLES[settings.locale];
  const actions: CodeAction[] = [];
  const seen = new Set<string>();
  const once = (key: string) => !seen.has(key) && !!seen.add(key);
  const rules: string[] = [];
  let fresh: Diagnostic[] | undefined;
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
    let data: DiagnosticData | undefined = diagnosticData(diagnostic);
    if (!data) {
      fresh ??= options.source.diagnostics(doc, settings);
      const match = fresh.find((d) => d.code === diagnostic.code && sameRange(d, diagnostic));
      data = match && diagnosticData(match);
    }
    if (!data || data.version !== doc.version) continue;
    const ruleId = String(diagnostic.code);
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
    // A finding that refers to last year's report (rule meta refersToPrevious): open it there, read-only.
    if (data.previous && once(`previous:${data.previous.uri}:${data.previous.line}`)) {
      actions.push({
        title: titles.previous,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title: titles.previous, command: SHOW_PREVIOUS_REPORT_COMMAND, arguments: [data.previous.uri, data.previous.line] },
      });
    }
    if (!NOT_DISABLEABLE.has(ruleId)) {
      const line = diagnostic.range.start.line;
      if (once(`line:${ruleId}:${line}`)) {
        actions.push({
          title: titles.line(ruleId),
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: workspaceEdit(doc, [disableEdit(doc, 'next-line', ruleId, line)], options.documentChanges),
        });
      }
      if (once(`file:${ruleId}`)) {
        actions.push({
          title: titles.file(ruleId),
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: workspaceEdit(doc, [disableEdit(doc, 'file', ruleId)], options.documentChanges),
        });
      }
      // A verdict instead of a comment in the text: the ledger keeps it across revisions (lsp/ledger.ts).
      if (data.fingerprint && options.source.canDismiss(doc)) {
        actions.push({
          title: titles.dismiss,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          command: { title: titles.dismiss, command: DISMISS_FINDING_COMMAND, arguments: [doc.uri, data.fingerprint, ruleId, doc.getText(diagnostic.range)] },
        });
      }
    }
    if (once(`docs:${ruleId}`)) {
      const url = diagnostic.codeDescription?.href ?? ruleDocsUrl(ruleId, settings.docsBase || undefined);
      actions.push({
        title: titles.docs(ruleId),
        kind: CodeActionKind.QuickFix,
        command: { title: titles.docs(ruleId), command: SHOW_RULE_DOCS_COMMAND, arguments: [url] },
      });
      rules.push(ruleId);
    }
  }
  if (rules.length === 0) return actions;
  // Whole-file fixes only when they do more than the single fix already offered.
  const findings = options.source.findings(doc, settings);
  for (const ruleId of rules) {
    if (fixableCount(findings, ruleId) < 2) continue;
    const action = fixAllQuickFix(doc, options, titles.rule(ruleId), ruleId);
    if (action) actions.push(action);
  }
  if (fixableCount(findings) >= 2) {
    const action = fixAllQuickFix(doc, options, FIX_ALL_TITLE[settings.locale]);
    if (action) actions.push(action);
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
