// How finance positions spread across a year's debtors (docs/methods/finance.md, "No saturation by
// construction"): counts on each side, the saturated ends, quartiles and a histogram. Pure.
import { quantileSorted } from '../quantile.js';

/** |position| at or past this reads as saturated: one side at least 39 times the other. */
export const saturationThreshold = 0.95;

/**
 * Histogram bins: the two saturated ends apart (position <= -0.95 and >= +0.95), 0.1 wide between.
 * 21 bins: [-1, -0.95], (-0.95, -0.85), ..., [0.85, 0.95), [0.95, 1].
 */
export const distributionEdges: readonly number[] = [
  -1,
  ...Array.from({ length: 20 }, (_, i) => Number((-0.95 + i * 0.1).toFixed(2))),
  1,
];

export interface DistributionBin {
  from: number;
  to: number;
  count: number;
  /** True for the two end bins (|position| >= 0.95). */
  saturated: boolean;
}

export interface PositionDistribution {
  /** Readings with a position (null positions are left out: nothing paid toward either pole). */
  withPosition: number;
  saturated: number;
  /** saturated / withPosition; null without positions. */
  saturatedShare: number | null;
  /** position <= -0.25, between, >= +0.25. */
  firstSide: number;
  between: number;
  secondSide: number;
  median: number | null;
  /** First and third quartiles (linear interpolation between order statistics); null without positions. */
  quartiles: [number, number] | null;
  bins: DistributionBin[];
}

/** The q-quantile of ascending `sorted`, interpolating linearly between order statistics; null for none. */
export function quantile(sorted: readonly number[], q: number): number | null {
  return sorted.length === 0 ? null : quantileSorted(sorted, q);
}

/** Which bin of `distributionEdges` a position falls in (the saturated ends inclusive). */
export function binIndex(p: number): number {
  const last = distributionEdges.length - 2;
  if (p <= -saturationThreshold) return 0;
  if (p >= saturationThreshold) return last;
  // Interior bins are [edge, next edge): the first edge above p, minus one.
  const i = distributionEdges.findIndex((e) => p < e);
  return Math.min(last - 1, Math.max(1, i - 1));
}

export function positionDistribution(positions: readonly (number | null)[]): PositionDistribution {
  // Number.isFinite is false for null as for NaN: both are left out.
  const xs = positions.filter((p): p is number => Number.isFinite(p));
  const sorted = [...xs].sort((a, b) => a - b);
  const counts = new Array<number>(distributionEdges.length - 1).fill(0);
  for (const p of xs) counts[binIndex(p)]++;
  const saturated = xs.filter((p) => Math.abs(p) >= saturationThreshold).length;
  return {
    withPosition: xs.length,
    saturated,
    saturatedShare: xs.length ? saturated / xs.length : null,
    firstSide: xs.filter((p) => p <= -0.25).length,
    between: xs.filter((p) => p > -0.25 && p < 0.25).length,
    secondSide: xs.filter((p) => p >= 0.25).length,
    median: quantile(sorted, 0.5),
    quartiles: sorted.length ? [quantileSorted(sorted, 0.25), quantileSorted(sorted, 0.75)] : null,
    bins: counts.map((count, i) => ({
      from: distributionEdges[i],
      to: distributionEdges[i + 1],
      count,
      saturated: i === 0 || i === counts.length - 1,
    })),
  };
}
