/**
 * The verdict ledger in the web worker server, read-only: the nearest .fzlint-verdicts.json from a
 * report's folder upwards within its workspace folder (as lsp/ledger.ts finds it), read through the
 * client's read-file request; the findings it dismisses are not shown and not fixed. Writing a
 * dismissal (忽略此问题) is the desktop's: the worker writes no file. A ledger that cannot be used is
 * logged once per text and dismisses nothing. Read again before each lint (no modification times here).
 */
import * as path from '../engine/node-path';
import { DEFAULT_LEDGER_NAME, dismissedKeys, LedgerError, parseLedger } from '../engine/io/ledger-format';
import type { ReadEntry } from '../engine/project';
import type { Locale } from '../engine/rule';
import { workspacePath, workspaceUri } from './workspace-files';

export interface WebLedgerHost {
  read(uri: string): Promise<ReadEntry>;
  log(message: string): void;
}

const NONE: ReadonlySet<string> = new Set();

export class WebLedgers {
  private readonly byUri = new Map<string, ReadonlySet<string>>();
  private readonly parsed = new Map<string, { text: string; dismissed: ReadonlySet<string> }>();
  private folders: string[] = [];

  constructor(private readonly host: WebLedgerHost) {}

  setWorkspaceFolders(uris: readonly string[]): void {
    this.folders = [...uris];
  }

  /** `ruleId\u0000fingerprint` of the findings the report's ledger dismisses (as last read). */
  dismissed(uri: string): ReadonlySet<string> {
    return this.byUri.get(uri) ?? NONE;
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }

  /** Find and read the report's ledger again (before its lint). */
  async refresh(uri: string, locale: Locale): Promise<void> {
    const at = workspacePath(uri);
    if (!at) {
      this.byUri.delete(uri);
      return;
    }
    const folder = this.folders
      .map((f) => workspacePath(f))
      .filter(
        (w): w is { root: string; path: string } => !!w && w.root === at.root && (at.path === w.path || at.path.startsWith(`${w.path.replace(/\/$/, '')}/`)),
      )
      .sort((a, b) => b.path.length - a.path.length)[0];
    let dir = path.dirname(at.path);
    for (;;) {
      const file = path.join(dir, DEFAULT_LEDGER_NAME);
      const entry = await this.host.read(workspaceUri(at.root, file));
      if (entry.kind === 'file') {
        this.byUri.set(uri, this.parse(file, entry.text, locale));
        return;
      }
      const up = path.dirname(dir);
      if (up === dir || (folder && dir === folder.path)) break;
      dir = up;
    }
    this.byUri.delete(uri);
  }

  private parse(file: string, text: string, locale: Locale): ReadonlySet<string> {
    const hit = this.parsed.get(file);
    if (hit && hit.text === text) return hit.dismissed;
    let dismissed: ReadonlySet<string> = NONE;
    try {
      dismissed = dismissedKeys(parseLedger(text, file, locale));
    } catch (error) {
      if (!(error instanceof LedgerError)) throw error;
      this.host.log(`fzlint: ${error.message}`);
    }
    this.parsed.set(file, { text, dismissed });
    return dismissed;
  }
}
