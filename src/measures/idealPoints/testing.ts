import type { VoteMatrix } from '../../votes/voteMatrix.js';
import { defaultPriors, type IdealPointRow, type Observations } from './model.js';
import { buildObservations } from './observations.js';
import type { SyntheticRecord } from './synthetic.js';

/** Thresholds that keep every roll call and state of a hand-sized record. */
export const loose = { minRollCallsPerYear: 1, minVotesPerState: 1 };

/** A vote matrix from rows of codes (one row per roll call, one column per state). */
export const matrix = (rows: number[][], years: number[], countries = ['USA', 'CHN', 'FRA']): VoteMatrix => ({
  countries,
  rollcalls: Int32Array.from(years, (_, r) => 101 + r),
  years: Int16Array.from(years),
  votes: Uint8Array.from(rows.flat()),
});

/**
 * Three states over two years (codes 1 yes, 2 abstain, 3 no, 8 absent): r0 2000 yes/no, r1 2000
 * uncontested, r2 2001 with an abstention (ordinal), r3 2001 yes/no.
 */
export const threeStates = (): VoteMatrix =>
  matrix(
    [
      [1, 3, 1],
      [1, 1, 1],
      [2, 3, 1],
      [8, 1, 3],
    ],
    [2000, 2000, 2001, 2001],
  );

/** Four states over two years (codes 1 yes, 2 abstain, 3 no): r2 has an abstention (ordinal item). */
export const fourStates = (): Observations =>
  buildObservations(
    {
      countries: ['USA', 'CHN', 'FRA', 'RUS'],
      rollcalls: Int32Array.from([1, 2, 3, 4]),
      years: Int16Array.from([2000, 2000, 2001, 2001]),
      votes: Uint8Array.from([1, 3, 1, 3, 1, 3, 3, 3, 2, 3, 1, 3, 1, 3, 1, 1]),
    },
    undefined,
    loose,
  );

/** The fit the bootstrap tests start from (spectral start, tight tolerance). */
export const fourStatesFit = {
  priors: defaultPriors,
  start: 'spectral' as const,
  seed: 1,
  tolerance: 1e-6,
  maxIterations: 200,
};

/** Pearson correlation of two equally long lists. */
export function correlation(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length;
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < n; i++) {
    ma += a[i];
    mb += b[i];
  }
  ma /= n;
  mb /= n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    sab += (a[i] - ma) * (b[i] - mb);
    saa += (a[i] - ma) ** 2;
    sbb += (b[i] - mb) ** 2;
  }
  return sab / Math.sqrt(saa * sbb);
}

/** Estimates paired with the synthetic truth of the same state-years. */
export function againstTruth(
  rows: IdealPointRow[],
  record: SyntheticRecord,
): { estimate: number[]; truth: number[] } {
  const { countries, years } = record.matrix;
  const first = years[0];
  const yearCount = years[years.length - 1] - first + 1;
  const estimate: number[] = [];
  const truth: number[] = [];
  for (const r of rows) {
    estimate.push(r.idealPoint);
    truth.push(record.truth[countries.indexOf(r.country) * yearCount + (r.year - first)]);
  }
  return { estimate, truth };
}

/** Two estimates of the same state-years, matched by key. */
export function paired(a: IdealPointRow[], b: IdealPointRow[]): { x: number[]; y: number[] } {
  const index = new Map(b.map((r) => [`${r.country} ${r.year}`, r.idealPoint]));
  const x: number[] = [];
  const y: number[] = [];
  for (const r of a) {
    const v = index.get(`${r.country} ${r.year}`);
    if (v === undefined) continue;
    x.push(r.idealPoint);
    y.push(v);
  }
  return { x, y };
}
