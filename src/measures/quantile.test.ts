import assert from 'node:assert/strict';
import { test } from 'node:test';
import { finiteSorted, median, quantileSorted } from './quantile.js';

test('quantile: type 7 interpolation, worked by hand', () => {
  assert.equal(quantileSorted([1, 2, 3, 4], 0.5), 2.5);
  assert.equal(quantileSorted([1, 2, 3, 4], 0.25), 1.75); // h = 0.75: 1 + 0.75 * (2 - 1)
  assert.equal(quantileSorted([5], 0.75), 5);
  assert.ok(Number.isNaN(quantileSorted([], 0.5)));
});

test('median: odd, even, empty, non-finite values left out', () => {
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.ok(Number.isNaN(median([])));
  assert.equal(median([Number.NaN, 5, Number.POSITIVE_INFINITY, 1]), 3);
});

test('finiteSorted: ascending numerically, non-finite left out', () => {
  assert.deepEqual(finiteSorted([10, Number.NaN, 9, -1]), [-1, 9, 10]);
});
