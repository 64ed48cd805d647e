import type { VoteMatrix } from '../../votes/voteMatrix.js';
import { Random } from './random.js';

/** How to draw a synthetic vote record from the model itself (for tests and benchmarks). */
export interface SyntheticSpec {
  countries: number;
  firstYear: number;
  years: number;
  rollCallsPerYear: number;
  seed: number;
  /** Year-to-year standard deviation of the true random walk. */
  walk?: number;
  /** Share of votes missing at random (coded absent). */
  missing?: number;
  /** Share of states that join after the first year. */
  lateJoiners?: number;
  /** Share of each year's roll calls that repeat a resolution of an earlier year (same item group). */
  recurring?: number;
  /** Share of items on which nobody may abstain (yes/no only). */
  binary?: number;
}

export interface SyntheticRecord {
  matrix: VoteMatrix;
  itemGroups: Int32Array;
  /** True ideal point of each state-year, `country * years + (year - firstYear)`; NaN before a state joins. */
  truth: Float64Array;
}

/**
 * A record drawn from the dynamic ordinal model. Column 0 is named USA and starts on the positive side,
 * so that identification can be checked; the other columns are S001, S002, ...
 */
export function syntheticRecord(spec: SyntheticSpec): SyntheticRecord {
  const random = new Random(spec.seed);
  const { countries: n, years, rollCallsPerYear } = spec;
  const walk = spec.walk ?? 0.15;
  const missing = spec.missing ?? 0.1;
  const late = spec.lateJoiners ?? 0.2;
  const recurring = spec.recurring ?? 0;
  const binary = spec.binary ?? 0.2;

  const names = Array.from({ length: n }, (_, c) => (c === 0 ? 'USA' : `S${String(c).padStart(3, '0')}`));
  const truth = new Float64Array(n * years).fill(Number.NaN);
  for (let c = 0; c < n; c++) {
    const join = c > 0 && random.uniform() < late ? Math.floor(random.uniform() * years * 0.7) : 0;
    let x = c === 0 ? 1.5 : random.normal();
    for (let t = join; t < years; t++) {
      if (t > join) x += walk * random.normal();
      truth[c * years + t] = x;
    }
  }

  const rows = years * rollCallsPerYear;
  const votes = new Uint8Array(rows * n);
  const yearOf = new Int16Array(rows);
  const itemGroups = new Int32Array(rows);
  const alpha: number[] = [];
  const beta: number[] = [];
  const sigma: number[] = [];
  for (let t = 0; t < years; t++) {
    for (let k = 0; k < rollCallsPerYear; k++) {
      const r = t * rollCallsPerYear + k;
      yearOf[r] = spec.firstYear + t;
      let g: number;
      if (t > 0 && random.uniform() < recurring) {
        g = Math.floor(random.uniform() * alpha.length);
      } else {
        g = alpha.length;
        alpha.push(0.5 + random.normal());
        beta.push(1.5 * random.normal());
        sigma.push(random.uniform() < binary ? 0 : 0.4 + 0.8 * random.uniform());
      }
      itemGroups[r] = g;
      for (let c = 0; c < n; c++) {
        const x = truth[c * years + t];
        if (Number.isNaN(x)) continue;
        if (random.uniform() < missing) {
          votes[r * n + c] = 8;
          continue;
        }
        if (sigma[g] === 0) {
          const z = alpha[g] + beta[g] * x + random.normal();
          votes[r * n + c] = z >= 0 ? 1 : 3;
        } else {
          const z = alpha[g] + beta[g] * x + sigma[g] * random.normal();
          votes[r * n + c] = z < 0 ? 3 : z < 1 ? 2 : 1;
        }
      }
    }
  }
  return {
    matrix: {
      countries: names,
      rollcalls: Int32Array.from({ length: rows }, (_, r) => r + 1),
      years: yearOf,
      votes,
    },
    itemGroups,
    truth,
  };
}
