/**
 * Where the built-in pack comes from in Node: rules/recommended.yaml, found from the running file,
 * or the JSON `npm run build` made of it (dist/recommended.json). The browser build replaces this
 * module with builtin-pack-source.browser.ts (the pack embedded at build time).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findRulesDir } from '../document/dictionary-files';
import { loadYaml } from '../../lazy/modules';
import type { PackFile } from './types';

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

/** The built-in pack file, parsed. It ships with fzlint, so its absence is a bug: it throws. */
export function readBuiltinPack(): PackFile {
  const file = builtinPackPath();
  if (!file || !fs.existsSync(file)) throw new Error('fzlint: the built-in pack rules/recommended.yaml is missing');
  const yamlText = fs.readFileSync(file, 'utf8');
  return (prebuiltPack(yamlText) ?? loadYaml().parse(yamlText)) as PackFile;
}
