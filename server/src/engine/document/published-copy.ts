import { isCjk, isHan } from './chars';
import type { MetaResult } from './metadata';
import { isChromeLine } from './title-block';
import type { Line, PublishedCopyEvidence, SourceMode } from './types';

/** Minimum number of Han characters before a text can be judged a scraped web copy. */
const MIN_HAN = 300;
/** Minimum number of ASCII commas in Chinese context. */
const MIN_ASCII_COMMAS = 5;

/**
 * Count the evidence for a published (scraped) web copy: web scrapers map U+FF01–U+FF5E to ASCII,
 * so such a copy has ASCII commas between Chinese characters and no full-width comma at all.
 */
export function publishedCopyEvidence(text: string): PublishedCopyEvidence {
  let asciiCommas = 0;
  let fullwidthCommas = 0;
  let hanCharacters = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === ',') {
      if (isCjk(text[i - 1]) || isCjk(text[i + 1])) asciiCommas++;
    } else if (ch === '，') {
      fullwidthCommas++;
    } else if (isHan(ch)) {
      hanCharacters++;
    }
  }
  return { asciiCommas, fullwidthCommas, hanCharacters };
}

export function detectSourceMode(evidence: PublishedCopyEvidence): SourceMode {
  return evidence.fullwidthCommas === 0 && evidence.asciiCommas >= MIN_ASCII_COMMAS && evidence.hanCharacters >= MIN_HAN ? 'published-copy' : 'draft';
}

/** Lines that web pages add around a report: share and font controls, bullets, related links. */
export function isFurnitureLine(trimmed: string): boolean {
  return isChromeLine(trimmed);
}

/**
 * Lines that are not the document: everything before the title (page text, a 索引号 block, a cover
 * note), page chrome between the title and the body (来源：…, the 【字体】 control) and, in a web copy
 * (published-copy mode), furniture-shaped lines anywhere and everything after the closing date up
 * to the first appended document.
 */
export function pageChrome(lines: Line[], meta: MetaResult, published: boolean): Set<number> {
  const out = new Set<number>(meta.profile.chromeLines);
  const titleLine = meta.titleLines[0];
  const appendix = meta.appendices[0]?.line ?? Infinity;
  for (const line of lines) {
    if (titleLine !== undefined && line.index < titleLine) {
      out.add(line.index);
      continue;
    }
    if (!published) continue;
    const trimmed = line.text.replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g, '');
    if (meta.dateLine !== undefined && line.index > meta.dateLine && line.index < appendix) out.add(line.index);
    else if (trimmed !== '' && isFurnitureLine(trimmed)) out.add(line.index);
  }
  return out;
}
