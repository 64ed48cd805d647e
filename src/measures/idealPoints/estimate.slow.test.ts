import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InputError } from '../../errors.js';
import type { VoteMatrix } from '../../votes/voteMatrix.js';
import { estimateIdealPoints } from './estimate.js';
import { syntheticRecord } from './synthetic.js';
import { againstTruth, correlation, paired } from './testing.js';

const spec = { countries: 60, firstYear: 1990, years: 12, rollCallsPerYear: 30 };

describe('estimateIdealPoints on data drawn from the model', () => {
  it('recovers the true ideal points (correlation > 0.95)', async () => {
    const record = syntheticRecord({ ...spec, seed: 11 });
    const est = await estimateIdealPoints(record.matrix, { replicates: 0 });
    const { estimate, truth } = againstTruth(est.rows, record);
    assert.ok(est.converged);
    assert.ok(correlation(estimate, truth) > 0.95, `correlation ${correlation(estimate, truth)}`);
  });

  it('puts the United States on the positive side, whichever way the votes are coded', async () => {
    const record = syntheticRecord({ ...spec, seed: 12 });
    // Swap yes and no: the same record seen in a mirror. The scale must not flip.
    const mirrored = record.matrix.votes.map((v) => (v === 1 ? 3 : v === 3 ? 1 : v));
    for (const votes of [record.matrix.votes, mirrored]) {
      const est = await estimateIdealPoints({ ...record.matrix, votes }, { replicates: 0 });
      const us = est.rows.filter((r) => r.country === 'USA');
      assert.ok(us.length > 0);
      const mean = us.reduce((s, r) => s + r.idealPoint, 0) / us.length;
      assert.ok(mean > 0, `US mean ${mean}`);
    }
  });

  it('reports on a fixed scale: mean 0 and standard deviation 1 over state-years', async () => {
    const record = syntheticRecord({ ...spec, seed: 13 });
    const est = await estimateIdealPoints(record.matrix, { replicates: 0 });
    const xs = est.rows.map((r) => r.idealPoint);
    const mean = xs.reduce((a, b) => a + b) / xs.length;
    const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
    assert.ok(Math.abs(mean) < 1e-9);
    assert.ok(Math.abs(sd - 1) < 1e-9);
  });

  it('is stable across random starts (correlation across seeds >= 0.99)', async () => {
    const record = syntheticRecord({ ...spec, seed: 14 });
    const runs = [];
    for (const seed of [1, 2, 3]) {
      runs.push(
        (await estimateIdealPoints(record.matrix, { start: 'random', seed, replicates: 0, tolerance: 1e-4 }))
          .rows,
      );
    }
    runs.push((await estimateIdealPoints(record.matrix, { replicates: 0, tolerance: 1e-4 })).rows);
    for (let k = 1; k < runs.length; k++) {
      const { x, y } = paired(runs[0], runs[k]);
      assert.ok(correlation(x, y) >= 0.99, `run ${k}: correlation ${correlation(x, y)}`);
    }
  });

  it('copes with much missing data and late joiners', async () => {
    const record = syntheticRecord({ ...spec, seed: 15, missing: 0.5, lateJoiners: 0.4 });
    const est = await estimateIdealPoints(record.matrix, { replicates: 0 });
    const { estimate, truth } = againstTruth(est.rows, record);
    assert.ok(correlation(estimate, truth) > 0.9, `correlation ${correlation(estimate, truth)}`);
    for (const r of est.rows) assert.ok(Number.isFinite(r.idealPoint) && r.votes > 0);
  });

  it('bridges through recurring resolutions (item groups)', async () => {
    const record = syntheticRecord({ ...spec, seed: 16, recurring: 0.5 });
    const est = await estimateIdealPoints(record.matrix, { replicates: 0, itemGroups: record.itemGroups });
    assert.ok(est.items < record.matrix.years.length);
    const { estimate, truth } = againstTruth(est.rows, record);
    assert.ok(correlation(estimate, truth) > 0.95, `correlation ${correlation(estimate, truth)}`);
  });

  it('gives 90% bootstrap intervals around the estimate that mostly cover the truth', async () => {
    const record = syntheticRecord({ ...spec, seed: 17 });
    const est = await estimateIdealPoints(record.matrix, { replicates: 20, workers: 0 });
    assert.equal(est.replicates, 20);
    // The truth is on its own scale: map it onto the estimate's by least squares before checking cover.
    const { estimate, truth } = againstTruth(est.rows, record);
    const n = truth.length;
    const mt = truth.reduce((a, b) => a + b) / n;
    const me = estimate.reduce((a, b) => a + b) / n;
    let sxy = 0;
    let sxx = 0;
    for (let i = 0; i < n; i++) {
      sxy += (truth[i] - mt) * (estimate[i] - me);
      sxx += (truth[i] - mt) ** 2;
    }
    const slope = sxy / sxx;
    let covered = 0;
    est.rows.forEach((r, i) => {
      assert.ok(r.low < r.idealPoint && r.idealPoint < r.high);
      const t = me + slope * (truth[i] - mt);
      if (t >= r.low && t <= r.high) covered++;
    });
    assert.ok(covered / n > 0.6, `coverage ${covered / n}`);
  });

  it('gives the same intervals on worker threads as on the calling thread', async () => {
    const record = syntheticRecord({ ...spec, countries: 30, years: 6, seed: 18 });
    const options = { replicates: 4, replicateIterations: 10 };
    const a = await estimateIdealPoints(record.matrix, { ...options, workers: 0 });
    const b = await estimateIdealPoints(record.matrix, { ...options, workers: 2 });
    assert.deepEqual(a.rows, b.rows);
  });

  it('reports progress for the fit and the bootstrap', async () => {
    const record = syntheticRecord({ ...spec, countries: 30, years: 6, seed: 19 });
    const phases = new Set<string>();
    let last = 0;
    await estimateIdealPoints(record.matrix, {
      replicates: 3,
      workers: 0,
      onProgress: (p) => {
        phases.add(p.phase);
        assert.ok(p.done <= p.total);
        if (p.phase === 'bootstrap') last = p.done;
      },
    });
    assert.deepEqual([...phases], ['fit', 'bootstrap']);
    assert.equal(last, 3);
  });
});

describe('estimateIdealPoints on bad input', () => {
  const small = (): VoteMatrix => syntheticRecord({ ...spec, countries: 20, years: 4, seed: 20 }).matrix;

  async function rejects(matrix: VoteMatrix, pattern: RegExp, options = {}) {
    await assert.rejects(
      () => estimateIdealPoints(matrix, { replicates: 0, ...options }),
      (e: unknown) => e instanceof InputError && pattern.test(e.message),
    );
  }

  it('rejects a matrix whose shape does not add up', async () => {
    const m = small();
    await rejects({ ...m, votes: m.votes.subarray(1) }, /cells/);
    await rejects({ ...m, rollcalls: m.rollcalls.subarray(1) }, /roll-call ids/);
  });

  it('rejects unknown vote codes, naming the state and roll call', async () => {
    const m = small();
    const votes = m.votes.slice();
    votes[5] = 7;
    await rejects({ ...m, votes }, /unknown vote code 7 for S005 on roll call 1/);
  });

  it('names the year when options leave too few contested roll calls in it', async () => {
    const m = small();
    // Year 1992: everyone votes yes on everything (nothing to learn positions from).
    const votes = m.votes.slice();
    const n = m.countries.length;
    for (let r = 0; r < m.years.length; r++) {
      if (m.years[r] !== 1992) continue;
      for (let c = 0; c < n; c++) if (votes[r * n + c] !== 0 && votes[r * n + c] !== 8) votes[r * n + c] = 1;
    }
    await rejects({ ...m, votes }, /year 1992 has 0 contested roll calls .* too few to place USA, S001/);
  });

  it('names the state when it casts too few votes', async () => {
    const m = small();
    const votes = m.votes.slice();
    const n = m.countries.length;
    let kept = 0;
    for (let r = 0; r < m.years.length; r++) {
      const v = votes[r * n + 7];
      if (v === 0 || v === 8) continue;
      if (kept++ >= 3) votes[r * n + 7] = 0;
    }
    await rejects(
      { ...m, votes },
      /state S007 cast 3 votes on contested roll calls in 1990 under these options/,
    );
  });

  it('can leave thin years and states out instead, saying which', async () => {
    const m = small();
    const votes = m.votes.slice();
    const n = m.countries.length;
    for (let r = 0; r < m.years.length; r++) {
      for (let c = 0; c < n; c++) {
        const v = votes[r * n + c];
        if (v === 0 || v === 8) continue;
        if (m.years[r] === 1992) votes[r * n + c] = 1;
        else if (c === 7 && r > 2) votes[r * n + c] = 0;
      }
    }
    const est = await estimateIdealPoints({ ...m, votes }, { replicates: 0, unidentified: 'drop' });
    assert.deepEqual(
      est.dropped.map((d) => d.year ?? d.country),
      [1992, 'S007'],
    );
    assert.ok(!est.rows.some((r) => r.year === 1992 || r.country === 'S007'));
    assert.ok(est.rows.length > 0);
  });

  it('rejects options out of range', async () => {
    const m = small();
    await rejects(m, /replicates must be 0/, { replicates: 1 });
    await rejects(m, /level must lie/, { level: 1.5 });
    await rejects(m, /prior walkVariance must be a positive/, { priors: { walkVariance: 0 } });
    await rejects(m, /item groups has 3 entries/, { itemGroups: new Int32Array(3) });
    await rejects(m, /cannot fix the direction of the scale: CHN/, { positiveCountry: 'CHN' });
  });

  it('never returns NaN, even for a state voting against every majority', async () => {
    const m = small();
    const votes = m.votes.slice();
    const n = m.countries.length;
    for (let r = 0; r < m.years.length; r++) {
      let yes = 0;
      let no = 0;
      for (let c = 0; c < n; c++) {
        if (votes[r * n + c] === 1) yes++;
        if (votes[r * n + c] === 3) no++;
      }
      if (votes[r * n + 3] !== 0) votes[r * n + 3] = yes >= no ? 3 : 1;
    }
    const est = await estimateIdealPoints({ ...m, votes }, { replicates: 3, workers: 0 });
    for (const r of est.rows) {
      assert.ok([r.idealPoint, r.low, r.high].every(Number.isFinite), `${r.country} ${r.year}`);
    }
  });
});
