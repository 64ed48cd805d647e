import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { investorShares, stakeTilt } from './stakeTilt.js';

test('Kenya 2024 by hand: US 163, China 1,912.19 -> (1912.19 - 163) / (1912.19 + 163) = +0.843', () => {
  const t = stakeTilt(163, 1912.1863);
  assert.equal(t?.position?.toFixed(3), '0.843');
  assert.equal(t?.clipped, false);
});

test('a missing pole gives no reading; a negative position is no stake; no stakes at all is undefined', () => {
  assert.equal(stakeTilt(null, 10), null);
  assert.equal(stakeTilt(10, null), null);
  assert.deepEqual(stakeTilt(-50, 10), { position: 1, firstStake: 0, secondStake: 10, clipped: true });
  assert.deepEqual(stakeTilt(0, -3), { position: null, firstStake: 0, secondStake: 0, clipped: true });
  assert.equal(stakeTilt(30, 10)?.position, -0.5);
});

test('properties: bounded, antisymmetric in the poles, scale-free', () => {
  // Amounts in US$ millions to six decimals: no subnormal magnitudes that scaling would round to zero.
  const amount = fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((x) => (Math.abs(x) < 1e-6 ? 0 : x));
  fc.assert(
    fc.property(amount, amount, fc.double({ min: 0.001, max: 1000, noNaN: true }), (a, b, k) => {
      const t = stakeTilt(a, b);
      const s = stakeTilt(b, a);
      if (t?.position == null) return s?.position === null;
      assert.ok(t.position >= -1 && t.position <= 1);
      assert.ok(Math.abs(t.position + (s?.position ?? Number.NaN)) < 1e-12);
      const scaled = stakeTilt(a * k, b * k);
      assert.ok(Math.abs((scaled?.position ?? Number.NaN) - t.position) < 1e-9);
      return true;
    }),
  );
});

test('investor shares: of positive positions among those that report, by hand', () => {
  const s = investorShares([
    { investor: 'USA', value: 163 },
    { investor: 'CHN', value: 1912.1863 },
    { investor: 'DEU', value: 231.6747 },
    { investor: 'JPN', value: null },
    { investor: 'SGP', value: -4 },
  ]);
  assert.equal(s.get('CHN')?.toFixed(4), (1912.1863 / 2306.861).toFixed(4));
  assert.equal(s.get('SGP'), 0);
  assert.equal(s.has('JPN'), false);
  assert.equal(investorShares([{ investor: 'USA', value: -1 }]).size, 0);
});

test('a non-finite position is no reading; a zero stake is not clipped', () => {
  for (const bad of [Number.NaN, Number.POSITIVE_INFINITY]) {
    assert.equal(stakeTilt(bad, 10), null);
    assert.equal(stakeTilt(10, bad), null);
  }
  assert.deepEqual(stakeTilt(0, 5), { position: 1, firstStake: 0, secondStake: 5, clipped: false });
  assert.deepEqual(stakeTilt(5, 0), { position: -1, firstStake: 5, secondStake: 0, clipped: false });
});
