/**
 * What kind of document the editor shows: the engine's own detector (server/src/engine/document/
 * detect.ts), bundled into the client — the server and the CLI ask the same function.
 */
import { detectDocument, isCheckedKind, type DocumentKind } from '../../server/src/engine/document/detect';

/** The client reads at most this much of a document (the server's limit for linting). */
const MAX_CHARS = 500_000;

export function clientDocumentKind(text: string, languageId: string): DocumentKind {
  return detectDocument(text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text, languageId === 'markdown' ? 'markdown' : 'plaintext').kind;
}

/** Is this a document fzlint checks (an annual report or another official document)? */
export function isCheckedDocument(text: string, languageId: string): boolean {
  return isCheckedKind(clientDocumentKind(text, languageId));
}

/** The kind as the status bar names it (English source strings of the l10n bundle). */
export const KIND_NAMES: Record<DocumentKind, string> = {
  'annual-report': 'annual report',
  'official-document': 'official document',
  other: 'not an official document',
};
