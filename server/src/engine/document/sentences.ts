import { isCjk } from './chars';
import type { Sentence, Span } from './types';

/** Closing marks that stay with the sentence they end: 。” 。） 。’ 。》 */
const TRAILING = new Set(['”', '’', '）', ')', '》', '」', '』', '〕', '】']);
const ENDS = new Set(['。', '！', '？', '；']);
/** ASCII marks end a sentence only next to Chinese text (scraped copies), not in Latin phrases. */
const ASCII_ENDS = new Set([';', '!', '?']);
/** Every mark that may end a sentence: the split jumps from one to the next natively. */
const ANY_END = /[。！？；;!?]/g;

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
  // Searched in the paragraph's own text, so that the native search cannot run on past its end.
  const own = prose.slice(paragraph.start, paragraph.end);
  ANY_END.lastIndex = 0;
  for (let m = ANY_END.exec(own); m; m = ANY_END.exec(own)) {
    const i = paragraph.start + m.index;
    const ch = m[0];
    const end = ENDS.has(ch) || isCjk(prose[i - 1]) || isCjk(prose[i + 1]);
    if (!end) continue;
    let j = i + 1;
    while (j < paragraph.end && (ENDS.has(prose[j]) || ASCII_ENDS.has(prose[j]) || TRAILING.has(prose[j]))) j++;
    push(j);
    ANY_END.lastIndex = j - paragraph.start;
  }
  push(paragraph.end);
  return out;
}
