import type { Span } from '../../document/types';
import type { NumberContext, PackData } from '../../pack/types';

/** Blanks between a number and what follows it. */
const BLANKS = /^[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]*/;

function matches(prose: string, number: Span, entry: NumberContext): boolean {
  for (const w of entry.before ?? []) if (number.start >= w.length && prose.slice(number.start - w.length, number.start) === w) return true;
  if (entry.after?.length) {
    const rest = prose.slice(number.end, number.end + 12);
    const after = rest.slice(BLANKS.exec(rest)?.[0].length ?? 0);
    if (entry.after.some((w) => after.startsWith(w))) return true;
  }
  for (const phrase of entry.phrases ?? []) {
    // An occurrence of the phrase that covers the number.
    const from = Math.max(0, number.end - phrase.length);
    const window = prose.slice(from, number.start + phrase.length);
    for (let at = window.indexOf(phrase); at >= 0; at = window.indexOf(phrase, at + 1)) {
      const start = from + at;
      if (start <= number.start && start + phrase.length >= number.end) return true;
    }
  }
  return false;
}

/**
 * Is the number at `number` part of a name, grade or set phrase that pack data lists for `rule`
 * (劣五类水体, 两位数增长, 附件2 名词解释)? Then it is not a count or a quantity.
 */
export function inNumberContext(prose: string, number: Span, rule: string, data: PackData): boolean {
  return (data.numberContexts ?? []).some((e) => e.rules.includes(rule) && matches(prose, number, e));
}
