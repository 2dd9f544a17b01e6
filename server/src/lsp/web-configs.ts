/**
 * The web worker server's configurations (browser-server.ts): each report's config files, packs and
 * ignore files from its workspace, read through the client (workspace-files.ts), resolved by the
 * project API as the CLI resolves them (engine/project/async-project.ts), with the editor's settings
 * on top. Config and pack problems (and refused code rules) are published on their files, as the
 * Node server does (project-config.ts).
 */
import type { Diagnostic } from 'vscode-languageserver/node';
import type { Locale } from '../engine';
import { AsyncProject, configFileSetting, problemReports, type FileConfig, type ReadEntry } from '../engine/project';
import { configDiagnostic } from './config-files';
import type { FzlintSettings } from './settings';
import { workspacePath, workspaceUri } from './workspace-files';

export interface WebConfigsHost {
  /** Read a workspace file through the client. */
  read(uri: string): Promise<ReadEntry>;
  publish(uri: string, diagnostics: Diagnostic[]): void;
  log(message: string): void;
}

export class WebConfigs {
  /** One resolution per workspace (`scheme://authority`). */
  private readonly projects = new Map<string, AsyncProject>();
  /** What was last published per config file URI (to publish only changes, and clear them later). */
  private readonly published = new Map<string, string>();
  private folders: string[] = [];

  constructor(private readonly host: WebConfigsHost) {}

  /** The workspace folders' URIs (a relative `fzlint.configFile` is relative to the one holding the report). */
  setWorkspaceFolders(uris: readonly string[]): void {
    this.folders = [...uris];
  }

  private project(root: string): AsyncProject {
    let p = this.projects.get(root);
    if (!p) {
      p = new AsyncProject((file) => this.host.read(workspaceUri(root, file)));
      this.projects.set(root, p);
    }
    return p;
  }

  /** The configuration of a document; undefined for a URI with no workspace path (the defaults apply). */
  async forDocument(uri: string, settings: FzlintSettings): Promise<FileConfig | undefined> {
    const at = workspacePath(uri);
    if (!at) return undefined;
    const shell = { locale: settings.locale, rules: settings.rules };
    const folders = this.folders.flatMap((f) => {
      const w = workspacePath(f);
      return w && w.root === at.root ? [w.path] : [];
    });
    const configFile = settings.configFile ? configFileSetting(settings.configFile, at.path, folders) : undefined;
    let fc: FileConfig;
    try {
      fc = await this.project(at.root).resolve(at.path, shell, configFile);
    } catch (error) {
      this.host.log(`fzlint: reading the configuration for ${uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return undefined;
    }
    this.report(at.root, fc, settings.locale, settings.docsBase);
    return fc;
  }

  /** Publish the problems of a configuration's files (only what changed; a file with none left is cleared). */
  private report(root: string, fc: FileConfig, locale: Locale, docsBase: string): void {
    const reports = problemReports(fc.problems, locale);
    const withProblems = new Set(reports.map((r) => r.file));
    for (const file of fc.files) {
      const uri = workspaceUri(root, file);
      if (!withProblems.has(file) && this.published.get(uri)) {
        this.published.set(uri, '');
        this.host.publish(uri, []);
      }
    }
    for (const r of reports) {
      const uri = workspaceUri(root, r.file);
      const signature = JSON.stringify([docsBase, r.findings.map((f) => [f.line, f.column, f.message])]);
      if (this.published.get(uri) === signature) continue;
      this.published.set(uri, signature);
      this.host.publish(
        uri,
        r.findings.map((f) => configDiagnostic(f, docsBase)),
      );
      for (const f of r.findings) this.host.log(`fzlint: ${uri}:${f.line}:${f.column}: ${f.messages.en}`);
    }
  }

  /**
   * Files changed (`workspace/didChangeWatchedFiles`): true when one may change a configuration;
   * then that workspace's files are all read again (a folder may have come or gone with them), every
   * configuration is resolved afresh and the diagnostics published
   * on config files are cleared (the next lint publishes them again).
   */
  changed(uris: readonly string[]): boolean {
    let relevant = false;
    for (const uri of uris) {
      const at = workspacePath(uri);
      const project = at && this.projects.get(at.root);
      if (!at || !project?.isConfigFile(at.path)) continue;
      project.changed();
      relevant = true;
    }
    if (!relevant) return false;
    for (const [uri, signature] of this.published) if (signature) this.host.publish(uri, []);
    this.published.clear();
    return true;
  }
}
