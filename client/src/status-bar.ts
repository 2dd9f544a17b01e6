/**
 * The status bar item of the desktop and the web extension: the current report's kind (the engine's
 * detector, as the server's) and its fzlint problems by severity; a click opens the Problems panel.
 */
import { DiagnosticSeverity, l10n, languages, StatusBarAlignment, window, type ExtensionContext, type StatusBarItem } from 'vscode';
import { clientDocumentKind, KIND_NAMES } from './document-kind';

/** Create the item (disposed with the extension); `update` shows the active editor's counts. */
export function statusBar(context: ExtensionContext, languageIds: readonly string[]): { item: StatusBarItem; update: () => void } {
  const status = window.createStatusBarItem('fzlint.status', StatusBarAlignment.Right, 100);
  status.name = 'fzlint';
  status.command = 'workbench.actions.view.problems';
  context.subscriptions.push(status);
  const updateStatus = () => {
    const editor = window.activeTextEditor;
    if (!editor || !languageIds.includes(editor.document.languageId)) {
      status.hide();
      return;
    }
    const found = languages.getDiagnostics(editor.document.uri).filter((d) => d.source === 'fzlint');
    // The same detector as the server's: the kind decides which rules ran, so the status bar names it.
    const kind = clientDocumentKind(editor.document.getText(), editor.document.languageId);
    if (found.length === 0 && kind === 'other') {
      status.hide();
      return;
    }
    const count = (s: DiagnosticSeverity) => found.filter((d) => d.severity === s).length;
    const errors = count(DiagnosticSeverity.Error);
    const warnings = count(DiagnosticSeverity.Warning);
    const infos = count(DiagnosticSeverity.Information);
    const kindName = l10n.t(KIND_NAMES[kind]);
    // Icon before its number, as VS Code's own Problems item shows them ($(error) 1 $(warning) 4 …).
    status.text = `$(law) fzlint · ${kindName} $(error) ${errors} $(warning) ${warnings} $(info) ${infos}`;
    status.tooltip = l10n.t(
      'fzlint ({0}): {1} errors, {2} warnings, {3} info in this document. Click to open the Problems panel.',
      kindName,
      errors,
      warnings,
      infos,
    );
    // Screen readers read the sentence, not the icon names (“law fzlint error 1 warning 4 …”).
    status.accessibilityInformation = { label: status.tooltip, role: 'button' };
    status.show();
  };
  return { item: status, update: updateStatus };
}
