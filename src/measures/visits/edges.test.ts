import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InputError } from '../../errors.js';
import { mergeStays, twoWayVisits, yearlyIntensity } from './index.js';
import { ev } from './testing.js';

// Edges of the visits measure found by mutation testing (docs/quality.md): bounds, error locations,
// ties in the engagement percentile, states alone in their year, poles outside the year's states.

/** Asserts that `f` throws an InputError at `field` with a message matching `message`. */
function throwsAt(f: () => unknown, field: string, message: RegExp): void {
  assert.throws(f, (e: unknown) => {
    assert.ok(e instanceof InputError);
    assert.equal(e.location.field, field);
    assert.match(e.message, message);
    return true;
  });
}

test('stays: bad events are refused at their field; a zero weight is allowed', () => {
  const ok = ev('USA', 'out', 'KEN', '2014-02-03', 2);
  throwsAt(() => mergeStays([ok, ev('USA', 'out', 'KEN', '2014-02-03', -1)]), 'weight', /^event 1: weight/);
  throwsAt(() => mergeStays([ev('USA', 'out', 'KEN', '2014-02-03', Number.NaN)]), 'weight', /weight/);
  throwsAt(() => mergeStays([ok, ev('USA', 'out', 'KEN', 'soon', 2)]), 'date', /^event 1: not a date 'soon'/);
  // Weight 0 (a level outside the scale) is a stay that weighs nothing, not an error.
  assert.deepEqual(
    mergeStays([ev('USA', 'out', 'KEN', '2014-02-03', 0)]).map((s) => s.weight),
    [0],
  );
});

test('stays: a pause of exactly the gap (3 days) is one stay, one more day starts another', () => {
  const at = (dates: string[]) =>
    mergeStays(dates.map((d) => ev('CHN', 'out', 'KEN', d, 1))).map((s) => [s.date, s.events]);
  assert.deepEqual(at(['2014-05-09', '2014-05-12']), [['2014-05-09', 2]]);
  assert.deepEqual(at(['2014-05-09', '2014-05-13']), [
    ['2014-05-09', 1],
    ['2014-05-13', 1],
  ]);
  // Each day counts from the previous one, not from the first: 9, 12, 15 is one stay.
  assert.deepEqual(at(['2014-05-09', '2014-05-12', '2014-05-15']), [['2014-05-09', 3]]);
  assert.deepEqual(
    mergeStays([ev('CHN', 'out', 'KEN', '2014-05-09', 1), ev('CHN', 'out', 'KEN', '2014-05-13', 1)], 4)
      .length,
    1,
  );
});

test('yearly intensity: sums the weights and counts the stays of each pole, country and year', () => {
  const yi = yearlyIntensity(
    mergeStays([
      ev('CHN', 'out', 'KEN', '2014-05-09', 5),
      ev('CHN', 'out', 'KEN', '2014-05-10', 2), // same stay
      ev('CHN', 'in', 'KEN', '2014-09-01', 2),
      ev('CHN', 'out', 'KEN', '2014-11-20', 1),
      ev('CHN', 'out', 'KEN', '2015-01-20', 1),
    ]),
  );
  assert.deepEqual(yi.get('CHN')?.get('KEN')?.get(2014), { intensity: 8, stays: 3 });
  assert.deepEqual(yi.get('CHN')?.get('KEN')?.get(2015), { intensity: 1, stays: 1 });
});

const noEvents = yearlyIntensity([]);
const base = {
  poles: ['USA', 'CHN'] as const,
  intensity: noEvents,
  covered: { from: 2010, to: 2012 },
  universe: () => ['KEN'],
};

test('two-way visits: the window must be a positive whole number of years; the poles must differ', () => {
  for (const window of [0, -2, 1.5, Number.NaN])
    throwsAt(
      () => twoWayVisits({ ...base, window }),
      'window',
      new RegExp(`^window must be .*, got ${window}$`),
    );
  // One year is a valid window: the reading sums that year alone.
  assert.equal(
    twoWayVisits({ ...base, window: 1 })
      .get(2012)
      ?.get('KEN')?.windowFrom,
    2012,
  );
  throwsAt(() => twoWayVisits({ ...base, poles: ['USA', 'USA'] }), 'poles', /^the two poles must differ$/);
});

test('two-way visits: the window covers the year and the four before it when the record reaches back', () => {
  const intensity = yearlyIntensity(
    mergeStays([ev('USA', 'out', 'KEN', '2012-03-01', 5), ev('USA', 'out', 'KEN', '2013-03-01', 2)]),
  );
  const r = twoWayVisits({ ...base, intensity, covered: { from: 2003, to: 2018 } });
  const at = (y: number) => r.get(y)?.get('KEN');
  assert.deepEqual([at(2017)?.windowFrom, at(2017)?.windowTo, at(2017)?.firstIntensity], [2013, 2017, 2]);
  assert.deepEqual([at(2016)?.windowFrom, at(2016)?.firstIntensity], [2012, 7]);
  assert.deepEqual([at(2018)?.windowFrom, at(2018)?.firstIntensity, at(2018)?.position], [2014, 0, null]);
  // A two-year window.
  const two = twoWayVisits({ ...base, intensity, covered: { from: 2003, to: 2018 }, window: 2 });
  assert.deepEqual(
    [two.get(2014)?.get('KEN')?.windowFrom, two.get(2014)?.get('KEN')?.firstIntensity],
    [2013, 2],
  );
});

test('two-way visits: engagement is the percentile of the summed shares, ties at their middle', () => {
  // USA only: A 1, B 1, C 2 -> shares 1/4, 1/4, 1/2 (CHN none: its shares are 0).
  // Sorted sums [1/4, 1/4, 1/2]: A and B have 0 below and 1 tie -> (0 + 1/2) / 2; C has 2 below -> 1.
  const intensity = yearlyIntensity(
    mergeStays([
      ev('USA', 'out', 'A', '2012-03-01', 1),
      ev('USA', 'out', 'B', '2012-04-01', 1),
      ev('USA', 'out', 'C', '2012-05-01', 2),
    ]),
  );
  const r = twoWayVisits({ ...base, intensity, universe: () => ['A', 'B', 'C'] }).get(2012)!;
  assert.deepEqual(
    ['A', 'B', 'C'].map((c) => [r.get(c)?.engagement, r.get(c)?.firstShare, r.get(c)?.secondShare]),
    [
      [0.25, 0.25, 0],
      [0.25, 0.25, 0],
      [1, 0.5, 0],
    ],
  );
  assert.deepEqual(
    ['A', 'C'].map((c) => r.get(c)?.position),
    [-1, -1],
  );
  // A state alone in its year (besides the poles) has a position but no percentile to take.
  const alone = twoWayVisits({ ...base, intensity, universe: () => ['C', 'USA', 'CHN'] }).get(2012)!;
  assert.deepEqual(
    [alone.get('C')?.position, alone.get('C')?.engagement, alone.get('C')?.firstShare],
    [-1, null, 1],
  );
});

test('two-way visits: a pole reads only in the years it is among the states; its contact with the other pole is kept', () => {
  const intensity = yearlyIntensity(
    mergeStays([ev('USA', 'out', 'CHN', '2011-11-10', 5), ev('USA', 'out', 'KEN', '2011-03-01', 2)]),
  );
  const r = twoWayVisits({
    ...base,
    intensity,
    universe: (y) => (y === 2011 ? ['KEN', 'USA'] : ['KEN', 'USA', 'CHN']),
  });
  assert.equal(r.get(2011)?.has('CHN'), false);
  assert.equal(r.get(2011)?.get('USA')?.position, -1);
  const chn = r.get(2012)?.get('CHN');
  assert.deepEqual(
    [chn?.position, chn?.engagement, chn?.firstIntensity, chn?.secondIntensity, chn?.firstShare],
    [1, null, 5, 0, 0],
  );
  // The poles' contact with each other is not part of the world total: KEN has all of the USA's share.
  assert.equal(r.get(2012)?.get('KEN')?.firstShare, 1);
});
