import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type BootstrapSettings, bootstrap, bootstrapReplicate } from './bootstrap.js';
import { fitModel } from './fit.js';
import { identification, identified } from './identify.js';
import type { FitResult } from './model.js';
import { Random } from './random.js';
import { simulateCategories } from './simulate.js';
import { fourStates, fourStatesFit } from './testing.js';

// Four states over two years, r2 ordinal (testing.ts).
const obs = fourStates();
const fitSettings = fourStatesFit;
const fit = fitModel(obs, fitSettings);

describe('simulateCategories', () => {
  // Items 0 and 1 yes/no, item 2 ordinal; every vote's mean utility set by hand.
  const at = (mean: number[], noise: number[]): FitResult => ({
    ...fit,
    mean: Float64Array.from(mean),
    alpha: Float64Array.from([0, 0, 0, 0]),
    beta: Float64Array.from([1, 1, 1, 1]),
    noise: Float64Array.from(noise),
  });

  it('cuts the utility at 0, and at 1 on ordinal items (no noise: exactly at the cuts)', () => {
    assert.deepEqual([...obs.ordinal], [0, 0, 1, 0]);
    // Cells USA 2000, USA 2001, CHN 2000, CHN 2001, FRA 2000, FRA 2001, RUS 2000, RUS 2001.
    const cat = (mean: number[]) => [...simulateCategories(obs, at(mean, [0, 0, 0, 0]), new Random(1))];
    const votes = (k: number) => obs.cell.filter((_, o) => obs.item[o] === k);
    assert.deepEqual([...votes(2)], [1, 3, 5, 7]);
    // Ordinal item 2: utilities -0.5, 0, 1, 1.5 -> no, abstain, yes, yes.
    const c = cat([0, -0.5, 0, 0, 0, 1, 0, 1.5]);
    assert.deepEqual(
      c.filter((_, o) => obs.item[o] === 2),
      [0, 1, 2, 2],
    );
    // Yes/no item 0 (2000): utilities 0 (yes at the cut), -0.5 (no), 0.5, -1e-9.
    const b = cat([0, 0, -0.5, 0, 0.5, 0, -1e-9, 0]);
    assert.deepEqual(
      b.filter((_, o) => obs.item[o] === 0),
      [2, 0, 2, 0],
    );
  });

  it('adds sd * a standard normal draw, in vote order', () => {
    const f = at([0.3, -0.2, 0.1, 0.9, -0.4, 0.5, 0.2, 1.4], [1, 1, 0.25, 1]);
    const c = simulateCategories(obs, f, new Random(3));
    const r = new Random(3);
    const expected = [...obs.cell].map((i, o) => {
      const j = obs.item[o];
      const z = f.mean[i] + Math.sqrt(f.noise[j]) * r.normal();
      return obs.ordinal[j] ? (z < 0 ? 0 : z < 1 ? 1 : 2) : z < 0 ? 0 : 2;
    });
    assert.deepEqual([...c], expected);
    assert.equal(c.length, obs.cell.length);
  });
});

describe('bootstrap', () => {
  const settings: BootstrapSettings = {
    replicates: 3,
    replicateIterations: 4,
    seed: 2,
    workers: 0,
    positiveCountry: 'USA',
    fit: fitSettings,
  };

  it('one replicate: votes drawn with its own seed, refitted from the estimate, identified', () => {
    const index = 1;
    const random = new Random(2 * 7919 + index * 104729 + 1);
    const simulated = { ...obs, category: simulateCategories(obs, fit, random) };
    const refit = fitModel(simulated, { ...fitSettings, maxIterations: 4, exactVariances: false }, fit);
    const expected = identified(refit.mean, identification(obs, refit.mean, 'USA'));
    assert.deepEqual(bootstrapReplicate(obs, fit, index, settings), expected);
    assert.notDeepEqual(bootstrapReplicate(obs, fit, 2, settings), expected);
  });

  it('runs every replicate in order on the calling thread, reporting each', async () => {
    const done: number[] = [];
    const out = await bootstrap(obs, fit, settings, (k) => done.push(k));
    assert.deepEqual(done, [1, 2, 3]);
    assert.equal(out.length, 3);
    for (let b = 0; b < 3; b++) assert.deepEqual(out[b], bootstrapReplicate(obs, fit, b, settings));
  });
});
