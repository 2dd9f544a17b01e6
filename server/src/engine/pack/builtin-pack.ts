import * as fs from 'node:fs';
import * as path from 'node:path';
import { findRulesDir } from '../document/segmenter';
import { loadYaml } from '../../lazy/modules';
import { mergePackData } from './merge';
import type { PackData, PackFile } from './types';

let cached: { file: PackFile; data: PackData } | undefined;

/** The path of the built-in recommended pack. */
export function builtinPackPath(): string | undefined {
  const dir = findRulesDir();
  return dir ? path.join(dir, 'recommended.yaml') : undefined;
}

/**
 * The pack as `npm run build` wrote it next to the bundle (dist/recommended.json), if it was made from
 * this very YAML text: JSON.parse is far cheaper than the YAML parser on a cold start.
 */
function prebuiltPack(yamlText: string): unknown {
  try {
    const prebuilt = JSON.parse(fs.readFileSync(path.join(__dirname, 'recommended.json'), 'utf8')) as { yaml?: string; pack?: unknown };
    return prebuilt.yaml === yamlText ? prebuilt.pack : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Load `rules/recommended.yaml`, the built-in pack (written in fzlint's own pack format). It ships
 * with fzlint, so an error in it is a bug: it throws with the file name.
 */
export function loadBuiltinPack(): { file: PackFile; data: PackData } {
  if (cached) return cached;
  const file = builtinPackPath();
  if (!file || !fs.existsSync(file)) throw new Error('fzlint: the built-in pack rules/recommended.yaml is missing');
  const yamlText = fs.readFileSync(file, 'utf8');
  const pack = (prebuiltPack(yamlText) ?? loadYaml().parse(yamlText)) as PackFile;
  const data = mergePackData([{ data: (pack.data ?? {}) as Partial<PackData>, remove: pack.data?.remove }]);
  cached = { file: pack, data };
  return cached;
}
