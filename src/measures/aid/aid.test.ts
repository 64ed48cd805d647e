import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { aidTilt } from './aidTilt.js';
import { windowSum } from './windowSum.js';

const cover = { from: 2000, to: 2021 };

test('window sums by hand: years without a record inside coverage count as none, outside make it missing', () => {
  const a = new Map([
    [2019, 10],
    [2021, 5],
  ]);
  assert.equal(windowSum(a, 2021, 3, cover), 15); // 2019 + (2020: none) + 2021
  assert.equal(windowSum(a, 2020, 1, cover), 0);
  assert.equal(windowSum(a, 2022, 3, cover), null); // 2022 outside coverage
  assert.equal(windowSum(a, 2001, 3, cover), null); // 1999 outside coverage
  assert.throws(() => windowSum(a, 2021, 0, cover), RangeError);
});

test('aid tilt by hand: US 60, China 140 -> +0.4; a negative (de-obligated) window is no aid', () => {
  assert.deepEqual(aidTilt(60, 140), { position: 0.4, clipped: false });
  assert.deepEqual(aidTilt(-5, 10), { position: 1, clipped: true });
  assert.deepEqual(aidTilt(0, 0), { position: null, clipped: false });
  assert.equal(aidTilt(null, 3), null);
});

test('properties: a window is the sum of its one-year windows; tilt bounded and antisymmetric', () => {
  fc.assert(
    fc.property(
      fc.array(
        fc.tuple(fc.integer({ min: 2000, max: 2021 }), fc.double({ min: -1e6, max: 1e9, noNaN: true })),
        {
          maxLength: 30,
        },
      ),
      fc.integer({ min: 2002, max: 2021 }),
      (pairs, year) => {
        const m = new Map(pairs);
        const three = windowSum(m, year, 3, cover) as number;
        let parts = 0;
        for (let y = year - 2; y <= year; y++) parts += windowSum(m, y, 1, cover) as number;
        assert.ok(Math.abs(three - parts) <= 1e-6 * Math.max(1, Math.abs(three)));
        const t = aidTilt(three, parts / 2);
        const s = aidTilt(parts / 2, three);
        if (t?.position != null) {
          assert.ok(t.position >= -1 && t.position <= 1);
          assert.ok(Math.abs(t.position + (s?.position as number)) < 1e-12);
        }
      },
    ),
  );
});
