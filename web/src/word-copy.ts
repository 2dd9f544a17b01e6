/**
 * The page's Word copy for review: the CLI's annotated-copy writer (server/src/cli/annotate) in the
 * browser (its ZIP reading and compression are the browser siblings). The same comments and tracked
 * changes as `fzlint annotate` writes: comments for the findings of the document's text, tracked
 * changes from that text to the one in the editor.
 */
import { annotatePackage, type AnnotateOutcome } from '../../server/src/cli/annotate/write-annotated';
import { docxFromText } from '../../server/src/cli/annotate/text-docx';
import { lint, type BrowserLintOptions } from '../../server/src/engine/browser/index';
import { readDocxText } from './docx';

/** A Word file read into the page: its bytes, and its text as the reader gave it. */
export interface WordSource {
  bytes: Uint8Array;
  text: string;
  name: string;
}

export interface WordCopy extends AnnotateOutcome {
  name: string;
}

/** w:date of the comments and changes: now, in whole seconds. */
function now(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * The reviewed copy. From a Word file: that file, commented on its own text, with the editor's
 * changes to it tracked. From any other text: a Word file of the editor's text with its comments.
 */
export async function wordCopy(source: WordSource | undefined, editorText: string, fileName: string, options: BrowserLintOptions): Promise<WordCopy> {
  const locale = options.locale ?? 'zh-CN';
  const base = source ?? { bytes: await docxFromText(editorText), text: editorText, name: fileName };
  // A Word file made of the editor's text is read back, as the CLI reads it (`annotate --docx-from-text`).
  const text = source ? source.text : (await readDocxText(base.bytes)).text;
  const findings = lint(text, { ...options, language: source ? 'plaintext' : options.language }).findings;
  const outcome = await annotatePackage({
    bytes: base.bytes,
    text,
    findings,
    fixed: source && editorText !== text ? editorText : undefined,
    locale,
    date: now(),
  });
  return { ...outcome, name: `${base.name.replace(/\.[^.]*$/, '')}.fzlint.docx` };
}
