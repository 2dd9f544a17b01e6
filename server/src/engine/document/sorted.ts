/**
 * Binary search over things in text order (lines, paragraphs): the number of leading indexes in
 * [0, length) for which `before(i)` holds, given that it holds for a prefix and not after it.
 */
export function countBefore(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
