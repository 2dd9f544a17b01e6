/**
 * A minimal Word package holding a text, one paragraph per line (tabs as w:tab), for annotating a
 * .txt or .md report (`--docx-from-text`).
 */
import { W_NS } from './docx-paragraphs';
import { newEntry, writeZip } from './zip-package';

function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

function paragraphXml(line: string): string {
  if (line === '') return '<w:p/>';
  const content = line
    .split(/(\t)/)
    .filter((piece) => piece !== '')
    .map((piece) => (piece === '\t' ? '<w:tab/>' : `<w:t xml:space="preserve">${escapeXml(piece)}</w:t>`))
    .join('');
  return `<w:p><w:r>${content}</w:r></w:p>`;
}

/** The lines of the text (a final line break ends the last line, it does not start an empty one). */
export function textLines(text: string): string[] {
  return text.replace(/\r?\n$/, '').split(/\r?\n/);
}

export async function docxFromText(text: string): Promise<Uint8Array> {
  const header = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  const contentTypes =
    `${header}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
    '</Types>';
  const rels =
    `${header}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
    '</Relationships>';
  const body = textLines(text).map(paragraphXml).join('');
  const document = `${header}<w:document xmlns:w="${W_NS}"><w:body>${body}<w:sectPr/></w:body></w:document>`;
  const utf8 = new TextEncoder();
  return writeZip(
    await Promise.all([
      newEntry('[Content_Types].xml', utf8.encode(contentTypes)),
      newEntry('_rels/.rels', utf8.encode(rels)),
      newEntry('word/document.xml', utf8.encode(document)),
    ]),
  );
}
