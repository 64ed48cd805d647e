import type { IdealPointRow } from './model.js';
import type { SyntheticRecord } from './synthetic.js';

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
