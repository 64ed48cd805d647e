import { tilt } from '../tilt.js';

/**
 * The tilt between two poles' outward direct investment positions in one economy.
 * A position is net (assets less liabilities) and can be negative when the affiliates lend more to
 * their parent than the parent invested: a negative position is no stake, so it counts as zero in
 * the tilt (flagged `clipped`), and the published value is shown beside it.
 */
export interface StakeTilt {
  /** (second - first) / (second + first) of the stakes, in [-1, 1]; null when neither has a stake. */
  position: number | null;
  firstStake: number;
  secondStake: number;
  /** True when a negative position was counted as zero. */
  clipped: boolean;
}

/** null when either pole has no value (missing, never zero): the tilt needs both poles to report. */
export function stakeTilt(first: number | null, second: number | null): StakeTilt | null {
  if (first === null || second === null || !Number.isFinite(first) || !Number.isFinite(second)) return null;
  const a = Math.max(0, first);
  const b = Math.max(0, second);
  const t = tilt(a, b);
  return {
    position: Number.isNaN(t) ? null : t,
    firstStake: a,
    secondStake: b,
    clipped: first < 0 || second < 0,
  };
}

/**
 * Each investor's share of the positive positions of the investors that report (null values left
 * out, negative ones counted as zero); empty when none has a positive position.
 */
export function investorShares(
  values: readonly { investor: string; value: number | null }[],
): Map<string, number> {
  let total = 0;
  for (const v of values) if (v.value !== null && v.value > 0) total += v.value;
  const out = new Map<string, number>();
  if (total <= 0) return out;
  for (const v of values) if (v.value !== null) out.set(v.investor, Math.max(0, v.value) / total);
  return out;
}
