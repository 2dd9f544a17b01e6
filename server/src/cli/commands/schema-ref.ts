import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageRoot } from '../../engine/docs';
import { isWithin } from '../../engine/paths';

/**
 * What a generated YAML file's `# yaml-language-server: $schema=` comment names: the schema installed
 * with fzlint (rules/schema/<name>.schema.json), so that it works offline. Relative to `dir` (the
 * generated file's folder) when fzlint is installed in that project's node_modules, so the line
 * holds on other machines too; otherwise the installed file's file: URI.
 */
export function schemaRef(dir: string, name: 'config' | 'pack'): string {
  const file = path.join(packageRoot(), 'rules', 'schema', `${name}.schema.json`);
  const at = file.lastIndexOf(`${path.sep}node_modules${path.sep}`);
  if (at >= 0 && isWithin(file.slice(0, at) || path.sep, dir)) {
    const rel = path.relative(dir, file).split(path.sep).join('/');
    return rel.startsWith('.') ? rel : `./${rel}`;
  }
  return pathToFileURL(file).href;
}
