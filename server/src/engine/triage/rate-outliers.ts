/**
 * Rates far from the rest of a batch: for each rate name (出庭应诉率, 复议纠错率 …) given by at least
 * `minReports` reports, a value beyond `iqrFactor` interquartile ranges outside the middle half, and
 * at least `minGap` points from the median (so that a batch of equal values does not make a small
 * difference an outlier). Pure.
 */
export interface RateValue {
  report: string;
  /** The rate's name as written before it (调解成功率). */
  name: string;
  value: number;
  /** 1-based line. */
  line: number;
  text: string;
}

export interface RateOutlier extends RateValue {
  median: number;
  low: number;
  high: number;
  /** How many reports give this rate. */
  reports: number;
}

export interface RateOutlierOptions {
  minReports: number;
  iqrFactor: number;
  minGap: number;
}

export const DEFAULT_RATE_OUTLIER_OPTIONS: Readonly<RateOutlierOptions> = Object.freeze({ minReports: 5, iqrFactor: 1.5, minGap: 5 });

/** The q-quantile of sorted values, linear between order statistics. */
export function quantile(sorted: readonly number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

export function rateOutliers(values: readonly RateValue[], options: Partial<RateOutlierOptions> = {}): RateOutlier[] {
  const o = { ...DEFAULT_RATE_OUTLIER_OPTIONS, ...options };
  const byName = new Map<string, RateValue[]>();
  for (const v of values) {
    const list = byName.get(v.name) ?? [];
    // One value per report and rate: the first it gives.
    if (!list.some((x) => x.report === v.report)) list.push(v);
    byName.set(v.name, list);
  }
  const out: RateOutlier[] = [];
  for (const list of byName.values()) {
    if (list.length < o.minReports) continue;
    const sorted = list.map((v) => v.value).sort((a, b) => a - b);
    const q1 = quantile(sorted, 0.25);
    const q3 = quantile(sorted, 0.75);
    const median = quantile(sorted, 0.5);
    const low = q1 - o.iqrFactor * (q3 - q1);
    const high = q3 + o.iqrFactor * (q3 - q1);
    for (const v of list) {
      if ((v.value < low || v.value > high) && Math.abs(v.value - median) >= o.minGap) out.push({ ...v, median, low, high, reports: list.length });
    }
  }
  return out.sort((a, b) => a.report.localeCompare(b.report) || a.line - b.line);
}
