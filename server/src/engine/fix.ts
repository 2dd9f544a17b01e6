import type { Finding } from './finding';
import type { TextEdit } from './rule';

function overlaps(a: TextEdit, b: TextEdit): boolean {
  // Two insertions at the same point also conflict: their order would be arbitrary.
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}

/** Apply non-overlapping edits. Throws when two edits overlap: callers must select first. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos || e.start > e.end || e.end > text.length) {
      throw new RangeError(`overlapping or out-of-range edit ${e.start}-${e.end}`);
    }
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + text.slice(pos);
}

/**
 * The edits taken so far, sorted by (start, end) and pairwise non-overlapping, so their ends are in
 * order too: whether a new edit overlaps one is a binary search, not a scan (linear-time fix-all
 * with 100,000 fixes).
 */
class TakenEdits {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /** The first index whose (start, end) is not before (start, end). */
  private lowerBound(start: number, end: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] < start || (this.starts[mid] === start && this.ends[mid] < end)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  overlapsAny(e: TextEdit): boolean {
    // Two insertions at one point.
    if (e.start === e.end) {
      const i = this.lowerBound(e.start, e.start);
      if (i < this.starts.length && this.starts[i] === e.start && this.ends[i] === e.start) return true;
    }
    // The last taken edit that starts before e ends has the greatest end of those: it overlaps e if any does.
    const k = this.lowerBound(e.end, -Infinity) - 1;
    return k >= 0 && this.ends[k] > e.start && overlaps(e, { start: this.starts[k], end: this.ends[k], text: '' });
  }

  add(e: TextEdit): void {
    const i = this.lowerBound(e.start, e.end);
    this.starts.splice(i, 0, e.start);
    this.ends.splice(i, 0, e.end);
  }
}

/**
 * Pick the certain fixes to apply in one pass: in document order, each fix whole or not at all,
 * skipping any fix that overlaps one already taken (it is retried on the next pass).
 */
export function selectFixes(findings: readonly Finding[]): { edits: TextEdit[]; applied: Finding[] } {
  const edits: TextEdit[] = [];
  const applied: Finding[] = [];
  const taken = new TakenEdits();
  const candidates = findings.filter((f) => f.fix && !f.fixExcludedFromFixAll && f.fix.edits.length > 0).sort((a, b) => a.span.start - b.span.start);
  for (const f of candidates) {
    const fe = (f.fix as NonNullable<Finding['fix']>).edits;
    if (fe.some((e) => taken.overlapsAny(e))) continue;
    if (fe.some((e, i) => fe.some((o, j) => i !== j && overlaps(e, o)))) continue;
    for (const e of fe) {
      edits.push(e);
      taken.add(e);
    }
    applied.push(f);
  }
  return { edits, applied };
}

export interface FixResult {
  output: string;
  /** Number of fixes applied over all passes. */
  fixed: number;
  passes: number;
  /** Findings that remain after the last pass. */
  remaining: Finding[];
}

const MAX_PASSES = 10;

/** Apply certain fixes, re-linting between passes until nothing changes (at most 10 passes). */
export function fixAll(text: string, lint: (text: string) => Finding[]): FixResult {
  // Finding offsets are into the text without its BOM (parseReport drops it): fix that, keep the BOM.
  const bom = text.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  let output = text.slice(bom.length);
  let fixed = 0;
  let passes = 0;
  let findings = lint(output);
  while (passes < MAX_PASSES) {
    const { edits, applied } = selectFixes(findings);
    if (edits.length === 0) break;
    const next = applyEdits(output, edits);
    passes++;
    if (next === output) break;
    output = next;
    fixed += applied.length;
    findings = lint(output);
  }
  return { output: bom + output, fixed, passes, remaining: findings };
}
