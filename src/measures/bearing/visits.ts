/** Years over which one-sided visits are summed for a year's reading (the year and the four before). */
export const visitWindow = 5;

/** The sum of a yearly series over the window ending at `year` (missing years add nothing). */
export function windowSum(
  series: ReadonlyMap<number, number> | undefined,
  year: number,
  window = visitWindow,
): number {
  let s = 0;
  for (let y = year - window + 1; y <= year; y++) s += series?.get(y) ?? 0;
  return s;
}

/**
 * Each value's percentile among the values: the share of the others below it, ties counted half,
 * in [0, 1]; 0 for a lone value.
 */
export function percentiles(values: readonly number[]): number[] {
  const n = values.length;
  const sorted = [...values].sort((a, b) => a - b);
  const lower = (x: number) => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const upper = (x: number) => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid] <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return values.map((x) => {
    if (n <= 1) return 0;
    const below = lower(x);
    const ties = upper(x) - below - 1;
    return (below + ties / 2) / (n - 1);
  });
}

/**
 * A one-sided record (contacts with one pole only) can only lean toward that pole: position = the
 * percentile toward the recorded pole's end (`side` 0: first, -1 end; 1: second, +1 end), engagement = it.
 */
export function oneSidedReading(percentile: number, side: 0 | 1): { position: number; engagement: number } {
  return { position: side === 0 ? -percentile : percentile, engagement: percentile };
}
