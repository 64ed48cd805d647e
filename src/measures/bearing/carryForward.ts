/** A reading that says which year its data come from. */
export interface Dated {
  dataYear: number;
}

export type Carried<R> = R & { carried: boolean };

/**
 * Fills each asked year's missing country readings from the latest of the `n` years before it that has
 * one (never from a carried reading: a figure travels at most `n` years from its data year). Readings of
 * the year itself are kept and marked `carried: false`; filled ones keep their `dataYear` and are marked
 * `carried: true`. n = 0 returns the readings as they are.
 */
export function carryForward<R extends Dated>(
  series: ReadonlyMap<number, ReadonlyMap<string, R>>,
  years: readonly number[],
  n: number,
): Map<number, Map<string, Carried<R>>> {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`carry-forward must be a whole number of years >= 0, got ${n}`);
  const out = new Map<number, Map<string, Carried<R>>>();
  for (const [year, states] of series) {
    const m = new Map<string, Carried<R>>();
    for (const [c, r] of states) m.set(c, { ...r, carried: false });
    out.set(year, m);
  }
  if (n === 0) return out;
  for (const year of years) {
    let m = out.get(year);
    for (let k = 1; k <= n; k++) {
      const from = series.get(year - k);
      if (!from) continue;
      for (const [c, r] of from) {
        if (m?.has(c)) continue;
        if (!m) {
          m = new Map();
          out.set(year, m);
        }
        m.set(c, { ...r, carried: true });
      }
    }
  }
  return out;
}
