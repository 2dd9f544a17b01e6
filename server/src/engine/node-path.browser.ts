/**
 * node-path.ts in a browser bundle: the POSIX path functions the config resolver and the project
 * API use, on absolute `/`-separated paths (the web worker server's paths are the workspace URIs'
 * paths). There is no current directory: a relative path is resolved from `/`.
 */
export const sep = '/';

/** `..` and `.` folded, repeated slashes dropped; always absolute. */
function normalizeAbsolute(p: string): string {
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return `/${out.join('/')}`;
}

export function isAbsolute(p: string): boolean {
  return p.startsWith('/');
}

export function resolve(...paths: string[]): string {
  let joined = '';
  for (let i = paths.length - 1; i >= 0; i--) {
    const p = paths[i];
    if (!p) continue;
    joined = joined ? `${p}/${joined}` : p;
    if (isAbsolute(p)) break;
  }
  return normalizeAbsolute(joined);
}

export function join(...paths: string[]): string {
  const joined = paths.filter((p) => p !== '').join('/');
  if (joined === '') return '.';
  if (isAbsolute(joined)) return normalizeAbsolute(joined);
  const normalized = normalizeAbsolute(joined).slice(1);
  return normalized === '' ? '.' : normalized;
}

export function dirname(p: string): string {
  const trimmed = p.length > 1 ? p.replace(/\/+$/, '') : p;
  const i = trimmed.lastIndexOf('/');
  if (i < 0) return '.';
  return i === 0 ? '/' : trimmed.slice(0, i);
}

export function basename(p: string, ext?: string): string {
  const trimmed = p.length > 1 ? p.replace(/\/+$/, '') : p;
  const base = trimmed.slice(trimmed.lastIndexOf('/') + 1);
  return ext && base.endsWith(ext) && base !== ext ? base.slice(0, -ext.length) : base;
}

export function relative(from: string, to: string): string {
  const a = resolve(from).split('/').filter(Boolean);
  const b = resolve(to).split('/').filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}
