/**
 * The text of a Word document as mammoth's document reader gives it: one line per paragraph (body and
 * table-cell paragraphs in document order), a line break inside a paragraph as a space, a tab as a
 * tab. Shared by the CLI's .docx input (docx.ts) and fzlint-web (web/src/docx.ts); no Node built-in.
 */
export interface DocxElement {
  type: string;
  value?: string;
  breakType?: string;
  children?: DocxElement[];
}

export interface MammothResult<T> {
  value: T;
  messages: { type: string; message: string }[];
}

export interface DocxText {
  /** Paragraphs joined by "\n". */
  text: string;
  paragraphCount: number;
}

function paragraphText(p: DocxElement): string {
  let out = '';
  const walk = (e: DocxElement) => {
    if (e.type === 'text') out += e.value ?? '';
    else if (e.type === 'tab') out += '\t';
    else if (e.type === 'break') out += e.breakType === 'line' ? ' ' : '';
    else if (e.type === 'paragraph' && e !== p) {
      // a paragraph nested in a paragraph does not occur in Word files; keep its text inline
      (e.children ?? []).forEach(walk);
    } else (e.children ?? []).forEach(walk);
  };
  walk(p);
  return out;
}

function collectParagraphs(e: DocxElement, out: string[]): void {
  if (e.type === 'paragraph') {
    out.push(paragraphText(e));
    return;
  }
  for (const c of e.children ?? []) collectParagraphs(c, out);
}

/** The text of the document mammoth's reader read. */
export function docxText(result: MammothResult<DocxElement>): DocxText {
  const paragraphs: string[] = [];
  collectParagraphs(result.value, paragraphs);
  return { text: paragraphs.join('\n'), paragraphCount: paragraphs.length };
}
