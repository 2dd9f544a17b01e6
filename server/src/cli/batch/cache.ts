import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { writeFileAtomic } from '../../lazy/modules';
import type { LintConfig } from '../../engine/config';
import type { Finding } from '../../engine/finding';

/**
 * `--cache`: findings by file, kept while the file's bytes (SHA-256), the fzlint version and the
 * configuration are the same. One JSON file; a damaged or foreign one is ignored and replaced.
 */
interface CacheFile {
  fzlintCache: 1;
  version: string;
  entries: Record<string, { hash: string; config: string; findings: Finding[] }>;
}

export const DEFAULT_CACHE_NAME = '.fzlintcache';

export function resolveCacheLocation(cwd: string, location: string | undefined): string {
  if (!location) return path.join(cwd, DEFAULT_CACHE_NAME);
  const abs = path.resolve(cwd, location);
  const isDir = location.endsWith('/') || location.endsWith(path.sep) || (fs.existsSync(abs) && fs.statSync(abs).isDirectory());
  return isDir ? path.join(abs, DEFAULT_CACHE_NAME) : abs;
}

const hashes = new WeakMap<LintConfig, string>();

/** Hash of the configuration (rules, options, pack data) and fzlint version; memoized per config object. */
export function configHash(config: LintConfig, version: string): string {
  let h = hashes.get(config);
  if (h === undefined) {
    h = createHash('sha256').update(JSON.stringify({ version, config })).digest('hex').slice(0, 32);
    hashes.set(config, h);
  }
  return h;
}

export class LintCache {
  private data: CacheFile;
  private dirty = false;

  constructor(
    readonly file: string,
    readonly version: string,
  ) {
    this.data = { fzlintCache: 1, version, entries: {} };
    try {
      const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as CacheFile;
      if (parsed && parsed.fzlintCache === 1 && parsed.version === version && typeof parsed.entries === 'object') this.data = parsed;
    } catch {
      // no cache yet, or unreadable: start empty
    }
  }

  /** Cached findings for this file under this configuration (the caller compares the content hash). */
  lookup(file: string, config: string): { hash: string; findings: Finding[] } | undefined {
    const e = this.data.entries[file];
    return e && e.config === config ? { hash: e.hash, findings: e.findings } : undefined;
  }

  store(file: string, hash: string, config: string, findings: Finding[]): void {
    const e = this.data.entries[file];
    if (e && e.hash === hash && e.config === config) return;
    this.data.entries[file] = { hash, config, findings };
    this.dirty = true;
  }

  save(): void {
    if (!this.dirty) return;
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    writeFileAtomic.sync(this.file, JSON.stringify(this.data));
    this.dirty = false;
  }
}
