import { Document, Packer, Paragraph, TextRun } from 'docx';

/** A Word file with one paragraph per line of `text` (a final newline makes no empty paragraph). */
export async function docxOfText(text: string): Promise<Buffer> {
  const paragraphs = text
    .replace(/\n$/, '')
    .split('\n')
    .map((l) => new Paragraph({ children: [new TextRun(l)] }));
  return Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] }));
}
