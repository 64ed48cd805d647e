import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { InputError } from '../errors.js';
import { daysBetween, daysToYears, relationshipIntensity, tripWeights, visitWeights } from './intensity.js';

test('weights fall with the level of the visit', () => {
  const order = [
    visitWeights.state,
    visitWeights.official,
    visitWeights['official-working'],
    visitWeights.working,
  ];
  for (let i = 1; i < order.length; i++) assert.ok(order[i] < order[i - 1]);
  assert.ok(visitWeights.working > visitWeights.private);
  assert.equal(tripWeights.president, visitWeights.state);
  assert.ok(tripWeights.secretary < tripWeights.president);
});

test('Kenya 2015: Obama (president) and Kerry (secretary) in Kenya, no Kenyan visit to the US', () => {
  const s = relationshipIntensity({
    country: ['KEN', 'KEN', 'KEN'],
    year: [2015, 2015, 2024],
    weight: [tripWeights.president, tripWeights.secretary, visitWeights.state],
    outbound: [1, 1, 0],
    key: [
      'obama-barack|KEN|2015-07-24',
      'kerry-john-forbes|KEN|2015-05-03',
      'President William Ruto|KEN|2024-05-23',
    ],
  });
  assert.deepEqual([...s.year], [2015, 2024]);
  assert.deepEqual([...s.travelsOut], [2, 0]);
  assert.deepEqual([...s.visitsIn], [0, 1]);
  assert.deepEqual([...s.intensity], [7, 5]);
});

test('one stay listed twice counts once, at the higher weight', () => {
  const s = relationshipIntensity({
    country: ['CHN', 'CHN'],
    year: [2023, 2023],
    weight: [visitWeights.other, visitWeights.summit],
    outbound: [0, 0],
    key: ['President Xi Jinping|CHN|2023-11-12', 'President Xi Jinping|CHN|2023-11-12'],
  });
  assert.deepEqual([...s.visitsIn], [1]);
  assert.deepEqual([...s.intensity], [1]);
});

test('bad input is rejected', () => {
  const ok = { country: ['KEN'], year: [2000], weight: [1], outbound: [0], key: ['a'] };
  assert.throws(() => relationshipIntensity({ ...ok, year: [] }), InputError);
  assert.throws(() => relationshipIntensity({ ...ok, weight: [-1] }), /weight/);
  assert.throws(() => relationshipIntensity({ ...ok, weight: [Number.NaN] }), /weight/);
  assert.throws(() => relationshipIntensity({ ...ok, outbound: [2] }), /outbound/);
  assert.throws(() => relationshipIntensity({ ...ok, year: [2000.5] }), /year/);
});

test('with distinct keys, intensity is the sum of weights and counts add up, sorted by country and year', () => {
  const event = fc.record({
    country: fc.constantFrom('KEN', 'GHA', 'CHN'),
    year: fc.integer({ min: 1990, max: 1995 }),
    weight: fc.constantFrom(1, 2, 3, 4, 5),
    outbound: fc.constantFrom(0, 1),
  });
  fc.assert(
    fc.property(fc.array(event, { maxLength: 60 }), (events) => {
      const s = relationshipIntensity({
        country: events.map((e) => e.country),
        year: events.map((e) => e.year),
        weight: events.map((e) => e.weight),
        outbound: events.map((e) => e.outbound),
        key: events.map((_, i) => String(i)),
      });
      const total = events.reduce((a, e) => a + e.weight, 0);
      assert.equal(
        s.intensity.reduce((a, b) => a + b, 0),
        total,
      );
      assert.equal(
        s.visitsIn.reduce((a, b) => a + b, 0) + s.travelsOut.reduce((a, b) => a + b, 0),
        events.length,
      );
      for (let i = 1; i < s.country.length; i++) {
        assert.ok(
          s.country[i - 1] < s.country[i] || (s.country[i - 1] === s.country[i] && s.year[i - 1] < s.year[i]),
        );
      }
    }),
  );
});

test('gaps in days and years', () => {
  assert.equal(daysBetween('2008-09-14', '2024-05-23'), 5730);
  assert.equal(Math.round(daysToYears(5730) * 10) / 10, 15.7);
  assert.equal(daysBetween('2024-05-23', '2024-05-22'), -1);
});
