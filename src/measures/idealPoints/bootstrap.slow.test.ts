import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type BootstrapSettings, bootstrap } from './bootstrap.js';
import { fitModel } from './fit.js';
import { defaultPriors } from './model.js';
import { buildObservations } from './observations.js';

// Slow (about 1.3 s: each worker thread registers tsx before it can load the module), so left out of
// the mutation run (scripts/mutation-tests.ts); the replicates themselves are pinned in bootstrap.test.ts.
const obs = buildObservations(
  {
    countries: ['USA', 'CHN', 'FRA', 'RUS'],
    rollcalls: Int32Array.from([1, 2, 3, 4]),
    years: Int16Array.from([2000, 2000, 2001, 2001]),
    votes: Uint8Array.from([1, 3, 1, 3, 1, 3, 3, 3, 2, 3, 1, 3, 1, 3, 1, 1]),
  },
  undefined,
  { minRollCallsPerYear: 1, minVotesPerState: 1 },
);
const fitSettings = {
  priors: defaultPriors,
  start: 'spectral' as const,
  seed: 1,
  tolerance: 1e-6,
  maxIterations: 200,
};
const fit = fitModel(obs, fitSettings);
const settings: BootstrapSettings = {
  replicates: 3,
  replicateIterations: 4,
  seed: 2,
  workers: 0,
  positiveCountry: 'USA',
  fit: fitSettings,
};

describe('bootstrap on worker threads', () => {
  it('gives the same replicates as the calling thread (more workers than replicates are not started)', async () => {
    const done: number[] = [];
    const here = await bootstrap(obs, fit, settings);
    const there = await bootstrap(obs, fit, { ...settings, workers: 5 }, (k) => done.push(k));
    assert.deepEqual(there, here);
    assert.deepEqual(done, [1, 2, 3]);
  });
});
