/**
 * The text a paragraph is compared by: full-width forms folded to half width (NFKC), Latin letters
 * lower-cased, and punctuation, symbols and whitespace dropped. Pure.
 */
const DROPPED = /[\p{P}\p{S}\p{Z}\s]/gu;

export function normalizeParagraph(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(DROPPED, '');
}
