// Order statistics, written once for every measure: the median and the quantile (type 7, R's default).

/** Linear-interpolated quantile (type 7, as R's default) of ascending values; NaN for none. */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** The finite values, ascending. */
export function finiteSorted(values: ArrayLike<number>): number[] {
  return Array.from(values)
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
}

/** The median of the finite values, NaN if there are none. */
export function median(values: ArrayLike<number>): number {
  const v = finiteSorted(values);
  if (v.length === 0) return Number.NaN;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}
