import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { VoteMatrix } from '../votes/voteMatrix.js';
import { agreement } from './agreement.js';
import { allDyadYears, partnerYears } from './dyadYears.js';
import { cohenKappa, scottPi, sScore } from './similarity.js';
import { voteTable } from './voteTable.js';

const matrix = fc
  .record({
    rows: fc.integer({ min: 1, max: 90 }),
    cols: fc.integer({ min: 2, max: 7 }),
    years: fc.integer({ min: 1, max: 4 }),
  })
  .chain(({ rows, cols, years }) =>
    fc.record({
      rows: fc.constant(rows),
      cols: fc.constant(cols),
      yearOf: fc.array(fc.integer({ min: 0, max: years - 1 }), { minLength: rows, maxLength: rows }),
      votes: fc.array(fc.constantFrom(0, 1, 2, 3, 8), { minLength: rows * cols, maxLength: rows * cols }),
    }),
  )
  .map(({ rows, cols, yearOf, votes }): VoteMatrix => {
    const years = Int16Array.from(yearOf.map((y) => 2000 + y).sort());
    return {
      countries: Array.from({ length: cols }, (_, i) => `C${i}`),
      rollcalls: Int32Array.from({ length: rows }, (_, i) => i + 1),
      years,
      votes: Uint8Array.from(votes),
    };
  });

function column(m: VoteMatrix, c: number, year: number): number[] {
  const out: number[] = [];
  for (let r = 0; r < m.rollcalls.length; r++)
    if (m.years[r] === year) out.push(m.votes[r * m.countries.length + c]);
  return out;
}

test('the bitset kernel equals the direct computation on every dyad-year', () => {
  fc.assert(
    fc.property(matrix, (m) => {
      const d = allDyadYears(m);
      let expected = 0;
      for (const year of new Set(m.years)) {
        for (let a = 0; a < m.countries.length; a++) {
          for (let b = a + 1; b < m.countries.length; b++) {
            const t = voteTable(column(m, a, year), column(m, b, year));
            const n = t.reduce((x, y) => x + y, 0);
            if (n === 0) continue;
            expected++;
            const i = [...d.year.keys()].find((k) => d.year[k] === year && d.a[k] === a && d.b[k] === b);
            assert.ok(i !== undefined, `dyad ${a}-${b} ${year} missing`);
            assert.equal(d.votes[i], n);
            assert.ok(Math.abs(d.agreement[i] - agreement(t)) < 1e-12);
            assert.ok(Math.abs(d.s[i] - sScore(t)) < 1e-12);
            const k = cohenKappa(t);
            assert.ok(Number.isNaN(k) ? Number.isNaN(d.kappa[i]) : Math.abs(d.kappa[i] - k) < 1e-12);
            const p = scottPi(t);
            assert.ok(Number.isNaN(p) ? Number.isNaN(d.pi[i]) : Math.abs(d.pi[i] - p) < 1e-12);
          }
        }
      }
      assert.equal(d.length, expected);
    }),
    { numRuns: 60 },
  );
});

test('partnerYears agrees with allDyadYears', () => {
  fc.assert(
    fc.property(matrix, (m) => {
      const all = allDyadYears(m);
      const p = partnerYears(m, 0, [1]);
      for (let i = 0; i < p.length; i++) {
        const j = [...all.year.keys()].find(
          (k) => all.year[k] === p.year[i] && all.a[k] === 0 && all.b[k] === 1,
        );
        assert.ok(j !== undefined);
        assert.equal(all.votes[j], p.votes[i]);
        assert.ok(Math.abs(all.agreement[j] - p.agreement[i]) < 1e-12);
      }
    }),
    { numRuns: 60 },
  );
});

test('rows out of date order are rejected', () => {
  const m: VoteMatrix = {
    countries: ['A', 'B'],
    rollcalls: Int32Array.of(1, 2),
    years: Int16Array.of(2001, 2000),
    votes: Uint8Array.of(1, 1, 1, 1),
  };
  assert.throws(() => allDyadYears(m), RangeError);
});
