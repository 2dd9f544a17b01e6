/**
 * Hover text for the editor: for each checked figure, the arithmetic behind the check
 * (`7619 = 2679 + 4940 ✓`, `2967 / 3007 = 98.67% ≈ 98.7% ✓`, `2679 + 4904 = 7583 ≠ 7619 ✗`).
 */
import type { Span } from '../document/types';
import { analyzeFigures, formatSum, formatValue, shownValue, type FigureDoc } from './analysis';
import type { Lexicon } from './lexicon';

export type FigureCheckKind = 'total' | 'rate' | 'bound' | 'count';

export interface FigureExplanation {
  kind: FigureCheckKind;
  /** The figure the hover belongs to (the total, the rate, the stated count). */
  span: Span;
  /** The other figures or items involved. */
  related: Span[];
  /** The arithmetic, e.g. `7619 = 2679 + 4940 ✓`. */
  text: string;
  ok: boolean;
}

/** Every checked figure of the document with its arithmetic, in text order. */
export function explainFigures(doc: FigureDoc, lexicon?: Lexicon): FigureExplanation[] {
  const a = analyzeFigures(doc, lexicon);
  const out: FigureExplanation[] = [];
  for (const t of a.totals) {
    if (!t.checked) continue;
    const parts = t.parts.map(shownValue).join(' + ');
    const sum = formatSum(t);
    const total = shownValue(t.total);
    const ok = t.status === 'ok';
    out.push({
      kind: 'total',
      span: t.total.span,
      related: t.parts.map((p) => p.span),
      text: ok ? `${total} = ${parts} ✓` : `${parts} = ${sum} ≠ ${total} ✗`,
      ok,
    });
  }
  for (const r of a.rates) {
    const sign = r.rate.percent === 'permille' ? '‰' : '%';
    const num = formatValue(r.numerator.value, r.numerator.decimals);
    const den = formatValue(r.denominator.value, r.denominator.decimals);
    const base = `${num} / ${den} = ${r.ratio.toFixed(r.rate.decimals + 1)}${sign} ≈ ${r.rounded.toFixed(r.rate.decimals)}${sign}`;
    out.push({
      kind: 'rate',
      span: r.rate.span,
      related: [r.numerator.span, r.denominator.span],
      text: r.ok ? `${base} ✓` : `${base} ≠ ${r.rate.value.toFixed(r.rate.decimals)}${sign} ✗`,
      ok: r.ok,
    });
  }
  for (const b of a.bounds) {
    out.push({
      kind: 'bound',
      span: b.rate.span,
      related: [],
      text: `${b.rate.text} > ${b.rate.percent === 'permille' ? '1000‰' : '100%'} ✗`,
      ok: false,
    });
  }
  for (const c of a.counts) {
    const n = c.items.length;
    out.push({
      kind: 'count',
      span: c.count.span,
      related: c.items.map((i) => i.span),
      text: c.ok ? `${c.count.text} = 列举${n}项 ✓` : `${c.count.text} ≠ 列举${n}项 ✗`,
      ok: c.ok,
    });
  }
  return out.sort((x, y) => x.span.start - y.span.start);
}

/** The explanations whose figure covers `offset` (for a hover at that offset). */
export function explainFigureAt(doc: FigureDoc, offset: number, lexicon?: Lexicon): FigureExplanation[] {
  return explainFigures(doc, lexicon).filter((e) => e.span.start <= offset && offset < e.span.end);
}
