/**
 * The language server's side of the project API (engine/project): one Project for the session
 * (configs cached by their files' contents), the editor's settings and trust as the shell's settings
 * and code-rule gate, and what the server shows of it: config errors as diagnostics on the config
 * files, the "code rules not loaded" notice once per pack, log lines.
 */
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver/node';
import { configFileSetting, Project, problemReports, type FileConfig, type ResolveRequest } from '../engine/project';
import type { Locale } from '../engine';
import { CONFIG_WATCH_GLOBS, configDiagnostic } from './config-files';
import type { FzlintSettings } from './settings';
import { workspaceTrust } from './trust';

export { CONFIG_WATCH_GLOBS };

export interface ProjectConfigHost {
  publish(uri: string, diagnostics: Diagnostic[]): void;
  log(message: string): void;
  /** Tell the user once (window/showMessage). */
  notify?(message: string): void;
}

export class ProjectConfigs {
  private project = new Project({ revalidate: true });
  private host: ProjectConfigHost | undefined;
  /** What was last published per config file (to publish only changes, and clear them later). */
  private readonly published = new Map<string, string>();
  /** Workspace folder paths: a relative `fzlint.configFile` is relative to the report's folder. */
  private folders: string[] = [];

  attach(host: ProjectConfigHost): void {
    this.host = host;
  }

  setWorkspaceFolders(folders: string[]): void {
    this.folders = folders;
  }

  /** The workspace folder paths (relative settings are relative to the one holding the report). */
  get folderPaths(): readonly string[] {
    return this.folders;
  }

  /**
   * The configuration of an open report (one resolve): its config files, then the editor's settings.
   * Code rules from packs run only in a trusted workspace with the user setting fzlint.allowCodeRules on.
   */
  forDocument(filePath: string | undefined, settings: FzlintSettings): FileConfig {
    const trusted = workspaceTrust.trusted;
    const request: ResolveRequest = {
      shell: { locale: settings.locale, rules: settings.rules },
      codeRules: { allow: trusted && settings.allowCodeRules, reason: trusted ? 'setting' : 'untrusted' },
    };
    if (!filePath) return this.project.defaults(request.shell);
    let fc: FileConfig;
    try {
      fc = this.project.resolve(filePath, {
        ...request,
        configFile: settings.configFile ? configFileSetting(settings.configFile, filePath, this.folders) : undefined,
      });
    } catch (error) {
      this.host?.log(`fzlint: reading the configuration for ${filePath} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return this.project.defaults(request.shell);
    }
    if (fc.notice) {
      this.host?.log(`fzlint: ${fc.notice.en}`);
      this.host?.notify?.(fc.notice[settings.locale]);
    }
    this.report(fc, settings.locale, settings.docsBase);
    return fc;
  }

  /** Publish the problems of a configuration's files (only what changed; a file with none left is cleared). */
  private report(fc: FileConfig, locale: Locale, docsBase: string): void {
    const reports = problemReports(fc.problems, locale);
    const withProblems = new Set(reports.map((r) => r.file));
    for (const file of fc.files) {
      if (!withProblems.has(file) && this.published.get(file)) {
        this.published.set(file, '');
        this.host?.publish(pathToFileURL(file).href, []);
      }
    }
    for (const r of reports) {
      const signature = JSON.stringify([docsBase, r.findings.map((f) => [f.line, f.column, f.message])]);
      if (this.published.get(r.file) === signature) continue;
      this.published.set(r.file, signature);
      this.host?.publish(
        pathToFileURL(r.file).href,
        r.findings.map((f) => configDiagnostic(f, docsBase)),
      );
      for (const f of r.findings) this.host?.log(`fzlint: ${r.file}:${f.line}:${f.column}: ${f.messages.en}`);
    }
  }

  /** A file whose change may change some report's configuration. */
  isConfigFile(filePath: string): boolean {
    return this.project.isConfigFile(filePath);
  }

  /** A config, pack or ignore file changed: clears the diagnostics published on them (the next lint publishes again). */
  changed(): void {
    this.project.changed();
    for (const [file, signature] of this.published) if (signature) this.host?.publish(pathToFileURL(file).href, []);
    this.published.clear();
  }
}

/** The server's single instance. */
export const projectConfigs = new ProjectConfigs();
