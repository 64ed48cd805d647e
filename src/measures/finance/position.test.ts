import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { financePositions, saturatedShare } from './position.js';

test('by hand: tilt, pole members at their end, engagement against the median non-member', () => {
  const r = financePositions([
    // 60 toward the first pole, 310 toward the second, of 1,000: tilt (310-60)/370 = 0.6757, share 0.37
    { country: 'KEN', total: 1000, first: 60, second: 310, side: -1 },
    // share 0.1, tilt -1
    { country: 'MEX', total: 500, first: 50, second: 0, side: -1 },
    // share 0.2 -> median of 0.37, 0.1, 0.2 is 0.2
    { country: 'PAK', total: 100, first: 10, second: 10, side: -1 },
    { country: 'CHN', total: 900, first: 5, second: 0, side: 1 },
    // nothing to either: measured, position undefined, engagement 0
    { country: 'BTN', total: 10, first: 0, second: 0, side: -1 },
    // no total: missing
    { country: 'ERI', total: 0, first: 0, second: 0, side: -1 },
  ]);
  const by = new Map(r.map((x) => [x.country, x]));
  assert.equal(by.get('KEN')!.position!.toFixed(4), '0.6757');
  assert.equal(by.get('KEN')!.engagement, 1);
  assert.equal(by.get('MEX')!.position, -1);
  assert.equal(by.get('MEX')!.engagement!.toFixed(3), '0.667'); // 0.1 / 0.15
  assert.equal(by.get('PAK')!.position, 0);
  assert.equal(by.get('CHN')!.position, 1);
  assert.equal(by.get('BTN')!.position, null);
  assert.equal(by.get('BTN')!.engagement, 0);
  assert.equal(by.has('ERI'), false);
  assert.equal(by.get('KEN')!.worldMedianCombinedShare!.toFixed(4), '0.1500'); // median of 0.37, 0.1, 0.2, 0
});

test('saturated share counts |position| >= 0.95 among readings with a position', () => {
  assert.equal(saturatedShare([1, -0.95, 0.94, 0, null]), 0.5);
  assert.equal(saturatedShare([null]), null);
});

test('properties: positions in [-1, 1]; swapping the poles negates non-members', () => {
  const row = fc.record({
    total: fc.double({ min: 1, max: 1e9, noNaN: true }),
    first: fc.double({ min: -1e3, max: 1e9, noNaN: true }),
    second: fc.double({ min: -1e3, max: 1e9, noNaN: true }),
  });
  fc.assert(
    fc.property(fc.array(row, { minLength: 1, maxLength: 12 }), (rows) => {
      const xs = rows.map((r, i) => ({ ...r, country: `C${i}`, side: -1 as const }));
      const a = financePositions(xs);
      const b = financePositions(xs.map((r) => ({ ...r, first: r.second, second: r.first })));
      for (const [i, x] of a.entries()) {
        if (x.position === null) {
          assert.equal(b[i].position, null);
          continue;
        }
        assert.ok(x.position >= -1 && x.position <= 1);
        assert.ok(Math.abs(x.position + (b[i].position as number)) < 1e-9);
      }
    }),
  );
});

test('by hand: a pole member sits at its end with engagement 1 and stays out of the world median', () => {
  const r = financePositions([
    // shares: 0.5 and 1e-7 (a string sort would put 1e-7 last), 0.05
    { country: 'KEN', total: 100, first: 10, second: 40, side: -1 },
    { country: 'MEX', total: 1e9, first: 100, second: 0, side: -1 },
    { country: 'PAK', total: 100, first: 5, second: 0, side: -1 },
    // members: shares 0.9 and 0.8 would move the median if they counted
    { country: 'USA', total: 100, first: 0, second: 90, side: 0 },
    { country: 'CHN', total: 100, first: 80, second: 0, side: 1 },
  ]);
  const by = new Map(r.map((x) => [x.country, x]));
  // median of 0.5, 1e-7, 0.05 is 0.05
  assert.equal(by.get('KEN')!.worldMedianCombinedShare, 0.05);
  assert.equal(by.get('USA')!.position, -1);
  assert.equal(by.get('USA')!.engagement, 1);
  assert.equal(by.get('CHN')!.position, 1);
  assert.equal(by.get('CHN')!.engagement, 1);
  assert.equal(by.get('KEN')!.position, 0.6);
  assert.equal(by.get('PAK')!.engagement, 1);
  assert.equal(by.get('MEX')!.engagement, 1e-7 / 0.05);
});

test('no engagement when the median non-member sends nothing to either pole, or there is none', () => {
  const zero = financePositions([
    { country: 'KEN', total: 100, first: 0, second: 0, side: -1 },
    { country: 'MEX', total: 100, first: 0, second: 0, side: -1 },
    { country: 'PAK', total: 100, first: 0, second: 5, side: -1 },
  ]);
  assert.equal(zero[0].worldMedianCombinedShare, 0);
  assert.deepEqual(
    zero.map((x) => x.engagement),
    [null, null, null],
  );
  const members = financePositions([{ country: 'USA', total: 100, first: 0, second: 9, side: 0 }]);
  assert.equal(members[0].worldMedianCombinedShare, null);
  assert.equal(members[0].engagement, 1);
  // A NaN amount gives no share to take the median of.
  const inf = financePositions([
    { country: 'KEN', total: 100, first: Number.NaN, second: 0, side: -1 },
    { country: 'MEX', total: 100, first: 10, second: 0, side: -1 },
  ]);
  assert.equal(inf[1].worldMedianCombinedShare, 0.1);
});

test('saturated share: exactly at the threshold counts, just below does not', () => {
  assert.equal(saturatedShare([0.95, -0.95, 0.9499, 0]), 0.5);
  assert.equal(saturatedShare([0.5, -0.6], 0.6), 0.5);
  assert.equal(saturatedShare([1, -0.97, 0.2]), 2 / 3);
});
