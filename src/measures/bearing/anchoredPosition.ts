/**
 * Places values on the [-1, 1] axis between two poles relative to the world's distribution that year:
 * the world median maps to 0, the first pole's value to -1 and the second's to +1, linearly on each side
 * (values beyond a pole are clamped). This keeps interval information (unlike ranks) while removing what
 * every state shares: when most states agree with the second pole routinely, agreeing with it too reads
 * as the norm (0), not as a tilt.
 *
 * Returns NaN for a NaN value, and for every value when a pole sits on the wrong side of the median
 * (then there is no axis to measure along).
 */
export function anchoredPosition(value: number, median: number, first: number, second: number): number {
  if (Number.isNaN(value) || !(first < median) || !(second > median)) return Number.NaN;
  const p = value >= median ? (value - median) / (second - median) : -(median - value) / (median - first);
  return Math.max(-1, Math.min(1, p));
}

/**
 * Engagement relative to the world: the country's amount over the median state's, capped at 1.
 * 0 when the amount is 0; NaN when the world median is not positive or the amount is not finite.
 */
export function relativeEngagement(amount: number, worldMedian: number): number {
  if (!Number.isFinite(amount) || !(worldMedian > 0) || amount < 0) return Number.NaN;
  return Math.min(1, amount / worldMedian);
}
