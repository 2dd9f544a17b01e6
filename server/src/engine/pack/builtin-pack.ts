import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { findRulesDir } from '../document/segmenter';
import { mergePackData } from './merge';
import type { PackData, PackFile } from './types';

let cached: { file: PackFile; data: PackData } | undefined;

/** The path of the built-in recommended pack. */
export function builtinPackPath(): string | undefined {
  const dir = findRulesDir();
  return dir ? path.join(dir, 'recommended.yaml') : undefined;
}

/**
 * Load `rules/recommended.yaml`, the built-in pack (written in fzlint's own pack format). It ships
 * with fzlint, so an error in it is a bug: it throws with the file name.
 */
export function loadBuiltinPack(): { file: PackFile; data: PackData } {
  if (cached) return cached;
  const file = builtinPackPath();
  if (!file || !fs.existsSync(file)) throw new Error('fzlint: the built-in pack rules/recommended.yaml is missing');
  const pack = parse(fs.readFileSync(file, 'utf8')) as PackFile;
  const data = mergePackData([{ data: (pack.data ?? {}) as Partial<PackData>, remove: pack.data?.remove }]);
  cached = { file: pack, data };
  return cached;
}
