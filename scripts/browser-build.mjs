// The browser builds (scripts/build.mjs; the browser-build test uses the same options): the engine for
// a web page, and fzlint-web, one self-contained HTML file. Two plugins make them Node-free:
// - `browser-siblings`: a module of ours with a `<name>.browser.ts` sibling is replaced by it (the
//   modules that read the pack, the dictionaries and the docs from disk in Node);
// - `embedded`: the `fzlint-embedded:*` modules, made at build time from the package's files.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';

/**
 * The esbuild options shared by the browser bundles. `dataInPage`: the word dictionary and the rules'
 * pages are not in the script but in data blocks of the page (DATA_BLOCKS; fzlint-web): the browser's
 * script parser then never reads their 2.5 MB.
 */
export function browserOptions(root, { version, dataInPage = false }) {
  return {
    absWorkingDir: root,
    bundle: true,
    platform: 'browser',
    target: ['chrome109', 'firefox115', 'safari16'],
    plugins: [browserSiblings(root), embedded(root, dataInPage), jszipLeftOut()],
    define: { FZLINT_VERSION: JSON.stringify(version) },
    // Tinypool, the YAML parser and other Node-only code are never reached in a page: any import of a
    // Node built-in is an error, not a shim.
    logLevel: 'warning',
    legalComments: 'none',
    charset: 'utf8',
  };
}

/**
 * The server modules import the LSP API from `vscode-languageserver/node`; in a worker the same API
 * comes from `vscode-languageserver/browser` (the types and constants are the common ones).
 */
function languageServerForBrowser() {
  return {
    name: 'language-server-for-browser',
    setup(build) {
      build.onResolve({ filter: /^vscode-languageserver\/node$/ }, (args) =>
        build.resolve('vscode-languageserver/browser', { resolveDir: args.resolveDir, kind: args.kind }),
      );
    },
  };
}

/**
 * The esbuild options of the extension's browser bundles: the web worker server and the client's
 * browser entry (`vscode` is the editor's, as in the Node client).
 */
export function webExtensionOptions(root, { version }) {
  const options = browserOptions(root, { version });
  return { ...options, plugins: [languageServerForBrowser(), ...options.plugins], format: 'iife', minify: true, metafile: true };
}

function browserSiblings(root) {
  const ours = [path.join(root, 'server', 'src') + path.sep, path.join(root, 'web', 'src') + path.sep];
  return {
    name: 'browser-siblings',
    setup(build) {
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        if (!ours.some((dir) => args.importer.startsWith(dir))) return undefined;
        const base = path.resolve(args.resolveDir, args.path).replace(/\.ts$/, '');
        const sibling = `${base}.browser.ts`;
        return fs.existsSync(sibling) ? { path: sibling } : undefined;
      });
    },
  };
}

/**
 * mammoth's document reader is given a ZIP reader of the page's own (web/src/docx.ts): its jszip,
 * which only its unzipping uses, is left out.
 */
function jszipLeftOut() {
  return {
    name: 'jszip-left-out',
    setup(build) {
      build.onResolve({ filter: /^jszip$/ }, () => ({ path: 'jszip', namespace: 'left-out' }));
      build.onLoad({ filter: /.*/, namespace: 'left-out' }, () => ({
        contents: "module.exports = { loadAsync() { return Promise.reject(new Error('jszip is not in this build')); } };",
        loader: 'js',
      }));
    },
  };
}

/** The built-in pack as JSON, the domain dictionary texts, the rules' pages and the word dictionary. */
function embedded(root, dataInPage) {
  const makers = {
    async 'builtin-pack'() {
      const { parse } = await import('yaml');
      return { contents: JSON.stringify(parse(fs.readFileSync(path.join(root, 'rules', 'recommended.yaml'), 'utf8'))), loader: 'json' };
    },
    'domain-dictionary'() {
      const dir = path.join(root, 'rules', 'dict');
      const files = fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .sort();
      return { contents: JSON.stringify(files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))), loader: 'json' };
    },
    docs() {
      return { contents: JSON.stringify(docsPages(root)), loader: 'json' };
    },
    'schema-validators'() {
      return schemaValidatorsModule(root);
    },
    'option-validators'() {
      return optionValidatorsModule(root);
    },
    'jieba-dict-gzip'() {
      return { contents: `export default ${JSON.stringify(dictionaryBase64(root))};`, loader: 'js' };
    },
  };
  // In the page: read from the data block the page carries (buildBrowser writes it).
  const fromPage = (block) => {
    const text = `document.getElementById(${JSON.stringify(block.id)}).textContent`;
    return { contents: `export default ${block.json ? `JSON.parse(${text})` : text};`, loader: 'js' };
  };
  return {
    name: 'embedded',
    setup(build) {
      build.onResolve({ filter: /^fzlint-embedded:/ }, (args) => ({ path: args.path.slice('fzlint-embedded:'.length), namespace: 'fzlint-embedded' }));
      build.onLoad({ filter: /.*/, namespace: 'fzlint-embedded' }, async (args) => {
        if (dataInPage && DATA_BLOCKS[args.path]) return fromPage(DATA_BLOCKS[args.path]);
        const make = makers[args.path];
        if (!make) return { errors: [{ text: `no embedded module "${args.path}"` }] };
        return make();
      });
    },
  };
}

/**
 * The pack and config validators, precompiled with ajv standalone as scripts/build.mjs makes
 * dist/schema-validators.cjs (same options): a page's CSP runs no code made at run time.
 */
async function schemaValidatorsModule(root) {
  const { default: Ajv } = await import('ajv');
  const { default: standaloneCode } = await import('ajv/dist/standalone/index.js');
  const schema = (name) => JSON.parse(fs.readFileSync(path.join(root, 'rules', 'schema', `${name}.schema.json`), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strictTuples: false, code: { source: true, esm: true } });
  const pack = schema('pack');
  const config = schema('config');
  delete config.definitions.rules.properties;
  ajv.addSchema(pack);
  ajv.addSchema(config);
  return { contents: standaloneCode(ajv, { pack: pack.$id, config: config.$id }), loader: 'js', resolveDir: root };
}

/**
 * The built-in rules' options validators (server/src/engine/config/options-validator.ts, same ajv
 * options), by the JSON text of their schema: the schemas config.schema.json lists for the rules
 * (kept equal to the rules' by test/unit/config/config-schema-rules.test.ts) and NO_OPTIONS
 * (server/src/engine/rule.ts) for the rules that take none.
 */
async function optionValidatorsModule(root) {
  const { default: Ajv } = await import('ajv');
  const { default: standaloneCode } = await import('ajv/dist/standalone/index.js');
  const config = JSON.parse(fs.readFileSync(path.join(root, 'rules', 'schema', 'config.schema.json'), 'utf8'));
  const schemas = [{ type: 'object', properties: {}, additionalProperties: false }];
  for (const entry of Object.values(config.definitions.rules.properties ?? {})) {
    const options = entry.oneOf?.[1]?.items?.[1];
    if (options) schemas.push(options);
  }
  const ajv = new Ajv({
    allErrors: true,
    strictTuples: false,
    useDefaults: false,
    strictTypes: false,
    logger: false,
    addUsedSchema: false,
    code: { source: true, esm: true },
  });
  const refs = {};
  schemas.forEach((schema, i) => {
    ajv.addSchema(schema, `o${i}`);
    refs[`o${i}`] = `o${i}`;
  });
  const keys = schemas.map((schema, i) => `${JSON.stringify(JSON.stringify(schema))}: o${i}`).join(',\n  ');
  return { contents: `${standaloneCode(ajv, refs)}\nexport const bySchema = {\n  ${keys}\n};\n`, loader: 'js', resolveDir: root };
}

/** dist/jieba.dict, gzip-compressed, in base64. */
function dictionaryBase64(root) {
  return zlib.gzipSync(fs.readFileSync(path.join(root, 'dist', 'jieba.dict')), { level: 9 }).toString('base64');
}

/** docs/rules/*.md by their path under docs/. */
function docsPages(root) {
  const dir = path.join(root, 'docs', 'rules');
  const pages = {};
  for (const f of fs.readdirSync(dir).sort()) if (f.endsWith('.md')) pages[`rules/${f}`] = fs.readFileSync(path.join(dir, f), 'utf8');
  return pages;
}

/**
 * fzlint-web's data blocks (`<script type=…>` elements that are not run): the embedded module each
 * stands for, its element id, and its text. JSON has every `<` escaped, so no `</script` ends it early.
 */
const DATA_BLOCKS = {
  'jieba-dict-gzip': { id: 'fzlint-dictionary', type: 'application/octet-stream', text: dictionaryBase64 },
  docs: { id: 'fzlint-docs', type: 'application/json', json: true, text: (root) => JSON.stringify(docsPages(root)).replace(/</g, '\\u003c') },
};

/** The engine's browser entry: an ES module with everything embedded. */
export const ENGINE_ENTRY = 'server/src/engine/browser/index.ts';
/** The language server in a web worker (VS Code for the Web) and the extension's browser entry. */
export const WEB_SERVER_ENTRY = 'server/src/lsp/browser-server.ts';
export const WEB_CLIENT_ENTRY = 'client/src/browser-extension.ts';
/** fzlint-web's script and the page around it. */
export const WEB_ENTRY = 'web/src/main.ts';
const WEB_TEMPLATE = 'web/src/page.html';
const WEB_STYLE = 'web/src/style.css';

/**
 * Build dist/browser/fzlint-engine.mjs and dist/web/fzlint-web.html (the page's script and style
 * inlined; its CSP allows exactly that script by its hash), and the extension's browser bundles
 * dist/browser/server.js (web worker) and dist/browser/extension.js. Returns the esbuild metafiles.
 */
export async function buildBrowser(root, { version }) {
  const esbuild = await import('esbuild');
  const crypto = await import('node:crypto');
  const options = browserOptions(root, { version });
  const engine = await esbuild.build({
    ...options,
    entryPoints: [ENGINE_ENTRY],
    outfile: 'dist/browser/fzlint-engine.mjs',
    format: 'esm',
    minify: true,
    metafile: true,
  });
  const server = await esbuild.build({ ...webExtensionOptions(root, { version }), entryPoints: [WEB_SERVER_ENTRY], outfile: 'dist/browser/server.js' });
  // The client's browser entry is CommonJS: the web extension host loads it as VS Code's Node host does.
  const client = await esbuild.build({
    ...webExtensionOptions(root, { version }),
    entryPoints: [WEB_CLIENT_ENTRY],
    outfile: 'dist/browser/extension.js',
    format: 'cjs',
    external: ['vscode'],
  });
  const web = await esbuild.build({
    ...browserOptions(root, { version, dataInPage: true }),
    entryPoints: [WEB_ENTRY],
    write: false,
    format: 'iife',
    minify: true,
    metafile: true,
    outdir: 'dist/web',
  });
  // `</script` inside the script would end the element early: esbuild escapes it in strings, check.
  const script = web.outputFiles.find((f) => f.path.endsWith('.js')).text;
  if (/<\/script/i.test(script)) throw new Error('fzlint-web: the script contains </script');
  const hash = crypto.createHash('sha256').update(script, 'utf8').digest('base64');
  const csp = `default-src 'none'; script-src 'sha256-${hash}'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'`;
  const style = fs.readFileSync(path.join(root, WEB_STYLE), 'utf8');
  const html = fs
    .readFileSync(path.join(root, WEB_TEMPLATE), 'utf8')
    .replace('{{CSP}}', () => csp)
    .replace('{{VERSION}}', () => version)
    .replace('/*{{STYLE}}*/', () => style)
    // The element's whole text is the script the CSP hash names: no whitespace around it.
    // A data block (not run, not parsed as script) before the script that reads it.
    .replace(
      /<script>\s*\/\*\{\{SCRIPT\}\}\*\/\s*<\/script>/,
      () =>
        `${Object.values(DATA_BLOCKS)
          .map((b) => `<script type="${b.type}" id="${b.id}">${b.text(root)}</script>\n    `)
          .join('')}<script>${script}</script>`,
    );
  if (!html.includes(`<script>${script}</script>`)) throw new Error('fzlint-web: web/src/page.html has no <script>/*{{SCRIPT}}*/</script>');
  fs.mkdirSync(path.join(root, 'dist', 'web'), { recursive: true });
  fs.writeFileSync(path.join(root, 'dist', 'web', 'fzlint-web.html'), html);
  return { engine: engine.metafile, web: web.metafile, server: server.metafile, client: client.metafile };
}
