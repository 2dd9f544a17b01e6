/**
 * Rule pages ship inside the extension (docs/rules/*.md) and the server links them as file: URIs.
 * In VS Code they read best in the Markdown preview: this module turns those links into
 * `command:markdown.showPreview` links. No VS Code import, so that it is testable on its own.
 * (Diagnostics keep their file: links; package.json's default `workbench.editorAssociations` opens the
 * installed pages in the preview editor from the Problems panel and the editor's own hover.)
 */

/** The command that opens a Markdown file in the preview (VS Code's built-in Markdown extension). */
export const MARKDOWN_PREVIEW_COMMAND = 'markdown.showPreview';

/** A local Markdown page: a file: URI of a .md file, possibly with a #fragment. */
export function isLocalMarkdownPage(url: string): boolean {
  return /^file:\/\/[^?#\s()]*\.md(?:#[^\s()]*)?$/i.test(url);
}

/**
 * Markdown with each link to a local .md page (`[text](file:///….md)`) pointing at `commandUri(url)`
 * instead; other links and text stay as they are.
 */
export function previewLinks(markdown: string, commandUri: (url: string) => string): string {
  return markdown.replace(/\]\((file:\/\/[^()\s]+)\)/g, (all, url: string) => (isLocalMarkdownPage(url) ? `](${commandUri(url)})` : all));
}

/**
 * The command link: the command's arguments as JSON in the query. `uriJson` is the page's URI as
 * VS Code serializes it (`vscode.Uri#toJSON`), so that the command receives a Uri, not a string.
 */
export function previewCommandUri(uriJson: unknown): string {
  return `command:${MARKDOWN_PREVIEW_COMMAND}?${encodeURIComponent(JSON.stringify([uriJson]))}`;
}

/**
 * The extension's own page of a rule link from the web server (`docs/rules/<id>.md`, relative: the
 * worker has no folder; the editor may have made it `file:///docs/rules/<id>.md`), or undefined for
 * a web page (fzlint.docsBase), which the server opens in the browser.
 */
export function bundledRulePage(url: string): string | undefined {
  if (/^https?:/i.test(url)) return undefined;
  return /(?:^|\/)docs\/(rules\/[a-z0-9][a-z0-9-]*\.md)(?:#.*)?$/i.exec(url)?.[1];
}
