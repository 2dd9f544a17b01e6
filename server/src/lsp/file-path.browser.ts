/**
 * In the web worker server (browser-server.ts) no document has a file-system path: VS Code for the
 * Web's documents live behind the workspace API (vscode-vfs:, vscode-remote: …), never read here.
 */
export function filePathOf(_uri: string): string | undefined {
  return undefined;
}
