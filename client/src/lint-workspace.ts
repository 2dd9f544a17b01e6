/**
 * 检查工作区中的全部报告 (`fzlint.lintWorkspace`) of the desktop and the web extension: the server's
 * lint of every report in the workspace folders (fzlint.server.lintWorkspace), shown in the Problems
 * panel, with one message counting the files, the reports with problems and the problems.
 */
import { commands, l10n, window, type Disposable } from 'vscode';

interface WorkspaceLintResult {
  files: number;
  reports: number;
  problems: number;
}

/** The command's registration; `serverCommand` runs a server command (undefined without a server). */
export function lintWorkspaceCommand(serverCommand: <T>(command: string, ...args: unknown[]) => Promise<T | undefined>): Disposable {
  return commands.registerCommand('fzlint.lintWorkspace', async () => {
    const result = await serverCommand<WorkspaceLintResult>('fzlint.server.lintWorkspace');
    await commands.executeCommand('workbench.actions.view.problems');
    if (result)
      void window.showInformationMessage(l10n.t('fzlint checked {0} files: {1} reports with {2} problems.', result.files, result.reports, result.problems));
  });
}
