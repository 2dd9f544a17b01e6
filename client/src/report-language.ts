/**
 * A plain-text official document (an annual report or another 公文, as the engine's detector sees it)
 * gets the fzreport language: highlighting, snippets, line wrapping and no unicode-highlight boxes
 * (the manifest's defaults for [fzreport]). Shared by the Node and the web extension; `served` says
 * which documents the extension's language client takes (the Node one: file: URIs only).
 */
import { languages, workspace, type TextDocument, type Uri } from 'vscode';
import { isCheckedDocument } from './document-kind';

export async function adoptReportLanguage(doc: TextDocument, served: (uri: Uri) => boolean): Promise<void> {
  if (doc.languageId !== 'plaintext' || !served(doc.uri) || !/\.txt$/i.test(doc.uri.path)) return;
  if (!workspace.getConfiguration('fzlint', doc.uri).get<boolean>('enable', true)) return;
  if (isCheckedDocument(doc.getText(), doc.languageId)) await languages.setTextDocumentLanguage(doc, 'fzreport');
}
