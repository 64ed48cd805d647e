import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  erfcx,
  lambdaTable,
  millsRatio,
  TABLE_MAX,
  TABLE_MIN,
  TABLE_STEPS,
  tailTable,
  truncatedBetween,
  upperTruncation,
  varianceTable,
} from './truncatedNormal.js';

/** Moments of N(mu, s^2) on [lo, hi] by the midpoint rule. */
function numeric(mu: number, s: number, lo: number, hi: number): [number, number] {
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
  const mean = m1 / z;
  return [mean, m2 / z - mean * mean];
}

describe('truncated normal moments', () => {
  it('erfcx matches exp(y^2) erfc(y) at known points', () => {
    assert.ok(Math.abs(erfcx(0) - 1) < 1e-7);
    assert.ok(Math.abs(erfcx(1) - 0.42758357615580705) < 1e-7);
    assert.ok(Math.abs(erfcx(10) - 0.05614099274382259) < 1e-8);
  });

  it('one-sided truncation matches numerical integration', () => {
    const out = new Float64Array(2);
    for (const a of [-5, -1, 0, 0.5, 2, 4, 7.9]) {
      upperTruncation(a, out);
      const [m, v] = numeric(0, 1, a, Number.POSITIVE_INFINITY);
      assert.ok(Math.abs(out[0] - m) < 1e-4, `mean at ${a}: ${out[0]} vs ${m}`);
      assert.ok(Math.abs(out[1] - v) < 1e-4, `variance at ${a}: ${out[1]} vs ${v}`);
    }
  });

  it('two-sided truncation matches numerical integration', () => {
    const out = new Float64Array(2);
    for (const [mu, s] of [
      [0.5, 1],
      [3, 0.5],
      [-4, 0.7],
      [0.2, 3],
      [12, 1],
    ]) {
      truncatedBetween(mu, s, 0, 1, out);
      const [m, v] = numeric(mu, s, 0, 1);
      assert.ok(Math.abs(out[0] - m) < 1e-4, `mean at ${mu},${s}: ${out[0]} vs ${m}`);
      assert.ok(Math.abs(out[1] - v) < 1e-4, `variance at ${mu},${s}: ${out[1]} vs ${v}`);
    }
  });

  it('stays finite and inside the interval far in the tails', () => {
    const out = new Float64Array(2);
    fc.assert(
      fc.property(
        fc.double({ min: -1e3, max: 1e3, noNaN: true }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        (mu, s) => {
          truncatedBetween(mu, s, 0, 1, out);
          if (!(out[0] >= -1e-9 && out[0] <= 1 + 1e-9 && out[1] >= 0 && Number.isFinite(out[1])))
            return false;
          upperTruncation((1 - mu) / s, out);
          return Number.isFinite(out[0]) && out[1] > 0 && out[1] <= 1;
        },
      ),
    );
  });
});

/** Moments of N(mu, s^2) on [lo, hi] in the far tails: the density taken relative to its value at the nearer end. */
function tail(mu: number, s: number, lo: number, hi: number): [number, number] {
  const a = (lo - mu) / s;
  const b = (hi - mu) / s;
  const near = a > 0 ? a : Math.min(b, 0);
  const from = Math.max(a, -Math.abs(near) - 12);
  const to = Math.min(b, Math.abs(near) + 12);
  const steps = 200000;
  const h = (to - from) / steps;
  let z = 0;
  let m1 = 0;
  let m2 = 0;
  for (let i = 0; i < steps; i++) {
    const x = from + (i + 0.5) * h;
    const d = Math.exp(-0.5 * (x - near) * (x + near));
    z += d;
    m1 += d * x;
    m2 += d * x * x;
  }
  const mean = m1 / z;
  return [mu + s * mean, s * s * (m2 / z - mean * mean)];
}

describe('truncated normal moments: edges and tails', () => {
  it('erfcx on the negative side is 2 exp(y^2) - erfcx(-y)', () => {
    assert.ok(Math.abs(erfcx(-1) - (2 * Math.E - 0.42758357615580705)) < 1e-6);
    assert.ok(Math.abs(erfcx(0.5) - 0.6156903441929259) < 1e-7);
    assert.equal(erfcx(-30), Number.POSITIVE_INFINITY);
  });

  it('the Mills ratio: sqrt(2/pi) at 0, 0 far in the left tail, about a in the right tail', () => {
    assert.ok(Math.abs(millsRatio(0) - Math.sqrt(2 / Math.PI)) < 1e-7);
    assert.ok(Math.abs(millsRatio(1) - 0.24197072451914337 / (1 - 0.8413447460685429)) < 1e-6);
    assert.equal(millsRatio(-40), 0);
    assert.ok(Math.abs(millsRatio(20) - 20.04975246918103) < 1e-5);
  });

  it('the interleaved table holds each grid value and the step to the next', () => {
    for (const i of [0, 1, 4000, 8191]) {
      assert.equal(tailTable[4 * i], lambdaTable[i]);
      assert.equal(tailTable[4 * i + 1], varianceTable[i]);
      assert.equal(tailTable[4 * i + 2], lambdaTable[i + 1] - lambdaTable[i]);
      assert.equal(tailTable[4 * i + 3], varianceTable[i + 1] - varianceTable[i]);
    }
    assert.equal(tailTable.length, 4 * ((TABLE_MAX - TABLE_MIN) * TABLE_STEPS + 1));
    // Grid point i is a = TABLE_MIN + i / TABLE_STEPS.
    const i = (1 - TABLE_MIN) * TABLE_STEPS;
    assert.ok(Math.abs(lambdaTable[i] - millsRatio(1)) < 1e-15);
    assert.ok(Math.abs(varianceTable[i] - (1 - millsRatio(1) * (millsRatio(1) - 1))) < 1e-15);
  });

  it('inside the table, the variance factor interpolates to within 1e-6 of the direct formula', () => {
    // Midway between grid points, where linear interpolation errs most (about h^2 / 8 v'' = 1e-7 here).
    const out = new Float64Array(2);
    for (const a of [-2 + 1 / 1024, 0.3 + 1 / 1024, 3 + 1 / 1024]) {
      upperTruncation(a, out);
      const lambda = millsRatio(a);
      const v = 1 - lambda * (lambda - a);
      assert.ok(Math.abs(out[1] - v) < 1e-6, `variance factor at ${a}: ${out[1]} vs ${v}`);
    }
  });

  it('one-sided truncation between grid points, at and beyond the table ends', () => {
    const out = new Float64Array(2);
    for (const a of [0.3 + 1 / 1024, -7.999, 8, 9]) {
      upperTruncation(a, out);
      const [m, v] = tail(0, 1, a, Number.POSITIVE_INFINITY);
      assert.ok(Math.abs(out[0] - m) < 1e-6 * Math.max(1, m), `mean at ${a}: ${out[0]} vs ${m}`);
      // erfcx is good to 1.2e-7 relative; 1 - lambda (lambda - a) cancels beyond the table: 1e-3 relative.
      assert.ok(Math.abs(out[1] - v) < 1e-3 * v, `variance at ${a}: ${out[1]} vs ${v}`);
    }
    // Farther out the variance factor comes from its asymptotic series. References: 1 - lambda (lambda - a)
    // in 80-digit arithmetic (mpmath, lambda = npdf(a) / (erfc(a / sqrt 2) / 2)).
    const reference: [number, number][] = [
      [8, 0.0143248834433409],
      [10, 0.0094453778256563],
      [15, 0.0043301237575599],
      [40, 0.00062266837859139],
      [100, 0.000099940049948263],
    ];
    for (const [a, v] of reference) {
      upperTruncation(a, out);
      const [m] = tail(0, 1, a, Number.POSITIVE_INFINITY);
      assert.ok(Math.abs(out[0] - m) < 1e-6 * m, `mean at ${a}: ${out[0]} vs ${m}`);
      assert.ok(Math.abs(out[1] - v) < 1e-4 * v, `variance at ${a}: ${out[1]} vs ${v}`);
    }
    upperTruncation(-8, out);
    assert.deepEqual([...out], [0, 1]);
    upperTruncation(-20, out);
    assert.deepEqual([...out], [0, 1]);
  });

  it('two-sided truncation in either far tail', () => {
    const out = new Float64Array(2);
    for (const [mu, s] of [
      [-9, 1],
      [10, 1],
      [0.5, 0.05],
    ]) {
      truncatedBetween(mu, s, 0, 1, out);
      const [m, v] = tail(mu, s, 0, 1);
      assert.ok(Math.abs(out[0] - m) < 1e-5, `mean at ${mu},${s}: ${out[0]} vs ${m}`);
      assert.ok(Math.abs(out[1] - v) < 1e-3 * v, `variance at ${mu},${s}: ${out[1]} vs ${v}`);
    }
  });

  it('15 and 40 sd out: the mean still right, the variance positive and below s^2 / a^2', () => {
    // The variance is 1 + (a - b d) / Z - ratio^2, a difference of numbers near a^2: only its order is kept.
    const out = new Float64Array(2);
    for (const [mu, s, a] of [
      [-40, 1, 40],
      [41, 1, 40],
      [-3, 0.2, 15],
    ]) {
      truncatedBetween(mu, s, 0, 1, out);
      const [m, v] = tail(mu, s, 0, 1);
      assert.ok(Math.abs(out[0] - m) < 1e-5, `mean at ${mu}: ${out[0]} vs ${m}`);
      assert.ok(out[1] > 0.5 * v && out[1] <= (s * s) / (a * a), `variance at ${mu}: ${out[1]} vs ${v}`);
    }
  });

  it('a flat density across a very narrow interval gives its midpoint and width^2 / 12', () => {
    const out = new Float64Array(2);
    for (const mu of [0.3, -0.3, 1.3]) {
      truncatedBetween(mu, 1e7, 0, 1, out);
      assert.ok(Math.abs(out[0] - 0.5) < 1e-9, `mean at ${mu}: ${out[0]}`);
      assert.ok(Math.abs(out[1] - 1 / 12) < 1e-9, `variance at ${mu}: ${out[1]}`);
    }
  });
});
