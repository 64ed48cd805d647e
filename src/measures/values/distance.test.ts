import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  compareEstimates,
  intervalsOverlap,
  poleEstimate,
  valuesDistance,
  valuesPosition,
} from './distance.js';

const e = (value: number, low: number, high: number) => ({ value, low, high });

test('a single-state pole keeps its own interval; a bloc takes its members median and interquartile range', () => {
  assert.deepEqual(poleEstimate([e(0.84, 0.8, 0.89)]), { value: 0.84, low: 0.8, high: 0.89, members: 1 });
  // members 0.2, 0.4, 0.6, 0.9: median 0.5, q1 = 0.2 + 0.75 * 0.2 = 0.35, q3 = 0.6 + 0.25 * 0.3 = 0.675
  const bloc = poleEstimate([e(0.9, 0, 1), e(0.2, 0, 1), e(0.6, 0, 1), e(0.4, 0, 1)])!;
  assert.equal(bloc.members, 4);
  assert.ok(Math.abs(bloc.value - 0.5) < 1e-12);
  assert.ok(Math.abs(bloc.low - 0.35) < 1e-12);
  assert.ok(Math.abs(bloc.high - 0.675) < 1e-12);
  assert.equal(poleEstimate([]), null);
});

test('intervals that touch overlap; disjoint ones do not', () => {
  assert.equal(intervalsOverlap(e(0.5, 0.4, 0.6), e(0.7, 0.6, 0.8)), true);
  assert.equal(intervalsOverlap(e(0.5, 0.4, 0.59), e(0.7, 0.6, 0.8)), false);
  assert.equal(intervalsOverlap(e(0.7, 0.6, 0.8), e(0.5, 0.4, 0.59)), false);
  assert.equal(compareEstimates(e(0.5, 0.4, 0.59), e(0.7, 0.6, 0.8)), 'lower');
  assert.equal(compareEstimates(e(0.7, 0.6, 0.8), e(0.5, 0.4, 0.59)), 'higher');
  assert.equal(compareEstimates(e(0.5, 0.4, 0.6), e(0.55, 0.5, 0.7)), 'indistinguishable');
});

test('Kenya 2024 between the United States and China, by hand', () => {
  // V-Dem 2024: Kenya 0.549 / 0.432, US 0.840 / 0.748, China 0.073 / 0.036.
  const toUs = valuesDistance([0.549, 0.432], [0.84, 0.748]); // (0.291 + 0.316) / 2 = 0.3035
  const toChina = valuesDistance([0.549, 0.432], [0.073, 0.036]); // (0.476 + 0.396) / 2 = 0.436
  assert.ok(Math.abs(toUs - 0.3035) < 1e-12);
  assert.ok(Math.abs(toChina - 0.436) < 1e-12);
  // (0.3035 - 0.436) / (0.3035 + 0.436) = -0.1325 / 0.7395
  assert.ok(Math.abs(valuesPosition(toUs, toChina) - -0.1325 / 0.7395) < 1e-12);
});

test('distance uses the indices both states have, and is NaN when they share none', () => {
  assert.equal(valuesDistance([0.5, null], [0.3, 0.9]), 0.2);
  assert.ok(Number.isNaN(valuesDistance([null, 0.2], [0.5, null])));
  assert.ok(Number.isNaN(valuesPosition(Number.NaN, 0.3)));
  assert.ok(Number.isNaN(valuesPosition(0.3, Number.NaN)));
});

test('a state at a pole sits at that end; equidistant is 0', () => {
  assert.equal(valuesPosition(0, 0.4), -1);
  assert.equal(valuesPosition(0.4, 0), 1);
  assert.equal(valuesPosition(0.3, 0.3), 0);
  assert.equal(valuesPosition(0, 0), 0);
});

const unit = fc.double({ min: 0, max: 1, noNaN: true });
test('properties: position in [-1, 1]; swapping the poles mirrors it', () => {
  fc.assert(
    fc.property(fc.tuple(unit, unit), fc.tuple(unit, unit), fc.tuple(unit, unit), (x, a, b) => {
      const p = valuesPosition(valuesDistance(x, a), valuesDistance(x, b));
      const q = valuesPosition(valuesDistance(x, b), valuesDistance(x, a));
      assert.ok(p >= -1 && p <= 1);
      assert.ok(Math.abs(p + q) < 1e-12);
    }),
  );
});
