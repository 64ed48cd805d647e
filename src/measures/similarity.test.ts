import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { agreement, coincidence, identicalAgreement } from './agreement.js';
import { cohenKappa, scottPi, sScore } from './similarity.js';
import { voteTable } from './voteTable.js';

const votes = fc.array(fc.constantFrom(1, 2, 3), { minLength: 1, maxLength: 200 });
const pair = votes.chain((a) =>
  fc.tuple(fc.constant(a), fc.array(fc.constantFrom(1, 2, 3), { minLength: a.length, maxLength: a.length })),
);
const measures = { agreement, identicalAgreement, sScore, cohenKappa, scottPi, coincidence };

test('every measure is symmetric', () => {
  fc.assert(
    fc.property(pair, ([a, b]) => {
      const ab = voteTable(a, b);
      const ba = voteTable(b, a);
      for (const [name, f] of Object.entries(measures)) {
        const x = f(ab);
        const y = f(ba);
        assert.ok(Number.isNaN(x) ? Number.isNaN(y) : Math.abs(x - y) < 1e-12, name);
      }
    }),
  );
});

test('bounds: agreement in [0,1], S in [-1,1], kappa and pi at most 1', () => {
  fc.assert(
    fc.property(pair, ([a, b]) => {
      const t = voteTable(a, b);
      assert.ok(agreement(t) >= 0 && agreement(t) <= 1);
      assert.ok(identicalAgreement(t) >= 0 && identicalAgreement(t) <= agreement(t) + 1e-12);
      assert.ok(sScore(t) >= -1 && sScore(t) <= 1);
      assert.ok(Math.abs(sScore(t) - (2 * agreement(t) - 1)) < 1e-12, 'S = 2 agreement - 1');
      for (const k of [cohenKappa(t), scottPi(t)]) assert.ok(Number.isNaN(k) || k <= 1 + 1e-12);
      assert.ok(scottPi(t) <= cohenKappa(t) + 1e-12 || Number.isNaN(cohenKappa(t)), 'pi never exceeds kappa');
    }),
  );
});

test('identical voters give 1 (kappa and pi whenever their votes vary)', () => {
  fc.assert(
    fc.property(votes, (a) => {
      const t = voteTable(a, a);
      assert.equal(agreement(t), 1);
      assert.equal(identicalAgreement(t), 1);
      assert.equal(sScore(t), 1);
      if (new Set(a).size > 1) {
        assert.ok(Math.abs(cohenKappa(t) - 1) < 1e-12);
        assert.ok(Math.abs(scottPi(t) - 1) < 1e-12);
      } else {
        assert.ok(Number.isNaN(cohenKappa(t)), 'no variation: chance correction undefined');
      }
    }),
  );
});

test('hand-computed case', () => {
  // a: Y Y Y A N N ; b: Y N A A N Y
  const t = voteTable([1, 1, 1, 2, 3, 3], [1, 3, 2, 2, 3, 1]);
  // table rows a (Y,A,N) x cols b: Y:[1,1,1] A:[0,1,0] N:[1,0,1]
  assert.deepEqual([...t], [1, 1, 1, 0, 1, 0, 1, 0, 1]);
  // distances: YY0 YA1 YN2 AA0 NN0 NY2 -> d = 5/6
  assert.ok(Math.abs(agreement(t) - (3 + 0.5) / 6) < 1e-12);
  assert.ok(Math.abs(identicalAgreement(t) - 3 / 6) < 1e-12);
  assert.ok(Math.abs(sScore(t) - (1 - 5 / 6)) < 1e-12);
  // kappa: rows (3,1,2)/6, cols (2,2,2)/6; d_e = sum |i-j| r_i c_j
  const r = [3, 1, 2].map((x) => x / 6);
  const c = [2, 2, 2].map((x) => x / 6);
  let de = 0;
  for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) de += Math.abs(i - j) * r[i] * c[j];
  assert.ok(Math.abs(cohenKappa(t) - (1 - 5 / 6 / de)) < 1e-12);
  const p = [5, 3, 4].map((x) => x / 12);
  let dp = 0;
  for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) dp += Math.abs(i - j) * p[i] * p[j];
  assert.ok(Math.abs(scottPi(t) - (1 - 5 / 6 / dp)) < 1e-12);
  // coincidence: yes/no both: YY, YN, NN, NY -> 2 same of 4
  assert.equal(coincidence(t), 0.5);
});

test('opposite voters: agreement 0, S = -1', () => {
  const t = voteTable([1, 3, 1, 3], [3, 1, 3, 1]);
  assert.equal(agreement(t), 0);
  assert.equal(sScore(t), -1);
  assert.equal(coincidence(t), 0);
});

test('absences and missing votes are left out of the table', () => {
  const t = voteTable([1, 8, 0, 2], [1, 1, 1, 8]);
  assert.deepEqual([...t], [1, 0, 0, 0, 0, 0, 0, 0, 0]);
});
