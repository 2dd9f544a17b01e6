/**
 * The web extension's answer to the web worker server's request for a workspace file
 * (server/src/lsp/workspace-files.ts): a config, pack or ignore file read through the workspace API.
 * Only URIs inside an open workspace folder are read; any other is "missing" (the worker never learns
 * what lies outside the workspace). A file over the config size limit is not read.
 */
import { FileType, Uri, workspace } from 'vscode';
import { MAX_CONFIG_FILE_BYTES } from '../../server/src/engine/config/host-types';
import { DEFAULT_LEDGER_NAME } from '../../server/src/engine/io/ledger-format';
import type {
  ListFolderParams,
  ListFolderResult,
  ReadBytesResult,
  ReadFileParams,
  ReadFileResult,
  WriteFileParams,
  WriteFileResult,
} from '../../server/src/lsp/workspace-files';
import { toBase64 } from '../../server/src/lsp/web-dictionary';
import { MAX_BYTES } from '../../server/src/lsp/workspace-lint';
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
 * The web worker server's request for a file's bytes (last year's report as a Word file,
 * server/src/lsp/web-previous.ts): base64, inside an open workspace folder only, at most the CLI's
 * 20 MB for a report; anything else is missing.
 */
export async function readWorkspaceBytes(params: ReadFileParams): Promise<ReadBytesResult> {
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
    if (stat.size > MAX_BYTES) return { kind: 'too-large', size: stat.size };
    return { kind: 'file', base64: toBase64(await workspace.fs.readFile(uri)) };
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

/**
 * The web worker server's request to write a file (忽略此问题, server/src/lsp/web-ledger.ts): only the
 * verdict ledger, only inside an open workspace folder, never through a link; written as a temporary
 * file beside it and renamed over it, so that a failed write leaves the old ledger whole.
 */
export async function writeWorkspaceFile(params: WriteFileParams): Promise<WriteFileResult> {
  let uri: Uri;
  try {
    uri = Uri.parse(params.uri, true);
  } catch {
    return { written: false, reason: 'outside-workspace' };
  }
  if (!workspace.getWorkspaceFolder(uri)) return { written: false, reason: 'outside-workspace' };
  const slash = uri.path.lastIndexOf('/');
  if (uri.path.slice(slash + 1) !== DEFAULT_LEDGER_NAME || typeof params.text !== 'string') return { written: false, reason: 'not-allowed' };
  try {
    const stat = await workspace.fs.stat(uri);
    if (stat.type & FileType.SymbolicLink || stat.type & FileType.Directory) return { written: false, reason: 'link' };
  } catch {
    // not there yet: a new ledger
  }
  const temporary = uri.with({
    path: `${uri.path.slice(0, slash)}/.${DEFAULT_LEDGER_NAME}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`,
  });
  try {
    await workspace.fs.writeFile(temporary, new TextEncoder().encode(params.text));
    await workspace.fs.rename(temporary, uri, { overwrite: true });
    return { written: true };
  } catch (error) {
    await Promise.resolve(workspace.fs.delete(temporary)).catch(() => undefined);
    return { written: false, reason: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}
