import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { erfcx, truncatedBetween, upperTruncation } from './truncatedNormal.js';

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
