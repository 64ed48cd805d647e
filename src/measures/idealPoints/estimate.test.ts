import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InputError } from '../../errors.js';
import type { VoteMatrix } from '../../votes/voteMatrix.js';
import { bootstrap } from './bootstrap.js';
import { defaultOptions, estimateIdealPoints, normalQuantile } from './estimate.js';
import { fitModel } from './fit.js';
import { identification, identified } from './identify.js';
import { defaultPriors, type IdealPointOptions, type IdealPointProgress } from './model.js';
import { buildObservations } from './observations.js';

// Fast, hand-sized checks of the estimate's assembly; the statistical checks on synthetic records are in
// estimate.slow.test.ts. Four states over three years (1 yes, 2 abstain, 3 no, 0 none):
//   RUS votes in 2000 only on the uncontested r1, before its first placed year (2001);
//   FRA votes in 2002 only on the uncontested r5, after its last placed year (2001).
const matrix: VoteMatrix = {
  countries: ['USA', 'CHN', 'FRA', 'RUS'],
  rollcalls: Int32Array.from([1, 2, 3, 4, 5, 6]),
  years: Int16Array.from([2000, 2000, 2001, 2001, 2002, 2002]),
  votes: Uint8Array.from(
    [
      [1, 3, 1, 0],
      [1, 1, 1, 1],
      [2, 3, 1, 3],
      [1, 3, 1, 1],
      [1, 3, 0, 1],
      [1, 1, 1, 1],
    ].flat(),
  ),
};
const limits = { minRollCallsPerYear: 1, minVotesPerState: 1 };
const options: IdealPointOptions = { ...limits, replicates: 0 };
const settings = {
  priors: defaultPriors,
  start: 'spectral' as const,
  seed: 1,
  tolerance: 1e-3,
  maxIterations: 500,
};

describe('estimateIdealPoints on a hand-sized record', () => {
  const obs = buildObservations(matrix, undefined, limits);
  const fit = fitModel(obs, settings);
  const point = identified(fit.mean, identification(obs, fit.mean, 'USA'));
  // cell = country * 3 + year index
  const placed: [string, number, number, number][] = [
    ['USA', 2000, 0, 2],
    ['USA', 2001, 1, 2],
    ['USA', 2002, 2, 2],
    ['CHN', 2000, 3, 2],
    ['CHN', 2001, 4, 2],
    ['CHN', 2002, 5, 2],
    ['FRA', 2000, 6, 2],
    ['FRA', 2001, 7, 2],
    ['FRA', 2002, 7, 1], // only the uncontested r5: FRA 2001 carried forward
    ['RUS', 2000, 10, 1], // only the uncontested r1: RUS 2001 carried back
    ['RUS', 2001, 10, 2],
    ['RUS', 2002, 11, 2],
  ];

  it('reports the identified fit, one row per state-year with votes, carrying the nearest placed year', async () => {
    assert.deepEqual([...obs.firstIndex], [0, 0, 0, 1]);
    assert.deepEqual([...obs.lastIndex], [2, 2, 1, 2]);
    const est = await estimateIdealPoints(matrix, options);
    assert.deepEqual(
      est.rows,
      placed.map(([country, year, cell, votes]) => ({
        year,
        country,
        idealPoint: point[cell],
        low: point[cell],
        high: point[cell],
        votes,
      })),
    );
    assert.equal(est.iterations, fit.iterations);
    assert.equal(est.change, fit.change);
    assert.equal(est.converged, true);
    assert.equal(est.replicates, 0);
    assert.equal(est.items, 4);
    assert.equal(est.votes, 14);
    assert.deepEqual(est.dropped, []);
    assert.ok(est.seconds.fit >= 0 && est.seconds.bootstrap >= 0);
  });

  it('gives intervals x -/+ z sd over the bootstrap replicates, at the chosen level', async () => {
    const reps = await bootstrap(obs, fit, {
      replicates: 3,
      replicateIterations: 20,
      seed: 4,
      workers: 0,
      positiveCountry: 'USA',
      fit: settings,
    });
    const est = await estimateIdealPoints(matrix, {
      ...limits,
      replicates: 3,
      workers: 0,
      seed: 4,
      level: 0.8,
    });
    assert.equal(est.replicates, 3);
    const z = normalQuantile(0.9);
    est.rows.forEach((r, k) => {
      const cell = placed[k][2];
      const xs = reps.map((p) => p[cell]);
      const m = xs.reduce((a, b) => a + b) / 3;
      const sd = Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / 2);
      assert.ok(sd > 0);
      assert.equal(r.idealPoint, point[cell]);
      assert.ok(Math.abs(r.low - (point[cell] - z * sd)) < 1e-12, `${r.country} ${r.year} low`);
      assert.ok(Math.abs(r.high - (point[cell] + z * sd)) < 1e-12, `${r.country} ${r.year} high`);
    });
  });

  it('reports progress: the fit step by step, then each replicate', async () => {
    const seen: IdealPointProgress[] = [];
    await estimateIdealPoints(matrix, {
      ...limits,
      replicates: 2,
      workers: 0,
      maxIterations: 12,
      onProgress: (p) => seen.push({ ...p }),
    });
    const fits = seen.filter((p) => p.phase === 'fit');
    assert.ok(fits.length >= 2);
    fits.forEach((p, k) => {
      assert.equal(p.done, k + 1);
      if (k < fits.length - 1) assert.equal(p.total, Math.min(12, p.done + 10));
    });
    const last = fits[fits.length - 1];
    assert.equal(last.total, last.done, 'converged: the total is the step count');
    assert.deepEqual(
      seen.filter((p) => p.phase === 'bootstrap'),
      [
        { phase: 'bootstrap', done: 0, total: 2 },
        { phase: 'bootstrap', done: 1, total: 2 },
        { phase: 'bootstrap', done: 2, total: 2 },
      ],
    );
    const none: IdealPointProgress[] = [];
    await estimateIdealPoints(matrix, { ...options, onProgress: (p) => none.push(p) });
    assert.ok(none.every((p) => p.phase === 'fit'));
  });

  it('takes the options and priors given, and the defaults for those left undefined', async () => {
    const a = await estimateIdealPoints(matrix, {
      ...options,
      seed: undefined,
      priors: { walkVariance: undefined },
    });
    const b = await estimateIdealPoints(matrix, options);
    assert.deepEqual(a.rows, b.rows);
    const c = await estimateIdealPoints(matrix, { ...options, priors: { startVariance: 4, startMean: -1 } });
    assert.notDeepEqual(c.rows, b.rows);
    const d = await estimateIdealPoints(matrix, { ...options, positiveCountry: 'CHN' });
    assert.ok(d.rows[3].idealPoint > 0 && d.rows[0].idealPoint < 0);
    const e = await estimateIdealPoints(matrix, { ...options, maxIterations: 1 });
    assert.equal(e.iterations, 1);
    assert.equal(e.converged, false);
  });

  it('passes on the years and states it dropped', async () => {
    const votes = matrix.votes.slice();
    votes.set([1, 1, 1, 1], 16); // 2002: r4 now uncontested too
    const est = await estimateIdealPoints({ ...matrix, votes }, { ...options, unidentified: 'drop' });
    assert.deepEqual(est.dropped, [
      { year: 2002, reason: '0 contested roll calls in 2002 (at least 1 needed)' },
    ]);
    assert.ok(est.rows.every((r) => r.year < 2002));
  });
});

describe('estimateIdealPoints options', () => {
  async function rejects(o: object, message: string, field: string) {
    await assert.rejects(
      () => estimateIdealPoints(matrix, { ...options, ...o }),
      (e: unknown) => e instanceof InputError && e.message === message && e.location.field === field,
    );
  }

  it('names each option out of range', async () => {
    await rejects(
      { maxIterations: 0 },
      'maxIterations must be an integer of at least 1, got 0',
      'maxIterations',
    );
    await rejects(
      { maxIterations: 1.5 },
      'maxIterations must be an integer of at least 1, got 1.5',
      'maxIterations',
    );
    await rejects({ replicates: -1 }, 'replicates must be an integer of at least 0, got -1', 'replicates');
    await rejects(
      { replicateIterations: 0 },
      'replicateIterations must be an integer of at least 1, got 0',
      'replicateIterations',
    );
    await rejects({ workers: -1 }, 'workers must be an integer of at least 0, got -1', 'workers');
    await rejects(
      { minRollCallsPerYear: 0 },
      'minRollCallsPerYear must be an integer of at least 1, got 0',
      'minRollCallsPerYear',
    );
    await rejects(
      { minVotesPerState: 0 },
      'minVotesPerState must be an integer of at least 1, got 0',
      'minVotesPerState',
    );
    await rejects({ seed: -1 }, 'seed must be an integer of at least 0, got -1', 'seed');
    await rejects({ replicates: 1 }, 'replicates must be 0 (no intervals) or at least 2', 'replicates');
    await rejects({ tolerance: 0 }, 'tolerance must be positive, got 0', 'tolerance');
    await rejects({ tolerance: Number.NaN }, 'tolerance must be positive, got NaN', 'tolerance');
    for (const level of [0, 1, Number.NaN])
      await rejects({ level }, `level must lie strictly between 0 and 1, got ${level}`, 'level');
    await rejects(
      { unidentified: 'skip' },
      "unidentified must be 'throw' or 'drop', got skip",
      'unidentified',
    );
    await rejects({ start: 'zero' }, "start must be 'spectral' or 'random', got zero", 'start');
  });

  it('accepts each option at its lowest value', async () => {
    const est = await estimateIdealPoints(matrix, {
      ...limits,
      maxIterations: 1,
      replicates: 0,
      replicateIterations: 1,
      workers: 0,
      seed: 0,
      start: 'random',
      unidentified: 'drop',
      level: 0.5,
    });
    assert.equal(est.rows.length, 12);
  });

  it('names a prior that is not a positive (or, for the start mean, finite) number', async () => {
    for (const name of ['startVariance', 'walkVariance', 'itemVariance', 'noiseShape', 'noiseScale']) {
      await rejects(
        { priors: { [name]: 0 } },
        `prior ${name} must be a positive number, got 0`,
        `priors.${name}`,
      );
      await rejects(
        { priors: { [name]: Number.POSITIVE_INFINITY } },
        `prior ${name} must be a positive number, got Infinity`,
        `priors.${name}`,
      );
    }
    await rejects(
      { priors: { startMean: Number.NaN } },
      'prior startMean must be a finite number, got NaN',
      'priors.startMean',
    );
    const est = await estimateIdealPoints(matrix, { ...options, priors: { startMean: -2 } });
    assert.equal(est.rows.length, 12);
  });

  it('has the documented defaults', () => {
    assert.deepEqual(defaultOptions, {
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
    });
  });

  it('uses the defaults: a record too thin for them is refused', async () => {
    await assert.rejects(() => estimateIdealPoints(matrix, { replicates: 0 }), /at least 3 needed/);
  });
});

describe('normalQuantile', () => {
  it('matches the standard normal quantiles in the centre and both tails', () => {
    const known: [number, number][] = [
      [0.5, 0],
      [0.95, 1.6448536269514722],
      [0.9, 1.2815515655446004],
      [0.975, 1.959963984540054],
      [0.01, -2.3263478740408408],
      [0.99, 2.3263478740408408],
      [0.025, -1.959963984540054],
      [0.024, -1.9773684281819488],
      [0.001, -3.090232306167813],
      [1e-9, -5.997807015007686],
    ];
    for (const [p, q] of known) {
      assert.ok(Math.abs(normalQuantile(p) - q) < 1e-8, `p ${p}: ${normalQuantile(p)} vs ${q}`);
    }
  });
});
