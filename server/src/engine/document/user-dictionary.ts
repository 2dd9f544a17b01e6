import type { UserWord } from './jieba/word-segmenter';

/** Parse a jieba user dictionary: one `word [frequency] [tag]` per line, `#` comments. */
export function parseUserDictionary(text: string): UserWord[] {
  const out: UserWord[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) continue;
    const [word, freq, tag] = line.split(/\s+/);
    out.push({ word, freq: freq ? Number(freq) : undefined, tag });
  }
  return out;
}
