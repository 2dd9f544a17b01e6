/**
 * The changes between a text and its fixed version as hunks (delete [start, end) of the original,
 * insert `text` there), line by line, so each hunk lies inside one paragraph. Undefined when the fixed
 * text has a different number of lines (a fix joined or split paragraphs).
 */
export interface Hunk {
  /** Offsets into the original text. */
  start: number;
  end: number;
  text: string;
}

/** Myers' diff of two short strings: the edit script as [kind, char index] pairs. */
function diffChars(a: string, b: string): Hunk[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  let v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    const next = v.slice();
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      next[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
    v = next;
  }
  // Walk back: each step is a deletion (x-1) or an insertion (y-1) after a diagonal.
  const ops: ('=' | '-' | '+')[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const vd = trace[d];
    const k = x - y;
    const down = k === -d || (k !== d && vd[offset + k - 1] < vd[offset + k + 1]);
    const prevK = down ? k + 1 : k - 1;
    const prevX = vd[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push('=');
      x--;
      y--;
    }
    if (d > 0) {
      ops.push(down ? '+' : '-');
      if (down) y--;
      else x--;
    }
  }
  ops.reverse();
  const hunks: Hunk[] = [];
  let i = 0;
  let j = 0;
  let current: Hunk | undefined;
  for (const op of ops) {
    if (op === '=') {
      current = undefined;
      i++;
      j++;
      continue;
    }
    if (!current) {
      current = { start: i, end: i, text: '' };
      hunks.push(current);
    }
    if (op === '-') current.end = ++i;
    else current.text += b[j++];
  }
  return hunks;
}

/** Hunks of one line pair, after trimming the common start and end. */
function lineHunks(a: string, b: string): Hunk[] {
  let s = 0;
  while (s < a.length && s < b.length && a[s] === b[s]) s++;
  let e = 0;
  while (e < a.length - s && e < b.length - s && a[a.length - 1 - e] === b[b.length - 1 - e]) e++;
  return diffChars(a.slice(s, a.length - e), b.slice(s, b.length - e)).map((h) => ({ start: h.start + s, end: h.end + s, text: h.text }));
}

export function textHunks(original: string, fixed: string): Hunk[] | undefined {
  const a = original.split('\n');
  const b = fixed.split('\n');
  if (a.length !== b.length) return undefined;
  const out: Hunk[] = [];
  let base = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) for (const h of lineHunks(a[i], b[i])) out.push({ start: h.start + base, end: h.end + base, text: h.text });
    base += a[i].length + 1;
  }
  return out;
}

/** The text with the hunks applied (hunks sorted, not overlapping). */
export function applyHunks(original: string, hunks: readonly Hunk[]): string {
  let out = '';
  let pos = 0;
  for (const h of hunks) {
    out += original.slice(pos, h.start) + h.text;
    pos = h.end;
  }
  return out + original.slice(pos);
}
