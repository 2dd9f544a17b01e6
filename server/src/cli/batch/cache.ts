import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { LintConfig } from '../../engine/config';
import type { Finding } from '../../engine/finding';
import { FileAccessError, readRegularFileIfExists, writeFileSafely } from '../../engine/io/safe-file';

/**
 * `--cache`: findings by file, kept while the file's bytes (SHA-256), the fzlint version and the
 * configuration are the same. One JSON file, by default in the user's cache folder (never in the
 * repository, where a cloned repository could plant one). Each cache file is signed with a key only
 * this user's fzlint has (HMAC-SHA-256, the key beside the default caches, mode 0600): a cache
 * written by anything else — a committed `.fzlintcache`, a hand-edited one — is ignored and replaced,
 * and so is a damaged one, one of another version, or one whose entries are not well formed. A cache
 * path that is a symbolic link is neither read nor written.
 */
interface CacheFile {
  fzlintCache: 2;
  version: string;
  entries: Record<string, CacheEntry>;
}

interface CacheEntry {
  hash: string;
  config: string;
  findings: Finding[];
}

interface SignedCache {
  mac: string;
  body: string;
}

export const DEFAULT_CACHE_NAME = '.fzlintcache';
/** A cache file larger than this is not read (ignored and replaced). */
const MAX_CACHE_BYTES = 256 * 1024 * 1024;

/** The user's cache folder for fzlint (XDG_CACHE_HOME, LOCALAPPDATA on Windows, ~/.cache). */
export function userCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const base =
    env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME)
      ? env.XDG_CACHE_HOME
      : process.platform === 'win32' && env.LOCALAPPDATA
        ? env.LOCALAPPDATA
        : path.join(os.homedir() || os.tmpdir(), '.cache');
  return path.join(base, 'fzlint');
}

/**
 * Where the cache lives: --cache-location (a file, or a folder for `.fzlintcache` in it), else one
 * file per working folder in the user's cache folder.
 */
export function resolveCacheLocation(cwd: string, location: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (!location) {
    const key = createHash('sha256').update(path.resolve(cwd)).digest('hex').slice(0, 24);
    return path.join(userCacheDir(env), `cache-${key}.json`);
  }
  const abs = path.resolve(cwd, location);
  let isDir = location.endsWith('/') || location.endsWith(path.sep);
  if (!isDir) {
    try {
      isDir = fs.lstatSync(abs).isDirectory();
    } catch {
      isDir = false;
    }
  }
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

/** This user's signing key (created on first use, readable by the user only). */
export function cacheKey(env: NodeJS.ProcessEnv = process.env): Buffer {
  const dir = userCacheDir(env);
  const file = path.join(dir, 'cache-key');
  try {
    const existing = readRegularFileIfExists(file, 1024);
    const st = existing ? fs.lstatSync(file) : undefined;
    // Only a key of this user's alone (not a link, not readable or writable by others) is trusted.
    const private_ =
      st &&
      !st.isSymbolicLink() &&
      (process.platform === 'win32' || ((st.mode & 0o077) === 0 && (typeof process.getuid !== 'function' || st.uid === process.getuid())));
    if (existing && existing.bytes.length === 32 && private_) return existing.bytes;
  } catch {
    // unreadable: make a new one below
  }
  const key = randomBytes(32);
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    try {
      if (!fs.lstatSync(file).isSymbolicLink()) fs.unlinkSync(file); // an untrusted key is replaced
    } catch {
      // none yet
    }
    writeFileSafely(file, key, { mode: 0o600 });
  } catch {
    // cannot keep a key: this run's cache is signed with a key nobody else has, so it is never trusted later
  }
  return key;
}

function isFinding(f: unknown): f is Finding {
  if (!f || typeof f !== 'object') return false;
  const x = f as Record<string, unknown>;
  const span = x.span as Record<string, unknown> | undefined;
  const messages = x.messages as Record<string, unknown> | undefined;
  return (
    typeof x.ruleId === 'string' &&
    (x.severity === 'error' || x.severity === 'warning' || x.severity === 'info') &&
    typeof x.message === 'string' &&
    !!messages &&
    typeof messages['zh-CN'] === 'string' &&
    typeof messages.en === 'string' &&
    !!span &&
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    [x.line, x.column, x.endLine, x.endColumn].every((n) => Number.isInteger(n))
  );
}

function isEntry(e: unknown): e is CacheEntry {
  if (!e || typeof e !== 'object') return false;
  const x = e as Record<string, unknown>;
  return (
    typeof x.hash === 'string' && /^[0-9a-f]{64}$/.test(x.hash) && typeof x.config === 'string' && Array.isArray(x.findings) && x.findings.every(isFinding)
  );
}

export class LintCache {
  private data: CacheFile;
  private dirty = false;
  /** Why the file on disk was not used, if it was not (for a message). */
  readonly ignored?: 'symlink' | 'unsigned' | 'invalid';

  constructor(
    readonly file: string,
    readonly version: string,
    private readonly key: Buffer = cacheKey(),
  ) {
    this.data = { fzlintCache: 2, version, entries: Object.create(null) };
    try {
      if (fs.lstatSync(file).isSymbolicLink()) {
        this.ignored = 'symlink';
        return;
      }
    } catch {
      return; // no cache yet
    }
    try {
      const read = readRegularFileIfExists(file, MAX_CACHE_BYTES);
      if (!read) return;
      const signed = JSON.parse(read.bytes.toString('utf8')) as SignedCache;
      if (!signed || typeof signed.body !== 'string' || typeof signed.mac !== 'string' || !this.verify(signed.body, signed.mac)) {
        this.ignored = 'unsigned';
        return;
      }
      const parsed = JSON.parse(signed.body) as CacheFile;
      if (!parsed || parsed.fzlintCache !== 2 || parsed.version !== version || !parsed.entries || typeof parsed.entries !== 'object') {
        this.ignored = 'invalid';
        return;
      }
      const entries: Record<string, CacheEntry> = Object.create(null);
      for (const [name, e] of Object.entries(parsed.entries)) if (isEntry(e)) entries[name] = e;
      this.data = { fzlintCache: 2, version, entries };
    } catch {
      this.ignored = 'invalid'; // damaged or unreadable: start empty
    }
  }

  private mac(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('hex');
  }

  private verify(body: string, mac: string): boolean {
    const want = Buffer.from(this.mac(body), 'hex');
    const got = Buffer.from(mac, 'hex');
    return got.length === want.length && timingSafeEqual(got, want);
  }

  /** Cached findings for this file under this configuration (the caller compares the content hash). */
  lookup(file: string, config: string): { hash: string; findings: Finding[] } | undefined {
    const e = Object.hasOwn(this.data.entries, file) ? this.data.entries[file] : undefined;
    return e && e.config === config ? { hash: e.hash, findings: e.findings } : undefined;
  }

  store(file: string, hash: string, config: string, findings: Finding[]): void {
    const e = Object.hasOwn(this.data.entries, file) ? this.data.entries[file] : undefined;
    if (e && e.hash === hash && e.config === config) return;
    this.data.entries[file] = { hash, config, findings };
    this.dirty = true;
  }

  /** Write the cache (atomically, never through a symbolic link: FileAccessError 'symlink'). */
  save(): void {
    if (!this.dirty) return;
    if (this.ignored === 'symlink') throw new FileAccessError('symlink', this.file);
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const body = JSON.stringify(this.data);
    writeFileSafely(this.file, JSON.stringify({ mac: this.mac(body), body } satisfies SignedCache));
    this.dirty = false;
  }
}
