/**
 * How the web worker server (browser-server.ts) reads the workspace's config, pack and ignore files:
 * it cannot, so it asks the client (client/src/browser-extension.ts), which reads them through the
 * workspace API (vscode.workspace.fs) and answers only for URIs inside the open workspace folders.
 *
 * The resolver works on paths: a document's URI `scheme://authority/p/a/t/h` is the path `/p/a/t/h`
 * of the workspace `scheme://authority` (each has its own resolution, engine/project/async-project.ts).
 */
import type { ReadEntry } from '../engine/project';

/** Server → client: `{ uri }` → ReadEntry (a file's text, a folder, missing, too large). */
export const READ_FILE_REQUEST = 'fzlint/readWorkspaceFile';

export interface ReadFileParams {
  uri: string;
}
export type ReadFileResult = ReadEntry;

/** A URI as a workspace (scheme and authority) and a decoded absolute path; undefined without one (untitled:). */
export function workspacePath(uri: string): { root: string; path: string } | undefined {
  const m = /^([a-zA-Z][\w+.-]*):\/\/([^/?#]*)([^?#]*)$/.exec(uri);
  if (!m) return undefined;
  let p: string;
  try {
    p = decodeURIComponent(m[3]);
  } catch {
    return undefined;
  }
  return { root: `${m[1].toLowerCase()}://${m[2]}`, path: p.startsWith('/') ? p : `/${p}` };
}

/** The URI of a path of a workspace (the inverse of workspacePath). */
export function workspaceUri(root: string, path: string): string {
  return root + path.split('/').map(encodeURIComponent).join('/');
}

/**
 * Server → client: `{ uri, text }` → WriteFileResult. The web client writes nothing but the verdict
 * ledger (engine/io/ledger-format.ts DEFAULT_LEDGER_NAME) inside an open workspace folder, as a
 * temporary file renamed over it (never through a link); 忽略此问题 is its only use (web-ledger.ts).
 */
export const WRITE_FILE_REQUEST = 'fzlint/writeWorkspaceFile';

export interface WriteFileParams {
  uri: string;
  text: string;
}
/** Not written: outside the workspace folders, not a file the client writes for the server, a link, or the write failed (`message`: why). */
export type WriteFileResult = { written: true } | { written: false; reason: 'outside-workspace' | 'not-allowed' | 'link' | 'failed'; message?: string };

/**
 * Server → client: `{ uri }` → ReadBytesResult: a file's bytes in base64 (last year's report as a
 * Word file, web-previous.ts), inside the open workspace folders only, at most `MAX_BYTES` (the CLI's
 * limit for a report).
 */
export const READ_BYTES_REQUEST = 'fzlint/readWorkspaceBytes';

export type ReadBytesResult = { kind: 'file'; base64: string } | { kind: 'directory' } | { kind: 'missing' } | { kind: 'too-large'; size: number };

/** Server → client: `{ uri }` of a folder → the names of its files (not folders), or null (outside the workspace, missing). */
export const LIST_FOLDER_REQUEST = 'fzlint/listWorkspaceFolder';

export interface ListFolderParams {
  uri: string;
}
export type ListFolderResult = string[] | null;
