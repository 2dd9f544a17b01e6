import { isCjk } from './chars';
import type { Sentence, Span } from './types';

/** Closing marks that stay with the sentence they end: 。” 。） 。’ 。》 */
const TRAILING = new Set(['”', '’', '）', ')', '》', '」', '』', '〕', '】']);
const ENDS = new Set(['。', '！', '？', '；']);
/** ASCII marks end a sentence only next to Chinese text (scraped copies), not in Latin phrases. */
const ASCII_ENDS = new Set([';', '!', '?']);

/**
 * Split a paragraph into sentences at 。！？； (ASCII ! ? ; too, which scraped copies contain),
 * keeping closing quotes and brackets with the sentence they end.
 */
export function splitSentences(prose: string, paragraph: Span): Sentence[] {
  const out: Sentence[] = [];
  let start = paragraph.start;
  const push = (end: number) => {
    let s = start;
    while (s < end && /[\s\u00a0\u3000]/.test(prose[s])) s++;
    if (end > s) out.push({ span: { start: s, end }, text: prose.slice(s, end) });
    start = end;
  };
  for (let i = paragraph.start; i < paragraph.end; i++) {
    const ch = prose[i];
    const end = ENDS.has(ch) || (ASCII_ENDS.has(ch) && (isCjk(prose[i - 1]) || isCjk(prose[i + 1])));
    if (!end) continue;
    let j = i + 1;
    while (j < paragraph.end && (ENDS.has(prose[j]) || ASCII_ENDS.has(prose[j]) || TRAILING.has(prose[j]))) j++;
    push(j);
    i = j - 1;
  }
  push(paragraph.end);
  return out;
}
