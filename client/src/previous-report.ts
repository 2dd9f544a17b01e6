/**
 * 对照去年报告 in VS Code: last year's report opens read-only beside the report, at the line the
 * finding names. The text is the language server's (a .docx or .pdf report's extracted text, whose
 * lines the findings count), served under the `fzlint-previous:` scheme by a content provider, so the
 * editor cannot change or save it — in VS Code and in code-server alike. Other editors get the
 * server's window/showDocument of the file itself (lsp/commands.ts).
 */
import {
  EventEmitter,
  languages,
  Position,
  Range,
  Selection,
  Uri,
  ViewColumn,
  window,
  workspace,
  type Disposable,
  type TextDocumentContentProvider,
} from 'vscode';
/** What the viewer needs of a language client (the desktop's and the web's). */
interface TextClient {
  sendRequest<R>(method: string, params: unknown): Promise<R>;
}

/** The server command the code action runs (lsp/commands.ts SHOW_PREVIOUS_REPORT_COMMAND). */
export const SHOW_PREVIOUS_REPORT_COMMAND = 'fzlint.server.showPreviousReport';
/** The server request for the text (lsp/commands.ts PREVIOUS_REPORT_TEXT_REQUEST). */
const PREVIOUS_REPORT_TEXT_REQUEST = 'fzlint/previousReportText';
export const PREVIOUS_REPORT_SCHEME = 'fzlint-previous';

/** Registers the read-only documents; `show` opens one (false when the server has no text for it). */
export function previousReportViewer(
  client: () => TextClient | undefined,
  /** The reports it opens: the desktop's file: reports; the web's are its workspaces' URIs. */
  accepts: (uri: Uri) => boolean = (uri) => uri.scheme === 'file',
): {
  registration: Disposable;
  show(uri: string, line: number): Promise<boolean>;
} {
  const texts = new Map<string, string>();
  const changed = new EventEmitter<Uri>();
  const provider: TextDocumentContentProvider = {
    onDidChange: changed.event,
    provideTextDocumentContent: (uri) => texts.get(uri.toString()) ?? '',
  };
  const registration = workspace.registerTextDocumentContentProvider(PREVIOUS_REPORT_SCHEME, provider);
  const show = async (fileUri: string, line: number): Promise<boolean> => {
    const target = Uri.parse(fileUri);
    const running = client();
    if (!accepts(target) || !running) return false;
    const text = await running.sendRequest<string | null>(PREVIOUS_REPORT_TEXT_REQUEST, { uri: fileUri });
    if (typeof text !== 'string') return false;
    const virtual = target.with({ scheme: PREVIOUS_REPORT_SCHEME });
    const key = virtual.toString();
    const stale = texts.has(key) && texts.get(key) !== text;
    texts.set(key, text);
    if (stale) changed.fire(virtual);
    let doc = await workspace.openTextDocument(virtual);
    if (doc.languageId !== 'fzreport') doc = await languages.setTextDocumentLanguage(doc, 'fzreport');
    const at = new Position(Math.min(Math.max(Number.isInteger(line) ? line : 0, 0), Math.max(doc.lineCount - 1, 0)), 0);
    const editor = await window.showTextDocument(doc, { viewColumn: ViewColumn.Beside, preview: true, selection: new Range(at, at) });
    editor.selection = new Selection(at, at);
    return true;
  };
  return { registration, show };
}
