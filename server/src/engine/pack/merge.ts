import { emptyPackData, type PackData, type PackDataKind } from './types';
import { mergeVocabulary, type Vocabulary } from './vocabulary';

const KINDS: Exclude<PackDataKind, 'vocabulary'>[] = [
  'terms',
  'sections',
  'procedures',
  'titles',
  'events',
  'numberContexts',
  'dictionary',
  'checks',
  'indicators',
];

/**
 * Merge pack data in order: entries of a later pack replace earlier entries with the same id,
 * new entries are appended, `remove` drops ids; dictionary words and each vocabulary concept's words
 * are unioned.
 */
export function mergePackData(layers: { data: Partial<PackData> & { removeVocabulary?: Partial<Vocabulary> }; remove?: string[] }[]): PackData {
  const out = emptyPackData();
  for (const layer of layers) {
    const remove = new Set(layer.remove ?? []);
    for (const kind of KINDS) {
      if (kind === 'dictionary') {
        const words = new Set([...out.dictionary, ...(layer.data.dictionary ?? [])]);
        out.dictionary = [...words];
        continue;
      }
      const current = out[kind] as { id: string }[];
      const kept = current.filter((e) => !remove.has(e.id));
      // An index by id keeps a 10,000-entry pack linear (findIndex per entry was quadratic).
      const index = new Map(kept.map((e, i) => [e.id, i]));
      for (const entry of (layer.data[kind] ?? []) as { id: string }[]) {
        const at = index.get(entry.id);
        if (at !== undefined) kept[at] = entry;
        else index.set(entry.id, kept.push(entry) - 1);
      }
      (out[kind] as { id: string }[]) = kept;
    }
  }
  out.vocabulary = mergeVocabulary(layers.map((l) => ({ add: l.data.vocabulary, remove: l.data.removeVocabulary })));
  return out;
}
