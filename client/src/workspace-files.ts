/**
 * The web extension's answer to the web worker server's request for a workspace file
 * (server/src/lsp/workspace-files.ts): a config, pack or ignore file read through the workspace API.
 * Only URIs inside an open workspace folder are read; any other is "missing" (the worker never learns
 * what lies outside the workspace). A file over the config size limit is not read.
 */
import { FileType, Uri, workspace } from 'vscode';
import { MAX_CONFIG_FILE_BYTES } from '../../server/src/engine/config/host-types';
import type { ReadFileParams, ReadFileResult } from '../../server/src/lsp/workspace-files';
import type { ListFolderParams, ListFolderResult } from '../../server/src/lsp/web-previous';
import type { ListEntriesParams, ListEntriesResult } from '../../server/src/lsp/web-workspace-lint';

export async function readWorkspaceFile(params: ReadFileParams): Promise<ReadFileResult> {
  let uri: Uri;
  try {
    uri = Uri.parse(params.uri, true);
  } catch {
    return { kind: 'missing' };
  }
  if (!workspace.getWorkspaceFolder(uri)) return { kind: 'missing' };
  try {
    const stat = await workspace.fs.stat(uri);
    if (stat.type & FileType.Directory) return { kind: 'directory' };
    if (stat.size > MAX_CONFIG_FILE_BYTES) return { kind: 'too-large', size: stat.size };
    // As the CLI reads a config (UTF-8, a byte order mark kept: the parser reports it the same way).
    return { kind: 'file', text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(await workspace.fs.readFile(uri)) };
  } catch {
    return { kind: 'missing' };
  }
}

/**
 * The web worker server's request for a folder's names (last year's report with `fzlint.previousReport: auto`,
 * server/src/lsp/web-previous.ts): the files (not folders) of a folder inside an open workspace folder; null otherwise.
 */
export async function listWorkspaceFolder(params: ListFolderParams): Promise<ListFolderResult> {
  let uri: Uri;
  try {
    uri = Uri.parse(params.uri, true);
  } catch {
    return null;
  }
  if (!workspace.getWorkspaceFolder(uri)) return null;
  try {
    return (await workspace.fs.readDirectory(uri)).filter(([, type]) => type & FileType.File).map(([name]) => name);
  } catch {
    return null;
  }
}

/**
 * The web worker server's request for a folder's entries (检查工作区中的全部报告,
 * server/src/lsp/web-workspace-lint.ts): files and folders of a folder inside an open workspace
 * folder, a link or anything else as `other` (never followed, as on the desktop); null otherwise.
 */
export async function listWorkspaceEntries(params: ListEntriesParams): Promise<ListEntriesResult> {
  let uri: Uri;
  try {
    uri = Uri.parse(params.uri, true);
  } catch {
    return null;
  }
  if (!workspace.getWorkspaceFolder(uri)) return null;
  try {
    return (await workspace.fs.readDirectory(uri)).map(([name, type]) => ({
      name,
      kind: type & FileType.SymbolicLink ? 'other' : type & FileType.Directory ? 'directory' : type & FileType.File ? 'file' : 'other',
    }));
  } catch {
    return null;
  }
}
