/**
 * The engine's browser build (issue 16 item 3), fzlint-web's script and the extension's browser
 * bundles (the web worker language server and the client's browser entry) contain no Node built-in: the
 * bundles are built with the options scripts/build.mjs uses, and every module esbuild put in them
 * (its metafile) and every import those modules make is checked — not the bundle's text.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { repoRoot } from '../helpers/paths';
import { unavailable } from '../helpers/unavailable';

interface BrowserBuild {
  browserOptions(root: string, o: { version: string }): esbuild.BuildOptions;
  webExtensionOptions(root: string, o: { version: string }): esbuild.BuildOptions;
  ENGINE_ENTRY: string;
  WEB_ENTRY: string;
  WEB_SERVER_ENTRY: string;
  WEB_CLIENT_ENTRY: string;
}

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** What of a metafile is Node: built-in imports, inputs that are built-ins, our Node-side modules and shells. */
function nodeParts(meta: esbuild.Metafile, shells = /^server\/src\/(cli|lsp|lazy)\//): string[] {
  const found: string[] = [];
  for (const [file, input] of Object.entries(meta.inputs)) {
    if (NODE_BUILTINS.has(file) || file.startsWith('node:')) found.push(`input ${file}`);
    for (const imp of input.imports) if (NODE_BUILTINS.has(imp.path) || imp.path.startsWith('node:')) found.push(`${file} imports ${imp.path}`);
    // A module with a browser sibling must have been replaced by it.
    if (/\.ts$/.test(file) && !file.endsWith('.browser.ts') && fs.existsSync(path.join(repoRoot, file.replace(/\.ts$/, '.browser.ts')))) {
      found.push(`${file} instead of its .browser.ts`);
    }
    if (shells.test(file)) found.push(`${file} (a Node shell's module)`);
  }
  return found;
}

describe('browser build: no Node built-ins', function () {
  this.timeout(120000);
  let build: BrowserBuild;

  before(async function () {
    if (!fs.existsSync(path.join(repoRoot, 'dist', 'jieba.dict')))
      unavailable(this, 'dist/jieba.dict is missing (the browser build embeds it)', 'run npm run build first');
    build = (await import(path.join(repoRoot, 'scripts', 'browser-build.mjs'))) as BrowserBuild;
  });

  const bundle = async (entry: string, extra: esbuild.BuildOptions = {}) =>
    esbuild.build({
      ...build.browserOptions(repoRoot, { version: '0.0.0' }),
      entryPoints: [entry],
      write: false,
      metafile: true,
      format: 'esm',
      outdir: 'out',
      logLevel: 'silent',
      ...extra,
    });

  it('the engine bundle (server/src/engine/browser) has only browser modules', async () => {
    const result = await bundle(build.ENGINE_ENTRY);
    const inputs = Object.keys(result.metafile!.inputs);
    assert.ok(inputs.includes('server/src/engine/lint.ts'), 'the engine itself is in the bundle');
    assert.ok(inputs.includes('server/src/engine/docs.browser.ts'), 'docs.ts is replaced by its browser sibling');
    assert.deepEqual(nodeParts(result.metafile!), []);
  });

  it("fzlint-web's script has only browser modules", async () => {
    const result = await bundle(build.WEB_ENTRY);
    assert.ok(Object.keys(result.metafile!.inputs).includes('web/src/main.ts'));
    // The page reads .docx with the CLI's reader (docx.ts), paragraph rule, ZIP directory and limits, and writes the CLI's
    // annotated copy (modules without Node built-ins; their Node-only parts have .browser.ts siblings).
    assert.deepEqual(
      nodeParts(
        result.metafile!,
        /^server\/src\/(lsp|lazy)\/|^server\/src\/cli\/(?!inputs\/(docx|docx-paragraphs|zip-limits|zip-directory|zip\.browser)\.ts$|annotate\/)/,
      ),
      [],
    );
  });

  const extensionBundle = (entry: string) =>
    esbuild.build({
      ...build.webExtensionOptions(repoRoot, { version: '0.0.0' }),
      entryPoints: [entry],
      write: false,
      outdir: 'out',
      external: ['vscode'],
      logLevel: 'silent',
    });

  it('the web worker language server (VS Code for the Web) has only browser modules', async () => {
    const result = await extensionBundle(build.WEB_SERVER_ENTRY);
    const inputs = Object.keys(result.metafile!.inputs);
    assert.ok(inputs.includes('server/src/lsp/browser-server.ts'));
    // The Node server's feature modules, not copies of them.
    for (const shared of ['diagnostic-convert', 'documents', 'hover', 'symbols', 'folding', 'completion', 'settings', 'validation'])
      assert.ok(inputs.includes(`server/src/lsp/${shared}.ts`), `lsp/${shared}.ts is in the bundle`);
    assert.ok(inputs.includes('server/src/lsp/file-path.browser.ts'), 'file-path.ts is replaced by its browser sibling');
    // The word dictionary is fetched from the VSIX's dist/jieba.dict, not embedded (it would double the VSIX).
    assert.ok(!inputs.some((f) => f.includes('jieba-dict-gzip')), 'the word dictionary is not in the bundle');
    assert.ok(!inputs.some((f) => /vscode-languageserver\/lib\/node\//.test(f)), 'the LSP library is its browser build');
    // The LSP modules are the server's own here; the CLI's and the lazy loaders are not — but for the
    // Word reader (last year's report as .docx) that fzlint-web shares, in its browser form (no built-in).
    const wordReader = ['docx', 'docx-paragraphs', 'zip.browser', 'zip-directory', 'zip-limits'].map((m) => `server/src/cli/inputs/${m}.ts`);
    for (const m of wordReader) assert.ok(inputs.includes(m), `${m} is in the bundle`);
    const shells = nodeParts(result.metafile!, /^server\/src\/(cli|lazy)\//).filter((f) => !wordReader.some((m) => f === `${m} (a Node shell's module)`));
    assert.deepEqual(shells, []);
  });

  it("the extension's browser entry has only browser modules", async () => {
    const result = await extensionBundle(build.WEB_CLIENT_ENTRY);
    const inputs = Object.keys(result.metafile!.inputs);
    assert.ok(inputs.includes('client/src/browser-extension.ts'));
    assert.ok(!inputs.some((f) => /vscode-languageclient\/lib\/node\//.test(f)), 'the client library is its browser build');
    // It shares the dictionary request with the web server (server/src/lsp/web-dictionary.ts).
    assert.deepEqual(nodeParts(result.metafile!, /^server\/src\/(cli|lazy)\//), []);
  });

  it('the check finds a Node built-in when one is imported', async () => {
    // The same build with node:* left external (as a careless change might): the check must see it.
    const result = await esbuild.build({
      stdin: {
        contents: "import * as fs from 'node:fs'; import '../server/src/engine/document/segmenter'; export const x = fs;",
        resolveDir: path.join(repoRoot, 'test'),
        loader: 'ts',
      },
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      external: ['node:*'],
      logLevel: 'silent',
    });
    const found = nodeParts(result.metafile!);
    assert.ok(
      found.some((f) => f.includes('imports node:fs')),
      found.join('\n'),
    );
    assert.ok(
      found.some((f) => f.includes('dictionary-files.ts instead of')),
      found.join('\n'),
    );
  });
});
