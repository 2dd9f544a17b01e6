/**
 * Lists of words grouped by their first (or last) character, each group in list order. "The first
 * listed word at this position" then reads the one short group that can match there instead of
 * trying every word of the list: the figure reader asks this several times for every number.
 */

/** Entries of a word list grouped by a character of the word; each group keeps the list's order. */
export type WordIndex<T> = ReadonlyMap<string, readonly (readonly [string, T])[]>;

function group<T>(entries: readonly (readonly [string, T])[], key: (word: string) => string): WordIndex<T> {
  const out = new Map<string, (readonly [string, T])[]>();
  for (const entry of entries) {
    if (entry[0] === '') continue;
    const k = key(entry[0]);
    let list = out.get(k);
    if (!list) out.set(k, (list = []));
    list.push(entry);
  }
  return out;
}

/** Index the entries by the first character of their word (UTF-16 unit). */
export function byFirstChar<T>(entries: readonly (readonly [string, T])[]): WordIndex<T> {
  return group(entries, (w) => w[0]);
}

/** Index the entries by the last character of their word (UTF-16 unit). */
export function byLastChar<T>(entries: readonly (readonly [string, T])[]): WordIndex<T> {
  return group(entries, (w) => w[w.length - 1]);
}

/** Plain words as entries (the word is its own value). */
export function wordEntries(words: readonly string[]): (readonly [string, string])[] {
  return words.map((w) => [w, w] as const);
}

/**
 * The first listed entry whose word starts at `at` in `text` and is at most `maxLength` long (the
 * same as trying the words in list order with `text.startsWith(word, at)`).
 */
export function listedAt<T>(index: WordIndex<T>, text: string, at: number, maxLength = Infinity): readonly [string, T] | undefined {
  const candidates = at < text.length ? index.get(text[at]) : undefined;
  if (!candidates) return undefined;
  for (const entry of candidates) if (entry[0].length <= maxLength && text.startsWith(entry[0], at)) return entry;
  return undefined;
}

/**
 * The first listed entry whose word ends at `end` and starts at or after `floor` (the same as trying
 * the words in list order with `text.slice(max(floor, end - word.length), end) === word`), skipping
 * the words `accept` refuses here.
 */
export function listedEndingAt<T>(
  index: WordIndex<T>,
  text: string,
  end: number,
  floor: number,
  maxLength = Infinity,
  accept: (word: string) => boolean = () => true,
): readonly [string, T] | undefined {
  const candidates = end > 0 && end <= text.length ? index.get(text[end - 1]) : undefined;
  if (!candidates) return undefined;
  for (const entry of candidates) {
    const w = entry[0];
    if (w.length <= maxLength && end - w.length >= floor && text.startsWith(w, end - w.length) && accept(w)) return entry;
  }
  return undefined;
}
