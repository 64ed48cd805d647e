import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { InputError } from '../errors.js';
import { tilt } from './tilt.js';

test('hand-computed tilts', () => {
  assert.equal(tilt(20, 60), 0.5); // (60 - 20) / 80
  assert.ok(Math.abs(tilt(0.2, 0.6) - 0.5) < 1e-15);
  assert.equal(tilt(3, 1), -0.5); // (1 - 3) / 4
  assert.equal(tilt(5, 5), 0);
  assert.equal(tilt(0, 7), 1);
  assert.equal(tilt(7, 0), -1);
  assert.ok(Number.isNaN(tilt(0, 0)));
});

test('bad amounts are refused', () => {
  assert.throws(() => tilt(-1, 2), InputError);
  assert.throws(() => tilt(1, Number.NaN), InputError);
  assert.throws(() => tilt(Number.POSITIVE_INFINITY, 1), InputError);
});

const amount = fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 1e12, noNaN: true }));

test('property: tilt is in [-1, 1], antisymmetric and scale-free', () => {
  fc.assert(
    fc.property(amount, amount, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (a, b, k) => {
      fc.pre(a + b > 0);
      const t = tilt(a, b);
      assert.ok(t >= -1 && t <= 1);
      assert.ok(Math.abs(t + tilt(b, a)) < 1e-12);
      fc.pre(a * k + b * k > 0 && Number.isFinite(a * k) && Number.isFinite(b * k));
      assert.ok(Math.abs(tilt(a * k, b * k) - t) < 1e-9);
    }),
  );
});
