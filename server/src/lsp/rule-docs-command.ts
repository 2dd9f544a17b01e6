/** 查看规则…的说明 (both servers): a rule page shown by the client. */
import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver/node';

/**
 * `window/showDocument` for a rule page, or a message with the link when the client cannot open it.
 * A web page opens in the browser; a bundled page (a file: URI of a .md file) in the editor itself.
 */
export async function showRuleDocs(connection: Connection, url: string, canShowDocument: boolean): Promise<void> {
  const local = /^file:\/\/[^?#]*\.md(?:#[^\s]*)?$/i.test(url);
  if (!local && !/^https?:\/\//.test(url)) return;
  if (canShowDocument) {
    const shown = await connection.window
      .showDocument(local ? { uri: url.replace(/#.*$/, ''), takeFocus: true } : { uri: url, external: true })
      .catch(() => ({ success: false }));
    if (shown.success) return;
  }
  // A notification, not window/showMessageRequest: a client without that request must not get an error back.
  void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: url });
}
