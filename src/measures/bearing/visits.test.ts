import assert from 'node:assert/strict';
import { test } from 'node:test';
import { oneSidedReading, percentiles, visitWindow, windowSum } from './visits.js';

test('the visits window: the year and the four before', () => {
  assert.equal(visitWindow, 5);
  const s = new Map([
    [1999, 8],
    [2000, 1],
    [2003, 2],
    [2005, 4],
  ]);
  assert.equal(windowSum(s, 2004), 3, '2000..2004');
  assert.equal(windowSum(s, 2005), 6, '2001..2005');
  assert.equal(windowSum(s, 2003), 11, '1999..2003');
  assert.equal(windowSum(s, 2000, 1), 1);
  assert.equal(windowSum(undefined, 2000), 0, 'no record: no visits');
});

test('percentiles: share of the others below, ties half', () => {
  assert.deepEqual(percentiles([0, 1, 1, 3]), [0, 0.5, 0.5, 1]);
  assert.deepEqual(percentiles([3, 0, 1, 1]), [1, 0, 0.5, 0.5]);
  assert.deepEqual(percentiles([2, 2, 2]), [0.5, 0.5, 0.5]);
  assert.deepEqual(percentiles([0, 5]), [0, 1]);
  assert.deepEqual(percentiles([7]), [0]);
  assert.deepEqual(percentiles([]), []);
});

test('a one-sided record leans only toward its pole', () => {
  assert.deepEqual(oneSidedReading(0.8, 0), { position: -0.8, engagement: 0.8 });
  assert.deepEqual(oneSidedReading(0.8, 1), { position: 0.8, engagement: 0.8 });
  assert.deepEqual(oneSidedReading(0, 1), { position: 0, engagement: 0 });
});
