import type { FitResult, IdealPointPriors, Observations, StartKind } from './model.js';
import { Random } from './random.js';
import {
  TABLE_MAX,
  TABLE_MIN,
  TABLE_STEPS,
  tailTable,
  truncatedBetween,
  upperTruncation,
} from './truncatedNormal.js';

export interface FitSettings {
  priors: IdealPointPriors;
  start: StartKind;
  seed: number;
  tolerance: number;
  /** Cap on EM steps (each SQUAREM cycle takes up to three). */
  maxIterations: number;
  /** Recompute the variances at the returned point with one more E-step (default true). */
  exactVariances?: boolean;
  /** SQUAREM acceleration (default true); false runs plain EM steps (the benchmark's baseline). */
  accelerate?: boolean;
  /** Called after each EM step with the step number and the latest convergence measure. */
  onIteration?: (iteration: number, change: number) => void;
}

/**
 * Variational EM for the dynamic ordinal item-response model (Imai, Lo & Olmsted 2016: ordIRT's
 * latent-variance parameterisation of three ordered categories combined with dynIRT's random walk).
 *
 * One EM step (`emStep`):
 *  1. E-step for the latent utilities: truncated-normal mean and variance of every vote's z.
 *  2. Each state's whole trajectory of ideal points at once, by a Kalman filter and Rauch-Tung-Striebel
 *     smoother: given the item parameters the expected utilities are linear Gaussian observations of
 *     x_it, and the random walk is the state equation.
 *  3. M-step for item parameters: penalised least squares of E[z] on (1, x) using E[x] and E[x^2],
 *     then the latent variance of three-category items in closed form (inverse-gamma prior).
 * EM crawls along the directions the data barely pin down (a common shift or stretch of all states in a
 * year, held only by the random-walk prior), so the steps are accelerated with SQUAREM (Varadhan & Roland
 * 2008, Scandinavian Journal of Statistics 35(2)), which extrapolates along the path of two EM steps.
 * Convergence: the largest change one plain EM step makes to any ideal point, measured after
 * standardising the cross-section of all state-years (the scale the output uses), is below `tolerance`.
 *
 * `init` warm-starts from a previous fit (the bootstrap starts every replicate at the point estimate).
 */
export function fitModel(obs: Observations, settings: FitSettings, init?: FitResult): FitResult {
  const { itemCount, firstIndex, lastIndex, yearCount } = obs;
  const nCells = obs.countries.length * yearCount;
  const { priors } = settings;
  const work = new Workspace(obs);
  const length = nCells + 3 * itemCount;

  let theta = new Float64Array(length);
  if (init) {
    theta.set(init.mean, 0);
    theta.set(init.alpha, nCells);
    theta.set(init.beta, nCells + itemCount);
    for (let j = 0; j < itemCount; j++) theta[nCells + 2 * itemCount + j] = Math.log(init.noise[j]);
  } else {
    const start = settings.start === 'spectral' ? spectralStart(obs) : randomStart(obs, settings.seed);
    for (let c = 0; c < obs.countries.length; c++) {
      for (let t = firstIndex[c]; t >= 0 && t <= lastIndex[c]; t++) theta[c * yearCount + t] = start[c];
    }
    // Provisional utilities from the categories alone, then item parameters given the start.
    const { category, item, ordinal } = obs;
    for (let o = 0; o < category.length; o++) {
      const k = category[o];
      work.ez[o] = ordinal[item[o]] ? k - 0.5 : k === 2 ? 1 : -1;
      work.vz[o] = 0;
    }
    work.noise.fill(1);
    updateItems(obs, priors, work, theta.subarray(0, nCells), new Float64Array(nCells), theta);
  }

  const variance = new Float64Array(nCells);
  const theta1 = new Float64Array(length);
  const theta2 = new Float64Array(length);
  const jump = new Float64Array(length);
  const theta3 = new Float64Array(length);
  let steps = 0;
  let change = Number.POSITIVE_INFINITY;
  let stepMax = 1;
  const step = (from: Float64Array, to: Float64Array) => {
    emStep(obs, priors, work, from, to, variance);
    steps++;
  };
  while (steps < settings.maxIterations) {
    step(theta, theta1);
    change = standardisedChange(obs, theta, theta1);
    settings.onIteration?.(steps, change);
    if (change < settings.tolerance || steps >= settings.maxIterations) {
      theta = theta1.slice();
      break;
    }
    if (settings.accelerate === false) {
      theta.set(theta1);
      continue;
    }
    step(theta1, theta2);
    settings.onIteration?.(steps, change);
    // SQUAREM (scheme S3): r = F(t) - t, v = F(F(t)) - 2F(t) + t, step a = -|r| / |v|.
    let rr = 0;
    let vv = 0;
    for (let i = 0; i < length; i++) {
      const r = theta1[i] - theta[i];
      const v = theta2[i] - 2 * theta1[i] + theta[i];
      rr += r * r;
      vv += v * v;
    }
    let a = vv > 0 ? -Math.sqrt(rr / vv) : -1;
    a = Math.max(-stepMax, Math.min(-1, a));
    for (let i = 0; i < length; i++) {
      const r = theta1[i] - theta[i];
      const v = theta2[i] - 2 * theta1[i] + theta[i];
      jump[i] = theta[i] - 2 * a * r + a * a * v;
    }
    // Stabilise with one EM step from the extrapolated point; keep the plain path if that went wrong.
    step(jump, theta3);
    settings.onIteration?.(steps, change);
    let residual = 0;
    let finite = true;
    for (let i = 0; i < length; i++) {
      const d = theta3[i] - jump[i];
      residual += d * d;
      if (!Number.isFinite(theta3[i])) finite = false;
    }
    if (finite && residual <= 4 * rr) {
      theta.set(theta3);
      if (a === -stepMax) stepMax *= 4;
    } else {
      theta.set(theta2);
      stepMax = Math.max(1, stepMax / 4);
    }
  }
  // Variances belong to the last step taken; recompute them for the returned point (the bootstrap,
  // which only keeps the means, skips this step).
  if (settings.exactVariances !== false) emStep(obs, priors, work, theta, theta1, variance);

  const mean = theta.slice(0, nCells);
  const noise = new Float64Array(itemCount);
  for (let j = 0; j < itemCount; j++) noise[j] = Math.exp(theta[nCells + 2 * itemCount + j]);
  return {
    mean,
    variance,
    alpha: theta.slice(nCells, nCells + itemCount),
    beta: theta.slice(nCells + itemCount, nCells + 2 * itemCount),
    noise,
    iterations: steps,
    change,
    converged: change < settings.tolerance,
  };
}

/** Scratch arrays of one fit, allocated once. */
class Workspace {
  readonly ez: Float64Array;
  readonly vz: Float64Array;
  readonly precision: Float64Array;
  readonly information: Float64Array;
  readonly filteredMean: Float64Array;
  readonly filteredVariance: Float64Array;
  readonly sd: Float64Array;
  readonly noise: Float64Array;
  readonly sums: Float64Array;

  constructor(obs: Observations) {
    const nCells = obs.countries.length * obs.yearCount;
    this.ez = new Float64Array(obs.cell.length);
    this.vz = new Float64Array(obs.cell.length);
    this.precision = new Float64Array(nCells);
    this.information = new Float64Array(nCells);
    this.filteredMean = new Float64Array(obs.yearCount);
    this.filteredVariance = new Float64Array(obs.yearCount);
    this.sd = new Float64Array(obs.itemCount);
    this.noise = new Float64Array(obs.itemCount);
    this.sums = new Float64Array(6 * obs.itemCount);
  }
}

/**
 * One EM step from `from` to `to`. Parameters are packed as [ideal-point means by cell | alpha | beta |
 * log latent variance] so that SQUAREM can extrapolate them as one vector.
 */
function emStep(
  obs: Observations,
  priors: IdealPointPriors,
  work: Workspace,
  from: Float64Array,
  to: Float64Array,
  variance: Float64Array,
): void {
  const { cell, item, category, itemCount, ordinal, firstIndex, lastIndex, yearCount } = obs;
  const nCells = obs.countries.length * yearCount;
  const { ez, vz, precision, information, filteredMean, filteredVariance, sd, noise } = work;
  const mean = from;
  const alphaAt = nCells;
  const betaAt = nCells + itemCount;
  const noiseAt = nCells + 2 * itemCount;
  for (let j = 0; j < itemCount; j++) {
    // Bound the variance: an extrapolated step must not produce a degenerate item.
    const v = ordinal[j] ? Math.min(Math.max(Math.exp(from[noiseAt + j]), 1e-4), 1e4) : 1;
    noise[j] = v;
    sd[j] = Math.sqrt(v);
  }

  // 1. Latent utilities, and each state-year's Gaussian pseudo-observation.
  precision.fill(0);
  information.fill(0);
  const between = new Float64Array(2);
  const table = tailTable;
  const tail = new Float64Array(2);
  const { runs } = obs;
  for (let run = 0; run + 1 < runs.length; run++) {
    const first = runs[run];
    const end = runs[run + 1];
    const j = item[first];
    const a = from[alphaAt + j];
    const b = from[betaAt + j];
    const s = sd[j];
    const inverseSd = 1 / s;
    const v = noise[j];
    const w = b / v;
    const wb = w * b;
    const cut = ordinal[j] ? 1 : 0;
    for (let o = first; o < end; o++) {
      const i = cell[o];
      const mu = a + b * mean[i];
      const k = category[o];
      let m: number;
      if (k === 1) {
        truncatedBetween(mu, s, 0, 1, between);
        m = between[0];
        vz[o] = between[1];
      } else {
        // One-sided: z >= cut (yes) or z < 0 (no, mirrored); lambda and the variance factor come from
        // the tables (inlined: this loop runs a million times per step).
        const yes = k === 2;
        const x = yes ? (cut - mu) * inverseSd : mu * inverseSd;
        let lambda: number;
        let factor: number;
        if (x > TABLE_MIN && x < TABLE_MAX) {
          const u = (x - TABLE_MIN) * TABLE_STEPS;
          const t = u | 0;
          const f = u - t;
          const q = 4 * t;
          lambda = table[q] + f * table[q + 2];
          factor = table[q + 1] + f * table[q + 3];
        } else {
          upperTruncation(x, tail);
          lambda = tail[0];
          factor = tail[1];
        }
        m = yes ? mu + s * lambda : mu - s * lambda;
        vz[o] = v * factor;
      }
      ez[o] = m;
      precision[i] += wb;
      information[i] += w * (m - a);
    }
  }

  // 2. Each state's trajectory: Kalman filter forward, RTS smoother back.
  for (let i = 0; i < nCells; i++) to[i] = 0;
  for (let c = 0; c < obs.countries.length; c++) {
    const f = firstIndex[c];
    const l = lastIndex[c];
    if (f < 0) continue;
    const base = c * yearCount;
    for (let t = f; t <= l; t++) {
      const mp = t === f ? priors.startMean : filteredMean[t - 1];
      const vp = t === f ? priors.startVariance : filteredVariance[t - 1] + priors.walkVariance;
      const v = 1 / (1 / vp + precision[base + t]);
      filteredVariance[t] = v;
      filteredMean[t] = v * (mp / vp + information[base + t]);
    }
    to[base + l] = filteredMean[l];
    variance[base + l] = filteredVariance[l];
    for (let t = l - 1; t >= f; t--) {
      const vp = filteredVariance[t] + priors.walkVariance;
      const gain = filteredVariance[t] / vp;
      to[base + t] = filteredMean[t] + gain * (to[base + t + 1] - filteredMean[t]);
      variance[base + t] = filteredVariance[t] + gain * gain * (variance[base + t + 1] - vp);
    }
  }

  // 3. Item parameters.
  updateItems(obs, priors, work, to.subarray(0, nCells), variance, to);
}

/**
 * Penalised least squares for (alpha, beta) per item, then the latent variance of ordinal items,
 * written into the packed parameter vector `out`. The penalty uses the current variance (ECM).
 */
function updateItems(
  obs: Observations,
  priors: IdealPointPriors,
  work: Workspace,
  mean: Float64Array,
  variance: Float64Array,
  out: Float64Array,
): void {
  const { cell, item, itemCount, ordinal } = obs;
  const { ez, vz, noise } = work;
  const nCells = mean.length;
  // Six sums per item, accumulated in registers along each run of one item's votes.
  const sums = work.sums;
  sums.fill(0);
  const { runs } = obs;
  for (let run = 0; run + 1 < runs.length; run++) {
    const first = runs[run];
    const end = runs[run + 1];
    let sx = 0;
    let sxx = 0;
    let sz = 0;
    let sxz = 0;
    let szz = 0;
    for (let o = first; o < end; o++) {
      const i = cell[o];
      const m = mean[i];
      const z = ez[o];
      sx += m;
      sxx += m * m + variance[i];
      sz += z;
      sxz += m * z;
      szz += z * z + vz[o];
    }
    const q = 6 * item[first];
    sums[q] += end - first;
    sums[q + 1] += sx;
    sums[q + 2] += sxx;
    sums[q + 3] += sz;
    sums[q + 4] += sxz;
    sums[q + 5] += szz;
  }
  for (let j = 0; j < itemCount; j++) {
    const q = 6 * j;
    const n = sums[q];
    const sx = sums[q + 1];
    const sxx = sums[q + 2];
    const sz = sums[q + 3];
    const sxz = sums[q + 4];
    const szz = sums[q + 5];
    const penalty = noise[j] / priors.itemVariance;
    const a11 = n + penalty;
    const a12 = sx;
    const a22 = sxx + penalty;
    const det = a11 * a22 - a12 * a12;
    const a = (a22 * sz - a12 * sxz) / det;
    const b = (a11 * sxz - a12 * sz) / det;
    out[nCells + j] = a;
    out[nCells + itemCount + j] = b;
    let v = 1;
    if (ordinal[j]) {
      const ss = szz - 2 * a * sz - 2 * b * sxz + n * a * a + 2 * a * b * sx + b * b * sxx;
      v = (2 * priors.noiseScale + Math.max(ss, 0)) / (2 * (priors.noiseShape + 1) + n);
    }
    out[nCells + 2 * itemCount + j] = Math.log(v);
  }
}

/** Largest change of any placed state-year between two parameter vectors, each standardised. */
function standardisedChange(obs: Observations, before: Float64Array, after: Float64Array): number {
  const s0 = standardScale(obs, before);
  const s1 = standardScale(obs, after);
  let change = 0;
  for (let c = 0; c < obs.countries.length; c++) {
    const f = obs.firstIndex[c];
    if (f < 0) continue;
    for (let t = f; t <= obs.lastIndex[c]; t++) {
      const i = c * obs.yearCount + t;
      const d = Math.abs((after[i] - s1.center) / s1.spread - (before[i] - s0.center) / s0.spread);
      if (d > change) change = d;
    }
  }
  return change;
}

/** Center and spread of all estimated state-years: the scale `identify` reports on. */
export function standardScale(obs: Observations, mean: Float64Array): { center: number; spread: number } {
  let count = 0;
  let sum = 0;
  let sumSq = 0;
  for (let c = 0; c < obs.countries.length; c++) {
    const f = obs.firstIndex[c];
    if (f < 0) continue;
    for (let t = f; t <= obs.lastIndex[c]; t++) {
      if (obs.votesCast[c * obs.yearCount + t] === 0) continue;
      const m = mean[c * obs.yearCount + t];
      count++;
      sum += m;
      sumSq += m * m;
    }
  }
  const center = count ? sum / count : 0;
  const spread = count > 1 ? Math.sqrt(Math.max(sumSq / count - center * center, 0)) : 1;
  return { center, spread: spread > 1e-12 ? spread : 1 };
}

/** One position per state from the first principal component of the centred votes (power iteration). */
export function spectralStart(obs: Observations): Float64Array {
  const { cell, item, category, itemCount, yearCount } = obs;
  const n = obs.countries.length;
  const country = new Int32Array(cell.length);
  for (let o = 0; o < cell.length; o++) country[o] = Math.floor(cell[o] / yearCount);
  // Vote as -1 / 0 / +1, centred on each item's mean.
  const itemMean = new Float64Array(itemCount);
  const itemN = new Float64Array(itemCount);
  for (let o = 0; o < cell.length; o++) {
    itemMean[item[o]] += category[o] - 1;
    itemN[item[o]]++;
  }
  for (let j = 0; j < itemCount; j++) itemMean[j] /= itemN[j] || 1;
  const random = new Random(12345);
  let u = new Float64Array(n).map(() => random.normal());
  const v = new Float64Array(itemCount);
  for (let step = 0; step < 30; step++) {
    v.fill(0);
    for (let o = 0; o < cell.length; o++) v[item[o]] += u[country[o]] * (category[o] - 1 - itemMean[item[o]]);
    const next = new Float64Array(n);
    for (let o = 0; o < cell.length; o++)
      next[country[o]] += v[item[o]] * (category[o] - 1 - itemMean[item[o]]);
    u = next;
    normalise(u, obs);
  }
  return u;
}

function randomStart(obs: Observations, seed: number): Float64Array {
  const random = new Random(seed);
  const u = new Float64Array(obs.countries.length).map(() => random.normal());
  normalise(u, obs);
  return u;
}

/** Mean 0, variance 1 over the states that have votes. */
function normalise(u: Float64Array, obs: Observations): void {
  let count = 0;
  let sum = 0;
  let sumSq = 0;
  for (let c = 0; c < u.length; c++) {
    if (obs.firstIndex[c] < 0) continue;
    count++;
    sum += u[c];
    sumSq += u[c] * u[c];
  }
  const center = sum / Math.max(count, 1);
  const spread = Math.sqrt(Math.max(sumSq / Math.max(count, 1) - center * center, 1e-24));
  for (let c = 0; c < u.length; c++) u[c] = obs.firstIndex[c] < 0 ? 0 : (u[c] - center) / spread;
}
