import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { endLabels, extent } from '../../../src/charts/labels';

type P = { name: string; year: number; v: number | null };
const rows: P[] = [
  { name: 'Kenya', year: 2018, v: 0.1 },
  { name: 'Kenya', year: 2019, v: 0.5 },
  { name: 'China', year: 2019, v: 0.52 },
  { name: 'United States', year: 2019, v: -1 },
  { name: 'United States', year: 2020, v: null },
];
const at = (ls: ReturnType<typeof endLabels>, n: string) => ls.find((l) => l.label === n);

test('labels at their lines ends; two within a gap are pushed apart by the gap', () => {
  // domain [-1, 1] over 200 px: 0.01 per px; Kenya 0.50 (50 px down), China 0.52 (48 px down).
  const ls = endLabels(
    rows,
    (d) => d.name,
    (d) => d.year,
    (d) => d.v,
    { domain: [-1, 1], height: 200, gap: 14 },
  );
  assert.equal(at(ls, 'China')?.labelY, 0.52);
  assert.ok(Math.abs((at(ls, 'Kenya')?.labelY ?? 0) - (0.52 - 0.14)) < 1e-9);
  // The last point with a value: the United States' 2020 is missing, so its label sits at 2019.
  assert.deepEqual([at(ls, 'United States')?.x, at(ls, 'United States')?.labelY], [2019, -1]);
});

test('a stack running off the bottom is pulled back up inside the plot area', () => {
  const low = [
    { name: 'a', year: 1, v: 0 },
    { name: 'b', year: 1, v: 0 },
  ];
  const ls = endLabels(
    low,
    (d) => d.name,
    (d) => d.year,
    (d) => d.v,
    { domain: [0, 1], height: 100, gap: 10 },
  );
  assert.deepEqual(
    ls.map((l) => Number(l.labelY.toFixed(2))),
    [0.1, 0],
  );
});

test('a reversed scale (rank 1 on top)', () => {
  const ranks = [
    { name: 'United States', year: 2020, v: 2 },
    { name: 'China', year: 2020, v: 1 },
  ];
  const ls = endLabels(
    ranks,
    (d) => d.name,
    (d) => d.year,
    (d) => d.v,
    {
      domain: [1, 5],
      height: 40,
      reverse: true,
      gap: 14,
    },
  );
  // 4 ranks over 40 px: 10 px apart, 4 short of the gap: the lower one (rank 2) moves down 0.4 rank.
  assert.equal(at(ls, 'China')?.labelY, 1);
  assert.ok(Math.abs((at(ls, 'United States')?.labelY ?? 0) - 2.4) < 1e-9);
});

test('property: labels are at least the gap apart and inside the plot area when they fit', () => {
  fc.assert(
    fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 8 }), (vs) => {
      const rs = vs.map((v, i) => ({ name: `s${i}`, year: 1, v }));
      const ls = endLabels(
        rs,
        (d) => d.name,
        (d) => d.year,
        (d) => d.v,
        { domain: [0, 1], height: 200, gap: 14 },
      );
      const px = ls.map((l) => (1 - l.labelY) * 200).sort((a, b) => a - b);
      for (let i = 1; i < px.length; i++) assert.ok(px[i] - px[i - 1] >= 14 - 1e-6);
      for (const p of px) assert.ok(p >= -1e-6 && p <= 200 + 1e-6);
    }),
  );
});

test('extent', () => {
  assert.deepEqual(extent([null, 0.2, -0.4, undefined]), [-0.4, 0.2]);
  assert.deepEqual(extent([]), [0, 1]);
  assert.deepEqual(extent([3]), [2.5, 3.5]);
});
