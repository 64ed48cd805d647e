import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type FitSettings, fitModel, spectralStart } from './fit.js';
import { defaultPriors, type FitResult, type IdealPointPriors } from './model.js';
import { buildObservations } from './observations.js';
import { loose, matrix, threeStates } from './testing.js';

// Branches the hand-sized tests of fit.test.ts do not reach (docs/quality.md): SQUAREM refusing an
// extrapolated step and shrinking the next one, and the spectral start's centring of each item.

describe('fitModel: SQUAREM refuses a step that goes wrong, then shrinks the next', () => {
  // The record of fit.test.ts: three states over two years, three items.
  const obs = buildObservations(threeStates(), undefined, loose);
  const priors: IdealPointPriors = { ...defaultPriors, startMean: 0.1, walkVariance: 0.3, itemVariance: 4 };
  const settings = (more: Partial<FitSettings>): FitSettings => ({
    priors,
    start: 'spectral',
    seed: 1,
    tolerance: 1e-12,
    maxIterations: 1,
    exactVariances: false,
    ...more,
  });
  // Parameters as the fit extrapolates them: [means of the 6 state-years | alpha | beta | log noise].
  const vec = (f: FitResult) => [...f.mean, ...f.alpha, ...f.beta, ...[...f.noise].map(Math.log)];
  const unvec = (x: number[]): FitResult => ({
    mean: Float64Array.from(x.slice(0, 6)),
    variance: new Float64Array(6),
    alpha: Float64Array.from(x.slice(6, 9)),
    beta: Float64Array.from(x.slice(9, 12)),
    noise: Float64Array.from(x.slice(12), Math.exp),
    iterations: 0,
    change: 0,
    converged: false,
  });
  /** One plain EM step (pinned against the model's equations in fit.test.ts). */
  const em = (x: number[]) => vec(fitModel(obs, settings({ accelerate: false }), unvec(x)));
  // A start far from the fixed point, where the third cycle's extrapolation overshoots.
  const start = [-2.3, 0.8, 2, -0.3, 1, -0.4, -0.9, -5.4, 0, -3.4, 0.9, -3.5, -0.1, 0, -0.2];

  /** One SQUAREM cycle written out: scheme S3, step clamped to [-stepMax, -1], checked by one EM step. */
  function cycle(x: number[], stepMax: number) {
    const x1 = em(x);
    const x2 = em(x1);
    const r = x.map((xi, i) => x1[i] - xi);
    const v = x.map((xi, i) => x2[i] - 2 * x1[i] + xi);
    const sq = (u: number[]) => u.reduce((s, ui) => s + ui * ui, 0);
    const raw = -Math.sqrt(sq(r) / sq(v));
    const a = Math.max(-stepMax, Math.min(-1, raw));
    const jump = x.map((xi, i) => xi - 2 * a * r[i] + a * a * v[i]);
    const x3 = em(jump);
    const ratio = sq(x3.map((y, i) => y - jump[i])) / sq(r);
    const accepted = ratio <= 4;
    return {
      raw,
      a,
      ratio,
      accepted,
      next: accepted ? x3 : x2,
      stepMax: accepted ? (a === -stepMax ? 4 * stepMax : stepMax) : Math.max(1, stepMax / 4),
    };
  }
  const trace: ReturnType<typeof cycle>[] = [];
  let x = start;
  let stepMax = 1;
  for (let k = 0; k < 4; k++) {
    const c = cycle(x, stepMax);
    trace.push(c);
    x = c.next;
    stepMax = c.stepMax;
  }
  const close = (actual: ArrayLike<number>, expected: number[], what: string) => {
    for (let i = 0; i < expected.length; i++)
      assert.ok(Math.abs(actual[i] - expected[i]) < 1e-8, `${what}[${i}]: ${actual[i]} vs ${expected[i]}`);
  };

  it('the written-out path: accept (step -1, the cap grows to 4), accept (-2.4), refuse at the cap, shrink to -1', () => {
    assert.deepEqual(
      trace.map((c) => c.accepted),
      [true, true, false, true],
    );
    assert.deepEqual(
      trace.map((c) => c.stepMax),
      [4, 4, 1, 4],
    );
    assert.equal(trace[0].a, -1);
    assert.ok(Math.abs(trace[1].a - -2.385) < 1e-3, `${trace[1].a}`);
    // Third cycle: the step wants -6.3, is capped at -4, and the EM step from there moves 8.7x |r|^2.
    assert.equal(trace[2].a, -4);
    assert.ok(trace[2].raw < -6 && trace[2].ratio > 8, `${trace[2].raw} ${trace[2].ratio}`);
    // Fourth: after the refusal the cap is back to 1, though the step would be -2.5 (then it grows again).
    assert.ok(trace[3].raw < -2.4, `${trace[3].raw}`);
    assert.equal(trace[3].a, -1);
  });

  it('fitModel follows it: the refused cycle keeps the two plain EM steps', () => {
    const after = (cycles: number) =>
      vec(fitModel(obs, settings({ maxIterations: 3 * cycles }), unvec(start)));
    close(after(2), trace[1].next, 'two cycles');
    const refused = after(3);
    close(refused, em(em(trace[1].next)), 'refused cycle');
    close(refused, trace[2].next, 'refused cycle');
    close(after(4), trace[3].next, 'after the shrink');
  });
});

describe('spectralStart: each item is centred on its mean over the states that voted on it', () => {
  it('on two items with absences, worked by hand', () => {
    // Item 1: A B yes, C D no, E absent. Item 2: A B yes, E no, C D absent. Up to one sign for both,
    // centred over their voters with 0 where absent: c1 = (1, 1, -1, -1, 0) (mean 0),
    // c2 = (1, 1, 0, 0, -1) - 1/3 at the voters = (2/3, 2/3, 0, 0, -4/3).
    // The first principal component u = p c1 + q c2, (p, q) the top eigenvector of the Gram matrix
    // G = [[c1.c1, c1.c2], [c1.c2, c2.c2]] = [[4, 4/3], [4/3, 8/3]]. Centring over all five states
    // instead (absent votes counted as the mean) gives [[4, 2], [2, 2.8]] and another u.
    const o = buildObservations(
      matrix(
        [
          [1, 1, 3, 3, 0],
          [1, 1, 0, 0, 3],
        ],
        [2000, 2000],
        ['A', 'B', 'C', 'D', 'E'],
      ),
      undefined,
      loose,
    );
    const c1 = [1, 1, -1, -1, 0];
    const c2 = [2 / 3, 2 / 3, 0, 0, -4 / 3];
    const [g11, g12, g22] = [4, 4 / 3, 8 / 3];
    const top = (g11 + g22 + Math.sqrt((g11 - g22) ** 2 + 4 * g12 ** 2)) / 2;
    const [p, q] = [g12, top - g11]; // (G - top I)(p, q) = 0
    const raw = c1.map((x, i) => p * x + q * c2[i]);
    // Standardised over the five states (each voted at least once).
    const m = raw.reduce((s, x) => s + x) / 5;
    const sd = Math.sqrt(raw.reduce((s, x) => s + (x - m) ** 2, 0) / 5);
    const expected = raw.map((x) => (x - m) / sd);
    const u = spectralStart(o);
    const k = Math.sign(u[0]) * Math.sign(expected[0]);
    for (let i = 0; i < 5; i++)
      assert.ok(Math.abs(k * u[i] - expected[i]) < 1e-9, `u[${i}] = ${k * u[i]}, expected ${expected[i]}`);
  });
});
