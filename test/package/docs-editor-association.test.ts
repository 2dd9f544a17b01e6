/**
 * The manifest makes VS Code open the rule pages installed with the extension in the Markdown preview
 * (a `workbench.editorAssociations` configuration default), and only those: the user's own Markdown
 * files keep opening as text. The glob is matched here as VS Code matches editor associations
 * (editorResolverService.ts `globMatchesResource`: a pattern with a `/` is matched, lower-cased, against
 * `scheme:path`; glob.ts: `**` any number of whole path segments, `*` any characters within one), for
 * the glob features the pattern uses, which the first test checks. The end-to-end test
 * (test/e2e/code-server.test.ts) checks that VS Code itself does it.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../helpers/paths';

/** The custom editor of VS Code's built-in Markdown extension: the preview as an editor. */
const MARKDOWN_PREVIEW_EDITOR = 'vscode.markdown.preview.editor';

interface Manifest {
  publisher: string;
  name: string;
  version: string;
  contributes: { configurationDefaults?: Record<string, unknown> };
}

const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as Manifest;
const associations = (manifest.contributes.configurationDefaults?.['workbench.editorAssociations'] ?? {}) as Record<string, string>;

/** A glob of `**` segments, literal characters and `*` as VS Code's glob reads it: a RegExp over the whole target. */
function globRegExp(glob: string): RegExp {
  const segments = glob.split('/');
  let source = '';
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    if (segment === '**') {
      source += `(?:/|[^/]+/${last ? '|/[^/]+' : ''})*?`;
      return;
    }
    source += segment
      .split('*')
      .map((literal) => literal.replace(/[.+^${}()|[\]\\?]/g, '\\$&'))
      .join('[^/]*?');
    if (!last && (segments[i + 1] !== '**' || i + 2 < segments.length)) source += '/';
  });
  return new RegExp(`^${source}$`);
}

/** Does VS Code open `uri` (scheme:path) with the editor the pattern names? */
function associated(uri: string): string | undefined {
  const target = uri.toLowerCase();
  for (const [pattern, editor] of Object.entries(associations)) {
    if (globRegExp(pattern.toLowerCase()).test(target)) return editor;
  }
  return undefined;
}

/** Where VS Code, VS Code Server and code-server install the VSIX: `<publisher>.<name>-<version>[-<platform>]`. */
const folder = `${manifest.publisher}.${manifest.name}-${manifest.version}`;
const INSTALLED = [
  `file:/home/user/.vscode/extensions/${folder}`,
  `file:/c:/Users/张三/.vscode/extensions/${folder}`,
  `vscode-remote:/home/user/.vscode-server/extensions/${folder}-linux-x64`,
  `vscode-remote:/root/.local/share/code-server/extensions/${folder}`,
];

describe('VSIX manifest: the bundled rule pages open in the Markdown preview', () => {
  it('contributes one editor association, to the Markdown preview, with a glob of `**`, `*` and literals only', () => {
    assert.deepEqual(Object.values(associations), [MARKDOWN_PREVIEW_EDITOR]);
    const [pattern] = Object.keys(associations);
    assert.ok(!/[?[\]{}]/.test(pattern), `the pattern uses no glob feature this test does not read: ${pattern}`);
    assert.ok(pattern.startsWith(`**/${manifest.publisher}.${manifest.name}-*/`), `the pattern names the extension's install folder: ${pattern}`);
  });

  it('matches every bundled rule page and the configuration page where the extension is installed', () => {
    const pages = fs
      .readdirSync(path.join(repoRoot, 'docs', 'rules'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => `docs/rules/${f}`);
    assert.ok(pages.length > 40, 'the rule pages are there');
    for (const root of INSTALLED) {
      for (const page of [...pages, 'docs/configuration.md', 'docs/README.md']) {
        assert.equal(associated(`${root}/${page}`), MARKDOWN_PREVIEW_EDITOR, `${root}/${page}`);
      }
    }
  });

  it('matches none of the user’s files: Markdown in a workspace, a clone of fzlint, another extension’s pages', () => {
    for (const uri of [
      'file:/home/user/reports/README.md',
      'file:/home/user/reports/说明.md',
      'file:/home/user/reports/docs/rules/number-unit-space.md',
      'file:/home/user/src/fzlint/docs/rules/number-unit-space.md',
      'file:/home/user/src/fzlint.fzlint/docs/rules/number-unit-space.md',
      'file:/home/user/.vscode/extensions/other.fzlint-1.0.0/docs/rules/number-unit-space.md',
      'file:/home/user/.vscode/extensions/my-fzlint.fzlint-1.0.0/docs/rules/number-unit-space.md',
      `file:/home/user/.vscode/extensions/${folder}/README.md`,
      `file:/home/user/.vscode/extensions/${folder}/docs/rules/number-unit-space.txt`,
      `file:/home/user/.vscode/extensions/${folder}/node_modules/x/docs/a.md.bak`,
      'untitled:Untitled-1',
    ]) {
      assert.equal(associated(uri), undefined, uri);
    }
  });
});
