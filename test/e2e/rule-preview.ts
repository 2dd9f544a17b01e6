/**
 * A rule's bundled page opened in VS Code's Markdown preview (the manifest's editor association for the
 * installed extension's docs/), as the code-server scenarios check it for the Node and the web extension.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { repoRoot } from '../helpers/paths';
import { waitFor } from './support';

/** The first heading of a rendered rule page in a Markdown preview (a webview frame), when one shows `ruleId`'s page. */
async function previewHeading(page: Page, ruleId: string): Promise<string | undefined> {
  for (const frame of page.frames()) {
    if (frame === page.mainFrame()) continue;
    const heading = await frame.evaluate(() => document.querySelector('.markdown-body h1, h1')?.textContent ?? null).catch(() => null);
    if (heading?.startsWith(`${ruleId}：`)) return heading;
  }
  return undefined;
}

/**
 * The active editor shows `ruleId`'s bundled page in the Markdown preview: its tab, no text editor in
 * the active group, the page rendered (its `# ` heading an <h1>) in a webview, and its Markdown source
 * in no text editor.
 */
export async function assertRulePreviewOpens(page: Page, ruleId: string, from: string): Promise<void> {
  const name = `${ruleId}.md`;
  const tab = page.locator('.editor-group-container.active .tabs-container .tab.active').first();
  await waitFor(`the active tab of the active editor group to be ${name} (opened from ${from})`, 60000, async () =>
    (await tab.innerText()).includes(name) ? true : undefined,
  );
  const heading = await waitFor(`the Markdown preview of ${name} (opened from ${from})`, 60000, () => previewHeading(page, ruleId));
  const source = fs.readFileSync(path.join(repoRoot, 'docs', 'rules', name), 'utf8').split('\n')[0];
  assert.equal(`# ${heading}`, source, 'the preview renders the bundled page’s heading');
  assert.equal(
    await page.locator('.editor-group-container.active .editor-container .monaco-editor').count(),
    0,
    `the active editor is not a text editor (the page opened from ${from} is not shown as Markdown source)`,
  );
  const texts = (await page.locator('.monaco-editor .view-lines').allInnerTexts()).map((t) => t.replace(/\u00a0/g, ' '));
  assert.ok(!texts.some((t) => t.includes(source)), `no text editor shows the source line “${source}”`);
}
