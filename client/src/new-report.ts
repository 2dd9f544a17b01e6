/**
 * 从模板新建年度报告 (`fzlint.newReport`) of the desktop and the web extension: asks for the issuer and
 * the year (unless given), gets the skeleton from the server (fzlint.server.reportTemplate) and opens it
 * as an untitled fzreport document.
 */
import { commands, l10n, window, workspace, type Disposable } from 'vscode';

/** Arguments of `fzlint.newReport` from a keybinding or another extension: given ones are not asked for. */
interface NewReportArguments {
  issuer?: string;
  year?: number;
}

/** The command's registration; `serverCommand` runs a server command (undefined without a server). */
export function newReportCommand(serverCommand: <T>(command: string, ...args: unknown[]) => Promise<T | undefined>): Disposable {
  return commands.registerCommand('fzlint.newReport', async (given?: NewReportArguments) => {
    const issuer =
      typeof given?.issuer === 'string'
        ? given.issuer
        : await window.showInputBox({
            title: l10n.t('New report from template'),
            prompt: l10n.t('Issuing body (e.g. 汕尾市人民政府)'),
            placeHolder: '某某市人民政府',
            ignoreFocusOut: true,
          });
    if (issuer === undefined) return;
    const now = new Date();
    const suggested = now.getMonth() + 1 <= 4 ? now.getFullYear() - 1 : now.getFullYear();
    const yearText =
      typeof given?.year === 'number'
        ? String(given.year)
        : await window.showInputBox({
            title: l10n.t('New report from template'),
            prompt: l10n.t('Report year (the year the report is about)'),
            value: String(suggested),
            ignoreFocusOut: true,
            validateInput: (v) => (/^(19|20|21)\d{2}$/.test(v.trim()) ? undefined : l10n.t('Enter a four-digit year, e.g. {0}', suggested)),
          });
    if (yearText === undefined) return;
    const content = await serverCommand<string>('fzlint.server.reportTemplate', { issuer: issuer.trim(), year: Number(yearText.trim()) });
    if (content === undefined) return;
    const doc = await workspace.openTextDocument({ language: 'fzreport', content });
    await window.showTextDocument(doc);
  });
}
