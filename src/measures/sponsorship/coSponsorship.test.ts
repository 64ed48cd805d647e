import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { median } from '../quantile.js';
import { coSponsorship, coSponsorshipOf, sponsorYear } from './coSponsorship.js';

// Five resolutions of one year, their sponsors:
//   r0: KEN, USA        r1: KEN, CHN, EGY      r2: KEN        r3: USA, GBR, EGY      r4: CHN, EGY, KEN
const year = [['KEN', 'USA'], ['KEN', 'CHN', 'EGY'], ['KEN'], ['USA', 'GBR', 'EGY'], ['CHN', 'EGY', 'KEN']];

test('hand-worked: Kenya sponsored 4, one with the US, two with China', () => {
  const r = coSponsorship(year, 'KEN', [['USA'], ['CHN']]);
  assert.equal(r.sponsored, 4);
  const [us, cn] = r.poles;
  assert.equal(us.coSponsored, 1);
  assert.equal(us.share, 1 / 4);
  assert.equal(cn.coSponsored, 2);
  assert.equal(cn.share, 2 / 4);
  // World medians over the other sponsoring states outside the pole.
  // US pole: CHN 0/2, EGY 1/3 (r3), GBR 1/1 -> median 1/3.
  assert.equal(us.worldMedian, 1 / 3);
  assert.equal(us.relative, 1 / 4 - 1 / 3);
  // China pole: EGY 2/3 (r1, r4), GBR 0/1, USA 0/2 -> median 0.
  assert.equal(cn.worldMedian, 0);
  assert.equal(cn.relative, 1 / 2);
});

test('a bloc pole counts a resolution once however many members co-sponsor it', () => {
  const r = coSponsorship(year, 'EGY', [['USA', 'GBR']]);
  assert.equal(r.sponsored, 3);
  assert.equal(r.poles[0].coSponsored, 1); // r3 has both USA and GBR: once
});

test('a state that sponsored nothing has shares null, not 0', () => {
  const r = coSponsorship(year, 'FRA', [['USA']]);
  assert.equal(r.sponsored, 0);
  assert.equal(r.poles[0].share, null);
  assert.equal(r.poles[0].relative, null);
  assert.notEqual(r.poles[0].worldMedian, null);
});

test('no other state outside the pole sponsored anything: no world median, so no relative share', () => {
  // Only KEN sponsors outside the US pole; its median leaves KEN out, so there is nothing to compare with.
  const r = coSponsorship([['KEN', 'USA']], 'KEN', [['USA']]);
  assert.equal(r.poles[0].share, 1);
  assert.equal(r.poles[0].worldMedian, null);
  assert.equal(r.poles[0].relative, null);
});

test('a pole member is not its own co-sponsor', () => {
  const r = coSponsorship(year, 'USA', [['USA']]);
  assert.equal(r.poles[0].coSponsored, 0);
  assert.equal(r.poles[0].share, 0);
});

test('properties: shares in [0, 1], coSponsored <= sponsored, order of sponsors irrelevant', () => {
  const state = fc.constantFrom('A', 'B', 'C', 'D', 'E');
  fc.assert(
    fc.property(fc.array(fc.uniqueArray(state, { maxLength: 5 }), { maxLength: 12 }), (res) => {
      const r = coSponsorship(res, 'A', [['B'], ['C', 'D']]);
      const rev = coSponsorship(
        res.map((s) => [...s].reverse()),
        'A',
        [['B'], ['D', 'C']],
      );
      assert.deepEqual(r, rev);
      for (const p of r.poles) {
        assert.ok(p.coSponsored <= r.sponsored);
        if (p.share !== null) assert.ok(p.share >= 0 && p.share <= 1);
        if (p.worldMedian !== null) assert.ok(p.worldMedian >= 0 && p.worldMedian <= 1);
      }
    }),
  );
});

/** The definition counted the slow way, state by state (the measure reads each year once for all states). */
function byDefinition(sponsors: string[][], state: string, members: string[]) {
  const pole = new Set(members);
  const shareOf = (s: string) => {
    const mine = sponsors.filter((r) => r.includes(s));
    const co = mine.filter((r) => r.some((x) => x !== s && pole.has(x))).length;
    return mine.length ? co / mine.length : null;
  };
  const others = [...new Set(sponsors.flat())]
    .filter((s) => s !== state && !pole.has(s))
    .map(shareOf)
    .filter((x): x is number => x !== null);
  return { share: shareOf(state), worldMedian: others.length ? median(others) : null };
}

test('property: every state of a year read once gives what the definition gives state by state', () => {
  const state = fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F');
  fc.assert(
    fc.property(
      fc.array(fc.uniqueArray(state, { minLength: 1, maxLength: 5 }), { maxLength: 14 }),
      fc.uniqueArray(state, { minLength: 1, maxLength: 2 }),
      (res, members) => {
        const year = sponsorYear(res, [members]);
        for (const s of ['A', 'B', 'C', 'D', 'E', 'F']) {
          const got = coSponsorshipOf(year, s).poles[0];
          const want = byDefinition(res, s, members);
          assert.equal(got.share, want.share, s);
          assert.equal(got.worldMedian, want.worldMedian, s);
        }
      },
    ),
  );
});
