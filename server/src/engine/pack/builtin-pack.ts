import { readBuiltinPack } from './builtin-pack-source';
import { mergePackData } from './merge';
import type { PackData, PackFile } from './types';

export { builtinPackPath } from './builtin-pack-source';

let cached: { file: PackFile; data: PackData } | undefined;

/**
 * Load `rules/recommended.yaml`, the built-in pack (written in fzlint's own pack format). It ships
 * with fzlint, so an error in it is a bug: it throws with the file name.
 */
export function loadBuiltinPack(): { file: PackFile; data: PackData } {
  if (cached) return cached;
  const pack = readBuiltinPack();
  const data = mergePackData([{ data: (pack.data ?? {}) as Partial<PackData>, remove: pack.data?.remove }]);
  cached = { file: pack, data };
  return cached;
}
