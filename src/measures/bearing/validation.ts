import { finiteSorted, median, quantileSorted } from '../quantile.js';

/** Pearson correlation of the pairs where both values are finite; NaN with fewer than 3 or no variance. */
export function pearson(xs: readonly number[], ys: readonly number[]): number {
  const pairs = xs.map((x, i) => [x, ys[i]]).filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y));
  const n = pairs.length;
  if (n < 3) return Number.NaN;
  const mx = pairs.reduce((s, [x]) => s + x, 0) / n;
  const my = pairs.reduce((s, [, y]) => s + y, 0) / n;
  let cxy = 0;
  let cxx = 0;
  let cyy = 0;
  for (const [x, y] of pairs) {
    cxy += (x - mx) * (y - my);
    cxx += (x - mx) ** 2;
    cyy += (y - my) ** 2;
  }
  // No variance: cxy is 0 too, and 0 / 0 is NaN.
  return cxy / Math.sqrt(cxx * cyy);
}

/** Share of the finite values with |value| >= cut (0.95: at a pole's end); NaN when there are none. */
export function saturation(values: readonly number[], cut = 0.95): number {
  const f = values.filter(Number.isFinite);
  // None: 0 / 0 is NaN.
  return f.filter((v) => Math.abs(v) >= cut).length / f.length;
}

/** The q-quantile (0..1) of the finite values by linear interpolation; NaN when there are none. */
export function quantile(values: readonly number[], q: number): number {
  return quantileSorted(finiteSorted(values), q);
}

export interface Distribution {
  n: number;
  min: number;
  p10: number;
  median: number;
  p90: number;
  max: number;
  /** Share at |position| >= 0.95. */
  saturated: number;
}

export function distribution(values: readonly number[]): Distribution {
  const f = values.filter(Number.isFinite);
  return {
    n: f.length,
    min: quantile(f, 0),
    p10: quantile(f, 0.1),
    median: quantile(f, 0.5),
    p90: quantile(f, 0.9),
    max: quantile(f, 1),
    saturated: saturation(f),
  };
}

/** A group of states and their positions in one year. */
export interface Group {
  name: string;
  members: { id: string; position: number }[];
}

export interface GroupOrder {
  /** Median position per group, in the order given. */
  medians: { name: string; n: number; median: number }[];
  /** True when the medians increase strictly in the order given (groups with no member are skipped). */
  ordered: boolean;
  /**
   * Members on the wrong side of the middle group's median: in the first group, above it; in the last,
   * below it (only with three groups or more).
   */
  exceptions: { group: string; id: string; position: number }[];
}

/**
 * Whether groups order as expected on the axis (e.g. US treaty allies < the rest < SCO members, with the
 * US as the first pole), and which members go against it.
 */
export function groupOrder(groups: readonly Group[]): GroupOrder {
  const medians = groups.map((g) => ({
    name: g.name,
    n: g.members.length,
    median: median(g.members.map((m) => m.position)),
  }));
  const present = medians.filter((m) => m.n > 0);
  let ordered = present.length >= 2;
  for (let i = 1; i < present.length; i++) if (!(present[i - 1].median < present[i].median)) ordered = false;
  const exceptions: GroupOrder['exceptions'] = [];
  if (groups.length >= 3) {
    // An empty middle group has a NaN median: every comparison is false, no exception.
    const mid = medians[Math.floor(groups.length / 2)].median;
    const first = groups[0];
    const last = groups[groups.length - 1];
    for (const m of first.members) if (m.position > mid) exceptions.push({ group: first.name, ...m });
    for (const m of last.members) if (m.position < mid) exceptions.push({ group: last.name, ...m });
  }
  return { medians, ordered, exceptions };
}
