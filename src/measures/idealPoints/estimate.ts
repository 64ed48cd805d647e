import { InputError } from '../../errors.js';
import type { VoteMatrix } from '../../votes/voteMatrix.js';
import { bootstrap } from './bootstrap.js';
import { fitModel } from './fit.js';
import { identification, identified } from './identify.js';
import { defaultPriors, type IdealPointOptions, type IdealPointRow } from './model.js';
import { buildObservations, type Unidentified } from './observations.js';

/** The estimates and how the fit went. */
export interface IdealPointEstimate {
  rows: IdealPointRow[];
  iterations: number;
  /** Largest change of an ideal point (standardised units) in the last iteration. */
  change: number;
  converged: boolean;
  replicates: number;
  /** Contested items after grouping recurring resolutions, and the votes on them. */
  items: number;
  votes: number;
  seconds: { fit: number; bootstrap: number };
  /** Years and states left out for too few votes (only with `unidentified: 'drop'`). */
  dropped: Unidentified[];
}

/**
 * Defaults: 90% intervals from 20 bootstrap replicates of at most 20 EM steps each, on two worker
 * threads (replicates start at the point estimate; on synthetic records 20 steps give intervals within
 * 1-2% of fully converged replicates, 6 steps about 15% too narrow).
 */
export const defaultOptions: Required<Omit<IdealPointOptions, 'itemGroups' | 'priors' | 'onProgress'>> = {
  start: 'spectral',
  seed: 1,
  tolerance: 1e-3,
  maxIterations: 500,
  replicates: 20,
  replicateIterations: 20,
  workers: 2,
  level: 0.9,
  minRollCallsPerYear: 3,
  minVotesPerState: 10,
  positiveCountry: 'USA',
  unidentified: 'throw',
};

/**
 * Dynamic ordinal ideal points for every state-year with votes in the matrix, with bootstrap
 * intervals, on the identified scale (mean 0, sd 1 over state-years; `positiveCountry` positive).
 * Rows come ordered by country (matrix column order), then year.
 */
export async function estimateIdealPoints(
  matrix: VoteMatrix,
  options: IdealPointOptions = {},
): Promise<IdealPointEstimate> {
  const o = { ...defaultOptions, ...stripUndefined(options) };
  validateOptions(o);
  const priors = { ...defaultPriors, ...stripUndefined(options.priors ?? {}) };
  for (const [name, value] of Object.entries(priors)) {
    const positive = name !== 'startMean';
    if (!Number.isFinite(value) || (positive && value <= 0)) {
      throw new InputError(
        `prior ${name} must be a ${positive ? 'positive' : 'finite'} number, got ${value}`,
        {
          location: { field: `priors.${name}` },
        },
      );
    }
  }
  const obs = buildObservations(matrix, options.itemGroups, o);
  const progress = options.onProgress;

  const t0 = performance.now();
  const settings = {
    priors,
    start: o.start,
    seed: o.seed,
    tolerance: o.tolerance,
    maxIterations: o.maxIterations,
  };
  const fit = fitModel(obs, {
    ...settings,
    onIteration: progress
      ? (iteration, change) =>
          progress({
            phase: 'fit',
            done: iteration,
            // Unknown in advance: a running estimate from the rate of convergence, capped at the maximum.
            total: change < o.tolerance ? iteration : Math.min(o.maxIterations, iteration + 10),
          })
      : undefined,
  });
  const id = identification(obs, fit.mean, o.positiveCountry);
  const point = identified(fit.mean, id);
  const t1 = performance.now();

  if (o.replicates > 0) progress?.({ phase: 'bootstrap', done: 0, total: o.replicates });
  const replicates =
    o.replicates > 0
      ? await bootstrap(
          obs,
          fit,
          {
            replicates: o.replicates,
            replicateIterations: o.replicateIterations,
            seed: o.seed,
            workers: o.workers,
            positiveCountry: o.positiveCountry,
            fit: settings,
          },
          progress ? (done) => progress({ phase: 'bootstrap', done, total: o.replicates }) : undefined,
        )
      : [];
  const t2 = performance.now();

  const z = normalQuantile(0.5 + o.level / 2);
  const rows: IdealPointRow[] = [];
  const { countries, yearCount, firstYear, votesCast } = obs;
  for (let c = 0; c < countries.length; c++) {
    if (obs.firstIndex[c] < 0) continue;
    for (let t = 0; t < yearCount; t++) {
      const i = c * yearCount + t;
      if (votesCast[i] === 0) continue;
      let x = point[i];
      let low = x;
      let high = x;
      if (t < obs.firstIndex[c] || t > obs.lastIndex[c]) {
        // Votes only on uncontested roll calls this year, outside the span the fit placed the state in:
        // carry the nearest placed year, as the random walk would.
        const near = c * yearCount + (t < obs.firstIndex[c] ? obs.firstIndex[c] : obs.lastIndex[c]);
        x = point[near];
        low = x;
        high = x;
        if (replicates.length > 1) {
          const half = z * spreadOf(replicates, near);
          low = x - half;
          high = x + half;
        }
      } else if (replicates.length > 1) {
        const half = z * spreadOf(replicates, i);
        low = x - half;
        high = x + half;
      }
      if (!Number.isFinite(x) || !Number.isFinite(low) || !Number.isFinite(high)) {
        throw new Error(
          `ideal point for ${countries[c]} in ${firstYear + t} is not finite (a bug, please report)`,
        );
      }
      rows.push({
        year: firstYear + t,
        country: countries[c],
        idealPoint: x,
        low,
        high,
        votes: votesCast[i],
      });
    }
  }
  return {
    rows,
    iterations: fit.iterations,
    change: fit.change,
    converged: fit.converged,
    replicates: replicates.length,
    items: obs.itemCount,
    votes: obs.cell.length,
    seconds: { fit: (t1 - t0) / 1000, bootstrap: (t2 - t1) / 1000 },
    dropped: obs.dropped,
  };
}

/** Standard deviation of one cell across the bootstrap replicates. */
function spreadOf(replicates: Float64Array[], i: number): number {
  let sum = 0;
  let sumSq = 0;
  for (const r of replicates) {
    sum += r[i];
    sumSq += r[i] * r[i];
  }
  const n = replicates.length;
  const mean = sum / n;
  return Math.sqrt(Math.max((sumSq - n * mean * mean) / (n - 1), 0));
}

/** Standard normal quantile (Acklam's rational approximation, relative error below 1.2e-9). */
export function normalQuantile(p: number): number {
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
    2.506628277459239,
  ];
  const b = [
    -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572,
  ];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (
      (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
      ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
    );
  }
  if (p > 1 - low) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) /
    (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
  );
}

function validateOptions(o: typeof defaultOptions): void {
  const integer = (name: keyof typeof o, min: number) => {
    const v = o[name] as number;
    if (!Number.isInteger(v) || v < min) {
      throw new InputError(`${name} must be an integer of at least ${min}, got ${v}`, {
        location: { field: name },
      });
    }
  };
  integer('maxIterations', 1);
  integer('replicates', 0);
  integer('replicateIterations', 1);
  integer('workers', 0);
  integer('minRollCallsPerYear', 1);
  integer('minVotesPerState', 1);
  integer('seed', 0);
  if (o.replicates === 1) {
    throw new InputError('replicates must be 0 (no intervals) or at least 2', {
      location: { field: 'replicates' },
    });
  }
  if (!(o.tolerance > 0)) {
    throw new InputError(`tolerance must be positive, got ${o.tolerance}`, {
      location: { field: 'tolerance' },
    });
  }
  if (!(o.level > 0 && o.level < 1)) {
    throw new InputError(`level must lie strictly between 0 and 1, got ${o.level}`, {
      location: { field: 'level' },
    });
  }
  if (o.unidentified !== 'throw' && o.unidentified !== 'drop') {
    throw new InputError(`unidentified must be 'throw' or 'drop', got ${String(o.unidentified)}`, {
      location: { field: 'unidentified' },
    });
  }
  if (o.start !== 'spectral' && o.start !== 'random') {
    throw new InputError(`start must be 'spectral' or 'random', got ${String(o.start)}`, {
      location: { field: 'start' },
    });
  }
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
