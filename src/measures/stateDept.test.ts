import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { VoteMatrix } from '../votes/voteMatrix.js';
import { coincidenceCounts, stateDeptCoincidence } from './stateDept.js';

const matrix = (a: number[], b: number[]): VoteMatrix => ({
  countries: ['A', 'B'],
  rollcalls: Int32Array.from(a.map((_, i) => i)),
  years: Int16Array.from(a.map(() => 2022)),
  votes: Uint8Array.from(a.flatMap((x, i) => [x, b[i]])),
});

test('hand-worked: Afghanistan and the US, 2022, as published (21 same, 36 opposite, 9 partial, 23 absent)', () => {
  // 89 roll calls: the US voted in all; Afghanistan's seat voted in 66 of them.
  const us = [...Array(21).fill(1), ...Array(36).fill(3), ...Array(9).fill(1), ...Array(23).fill(1)];
  const af = [...Array(21).fill(1), ...Array(36).fill(1), ...Array(9).fill(2), ...Array(23).fill(8)];
  const c = coincidenceCounts(matrix(af, us), 0, 1, 0, 89);
  assert.deepEqual(c, { same: 21, opposite: 36, partial: 9, absent: 23 });
  // (21 + (9 + 23) / 2) / 89 = 37 / 89 = 0.4157: the report's 0.42.
  assert.equal(stateDeptCoincidence(c), 37 / 89);
});

test('no record (0) leaves a roll call out; both absent leaves it out; nothing counted is NaN', () => {
  const c = coincidenceCounts(matrix([1, 0, 8, 2, 3], [1, 1, 8, 3, 1]), 0, 1, 0, 5);
  assert.deepEqual(c, { same: 1, opposite: 1, partial: 1, absent: 0 });
  assert.ok(Number.isNaN(stateDeptCoincidence(coincidenceCounts(matrix([8, 0], [8, 1]), 0, 1, 0, 2))));
});

test('properties: symmetric, in [0, 1], equal to agreement when nobody is absent', () => {
  const code = fc.constantFrom(0, 1, 2, 3, 8);
  fc.assert(
    fc.property(fc.array(fc.tuple(code, code), { minLength: 1, maxLength: 60 }), (pairs) => {
      const a = pairs.map((p) => p[0]);
      const b = pairs.map((p) => p[1]);
      const ab = coincidenceCounts(matrix(a, b), 0, 1, 0, a.length);
      const ba = coincidenceCounts(matrix(b, a), 0, 1, 0, a.length);
      assert.deepEqual(ab, ba);
      const x = stateDeptCoincidence(ab);
      if (!Number.isNaN(x)) assert.ok(x >= 0 && x <= 1);
      if (ab.absent === 0 && !Number.isNaN(x)) {
        const n = ab.same + ab.opposite + ab.partial;
        assert.ok(Math.abs(x - (ab.same + ab.partial / 2) / n) < 1e-12);
      }
    }),
  );
});
