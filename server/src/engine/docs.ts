/**
 * Where the documentation pages are. Every page ships with fzlint (docs/ in the npm package and in
 * the VSIX), so the default links point at the installed copy as file: URIs and work offline. A
 * docs base (`--docs-base` on the command line, `fzlint.docsBase` in the editor) points them
 * elsewhere instead, e.g. an intranet copy of docs/: the page's path is appended to it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The docs page of a built-in rule, relative to docs/. */
export function ruleDocsPage(id: string): string {
  return `rules/${id}.md`;
}

/** The configuration page, relative to docs/ (config and pack errors link to it). */
export const CONFIG_DOCS_PAGE = 'configuration.md';

let root: string | undefined;

/**
 * The installed package's folder: the first folder upwards from the running file with package.json
 * and docs/rules (the source tree, the bundles in dist/, the VSIX's extension folder).
 */
export function packageRoot(): string {
  if (root === undefined) {
    let dir = __dirname;
    for (let i = 0; i < 8; i++) {
      if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'docs', 'rules'))) break;
      const parent = path.dirname(dir);
      if (parent === dir) {
        // Not found (a copied bundle without the package around it): the bundle's parent folder.
        dir = path.resolve(__dirname, '..');
        break;
      }
      dir = parent;
    }
    root = dir;
  }
  return root;
}

let bundledBase: string | undefined;

/** The bundled docs folder as a file: URI ending in `/` (made once: every finding's URL starts with it). */
export function bundledDocsBase(): string {
  bundledBase ??= pathToFileURL(path.join(packageRoot(), 'docs') + path.sep).href;
  return bundledBase;
}

const SCHEMES = new Set(['http:', 'https:', 'file:']);

/**
 * A docs base as given by the user, made a base URL ending in `/`: an http(s) or file: URL, or a
 * folder path (absolute, or relative to `cwd` when given). Undefined when it is neither (another
 * scheme such as javascript:, or a relative path without `cwd`).
 */
export function normalizeDocsBase(value: string, cwd?: string): string | undefined {
  const text = value.trim();
  if (!text) return undefined;
  // A scheme of two letters or more: a URL (a Windows drive letter, C:\…, is a path).
  if (/^[a-z][a-z0-9+.-]+:/i.test(text)) {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      return undefined;
    }
    if (!SCHEMES.has(url.protocol) || url.search || url.hash) return undefined;
    return url.href.endsWith('/') ? url.href : `${url.href}/`;
  }
  if (!path.isAbsolute(text) && cwd === undefined) return undefined;
  const dir = path.resolve(cwd ?? '', text);
  return pathToFileURL(dir.endsWith(path.sep) ? dir : dir + path.sep).href;
}

/** A page's URL under `base` (a normalized base), or under the bundled docs when no base is given. */
export function docsUrl(page: string, base?: string): string {
  return `${base ?? bundledDocsBase()}${page}`;
}

/** A built-in rule's page. */
export function ruleDocsUrl(id: string, base?: string): string {
  return docsUrl(ruleDocsPage(id), base);
}

/**
 * A finding's URL under another docs base: links into the bundled docs move to `base`; any other
 * link (a pack's code rule names its own page) stays as it is.
 */
export function rebaseDocsUrl(url: string, base: string | undefined): string {
  if (!base) return url;
  const bundled = bundledDocsBase();
  return url.startsWith(bundled) ? base + url.slice(bundled.length) : url;
}

/** The bundled page's text (without a `#fragment`), or undefined when it is not there. */
export function readDocsPage(page: string): string | undefined {
  const file = path.join(packageRoot(), 'docs', ...page.replace(/#.*$/, '').split('/'));
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** The local file a file: URL names (without its fragment), or undefined for another URL. */
export function docsFileOf(url: string): string | undefined {
  if (!url.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(url.replace(/#.*$/, ''));
  } catch {
    return undefined;
  }
}

/** The file: URI of a pack file: the explanation of a pack's declarative rule is in it. */
export function packFileUrl(file: string): string {
  return pathToFileURL(file).href;
}
