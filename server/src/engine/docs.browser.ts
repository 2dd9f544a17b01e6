/**
 * docs.ts for the browser build (scripts/build.mjs puts this file in its place): no package folder,
 * no file: URLs. The rules' pages are embedded at build time; their links are relative to `docs/`.
 */
import type * as NodeDocs from './docs';
import pages from 'fzlint-embedded:docs';

export const ruleDocsPage: typeof NodeDocs.ruleDocsPage = (id) => `rules/${id}.md`;

export const CONFIG_DOCS_PAGE: typeof NodeDocs.CONFIG_DOCS_PAGE = 'configuration.md';

/** No package folder in a page: the empty string. */
export const packageRoot: typeof NodeDocs.packageRoot = () => '';

export const bundledDocsBase: typeof NodeDocs.bundledDocsBase = () => 'docs/';

const SCHEMES = new Set(['http:', 'https:']);

/** An http(s) URL made a base ending in `/`; anything else (no folders in a browser) is undefined. */
export const normalizeDocsBase: typeof NodeDocs.normalizeDocsBase = (value) => {
  const text = value.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (!SCHEMES.has(url.protocol) || url.search || url.hash) return undefined;
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
};

export const docsUrl: typeof NodeDocs.docsUrl = (page, base) => `${base ?? bundledDocsBase()}${page}`;

export const ruleDocsUrl: typeof NodeDocs.ruleDocsUrl = (id, base) => docsUrl(ruleDocsPage(id), base);

export const rebaseDocsUrl: typeof NodeDocs.rebaseDocsUrl = (url, base) => {
  if (!base) return url;
  const bundled = bundledDocsBase();
  return url.startsWith(bundled) ? base + url.slice(bundled.length) : url;
};

/** The embedded page's text (without a `#fragment`), or undefined when it is not embedded. */
export const readDocsPage: typeof NodeDocs.readDocsPage = (page) => pages[page.replace(/#.*$/, '')];

export const docsFileOf: typeof NodeDocs.docsFileOf = () => undefined;

/** A pack file's name as given (packs loaded into a page have no file: URL). */
export const packFileUrl: typeof NodeDocs.packFileUrl = (file) => file;
