import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FzlintSettings } from './settings';

/** Default delay between the last keystroke and a lint run. */
export const DEFAULT_DEBOUNCE_MS = 150;

/** What the validator needs from the server; kept as an interface so it is easy to drive in tests. */
export interface ValidationHost {
  /** The latest synced version of an open document. */
  document(uri: string): TextDocument | undefined;
  settings(uri: string): Promise<FzlintSettings>;
  /** Read what the lint needs from other files (last year's report) before `diagnose`. */
  prepare?(doc: TextDocument, settings: FzlintSettings): Promise<void>;
  diagnose(doc: TextDocument, settings: FzlintSettings): Diagnostic[];
  publish(params: PublishDiagnosticsParams): void;
  error(message: string): void;
}

interface Pending {
  timer: NodeJS.Timeout;
  version: number;
}

/**
 * Debounced validation. Every change restarts the document's timer; a run that is overtaken by a
 * newer change (or a close) while it waits for settings is dropped, so diagnostics are only ever
 * published for the latest version, tagged with that version.
 */
export class Validator {
  private readonly pending = new Map<string, Pending>();
  /** A fresh token on every schedule; a run only publishes while its token is the document's current one. */
  private readonly generation = new Map<string, number>();
  /** The version a run is linting right now (waiting for settings or in the engine). */
  private readonly inflight = new Map<string, number>();
  private counter = 0;

  constructor(
    private readonly host: ValidationHost,
    private readonly debounceMs: number = DEFAULT_DEBOUNCE_MS,
  ) {}

  /** Lint `doc` after `delay` ms (default: the debounce), replacing any run queued for it. */
  schedule(doc: TextDocument, delay: number = this.debounceMs): void {
    const queued = this.pending.get(doc.uri);
    // Opening fires "open" and "content changed" for the same version: keep the first, sooner run
    // (queued or already running; the change handler may only get here after reading the settings).
    if ((queued?.version === doc.version || (!queued && this.inflight.get(doc.uri) === doc.version)) && delay > 0) return;
    if (queued) clearTimeout(queued.timer);
    const generation = this.bump(doc.uri);
    const timer = setTimeout(() => {
      this.pending.delete(doc.uri);
      void this.run(doc.uri, generation);
    }, delay);
    this.pending.set(doc.uri, { timer, version: doc.version });
  }

  /** Stop linting a closed document and clear its diagnostics. */
  close(uri: string): void {
    this.cancel(uri);
    this.generation.delete(uri);
    this.inflight.delete(uri);
    this.host.publish({ uri, diagnostics: [] });
  }

  dispose(): void {
    for (const uri of [...this.pending.keys()]) this.cancel(uri);
  }

  private cancel(uri: string): void {
    const queued = this.pending.get(uri);
    if (queued) clearTimeout(queued.timer);
    this.pending.delete(uri);
  }

  private bump(uri: string): number {
    const token = ++this.counter;
    this.generation.set(uri, token);
    return token;
  }

  private async run(uri: string, generation: number): Promise<void> {
    const version = this.host.document(uri)?.version;
    if (version !== undefined) this.inflight.set(uri, version);
    try {
      await this.lint(uri, generation);
    } finally {
      if (this.generation.get(uri) === generation) this.inflight.delete(uri);
    }
  }

  private async lint(uri: string, generation: number): Promise<void> {
    const settings = await this.host.settings(uri);
    if (this.generation.get(uri) !== generation) return;
    let doc = this.host.document(uri);
    if (!doc) return;
    if (this.host.prepare) {
      try {
        await this.host.prepare(doc, settings);
      } catch (error) {
        this.host.error(`fzlint: preparing the lint of ${uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      }
      if (this.generation.get(uri) !== generation) return;
      doc = this.host.document(uri);
      if (!doc) return;
    }
    let diagnostics: Diagnostic[];
    try {
      diagnostics = this.host.diagnose(doc, settings);
    } catch (error) {
      this.host.error(`fzlint: linting ${uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return;
    }
    this.host.publish({ uri, version: doc.version, diagnostics });
  }
}
