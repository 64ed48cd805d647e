import type { Estimate } from '../../values/valuesRecord.js';
import { quantileSorted } from '../quantile.js';

/**
 * Where a pole stands on one index. A single state: its estimate and interval. A bloc: the median of its
 * members' estimates, with the interquartile range of those estimates as its interval (the spread of the
 * bloc, not a measurement error), and how many members had a value.
 */
export interface PoleEstimate extends Estimate {
  members: number;
}

/** A pole's estimate from its members' estimates (one member: that member's own interval). */
export function poleEstimate(members: readonly Estimate[]): PoleEstimate | null {
  if (members.length === 0) return null;
  if (members.length === 1) return { ...members[0], members: 1 };
  const values = members.map((m) => m.value).sort((a, b) => a - b);
  return {
    value: quantileSorted(values, 0.5),
    low: quantileSorted(values, 0.25),
    high: quantileSorted(values, 0.75),
    members: members.length,
  };
}

/** Whether two intervals share any point: overlapping intervals are not a measurable difference. */
export function intervalsOverlap(a: Estimate, b: Estimate): boolean {
  return a.low <= b.high && b.low <= a.high;
}

/**
 * Distance between two states' regimes: the mean absolute difference of their point estimates over the
 * indices both have (each index runs 0-1, so the distance does too); NaN when they share no index.
 */
export function valuesDistance(a: readonly (number | null)[], b: readonly (number | null)[]): number {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === null || y === null || Number.isNaN(x) || Number.isNaN(y)) continue;
    sum += Math.abs(x - y);
    n++;
  }
  return n === 0 ? Number.NaN : sum / n;
}

/**
 * Position between two poles from the distances to each: -1 at the first pole's values, +1 at the second's,
 * 0 equidistant. (d1 - d2) / (d1 + d2): a state as far from both sits at 0 whatever the distance; a state
 * identical to both poles (d1 = d2 = 0) is equidistant too. NaN when either distance is.
 */
export function valuesPosition(toFirst: number, toSecond: number): number {
  if (Number.isNaN(toFirst) || Number.isNaN(toSecond)) return Number.NaN;
  const total = toFirst + toSecond;
  return total === 0 ? 0 : (toFirst - toSecond) / total;
}

/** How one state compares with another on one index, given the intervals. */
export type IndexComparison = 'indistinguishable' | 'higher' | 'lower';

export function compareEstimates(a: Estimate, b: Estimate): IndexComparison {
  if (intervalsOverlap(a, b)) return 'indistinguishable';
  return a.value > b.value ? 'higher' : 'lower';
}
