import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { mergeStays, twoWayVisits, yearlyIntensity } from './index.js';
import { ev } from './testing.js';

test('stays: consecutive recorded days of one contact are one stay at its highest level', () => {
  const stays = mergeStays([
    ev('CHN', 'out', 'KEN', '2014-05-11', 5),
    ev('CHN', 'out', 'KEN', '2014-05-09', 5),
    ev('CHN', 'out', 'KEN', '2014-05-10', 2),
    ev('CHN', 'out', 'KEN', '2014-05-20', 2), // 9 days later: a second stay
    ev('CHN', 'in', 'KEN', '2014-05-10', 1), // other direction
    ev('CHN', 'out', 'TZA', '2014-05-12', 5), // other country
  ]);
  const ken = stays.filter((s) => s.country === 'KEN' && s.direction === 'out');
  assert.deepEqual(
    ken.map((s) => [s.date, s.weight, s.events]),
    [
      ['2014-05-09', 5, 3],
      ['2014-05-20', 2, 1],
    ],
  );
  assert.equal(stays.length, 4);
  // Two poles the same day in the same country are two stays.
  const both = mergeStays([
    ev('USA', 'out', 'KEN', '2015-05-03', 2),
    ev('CHN', 'out', 'KEN', '2015-05-03', 5),
  ]);
  assert.deepEqual(
    both.map((s) => [s.pole, s.weight]),
    [
      ['CHN', 5],
      ['USA', 2],
    ],
  );
  // A stay over New Year counts in the year it began.
  const ny = mergeStays([ev('USA', 'out', 'KEN', '2014-12-31', 2), ev('USA', 'out', 'KEN', '2015-01-02', 5)]);
  assert.deepEqual(
    ny.map((s) => [s.year, s.weight]),
    [[2014, 5]],
  );
  assert.throws(() => mergeStays([ev('USA', 'out', 'KEN', '2014-02-30x', 2)]), /not a date/);
  assert.throws(() => mergeStays([ev('USA', 'out', 'KEN', '2014-02-03', -1)]), /weight/);
});

// Hand-worked: Kenya and Tanzania, 2011-2015 covered.
//  USA: KEN 2015 Obama (5) + Kerry (2) = 7; TZA 2015 secretary 2      -> shares 7/9, 2/9
//  CHN: KEN 2013 received heads on two days (one stay, 5) + 2014 premier's trip (5) = 10; TZA 2013 5 -> 2/3, 1/3
//  position KEN = (2/3 - 7/9) / (2/3 + 7/9) = -1/13; TZA = (1/3 - 2/9) / (1/3 + 2/9) = 1/5
const events = [
  ev('USA', 'out', 'KEN', '2015-07-24', 5),
  ev('USA', 'out', 'KEN', '2015-05-03', 2),
  ev('USA', 'out', 'TZA', '2015-03-01', 2),
  ev('CHN', 'in', 'KEN', '2013-08-19', 5),
  ev('CHN', 'in', 'KEN', '2013-08-20', 5),
  ev('CHN', 'out', 'KEN', '2014-05-09', 5),
  ev('CHN', 'out', 'KEN', '2014-05-10', 5),
  ev('CHN', 'out', 'TZA', '2013-03-24', 5),
];
const intensity = yearlyIntensity(mergeStays(events));
const universe = () => ['KEN', 'TZA', 'USA', 'CHN'];

test('two-way visits: hand-worked shares, positions and engagement', () => {
  const r = twoWayVisits({ poles: ['USA', 'CHN'], intensity, covered: { from: 2011, to: 2015 }, universe });
  const ken = r.get(2015)!.get('KEN')!;
  assert.deepEqual([ken.firstIntensity, ken.secondIntensity], [7, 10]);
  assert.ok(Math.abs(ken.firstShare - 7 / 9) < 1e-12 && Math.abs(ken.secondShare - 2 / 3) < 1e-12);
  assert.ok(Math.abs(ken.position! - -1 / 13) < 1e-12);
  assert.equal(ken.engagement, 1);
  const tza = r.get(2015)!.get('TZA')!;
  assert.ok(Math.abs(tza.position! - 1 / 5) < 1e-12);
  assert.equal(tza.engagement, 0);
  assert.deepEqual([ken.windowFrom, ken.windowTo], [2011, 2015]);
  // 2012: no contact with either pole in 2011-2012: position undefined, engagement a measured 0.
  assert.deepEqual([r.get(2012)!.get('KEN')!.position, r.get(2012)!.get('KEN')!.engagement], [null, 0]);
  // The poles sit at their ends; outside the covered years there is no reading at all.
  assert.equal(r.get(2015)!.get('USA')!.position, -1);
  assert.equal(r.get(2015)!.get('CHN')!.position, 1);
  assert.equal(r.get(2010), undefined);
  assert.equal(r.get(2016), undefined);
  // The window is cut to the covered years: 2013 sums 2011-2013 only.
  assert.deepEqual(
    [r.get(2013)!.get('KEN')!.windowFrom, r.get(2013)!.get('KEN')!.secondIntensity],
    [2011, 5],
  );
});

const arbEvents = fc.array(
  fc.record({
    pole: fc.constantFrom('USA', 'CHN'),
    direction: fc.constantFrom('out' as const, 'in' as const),
    country: fc.constantFrom('KEN', 'TZA', 'UGA', 'ETH'),
    date: fc
      .integer({ min: 2003, max: 2018 })
      .chain((y) =>
        fc.integer({ min: 1, max: 28 }).map((d) => `${y}-0${1 + (d % 9)}-${String(d).padStart(2, '0')}`),
      ),
    weight: fc.constantFrom(1, 2, 5),
  }),
  { maxLength: 40 },
);
const states = () => ['KEN', 'TZA', 'UGA', 'ETH', 'USA', 'CHN'];

test('property: swapping the poles mirrors every position and keeps engagement', () => {
  fc.assert(
    fc.property(arbEvents, (es) => {
      const yi = yearlyIntensity(mergeStays(es));
      const covered = { from: 2003, to: 2018 };
      const a = twoWayVisits({ poles: ['USA', 'CHN'], intensity: yi, covered, universe: states });
      const b = twoWayVisits({ poles: ['CHN', 'USA'], intensity: yi, covered, universe: states });
      for (const [year, m] of a) {
        for (const [c, ra] of m) {
          const rb = b.get(year)!.get(c)!;
          if (ra.position === null) assert.equal(rb.position, null);
          else assert.ok(Math.abs(ra.position + rb.position!) < 1e-12);
          assert.equal(ra.engagement, rb.engagement);
          if (ra.position !== null) assert.ok(ra.position >= -1 && ra.position <= 1);
        }
      }
    }),
    { numRuns: 200, seed: 18 },
  );
});

test('property: missing stays missing: no reading outside the covered years, whatever the events', () => {
  fc.assert(
    fc.property(arbEvents, fc.integer({ min: 2003, max: 2018 }), (es, to) => {
      const r = twoWayVisits({
        poles: ['USA', 'CHN'],
        intensity: yearlyIntensity(mergeStays(es)),
        covered: { from: 2005, to: Math.max(2005, to) },
        universe: states,
      });
      for (const year of r.keys()) assert.ok(year >= 2005 && year <= Math.max(2005, to));
      assert.equal(r.has(2004), false);
    }),
    { numRuns: 100, seed: 19 },
  );
});
