import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { InputError } from '../errors.js';
import { effectiveFromHhi, effectivePartners, hhi, shares } from './concentration.js';

const close = (a: number, b: number, tol = 1e-12) => assert.ok(Math.abs(a - b) <= tol, `${a} is not ${b}`);

test('hand-computed HHI: 50, 30, 20 -> 0.25 + 0.09 + 0.04 = 0.38, 2.63 effective partners', () => {
  close(hhi([50, 30, 20]), 0.38);
  close(effectivePartners([50, 30, 20]), 1 / 0.38);
  close(effectiveFromHhi(0.38), 2.631578947368421);
  assert.deepEqual([...shares([50, 30, 20])], [0.5, 0.3, 0.2]);
});

test('hand-computed HHI: one partner is 1, four equal partners 0.25, zeros add nothing', () => {
  assert.equal(hhi([42]), 1);
  assert.equal(hhi([1, 1, 1, 1]), 0.25);
  assert.equal(effectivePartners([1, 1, 1, 1]), 4);
  assert.equal(hhi([0, 10, 0, 10]), 0.5);
});

test('empty or all-zero amounts give NaN; negative or non-finite amounts are refused', () => {
  assert.ok(Number.isNaN(hhi([])));
  assert.ok(Number.isNaN(hhi([0, 0])));
  assert.ok(Number.isNaN(effectivePartners([0])));
  assert.throws(() => hhi([1, -2]), InputError);
  assert.throws(() => hhi([1, Number.NaN]), InputError);
  assert.throws(() => effectiveFromHhi(1.5), InputError);
});

const amounts = fc.array(fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 1e9, noNaN: true })), {
  minLength: 1,
  maxLength: 50,
});

test('property: 1/n <= HHI <= 1 over the non-zero partners; effective partners <= their number', () => {
  fc.assert(
    fc.property(amounts, (xs) => {
      const n = xs.filter((x) => x > 0).length;
      fc.pre(n > 0);
      const h = hhi(xs);
      assert.ok(h >= 1 / n - 1e-12 && h <= 1 + 1e-12);
      assert.ok(effectivePartners(xs) <= n + 1e-9);
    }),
  );
});

test('property: HHI does not depend on order or scale, and shares sum to 1', () => {
  fc.assert(
    fc.property(amounts, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (xs, k) => {
      fc.pre(xs.some((x) => x > 0));
      const h = hhi(xs);
      close(hhi([...xs].reverse()), h, 1e-12);
      close(hhi(xs.map((x) => x * k)), h, 1e-9);
      close(
        shares(xs).reduce((a, b) => a + b, 0),
        1,
        1e-9,
      );
    }),
  );
});
