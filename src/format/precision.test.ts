import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { roundNumbers } from './precision.js';

test('rounds non-integers to six significant digits, deeply; integers, nulls and text stay', () => {
  assert.deepEqual(
    roundNumbers({
      a: 0.8764705657958984,
      b: [5133.123456789, 2019, null],
      c: 'x',
      d: { e: -0.000123456789 },
    }),
    { a: 0.876471, b: [5133.12, 2019, null], c: 'x', d: { e: -0.000123457 } },
  );
  assert.equal(roundNumbers(Number.NaN), Number.NaN);
});

test('a rounded number is within half a unit of its sixth significant digit', () => {
  fc.assert(
    fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (x) => {
      const r = roundNumbers(x);
      if (Number.isInteger(x)) return r === x;
      return Math.abs(r - x) <= Math.abs(x) * 5e-6 + Number.EPSILON;
    }),
  );
});
