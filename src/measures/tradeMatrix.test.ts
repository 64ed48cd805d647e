import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InputError } from '../errors.js';
import { tradeYearMeasures } from './tradeMatrix.js';
import { summarizeTrade } from './tradeSummary.js';

const N = Number.NaN;

// Index 0 is the country K; A, B, C are states; 4 is a "not specified" group.
// K exports: A 10, B 30, group 5. Mirror: A -> K 50, B -> K 10, C -> K 20. A -> B 7 (not K's trade).
const n = 5;
const m = new Float64Array(n * n).fill(N);
const set = (r: number, p: number, v: number) => {
  m[r * n + p] = v;
};
set(0, 1, 10);
set(0, 2, 30);
set(0, 4, 5);
set(1, 0, 50);
set(2, 0, 10);
set(3, 0, 20);
set(1, 2, 7);

test('the dense kernel gives the per-country figures exactly (hand case)', () => {
  const out = tradeYearMeasures({
    n,
    exports: m,
    isState: Uint8Array.from([1, 1, 1, 1, 0]),
    worldExports: Float64Array.from([N, N, N, N, N]),
    worldImports: Float64Array.from([100, N, N, N, N]),
    first: Uint8Array.from([0, 1, 0, 0, 0]),
    second: Uint8Array.from([0, 0, 0, 1, 0]),
    flow: 'total',
  });
  assert.deepEqual([...out.country], [0, 1, 2, 3]);
  const one = summarizeTrade({
    flows: {
      partners: ['A', 'B', 'C', 'g'],
      isState: [true, true, true, false],
      exports: Float64Array.from([10, 30, N, 5]),
      imports: Float64Array.from([50, 10, 20, N]),
    },
    worldExports: N,
    worldImports: 100,
    flow: 'total',
    first: new Set(['A']),
    second: new Set(['C']),
  });
  assert.equal(out.exports[0], 45);
  assert.equal(out.imports[0], 100);
  assert.equal(out.importsBasis[0], 1);
  assert.equal(out.exportsBasis[0], 0);
  // C only exports to K: its own exports side has no row at all.
  assert.equal(out.exportsBasis[3], 0);
  assert.equal(out.importsBasis[3], 2);
  assert.equal(out.hhi[0], one.hhi);
  assert.equal(out.partners[0], 3);
  assert.equal(out.firstShare[0], one.firstShare);
  assert.equal(out.tilt[0], -0.5);
  // B trades with K (30 out, 10 in) and A (7 in): HHI over 40 and 7.
  assert.equal(out.hhi[2], (40 / 47) ** 2 + (7 / 47) ** 2);
});

test('a matrix of the wrong size is refused', () => {
  assert.throws(
    () =>
      tradeYearMeasures({
        n: 3,
        exports: new Float64Array(4),
        isState: new Uint8Array(3),
        worldExports: new Float64Array(3),
        worldImports: new Float64Array(3),
        first: new Uint8Array(3),
        second: new Uint8Array(3),
        flow: 'total',
      }),
    InputError,
  );
});
