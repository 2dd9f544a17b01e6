/**
 * Resolved configurations cached by the contents of the files they were built from. Each entry
 * records every config, pack and ignore file its resolution read (and the config names looked for
 * but missing) with what they held; an entry is used again only while each of those files still
 * holds the same bytes, so an edited, added or deleted config file is picked up and an unchanged one
 * is not resolved again.
 */
import { FileAccessError } from '../io/safe-file';
import type { ConfigHost } from '../config/host';

/** What a file held when read: its text, missing, or why it could not be read. */
export type Content = string | undefined | { error: string };

export function readContent(host: ConfigHost, file: string): Content {
  try {
    return host.readFile(file);
  } catch (error) {
    if (error instanceof FileAccessError) return { error: error.kind };
    throw error;
  }
}

export function sameContent(a: Content, b: Content): boolean {
  if (typeof a === 'object' && typeof b === 'object') return a.error === b.error;
  return a === b;
}

/**
 * A host that reads each file once per generation and remembers what it read: the resolver sees
 * one consistent state of the files, and the cache knows what an entry depends on.
 */
export class RecordingHost implements ConfigHost {
  readonly seen = new Map<string, Content>();

  constructor(private readonly base: ConfigHost) {}

  readFile(file: string): string | undefined {
    let c = this.seen.get(file);
    if (!this.seen.has(file)) {
      c = readContent(this.base, file);
      this.seen.set(file, c);
    }
    if (typeof c === 'object') {
      // Read again to throw the same FileAccessError as the base host.
      return this.base.readFile(file);
    }
    return c;
  }

  isDirectory(dir: string): boolean {
    return this.base.isDirectory(dir);
  }

  packageDir(name: string, fromDir: string): string | undefined {
    return this.base.packageDir(name, fromDir);
  }

  realPath(p: string): string {
    return this.base.realPath ? this.base.realPath(p) : p;
  }
}

interface Entry<T> {
  deps: Map<string, Content>;
  value: T;
}

export class ContentCache<T> {
  private readonly entries = new Map<string, Entry<T>>();

  constructor(
    private readonly base: ConfigHost,
    /** false: files are read once and never again (one CLI run sees one state of the files). */
    private readonly revalidate: boolean,
  ) {}

  /** The cached value for `key` while every file it depends on is unchanged. */
  get(key: string): T | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (this.revalidate) {
      for (const [file, content] of e.deps) {
        if (!sameContent(readContent(this.base, file), content)) {
          this.entries.delete(key);
          return undefined;
        }
      }
    }
    return e.value;
  }

  set(key: string, value: T, deps: Map<string, Content>): void {
    this.entries.set(key, { deps, value });
  }

  /** Every file some entry depends on. */
  files(): Set<string> {
    const out = new Set<string>();
    for (const e of this.entries.values()) for (const f of e.deps.keys()) out.add(f);
    return out;
  }

  clear(): void {
    this.entries.clear();
  }
}
