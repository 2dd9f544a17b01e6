/**
 * What both language servers (server.ts on Node, browser-server.ts in a web worker) share about
 * config, pack and ignore files: the globs the client watches, and a config problem as a diagnostic
 * on its file. No Node import.
 */
import { DiagnosticSeverity, DidChangeWatchedFilesNotification, type ClientCapabilities, type Connection, type Diagnostic } from 'vscode-languageserver/node';
import { CONFIG_DOCS_URL, IGNORE_FILE_NAME } from '../engine/project';
import { rebaseDocsUrl } from '../engine/docs';
import type { Finding } from '../engine/finding';

/** Globs the server asks the client to watch. */
export const CONFIG_WATCH_GLOBS = [
  '**/.fzlintrc.json',
  '**/.fzlintrc.yaml',
  '**/.fzlintrc.yml',
  '**/fzlint.config.json',
  '**/package.json',
  `**/${IGNORE_FILE_NAME}`,
  '**/*.{yaml,yml,json}',
];

/** Ask the client to watch config, pack and ignore files (call from the `initialized` handler). */
export function registerConfigWatchers(connection: Connection, capabilities: ClientCapabilities): void {
  if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
    void connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: CONFIG_WATCH_GLOBS.map((globPattern) => ({ globPattern })),
    });
  }
}

/** A config problem (a config-error finding on the config or pack file) as a diagnostic there. */
export function configDiagnostic(f: Finding, docsBase: string): Diagnostic {
  return {
    range: { start: { line: f.line - 1, character: f.column - 1 }, end: { line: f.endLine - 1, character: f.endColumn - 1 } },
    severity: DiagnosticSeverity.Error,
    source: 'fzlint',
    code: f.ruleId,
    codeDescription: { href: rebaseDocsUrl(CONFIG_DOCS_URL, docsBase) },
    message: f.message,
  };
}
