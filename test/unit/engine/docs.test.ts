import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundledDocsBase, docsUrl, normalizeDocsBase, packageRoot, readDocsPage, rebaseDocsUrl, ruleDocsUrl } from '../../../server/src/engine/docs';
import { allBuiltinRules } from '../../../server/src/engine/lint';
import { repoRoot } from '../../helpers/paths';

describe('engine/docs: where the documentation pages are', () => {
  it('the default base is the installed docs folder; every built-in rule has its page there', () => {
    assert.equal(packageRoot(), repoRoot);
    assert.equal(bundledDocsBase(), pathToFileURL(path.join(repoRoot, 'docs') + path.sep).href);
    for (const rule of allBuiltinRules()) {
      const url = ruleDocsUrl(rule.meta.id);
      assert.ok(fs.existsSync(fileURLToPath(url)), `${rule.meta.id}: ${url}`);
      assert.ok(readDocsPage(`rules/${rule.meta.id}.md`)?.startsWith(`# ${rule.meta.id}`), rule.meta.id);
    }
    assert.equal(readDocsPage('rules/no-such-rule.md'), undefined);
  });

  it('a docs base takes the page path; rebasing moves only links into the installed docs', () => {
    const base = normalizeDocsBase('https://intranet.example/fzlint/docs')!;
    assert.equal(base, 'https://intranet.example/fzlint/docs/');
    assert.equal(docsUrl('configuration.md', base), 'https://intranet.example/fzlint/docs/configuration.md');
    assert.equal(rebaseDocsUrl(docsUrl('language-server.md#size-limit'), base), 'https://intranet.example/fzlint/docs/language-server.md#size-limit');
    // A pack's code rule names its own page: kept.
    assert.equal(rebaseDocsUrl('https://example.org/local/no-draft-word', base), 'https://example.org/local/no-draft-word');
    assert.equal(rebaseDocsUrl(ruleDocsUrl('straight-quotes'), undefined), ruleDocsUrl('straight-quotes'));
  });

  it('normalizes folder paths (relative ones only against a working folder) and refuses other schemes', () => {
    assert.equal(normalizeDocsBase('mirror', '/work/x'), pathToFileURL(path.resolve('/work/x', 'mirror') + path.sep).href);
    assert.equal(normalizeDocsBase('mirror'), undefined);
    assert.equal(normalizeDocsBase('javascript:alert(1)'), undefined);
    assert.equal(normalizeDocsBase('ftp://x.example/docs'), undefined);
    assert.equal(normalizeDocsBase('https://x.example/docs#top'), undefined);
    assert.equal(normalizeDocsBase('   '), undefined);
  });
});
