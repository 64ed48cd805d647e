import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type FitSettings, fitModel, spectralStart, standardScale } from './fit.js';
import { defaultPriors, type FitResult, type IdealPointPriors, type Observations } from './model.js';
import { buildObservations } from './observations.js';
import { Random } from './random.js';
import { loose, matrix, threeStates } from './testing.js';

// The fit checked against the model's equations written out plainly (docs/methods/idealPoints.md), on
// three states over two years: truncated-normal moments by numerical integration (no tables), the
// Kalman filter and smoother per state, the item M-step as a 2x2 solve.

// r0 2000 yes/no, r1 2000 uncontested, r2 2001 with an abstention (ordinal), r3 2001 yes/no.
const obs = buildObservations(threeStates(), undefined, loose);
const priors: IdealPointPriors = { ...defaultPriors, startMean: 0.1, walkVariance: 0.3, itemVariance: 4 };
const init: FitResult = {
  mean: Float64Array.from([0.8, 1.1, -0.9, -0.4, 0.3, 0.6]),
  variance: new Float64Array(6),
  alpha: Float64Array.from([0.2, 0.4, -0.3]),
  beta: Float64Array.from([1.2, -0.7, 0.9]),
  noise: Float64Array.from([1, 0.6, 1]),
  iterations: 0,
  change: 0,
  converged: false,
};
const settings = (more: Partial<FitSettings> = {}): FitSettings => ({
  priors,
  start: 'spectral',
  seed: 1,
  tolerance: 1e-12,
  maxIterations: 1,
  exactVariances: false,
  ...more,
});

/** Mean and variance of N(mu, s^2) on [lo, hi] by the midpoint rule. */
function moments(mu: number, s: number, lo: number, hi: number): [number, number] {
  const a = Math.max(lo, mu - 12 * s);
  const b = Math.min(hi, mu + 12 * s);
  const steps = 20000;
  const h = (b - a) / steps;
  let z = 0;
  let m1 = 0;
  let m2 = 0;
  for (let i = 0; i < steps; i++) {
    const x = a + (i + 0.5) * h;
    const d = Math.exp(-0.5 * ((x - mu) / s) ** 2);
    z += d;
    m1 += d * x;
    m2 += d * x * x;
  }
  return [m1 / z, m2 / z - (m1 / z) ** 2];
}

interface Params {
  mean: number[];
  alpha: number[];
  beta: number[];
  noise: number[];
}
const paramsOf = (f: FitResult): Params => ({
  mean: [...f.mean],
  alpha: [...f.alpha],
  beta: [...f.beta],
  noise: [...f.noise],
});
const fitOf = (p: Params): FitResult => ({
  ...init,
  mean: Float64Array.from(p.mean),
  alpha: Float64Array.from(p.alpha),
  beta: Float64Array.from(p.beta),
  noise: Float64Array.from(p.noise),
});

/** Item M-step: penalised least squares of E[z] on (1, x), then the latent variance (ordinal items). */
function mStep(
  o: Observations,
  mean: number[],
  variance: number[],
  ez: number[],
  vz: number[],
  noise: number[],
): Pick<Params, 'alpha' | 'beta' | 'noise'> {
  const out = { alpha: [] as number[], beta: [] as number[], noise: [] as number[] };
  for (let j = 0; j < o.itemCount; j++) {
    let [n, sx, sxx, sz, sxz] = [0, 0, 0, 0, 0];
    for (let v = 0; v < o.cell.length; v++) {
      if (o.item[v] !== j) continue;
      const m = mean[o.cell[v]];
      n++;
      sx += m;
      sxx += m * m + variance[o.cell[v]];
      sz += ez[v];
      sxz += m * ez[v];
    }
    const pen = noise[j] / priors.itemVariance;
    // [n + pen, sx; sx, sxx + pen] [a; b] = [sz; sxz]
    const det = (n + pen) * (sxx + pen) - sx * sx;
    const a = ((sxx + pen) * sz - sx * sxz) / det;
    const b = ((n + pen) * sxz - sx * sz) / det;
    let residual = 0;
    for (let v = 0; v < o.cell.length; v++) {
      if (o.item[v] !== j) continue;
      const m = mean[o.cell[v]];
      const s2 = variance[o.cell[v]];
      // E[(z - a - b x)^2] with z and x independent
      residual += ez[v] ** 2 + vz[v] - 2 * ez[v] * (a + b * m) + a * a + 2 * a * b * m + b * b * (m * m + s2);
    }
    out.alpha.push(a);
    out.beta.push(b);
    out.noise.push(o.ordinal[j] ? (2 * priors.noiseScale + residual) / (2 * (priors.noiseShape + 1) + n) : 1);
  }
  return out;
}

/** One EM step of the model, from its equations. */
function emStep(o: Observations, p: Params): Params & { variance: number[] } {
  const nCells = o.countries.length * o.yearCount;
  const precision = new Array(nCells).fill(0);
  const information = new Array(nCells).fill(0);
  const ez: number[] = [];
  const vz: number[] = [];
  const noise = p.noise.map((v, j) => (o.ordinal[j] ? Math.min(Math.max(v, 1e-4), 1e4) : 1));
  for (let v = 0; v < o.cell.length; v++) {
    const j = o.item[v];
    const mu = p.alpha[j] + p.beta[j] * p.mean[o.cell[v]];
    const s = Math.sqrt(noise[j]);
    const k = o.category[v];
    const [lo, hi] =
      k === 0 ? [-Infinity, 0] : k === 1 ? [0, 1] : [o.ordinal[j] ? 1 : 0, Number.POSITIVE_INFINITY];
    const [m, s2] = moments(mu, s, lo, hi);
    ez.push(m);
    vz.push(s2);
    precision[o.cell[v]] += p.beta[j] ** 2 / noise[j];
    information[o.cell[v]] += (p.beta[j] * (m - p.alpha[j])) / noise[j];
  }
  const mean = new Array(nCells).fill(0);
  const variance = new Array(nCells).fill(0);
  for (let c = 0; c < o.countries.length; c++) {
    const f = o.firstIndex[c];
    const l = o.lastIndex[c];
    if (f < 0) continue;
    const fm: number[] = [];
    const fv: number[] = [];
    for (let t = f; t <= l; t++) {
      const mp = t === f ? priors.startMean : fm[t - 1];
      const vp = t === f ? priors.startVariance : fv[t - 1] + priors.walkVariance;
      fv[t] = 1 / (1 / vp + precision[c * o.yearCount + t]);
      fm[t] = fv[t] * (mp / vp + information[c * o.yearCount + t]);
    }
    const i = (t: number) => c * o.yearCount + t;
    mean[i(l)] = fm[l];
    variance[i(l)] = fv[l];
    for (let t = l - 1; t >= f; t--) {
      const vp = fv[t] + priors.walkVariance;
      const g = fv[t] / vp;
      mean[i(t)] = fm[t] + g * (mean[i(t + 1)] - fm[t]);
      variance[i(t)] = fv[t] + g * g * (variance[i(t + 1)] - vp);
    }
  }
  return { mean, variance, ...mStep(o, mean, variance, ez, vz, noise) };
}

/** Equal within `tol`, relative for numbers beyond 1. */
function close(actual: ArrayLike<number>, expected: ArrayLike<number>, tol: number, what: string): void {
  assert.equal(actual.length, expected.length, what);
  for (let i = 0; i < expected.length; i++) {
    assert.ok(
      Math.abs(actual[i] - expected[i]) <= tol * Math.max(1, Math.abs(expected[i])),
      `${what}[${i}]: ${actual[i]} vs ${expected[i]}`,
    );
  }
}
function sameParams(f: FitResult, p: Params, tol: number): void {
  close(f.mean, p.mean, tol, 'mean');
  close(f.alpha, p.alpha, tol, 'alpha');
  close(f.beta, p.beta, tol, 'beta');
  close(f.noise, p.noise, tol, 'noise');
}

describe('fitModel: one EM step', () => {
  it('a binary item, two states, one year, worked by hand', () => {
    const o = buildObservations(matrix([[1, 3]], [2000], ['USA', 'CHN']), undefined, {
      minRollCallsPerYear: 1,
      minVotesPerState: 1,
    });
    const start: FitResult = {
      ...init,
      mean: Float64Array.from([1, -1]),
      alpha: Float64Array.from([0]),
      beta: Float64Array.from([1]),
      noise: Float64Array.from([1]),
    };
    const f = fitModel(o, { ...settings(), priors: defaultPriors }, start);
    // E[z | z >= 0] at mu = 1: 1 + phi(1) / Phi(1); the no vote mirrors it.
    const ez = 1 + 0.24197072451914337 / 0.8413447460685429;
    // Precision 1 from the vote plus 1 from the prior: variance 1/2, mean ez / 2.
    const x = ez / 2;
    close(f.mean, [x, -x], 1e-6, 'mean');
    close(f.variance, [0.5, 0.5], 1e-12, 'variance');
    // alpha = 0 by symmetry; beta = sum(x ez) / (sum(x^2 + 1/2) + 1/25).
    close(f.alpha, [0], 1e-9, 'alpha');
    close(f.beta, [(2 * x * ez) / (2 * (x * x + 0.5) + 1 / 25)], 1e-6, 'beta');
    close(f.noise, [1], 0, 'noise');
    assert.equal(f.iterations, 1);
  });

  it('matches the equations on three states, two years and an ordinal item', () => {
    const f = fitModel(obs, settings(), init);
    const expected = emStep(obs, paramsOf(init));
    sameParams(f, expected, 1e-6);
    close(f.variance, expected.variance, 1e-9, 'variance');
  });

  it('bounds the latent variance of an ordinal item before using it', () => {
    const from = { ...paramsOf(init), noise: [1, 1e7, 1] };
    sameParams(fitModel(obs, settings(), fitOf(from)), emStep(obs, from), 1e-6);
    // Below 1e-4 the variance is taken as 1e-4 (far in the tails, where the equations above need tables).
    const at = (v: number) => fitModel(obs, settings(), fitOf({ ...paramsOf(init), noise: [1, v, 1] }));
    assert.deepEqual(at(1e-7).mean, at(1e-9).mean);
    close(at(1e-7).mean, at(1e-4).mean, 1e-9, 'mean');
    assert.notDeepEqual(at(1e-3).mean, at(1e-4).mean);
  });

  it('reports the largest standardised change of the step', () => {
    const f = fitModel(obs, settings(), init);
    const before = standardScale(obs, init.mean);
    const after = standardScale(obs, f.mean);
    let change = 0;
    for (let i = 0; i < 6; i++) {
      const d = Math.abs(
        (f.mean[i] - after.center) / after.spread - (init.mean[i] - before.center) / before.spread,
      );
      change = Math.max(change, d);
    }
    assert.ok(Math.abs(f.change - change) < 1e-12, `${f.change} vs ${change}`);
    assert.ok(f.change > 0.01);
    assert.equal(f.converged, false);
  });

  it('recomputes the variances at the returned point unless told not to', () => {
    const f = fitModel(obs, settings({ exactVariances: true }), init);
    const next = emStep(obs, emStep(obs, paramsOf(init)));
    close(f.variance, next.variance, 1e-7, 'variance');
    sameParams(f, emStep(obs, paramsOf(init)), 1e-6);
  });
});

describe('fitModel: the iteration', () => {
  it('runs plain EM steps without acceleration', () => {
    const f = fitModel(obs, settings({ accelerate: false, maxIterations: 4 }), init);
    let p: Params = paramsOf(init);
    for (let k = 0; k < 4; k++) p = emStep(obs, p);
    sameParams(f, p, 1e-5);
    assert.equal(f.iterations, 4);
  });

  it('stops at the tolerance', () => {
    const f = fitModel(obs, settings({ tolerance: 10, maxIterations: 50 }), init);
    assert.equal(f.iterations, 1);
    assert.equal(f.converged, true);
    sameParams(f, emStep(obs, paramsOf(init)), 1e-6);
  });

  it('extrapolates along two EM steps (SQUAREM), the step growing after a good first cycle', () => {
    const calls: [number, number][] = [];
    const f = fitModel(obs, settings({ maxIterations: 6, onIteration: (k, c) => calls.push([k, c]) }), init);
    assert.deepEqual(
      calls.map(([k]) => k),
      [1, 2, 3, 4, 5, 6],
    );
    assert.equal(calls[0][1], calls[1][1]);
    assert.equal(calls[1][1], calls[2][1]);
    assert.equal(f.iterations, 6);
    // Vectors as the fit extrapolates them: the latent variance on the log scale.
    const vec = (p: Params) => [...p.mean, ...p.alpha, ...p.beta, ...p.noise.map(Math.log)];
    const unvec = (x: number[]): Params => ({
      mean: x.slice(0, 6),
      alpha: x.slice(6, 9),
      beta: x.slice(9, 12),
      noise: x.slice(12).map(Math.exp),
    });
    // First cycle: the step is capped at -1, so the extrapolated point is F(F(t)) and one more step follows.
    const t0 = paramsOf(init);
    const t3 = emStep(obs, emStep(obs, emStep(obs, t0)));
    // Second cycle: step a = -|r| / |v| within [-4, -1].
    const x = vec(t3);
    const x1 = vec(emStep(obs, t3));
    const x2 = vec(emStep(obs, unvec(x1)));
    const r = x.map((xi, i) => x1[i] - xi);
    const v = x.map((xi, i) => x2[i] - 2 * x1[i] + xi);
    const norm = (u: number[]) => Math.sqrt(u.reduce((s, ui) => s + ui * ui, 0));
    const a = Math.max(-4, Math.min(-1, -norm(r) / norm(v)));
    assert.ok(a < -1, `a step beyond plain EM (${a})`);
    const jump = x.map((xi, i) => xi - 2 * a * r[i] + a * a * v[i]);
    sameParams(f, emStep(obs, unvec(jump)), 1e-5);
  });

  it('converges to the same point with and without acceleration', () => {
    const a = fitModel(obs, settings({ tolerance: 1e-9, maxIterations: 5000 }), init);
    const b = fitModel(obs, settings({ tolerance: 1e-9, maxIterations: 5000, accelerate: false }), init);
    assert.ok(a.converged && b.converged);
    assert.ok(a.iterations < b.iterations, `${a.iterations} vs ${b.iterations}`);
    close(a.mean, b.mean, 1e-5, 'mean');
    // At the fixed point one more step changes nothing.
    sameParams(a, emStep(obs, paramsOf(a)), 1e-4);
  });
});

describe('fitModel: the start', () => {
  /** The start's item parameters: utilities from the categories alone (-1/+1, or k - 1/2 when ordinal). */
  function started(x: Float64Array): Params {
    const mean = new Array(6).fill(0);
    for (let c = 0; c < 3; c++)
      for (let t = obs.firstIndex[c]; t <= obs.lastIndex[c]; t++) mean[c * 2 + t] = x[c];
    const ez = [...obs.category].map((k, v) => (obs.ordinal[obs.item[v]] ? k - 0.5 : k === 2 ? 1 : -1));
    const items = mStep(obs, mean, new Array(6).fill(0), ez, new Array(ez.length).fill(0), [1, 1, 1]);
    return { mean, ...items };
  }

  it('starts from the spectral positions, carried over each state’s years', () => {
    const f = fitModel(obs, settings({ start: 'spectral' }));
    sameParams(f, emStep(obs, started(spectralStart(obs))), 1e-6);
  });

  it('starts from seeded random positions, standardised over the states with votes', () => {
    const random = new Random(7);
    const u = [random.normal(), random.normal(), random.normal()];
    const m = u.reduce((s, x) => s + x) / 3;
    const sd = Math.sqrt(u.reduce((s, x) => s + (x - m) ** 2, 0) / 3);
    const f = fitModel(obs, settings({ start: 'random', seed: 7 }));
    sameParams(f, emStep(obs, started(Float64Array.from(u, (x) => (x - m) / sd))), 1e-6);
  });
});

describe('spectralStart', () => {
  it('is the centred vote pattern, standardised, on one item (worked by hand)', () => {
    // Votes yes, yes, no: centred 2/3, 2/3, -4/3; sd sqrt(8/9); the fourth state cast no vote.
    const o = buildObservations(matrix([[1, 1, 3, 0]], [2000], ['A', 'B', 'C', 'D']), undefined, {
      minRollCallsPerYear: 1,
      minVotesPerState: 1,
    });
    const u = spectralStart(o);
    const k = u[0] > 0 ? 1 : -1;
    close(
      [...u].map((x) => k * x),
      [Math.SQRT1_2, Math.SQRT1_2, -Math.SQRT2, 0],
      1e-9,
      'u',
    );
  });

  it('separates two blocs, with abstentions between them', () => {
    const o = buildObservations(
      matrix(
        [
          [1, 1, 3, 3, 2],
          [3, 3, 1, 1, 2],
          [1, 1, 3, 3, 2],
        ],
        [2000, 2001, 2001],
        ['A', 'B', 'C', 'D', 'E'],
      ),
      undefined,
      { minRollCallsPerYear: 1, minVotesPerState: 1 },
    );
    const u = spectralStart(o);
    const k = u[0] > 0 ? 1 : -1;
    close(
      [...u].map((x) => k * x),
      [1, 1, -1, -1, 0].map((x) => x / Math.sqrt(0.8)), // E abstains throughout: 0, but counted
      1e-9,
      'u',
    );
  });
});

describe('standardScale', () => {
  it('is the mean and sd over the state-years with votes', () => {
    // Cells with votes: 0.8, 1.1, -0.9, -0.4, 0.3, 0.6
    const { center, spread } = standardScale(obs, init.mean);
    const xs = [...init.mean];
    const m = xs.reduce((s, x) => s + x) / 6;
    assert.ok(Math.abs(center - m) < 1e-12);
    assert.ok(Math.abs(spread - Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / 6)) < 1e-12);
    // A cell without votes inside a state's span does not count.
    const gap = { ...obs, votesCast: Int32Array.from([2, 0, 2, 2, 2, 2]) };
    const g = standardScale(gap, Float64Array.from([0.8, 100, -0.9, -0.4, 0.3, 0.6]));
    assert.ok(Math.abs(g.center - 0.08) < 1e-12, `${g.center}`);
  });

  it('falls back to spread 1 for one state-year or no spread', () => {
    const one = { ...obs, firstIndex: Int32Array.from([0, -1, -1]), lastIndex: Int32Array.from([0, -1, -1]) };
    assert.deepEqual(standardScale(one, Float64Array.from([3, 0, 0, 0, 0, 0])), { center: 3, spread: 1 });
    assert.deepEqual(standardScale(obs, new Float64Array(6).fill(2)), { center: 2, spread: 1 });
    const none = { ...obs, firstIndex: Int32Array.from([-1, -1, -1]) };
    assert.deepEqual(standardScale(none, init.mean), { center: 0, spread: 1 });
  });
});
