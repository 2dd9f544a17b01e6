/**
 * 检查工作区中的全部报告 (fzlint.server.lintWorkspace) in the web worker server: the walk and the
 * run of workspace-lint.ts with a host that asks the client. A folder's entries come through the
 * request below (client/src/workspace-files.ts answers it with vscode.workspace.fs.readDirectory,
 * inside the open workspace folders only); a report's text through the read-file request
 * (workspace-files.ts), as the config files are read. The candidates are the Node server's: .txt/.md
 * files, no dot-folders, node_modules or build output, at most 2,000, links never followed.
 */
import type { ReadEntry } from '../engine/project';
import { candidateEntries, type FolderEntry } from './workspace-lint';
import { workspacePath, workspaceUri } from './workspace-files';

/** Server → client: `{ uri }` of a folder → its entries (files, folders, other), or null (outside the workspace, missing). */
export const LIST_ENTRIES_REQUEST = 'fzlint/listWorkspaceEntries';

export interface ListEntriesParams {
  uri: string;
}
export type ListEntriesResult = FolderEntry[] | null;

export interface WebWorkspaceFilesHost {
  list(uri: string): Promise<ListEntriesResult>;
  read(uri: string): Promise<ReadEntry>;
}

/** The URI of an entry `name` of the folder `dir` (any scheme: the web's workspaces are not file:). */
export function childUri(dir: string, name: string): string {
  const at = workspacePath(dir);
  if (!at) return `${dir.replace(/\/+$/, '')}/${encodeURIComponent(name)}`;
  return workspaceUri(at.root, `${at.path.replace(/\/+$/, '')}/${name}`);
}

/** Two URIs of the same file, however each encodes its path (the editor's and childUri's may differ). */
export function sameFile(a: string, b: string): boolean {
  if (a === b) return true;
  const pa = workspacePath(a);
  const pb = workspacePath(b);
  return pa !== undefined && pb !== undefined && pa.root === pb.root && pa.path === pb.path;
}

/** The candidates and the reading of workspace-lint.ts's host, through the client. */
export function webWorkspaceFiles(host: WebWorkspaceFilesHost): {
  candidates(folderUri: string): Promise<string[]>;
  read(uri: string): Promise<string | undefined>;
} {
  return {
    candidates: (folderUri) =>
      candidateEntries(folderUri, {
        list: (uri) =>
          host.list(uri).then(
            (entries) => entries ?? undefined,
            () => undefined,
          ),
        child: childUri,
      }),
    read: async (uri) => {
      const entry = await host.read(uri).catch(() => undefined);
      return entry?.kind === 'file' ? entry.text : undefined;
    },
  };
}
