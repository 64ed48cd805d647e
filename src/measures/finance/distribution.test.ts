import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { binIndex, distributionEdges, positionDistribution, quantile } from './distribution.js';

test('21 bins: the saturated ends apart, 0.1 wide between', () => {
  assert.equal(distributionEdges.length, 22);
  assert.deepEqual(distributionEdges.slice(0, 4), [-1, -0.95, -0.85, -0.75]);
  assert.deepEqual(distributionEdges.slice(-3), [0.85, 0.95, 1]);
});

test('bins by hand: both saturated ends inclusive, interior bins [from, to)', () => {
  assert.equal(binIndex(-1), 0);
  assert.equal(binIndex(-0.95), 0);
  assert.equal(binIndex(-0.949), 1);
  assert.equal(binIndex(-0.85), 2);
  assert.equal(binIndex(0), 10); // [-0.05, 0.05)
  assert.equal(binIndex(0.05), 11);
  assert.equal(binIndex(0.949), 19);
  assert.equal(binIndex(0.95), 20);
  assert.equal(binIndex(1), 20);
});

test('a hand-worked year: five positions and a missing one', () => {
  // sorted: -1, -0.5, 0, 0.6, 1 (null left out)
  const d = positionDistribution([0.6, -1, null, 0, 1, -0.5]);
  assert.equal(d.withPosition, 5);
  assert.equal(d.saturated, 2);
  assert.equal(d.saturatedShare, 0.4);
  assert.deepEqual([d.firstSide, d.between, d.secondSide], [2, 1, 2]);
  assert.equal(d.median, 0);
  assert.deepEqual(d.quartiles, [-0.5, 0.6]);
  assert.equal(d.bins[0].count, 1);
  assert.equal(d.bins[20].count, 1);
  assert.equal(d.bins[5].count, 1); // -0.5 in [-0.55, -0.45)
  assert.equal(d.bins[10].count, 1);
  assert.equal(d.bins[16].count, 1); // 0.6 in [0.55, 0.65)
  assert.ok(d.bins[0].saturated && d.bins[20].saturated && !d.bins[1].saturated);
});

test('the thresholds belong to the side they name: |0.95| saturated, ±0.25 on a side; each bin runs to the next edge', () => {
  const d = positionDistribution([-0.95, -0.25, 0, 0.25, 0.95, Number.NaN]);
  assert.equal(d.withPosition, 5); // NaN left out
  assert.equal(d.saturated, 2);
  assert.deepEqual([d.firstSide, d.between, d.secondSide], [2, 1, 2]);
  assert.deepEqual(
    d.bins.slice(0, 2).map((b) => [b.from, b.to]),
    [
      [-1, -0.95],
      [-0.95, -0.85],
    ],
  );
  assert.deepEqual([d.bins[20].from, d.bins[20].to], [0.95, 1]);
});

test('no positions: counts zero, share, median and quartiles missing', () => {
  const d = positionDistribution([null, null]);
  assert.equal(d.withPosition, 0);
  assert.equal(d.saturatedShare, null);
  assert.equal(d.median, null);
  assert.equal(d.quartiles, null);
});

test('quantile interpolates between order statistics', () => {
  assert.equal(quantile([0, 1, 2, 3], 0.5), 1.5);
  assert.equal(quantile([0, 1, 2, 3], 0.25), 0.75);
  assert.equal(quantile([], 0.5), null);
});

test('properties: bins hold every position once; the sides add up; the median sits between the quartiles', () => {
  fc.assert(
    fc.property(fc.array(fc.oneof(fc.constant(null), fc.double({ min: -1, max: 1, noNaN: true }))), (ps) => {
      const d = positionDistribution(ps);
      const n = ps.filter((p) => p !== null).length;
      assert.equal(
        d.bins.reduce((s, b) => s + b.count, 0),
        n,
      );
      assert.equal(d.firstSide + d.between + d.secondSide, n);
      assert.equal(d.bins[0].count + d.bins[20].count, d.saturated);
      if (d.quartiles && d.median !== null) {
        assert.ok(d.quartiles[0] <= d.median && d.median <= d.quartiles[1]);
      }
    }),
  );
});
