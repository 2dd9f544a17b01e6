/**
 * 检查工作区中的全部报告 (fzlint.server.lintWorkspace), shared by the Node server and the web worker
 * server: no Node built-ins. The host walks the folders and reads the files (the Node server through
 * fs, the web server through the client's requests); which files are candidates is decided here.
 */
import type { PublishDiagnosticsParams, WorkspaceFolder } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';

export const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.vscode-test']);
export const MAX_FILES = 2000;
export const MAX_BYTES = 20 * 1024 * 1024;

const REPORT_FILE = /\.(txt|md|markdown)$/i;

/** One entry of a folder: a file, a folder, or something else (a link, a device: never read). */
export interface FolderEntry {
  name: string;
  kind: 'file' | 'directory' | 'other';
}

/** How to walk folders of some kind (a path, a URI). */
export interface FolderWalker<D> {
  /** The entries of a folder; undefined when it cannot be listed. */
  list(dir: D): Promise<FolderEntry[] | undefined> | FolderEntry[] | undefined;
  child(dir: D, name: string): D;
}

/** The .txt/.md files under a folder (no dot-directories, node_modules, build output), sorted by name, at most 2,000. */
export async function candidateEntries<D>(root: D, walker: FolderWalker<D>, limit = MAX_FILES): Promise<D[]> {
  const out: D[] = [];
  const walk = async (dir: D): Promise<void> => {
    const entries = [...((await walker.list(dir)) ?? [])];
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (out.length >= limit) return;
      if (entry.kind === 'directory') {
        if (!entry.name.startsWith('.') && !SKIP_DIRS.has(entry.name)) await walk(walker.child(dir, entry.name));
      } else if (entry.kind === 'file' && REPORT_FILE.test(entry.name)) {
        out.push(walker.child(dir, entry.name));
      }
    }
  };
  await walk(root);
  return out;
}

export interface WorkspaceLintHost {
  folders(): Promise<WorkspaceFolder[]>;
  /** The URIs of the candidate files of a workspace folder (candidateEntries's rules). */
  candidates(folderUri: string): Promise<string[]>;
  /** A file's text (a regular file, at most MAX_BYTES); undefined when it cannot be read. */
  read(uri: string): Promise<string | undefined>;
  /** The open document for a URI: the validator publishes its diagnostics; the run only counts them. */
  openDocument(uri: string): TextDocument | undefined;
  /** Diagnostics for a document that is not open (empty when it is not a report). */
  diagnose(doc: TextDocument): Promise<PublishDiagnosticsParams['diagnostics']>;
  publish(params: PublishDiagnosticsParams): void;
}

export interface WorkspaceLintResult {
  files: number;
  reports: number;
  problems: number;
}

/** Lint every report file in the workspace folders and publish its diagnostics (Problems panel). */
export async function lintWorkspace(host: WorkspaceLintHost): Promise<WorkspaceLintResult> {
  const result: WorkspaceLintResult = { files: 0, reports: 0, problems: 0 };
  for (const folder of await host.folders()) {
    for (const uri of await host.candidates(folder.uri)) {
      result.files++;
      const open = host.openDocument(uri);
      if (open) {
        // Counted from the editor's text (what the Problems panel shows), not re-published.
        const problems = (await host.diagnose(open)).length;
        if (problems > 0) {
          result.reports++;
          result.problems += problems;
        }
        continue;
      }
      const text = await host.read(uri).catch(() => undefined);
      if (text === undefined) continue;
      const languageId = /\.(md|markdown)$/i.test(uri) ? 'markdown' : 'plaintext';
      const diagnostics = await host.diagnose(TextDocument.create(uri, languageId, 0, text));
      if (diagnostics.length === 0) continue;
      result.reports++;
      result.problems += diagnostics.length;
      host.publish({ uri, diagnostics });
    }
  }
  return result;
}
