/**
 * The verdict ledger in the web worker server, read-only: the nearest .fzlint-verdicts.json from a
 * report's folder upwards within its workspace folder (as lsp/ledger.ts finds it), read through the
 * client's read-file request; the findings it dismisses are not shown and not fixed. 忽略此问题 (record)
 * writes a dismissal to that ledger, or to a new one in the workspace folder, through the client's
 * write-file request (workspace-files.ts), with the entry the desktop writes (ledger-dismissal.ts). A
 * ledger that cannot be used is logged once per text and dismisses nothing (and is never overwritten).
 * Read again before each lint (no modification times here).
 */
import * as path from '../engine/node-path';
import { DEFAULT_LEDGER_NAME, dismissedKeys, LedgerError, parseLedger, problem, serializeLedger, type Ledger } from '../engine/io/ledger-format';
import type { ReadEntry } from '../engine/project';
import type { Locale } from '../engine/rule';
import { dismissalEntry, withEntry, type DismissedFinding } from './ledger-dismissal';
import { workspacePath, workspaceUri, type WriteFileResult } from './workspace-files';

export interface WebLedgerHost {
  read(uri: string): Promise<ReadEntry>;
  /** Write a file through the client (only the ledger is ever written). */
  write(uri: string, text: string): Promise<WriteFileResult>;
  log(message: string): void;
}

/** Where a report's ledger is: the nearest one's path and what reading it gave, or where a new one goes. */
interface LedgerPlace {
  root: string;
  /** The ledger's path in its workspace. */
  file: string;
  entry?: ReadEntry;
}

const NONE: ReadonlySet<string> = new Set();

export class WebLedgers {
  private readonly byUri = new Map<string, ReadonlySet<string>>();
  private readonly parsed = new Map<string, { text: string; dismissed: ReadonlySet<string> }>();
  private readonly toldTooLarge = new Set<string>();
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
    const place = await this.find(uri);
    if (!place?.entry) {
      this.byUri.delete(uri);
      return;
    }
    if (place.entry.kind === 'file') this.byUri.set(uri, this.parse(place.file, place.entry.text, locale));
    else {
      const key = `${place.root}${place.file}`;
      if (!this.toldTooLarge.has(key)) this.host.log(`fzlint: ${tooLarge(place.file, locale).message}`);
      this.toldTooLarge.add(key);
      this.byUri.set(uri, NONE);
    }
  }

  /**
   * 忽略此问题: add the dismissal to the report's ledger (a new one in its workspace folder when there is
   * none) and write it through the client; the ledger's URI. Throws LedgerError (naming the ledger) when
   * the ledger cannot be read or written; a ledger that cannot be read is left as it is.
   */
  async record(uri: string, finding: DismissedFinding, locale: Locale, date: string): Promise<string> {
    const at = workspacePath(uri);
    const place = await this.find(uri);
    if (!at || !place)
      throw new LedgerError(locale === 'zh-CN' ? `${uri}：不在工作区中，无法记入核查记录。` : `${uri}: not in the workspace; cannot record the verdict.`);
    let current: Ledger = { entries: [] };
    if (place.entry?.kind === 'file') current = parseLedger(place.entry.text, place.file, locale);
    else if (place.entry) throw tooLarge(place.file, locale);
    const relative = path.relative(path.dirname(place.file), at.path);
    const text = serializeLedger(withEntry(current, dismissalEntry(finding, relative, locale, date)));
    const target = workspaceUri(place.root, place.file);
    const written = await this.host.write(target, text);
    if (!written.written) {
      const why = written.message ?? written.reason;
      throw problem(place.file, locale, `无法写入核查记录（${why}）。`, `cannot write the verdict ledger (${why}).`);
    }
    return target;
  }

  /** The report's workspace folder (the deepest open one that holds it), as a path of its workspace. */
  private folderOf(at: { root: string; path: string }): string | undefined {
    return this.folders
      .map((f) => workspacePath(f))
      .filter(
        (w): w is { root: string; path: string } => !!w && w.root === at.root && (at.path === w.path || at.path.startsWith(`${w.path.replace(/\/$/, '')}/`)),
      )
      .sort((a, b) => b.path.length - a.path.length)[0]?.path;
  }

  /** The nearest ledger from the report's folder upwards within its workspace folder, or where a new one goes (no `entry`). */
  private async find(uri: string): Promise<LedgerPlace | undefined> {
    const at = workspacePath(uri);
    if (!at) return undefined;
    const folder = this.folderOf(at);
    let dir = path.dirname(at.path);
    for (;;) {
      const file = path.join(dir, DEFAULT_LEDGER_NAME);
      const entry = await this.host.read(workspaceUri(at.root, file));
      if (entry.kind === 'file' || entry.kind === 'too-large') return { root: at.root, file, entry };
      const up = path.dirname(dir);
      if (up === dir || (folder && dir === folder)) break;
      dir = up;
    }
    return { root: at.root, file: path.join(folder ?? path.dirname(at.path), DEFAULT_LEDGER_NAME) };
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

function tooLarge(file: string, locale: Locale): LedgerError {
  return problem(file, locale, '文件过大，网页版无法读取核查记录。', 'too large for the web extension to read the verdict ledger.');
}
