import assert from 'node:assert/strict';
import { test } from 'node:test';
import { distribution, groupOrder, pearson, quantile, saturation } from './validation.js';

const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-12, `${a} != ${b}`);

test('pearson: hand-worked, NaN pairs skipped', () => {
  close(pearson([1, 2, 3], [2, 4, 6]), 1);
  close(pearson([1, 2, 3], [3, 2, 1]), -1);
  close(pearson([1, 2, 3, Number.NaN], [1, 3, 2, 9]), 0.5);
  close(pearson([1, 2, 3, 4], [2, 1, 4, 3]), 0.6);
  assert.ok(Number.isNaN(pearson([1, 2], [1, 2])), 'fewer than 3 pairs');
  assert.ok(Number.isNaN(pearson([1, 1, 1], [1, 2, 3])), 'no variance');
});

test('saturation, quantiles and distribution', () => {
  close(saturation([1, -0.96, 0.5, Number.NaN]), 2 / 3);
  close(saturation([0.95, -0.95, 0.949, 0]), 0.5);
  assert.ok(Number.isNaN(saturation([])));
  assert.ok(Number.isNaN(quantile([], 0.5)));
  close(quantile([1, Number.NaN], 1), 1);
  close(quantile([Number.NaN, 3, 1], 0), 1);
  assert.equal(distribution([1, Number.NaN, 0]).n, 2);
  close(distribution([1, Number.NaN, 0]).max, 1);
  close(quantile([4, 1, 3, 2], 0.5), 2.5);
  close(quantile([1, 2, 3, 4, 5], 0.1), 1.4);
  const d = distribution([-1, -0.5, 0, 0.5, 1]);
  assert.deepEqual(
    { ...d, p10: 0, p90: 0 },
    { n: 5, min: -1, p10: 0, median: 0, p90: 0, max: 1, saturated: 0.4 },
  );
  close(d.p10, -0.8);
  close(d.p90, 0.8);
});

test('group order: medians increase, exceptions named against the middle group', () => {
  const g = groupOrder([
    {
      name: 'allies',
      members: [
        { id: 'A', position: -0.6 },
        { id: 'B', position: -0.4 },
        { id: 'C', position: 0.2 },
      ],
    },
    {
      name: 'rest',
      members: [
        { id: 'D', position: 0 },
        { id: 'E', position: 0.1 },
      ],
    },
    {
      name: 'sco',
      members: [
        { id: 'F', position: 0.7 },
        { id: 'G', position: 0.01 },
      ],
    },
  ]);
  assert.equal(g.ordered, true);
  assert.deepEqual(
    g.medians.map((m) => m.median),
    [-0.4, 0.05, 0.355],
  );
  assert.deepEqual(g.exceptions, [
    { group: 'allies', id: 'C', position: 0.2 },
    { group: 'sco', id: 'G', position: 0.01 },
  ]);
  const wrong = groupOrder([
    { name: 'a', members: [{ id: 'A', position: 0.5 }] },
    { name: 'b', members: [{ id: 'B', position: 0.5 }] },
  ]);
  assert.equal(wrong.ordered, false, 'equal medians are not ordered');
  assert.equal(
    groupOrder([
      { name: 'a', members: [] },
      { name: 'b', members: [{ id: 'B', position: 0 }] },
    ]).ordered,
    false,
  );
  const two = groupOrder([
    {
      name: 'a',
      members: [
        { id: 'A', position: -0.5 },
        { id: 'A2', position: 0.9 },
        { id: 'A3', position: -0.6 },
      ],
    },
    { name: 'b', members: [{ id: 'B', position: 0.5 }] },
  ]);
  assert.equal(two.ordered, true, 'two groups are enough');
  assert.deepEqual(two.exceptions, [], 'exceptions only against a middle group');
  const emptyMiddle = groupOrder([
    { name: 'a', members: [{ id: 'A', position: 0.5 }] },
    { name: 'b', members: [] },
    { name: 'c', members: [{ id: 'C', position: 0.6 }] },
  ]);
  assert.equal(emptyMiddle.ordered, true, 'an empty group is skipped');
  assert.deepEqual(emptyMiddle.exceptions, []);
  const atMiddle = groupOrder([
    { name: 'a', members: [{ id: 'A', position: 0 }] },
    { name: 'b', members: [{ id: 'B', position: 0 }] },
    { name: 'c', members: [{ id: 'C', position: 0 }] },
  ]);
  assert.deepEqual(atMiddle.exceptions, [], 'at the middle median is not on the wrong side');
});
