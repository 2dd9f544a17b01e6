import { isCjk, isHan } from './chars';
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
  return evidence.fullwidthCommas === 0 &&
    evidence.asciiCommas >= MIN_ASCII_COMMAS &&
    evidence.hanCharacters >= MIN_HAN
    ? 'published-copy'
    : 'draft';
}

/** Lines that web pages add around a report: share and font controls, bullets, related links. */
const FURNITURE = [
  /^[•·]\s*/, // • 2021-02-26 15:16 / • 来源: …
  /^【字体[:：]/,
  /^(分享到|关联稿件|相关附件|相关链接|扫一扫|打印本页|关闭窗口|无障碍|关怀版|网站支持)/,
  /即将离开.*是否继续/,
  /^(来源|发布时间|发布机构|浏览次数|字号)[:：]/,
];

export function isFurnitureLine(trimmed: string): boolean {
  return FURNITURE.some((re) => re.test(trimmed));
}

/**
 * Lines of a web copy that are page furniture: everything before the title, everything after the
 * closing date, and furniture-shaped lines in between. Only used in published-copy mode.
 */
export function furnitureLines(
  lines: Line[],
  titleLine: number | undefined,
  closingLine: number | undefined,
): Set<number> {
  const out = new Set<number>();
  for (const line of lines) {
    const trimmed = line.text.replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g, '');
    if (titleLine !== undefined && line.index < titleLine) out.add(line.index);
    else if (closingLine !== undefined && line.index > closingLine) out.add(line.index);
    else if (trimmed !== '' && isFurnitureLine(trimmed)) out.add(line.index);
  }
  return out;
}
