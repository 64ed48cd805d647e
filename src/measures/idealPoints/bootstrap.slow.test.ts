import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type BootstrapSettings, bootstrap } from './bootstrap.js';
import { fitModel } from './fit.js';
import { fourStates, fourStatesFit } from './testing.js';

// Slow (about 1.3 s: each worker thread registers tsx before it can load the module), so left out of
// the mutation run (scripts/mutation-tests.ts); the replicates themselves are pinned in bootstrap.test.ts.
const obs = fourStates();
const fitSettings = fourStatesFit;
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
