import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parseReport, type ReportDocument } from '../engine';
import { scriptSegmenter } from '../engine/document/segmenter';
import { documentLanguage } from './documents';
import { LSP_MAX_CHARS } from './size-limit';

const cache = new Map<string, { version: number; languageId: string; doc: ReportDocument }>();

/**
 * The parsed report (headings, sections, metadata) for the outline, folding, hover and completion.
 * Parsing needs no word segmenter, so these features never load jieba. One entry per open document.
 */
export function parsedReport(doc: TextDocument): ReportDocument {
  const hit = cache.get(doc.uri);
  if (hit && hit.version === doc.version && hit.languageId === doc.languageId) return hit.doc;
  // A document over the size limit is not parsed either (its one diagnostic says so): empty outline.
  const text = doc.getText();
  const parsed = parseReport(text.length > LSP_MAX_CHARS ? '' : text, { language: documentLanguage(doc), segmenter: scriptSegmenter });
  cache.set(doc.uri, { version: doc.version, languageId: doc.languageId, doc: parsed });
  return parsed;
}

export function forgetParsed(uri: string): void {
  cache.delete(uri);
}
