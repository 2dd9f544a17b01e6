/**
 * Globs of config files (`ignores`, `overrides[].files`) and `.fzlintignore`, matched in time linear
 * in the path: each glob is translated to an RE2 pattern (re2js), never to a backtracking regular
 * expression — `*a*a*a…*b` against a long file name took minutes with one.
 *
 * Supported: `*` and `?` (not across `/`), `**` as a whole segment (any folders), `[abc]`, `[a-z]`,
 * `[!x]`/`[^x]`, `{a,b}` (nested too), `\x` (a literal x), and the extglobs `@(a|b)`, `?(…)`, `+(…)`,
 * `*(…)`. A pattern without `/` matches the file's base name anywhere. Negated extglobs `!(…)` cannot be
 * matched in linear time and are refused (`GlobError`).
 */
import { RE2JS } from 're2js';

export class GlobError extends Error {}

const SPECIAL = /[.*+?^${}()|[\]\\/]/g;

function escapeChar(ch: string): string {
  return ch.replace(SPECIAL, '\\$&');
}

/** Translate the glob text `p` from `i` until one of `stops` (at depth 0) or the end. */
function translate(p: string, i: number, stops: string): { source: string; next: number } {
  let out = '';
  while (i < p.length) {
    const ch = p[i];
    if (stops.includes(ch)) break;
    if (ch === '\\' && i + 1 < p.length) {
      out += escapeChar(p[i + 1]);
      i += 2;
      continue;
    }
    if ('@?+*!'.includes(ch) && p[i + 1] === '(') {
      if (ch === '!') throw new GlobError('negated extglob !(…) is not supported');
      const alts: string[] = [];
      let j = i + 2;
      for (;;) {
        const part = translate(p, j, '|)');
        alts.push(part.source);
        j = part.next;
        if (p[j] === '|') {
          j++;
          continue;
        }
        break;
      }
      if (p[j] !== ')') throw new GlobError('unclosed extglob');
      const q = ch === '@' ? '' : ch;
      out += `(?:${alts.join('|')})${q}`;
      i = j + 1;
      continue;
    }
    if (ch === '*') {
      while (p[i] === '*') i++; // ** inside a segment is one *
      out += '[^/]*';
      continue;
    }
    if (ch === '?') {
      out += '[^/]';
      i++;
      continue;
    }
    if (ch === '[') {
      const end = classEnd(p, i);
      if (end < 0) {
        out += '\\[';
        i++;
        continue;
      }
      let body = p.slice(i + 1, end);
      let negate = false;
      if (body[0] === '!' || body[0] === '^') {
        negate = true;
        body = body.slice(1);
      }
      let cls = '';
      for (let k = 0; k < body.length; k++) {
        const c = body[k];
        if (c === '\\' && k + 1 < body.length) cls += `\\${body[++k]}`;
        else if (c === '-' && k > 0 && k < body.length - 1) cls += '-';
        else cls += c.replace(/[\]\\^[-]/g, '\\$&');
      }
      out += negate ? `[^/${cls}]` : `[${cls}]`;
      i = end + 1;
      continue;
    }
    if (ch === '{') {
      const alts: string[] = [];
      let j = i + 1;
      let closed: boolean;
      for (;;) {
        const part = translate(p, j, ',}');
        alts.push(part.source);
        j = part.next;
        if (p[j] === ',') {
          j++;
          continue;
        }
        closed = p[j] === '}';
        break;
      }
      if (!closed || alts.length < 2) {
        out += '\\{';
        i++;
        continue;
      }
      out += `(?:${alts.join('|')})`;
      i = j + 1;
      continue;
    }
    out += escapeChar(ch);
    i++;
  }
  return { source: out, next: i };
}

/** The index of the `]` closing the class that opens at `i`, or -1. */
function classEnd(p: string, i: number): number {
  let k = i + 1;
  if (p[k] === '!' || p[k] === '^') k++;
  if (p[k] === ']') k++;
  for (; k < p.length; k++) {
    if (p[k] === '\\') k++;
    else if (p[k] === ']') return k;
    else if (p[k] === '/') return -1;
  }
  return -1;
}

/** The RE2 source of a glob matched against a whole `/`-separated relative path. */
export function globSource(glob: string): string {
  const segments = glob.split('/');
  let out = '';
  for (let s = 0; s < segments.length; s++) {
    const seg = segments[s];
    const last = s === segments.length - 1;
    if (seg === '**') {
      if (segments.length === 1) out += '.*';
      else if (s === 0) out += '(?:[^/]*/)*';
      else if (last) out += '(?:/.*)?';
      else out += '/(?:[^/]*/)*';
      continue;
    }
    if (s > 0 && segments[s - 1] !== '**') out += '/';
    out += translate(seg, 0, '').source;
  }
  return `^${out}$`;
}

const compiled = new Map<string, RE2JS>();

function compile(glob: string): RE2JS {
  let re = compiled.get(glob);
  if (!re) {
    re = RE2JS.compile(globSource(glob));
    if (compiled.size > 10000) compiled.clear();
    compiled.set(glob, re);
  }
  return re;
}

/**
 * Whether `rel` (a `/`-separated path relative to the glob's folder) matches `glob`. A glob without
 * `/` matches the base name. Throws GlobError for a glob that cannot be matched in linear time.
 */
export function globMatches(glob: string, rel: string): boolean {
  const pattern = glob.replace(/^\.\//, '');
  const subject = pattern.includes('/') ? rel : rel.slice(rel.lastIndexOf('/') + 1);
  return compile(pattern).matches(subject);
}
