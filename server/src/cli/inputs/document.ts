/**
 * Reports in document formats (.docx, .doc, .odt/.fodt, .pdf): their text, one line per paragraph,
 * and for PDF where each piece of a paragraph sits on the page. Every problem with the file is one
 * clear message naming the file (zh-CN or English); the caller turns it into that file's error.
 */
import type { Locale } from '../../engine/rule';
import { isDocPath, isEncryptedOfficeFile, isOleFile, isZipFile, readDoc } from './doc';
import { isDocxPath, readDocx } from './docx';
import { isOdtPath, OdtEncryptedError, readOdt } from './odt';
import { isPdfPath, PdfProblem, readPdf } from './pdf';
import type { PdfSegment } from './pdf-layout';

export type DocumentFormat = 'docx' | 'doc' | 'odt' | 'fodt' | 'pdf';

export interface DocumentText {
  text: string;
  format: DocumentFormat;
  /** PDF only: for each line of `text`, the page and line its pieces come from. */
  pdf?: PdfSegment[][];
}

export class DocumentProblem extends Error {}

export function documentFormat(file: string): DocumentFormat | undefined {
  if (isDocxPath(file)) return 'docx';
  if (isDocPath(file)) return 'doc';
  if (isPdfPath(file)) return 'pdf';
  return isOdtPath(file);
}

/** .wps (WPS Writer's own format): no maintained pure-JS reader exists, so it is refused with advice. */
export function isWpsPath(file: string): boolean {
  return /\.wps$/i.test(file);
}

const LABEL: Record<DocumentFormat, Record<Locale, string>> = {
  docx: { 'zh-CN': 'Word 文件', en: 'Word file' },
  doc: { 'zh-CN': 'Word 97-2003（.doc）文件', en: 'Word 97-2003 (.doc) file' },
  odt: { 'zh-CN': 'OpenDocument（.odt）文件', en: 'OpenDocument (.odt) file' },
  fodt: { 'zh-CN': 'OpenDocument（.fodt）文件', en: 'OpenDocument (.fodt) file' },
  pdf: { 'zh-CN': 'PDF 文件', en: 'PDF file' },
};

export async function readDocument(file: string, bytes: Buffer, format: DocumentFormat, locale: Locale): Promise<DocumentText> {
  const zh = locale === 'zh-CN';
  const fail = (zhText: string, enText: string) => new DocumentProblem(zh ? `${file}：${zhText}，未检查。` : `${file}: ${enText}; not checked.`);
  const encrypted = () =>
    fail(
      '文件已加密（设有打开密码），无法读取；请去掉密码后另存一份再检查',
      'the file is encrypted (password to open); remove the password and save a copy to check',
    );
  if ((format === 'docx' || format === 'odt') && isEncryptedOfficeFile(bytes)) throw encrypted();
  try {
    if (format === 'pdf') {
      const pdf = await readPdf(bytes);
      return { text: pdf.text, format, pdf: pdf.segments };
    }
    if (format === 'fodt') return { ...(await readOdt(bytes, true)), format };
    // A .doc that is really a .docx (renamed), or a .docx that is really a .doc: read what it is.
    if ((format === 'docx' || format === 'doc') && isOleFile(bytes)) return { ...(await readDoc(bytes)), format };
    if (format === 'doc' && isZipFile(bytes)) return { ...(await readDocx(bytes)), format };
    if (format === 'doc') throw new Error(zh ? '不是 Word 97-2003 文件' : 'not a Word 97-2003 file');
    if (format === 'odt') return { ...(await readOdt(bytes, false)), format };
    return { ...(await readDocx(bytes)), format };
  } catch (error) {
    if (error instanceof DocumentProblem) throw error;
    if (error instanceof OdtEncryptedError) throw encrypted();
    if (error instanceof PdfProblem) {
      if (error.kind === 'encrypted')
        throw fail('PDF 文件已加密（设有打开密码），无法读取文字', 'the PDF is encrypted (password to open); its text cannot be read');
      if (error.kind === 'no-text')
        throw fail(
          'PDF 没有文字层（可能是扫描件或图片），无法检查；请提供 Word 原件或带文字的 PDF',
          'the PDF has no text layer (a scan or images?); give the Word original or a PDF with text',
        );
      throw fail(`无法读取 PDF 文件（${error.message}）`, `cannot read the PDF file (${error.message})`);
    }
    // The readers' own words: "damaged ZIP file (…)", "expands to more than 64 MB", "damaged XML (…)".
    const detail = (error as Error).message;
    throw fail(`无法读取 ${LABEL[format][locale]}（${detail}）`, `cannot read the ${LABEL[format][locale]} (${detail})`);
  }
}
