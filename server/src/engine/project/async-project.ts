/**
 * The project API over an asynchronous reader: what a shell that cannot read files itself (the web
 * worker server, which asks the editor through the workspace API) uses to resolve configurations.
 * No second resolver: the Project (project.ts) with its ConfigResolver runs over a host of the files
 * read so far. A resolution that asks for a file not read yet is thrown away, the files it asked for
 * are read (all at once), and it runs again, until it meets no unread file: the same discovery,
 * extends, overrides and ignores as the CLI's, from the same texts.
 *
 * Code rules never run here: they are refused, one problem on each pack that names some.
 */
import { codeRulesRefused } from '../config/code-rule-refs';
import { CONFIG_FILE_NAMES, IGNORE_FILE_NAME } from '../config/resolve';
import { MAX_CONFIG_FILE_BYTES, type ConfigHost } from '../config/host-types';
import { FileAccessError } from '../io/file-problem';
import * as path from '../node-path';
import type { FileConfig, ShellSettings } from './file-config';
import { Project } from './project';

/** What reading a path gave: a file's text, a folder, nothing, or a file too large to read. */
export type ReadEntry = { kind: 'file'; text: string } | { kind: 'directory' } | { kind: 'missing' } | { kind: 'too-large'; size: number };

/** Read one path (absolute). Should not throw; a rejection counts as missing. */
export type EntryReader = (file: string) => Promise<ReadEntry>;

/** More rounds than any extends chain needs; past them the unread files count as missing. */
const MAX_ROUNDS = 64;

/** The entries read so far, and a ConfigHost over them that notes each path it did not have. */
export class ReadFiles {
  private readonly entries = new Map<string, ReadEntry>();
  /** Paths asked for and not read yet, during the current round. */
  unread = new Set<string>();

  private entry(file: string): ReadEntry {
    const e = this.entries.get(file);
    if (e) return e;
    this.unread.add(file);
    return { kind: 'missing' };
  }

  readonly host: ConfigHost = {
    readFile: (file) => {
      const e = this.entry(file);
      if (e.kind === 'too-large') throw new FileAccessError('too-large', file, '', e.size, MAX_CONFIG_FILE_BYTES);
      return e.kind === 'file' ? e.text : undefined;
    },
    isDirectory: (dir) => this.entry(dir).kind === 'directory',
    // As Node finds a package: node_modules/<name> in the folder or one above it (its files are read, never run).
    packageDir: (name, fromDir) => {
      for (let dir = path.resolve(fromDir); ; dir = path.dirname(dir)) {
        const candidate = path.join(dir, 'node_modules', ...name.split('/'));
        if (this.entry(path.join(candidate, 'package.json')).kind === 'file') return candidate;
        if (path.dirname(dir) === dir) return undefined;
      }
    },
  };

  /** Reads under way, shared by resolutions that run at once. */
  private pending = new Map<string, Promise<ReadEntry>>();
  /** Bumped by forget: a read started before it is not kept. */
  private generation = 0;

  /** Read every unread path (a path another resolution is reading already is waited for, not read again). */
  async readUnread(read: EntryReader): Promise<void> {
    const paths = [...this.unread];
    this.unread = new Set();
    const generation = this.generation;
    await Promise.all(
      paths.map((p) => {
        let reading = this.pending.get(p);
        if (!reading) {
          reading = read(p).catch((): ReadEntry => ({ kind: 'missing' }));
          this.pending.set(p, reading);
          void reading.then((entry) => {
            if (this.pending.get(p) === reading) this.pending.delete(p);
            if (this.generation === generation) this.entries.set(p, entry);
          });
        }
        return reading;
      }),
    );
  }

  /** Forget entries (all without `paths`): they are read again when asked for. */
  forget(paths?: readonly string[]): void {
    this.generation++;
    this.pending.clear();
    if (!paths) this.entries.clear();
    else for (const p of paths) this.entries.delete(p);
  }

  has(file: string): boolean {
    return this.entries.has(file);
  }
}

export class AsyncProject {
  private readonly files = new ReadFiles();
  /** The project over the files read; replaced when a resolution meets an unread file. */
  private project: Project | undefined;

  constructor(private readonly read: EntryReader) {}

  /**
   * The configuration of a report file (absolute path): its config files (found from its folder up,
   * or `configFile`), then the shell's settings.
   */
  async resolve(file: string, shell: ShellSettings = {}, configFile?: string): Promise<FileConfig> {
    for (let round = 1; ; round++) {
      this.project ??= new Project({ host: this.files.host });
      this.files.unread.clear();
      const fc = this.project.resolve(file, { shell, configFile, codeRules: { allow: false, reason: 'cli' } });
      if (this.files.unread.size === 0 || round >= MAX_ROUNDS) {
        this.files.unread.clear();
        const refused = codeRulesRefused(fc.codeRulesNotRun);
        return refused.length > 0 ? { ...fc, notice: undefined, problems: [...fc.problems, ...refused] } : fc;
      }
      // Its resolver cached what it took for missing: start again from the files as now read.
      this.project = undefined;
      await this.files.readUnread(this.read);
    }
  }

  /** A file whose change may change some report's configuration (read for one, or a config file name). */
  isConfigFile(file: string): boolean {
    const base = path.basename(file);
    return this.files.has(file) || (CONFIG_FILE_NAMES as readonly string[]).includes(base) || base === IGNORE_FILE_NAME;
  }

  /** Files changed (all without `paths`): they are read again, and every configuration resolved afresh. */
  changed(paths?: readonly string[]): void {
    this.files.forget(paths);
    this.project = undefined;
  }
}
