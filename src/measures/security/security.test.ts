import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { InputError } from '../../errors.js';
import { poleTies, tieStrength } from './alliances.js';
import { armsPoleShares, armsWindow, type SupplierYear } from './arms.js';
import { troopScale, usPresence } from './presence.js';
import { securityReading } from './reading.js';

const US = new Set(['USA']);
const CN = new Set(['CHN']);

test('arms window, worked by hand: 2020-2024 sums, the 2019 delivery and null TIV left out', () => {
  const rows: SupplierYear[] = [
    { supplier: 'USA', year: 2019, tiv: 100 },
    { supplier: 'USA', year: 2020, tiv: 10 },
    { supplier: 'CHN', year: 2022, tiv: 30 },
    { supplier: 'CHN', year: 2024, tiv: null },
    { supplier: 'JOR', year: 2023, tiv: 60 },
  ];
  const w = armsWindow(rows, 2024, 5);
  assert.deepEqual([w.from, w.to, w.total, w.yearsWithDeliveries], [2020, 2024, 100, 3]);
  const s = armsPoleShares(w, US, CN);
  // US 10, China 30 of 100: shares 0.1 and 0.3, tilt (30 - 10) / 40 = 0.5, engagement 0.4.
  assert.deepEqual(s, {
    tivFirst: 10,
    tivSecond: 30,
    total: 100,
    shareFirst: 0.1,
    shareSecond: 0.3,
    tilt: 0.5,
    engagement: 0.4,
  });
  // Nothing delivered: no reading, not a zero.
  const empty = armsPoleShares(armsWindow(rows, 2030, 5), US, CN);
  assert.deepEqual([empty.tilt, empty.engagement, empty.shareFirst], [null, null, null]);
  // Deliveries, none from a pole: engagement 0, tilt undefined.
  const other = armsPoleShares(armsWindow([{ supplier: 'JOR', year: 2024, tiv: 5 }], 2024), US, CN);
  assert.deepEqual([other.tilt, other.engagement], [null, 0]);
});

test('alliance ties, worked by hand: defence with the first pole, consultation with the second', () => {
  // bits: defense 1, consul 16.
  const t = poleTies(
    [
      { partner: 'USA', bits: 1 },
      { partner: 'CHN', bits: 16 },
      { partner: 'JOR', bits: 1 },
    ],
    US,
    CN,
  );
  assert.deepEqual([t.tieFirst, t.tieSecond, t.tilt, t.engagement], [1, 0.25, -0.75, 1]);
  assert.deepEqual([t.obligationsFirst, t.obligationsSecond], [['defense'], ['consul']]);
  assert.equal(tieStrength(8 | 16), 0.5, 'non-aggression outranks consultation');
  assert.equal(poleTies([{ partner: 'JOR', bits: 1 }], US, CN).tilt, null);
});

test('presence: embassy guards are 0, 1,000 troops 0.5, 10,000 and more 1, MNNA 0.5, missing null', () => {
  assert.equal(troopScale(72), 0);
  assert.equal(troopScale(1000), 0.5);
  assert.equal(troopScale(55000), 1);
  assert.equal(troopScale(null), null);
  assert.equal(usPresence(72, true), 0.5);
  assert.equal(usPresence(72, false), 0);
  assert.equal(usPresence(null, false), null);
});

test('the reading: position from two-sided components only; US-only presence moves the engagement alone', () => {
  const arms = { tilt: 0.5, engagement: 0.4 };
  const without = securityReading({ arms, alliances: { tilt: null, engagement: 0 }, usPresence: 0 });
  const withMnna = securityReading({ arms, alliances: { tilt: null, engagement: 0 }, usPresence: 0.5 });
  assert.equal(without.position, 0.5);
  assert.equal(withMnna.position, 0.5);
  assert.ok(Math.abs((without.engagement ?? 0) - 0.4 / 3) < 1e-12);
  assert.ok(Math.abs((withMnna.engagement ?? 0) - 0.3) < 1e-12);
  assert.equal(withMnna.engagementTwoSided, 0.2);
  assert.deepEqual(securityReading({ arms: null, alliances: null, usPresence: null }), {
    position: null,
    engagement: null,
    engagementTwoSided: null,
  });
});

const supplier = fc.constantFrom('USA', 'CHN', 'RUS', 'FRA', 'unknown supplier(s)');
const rowsArb = fc.array(
  fc.record({
    supplier,
    year: fc.integer({ min: 2015, max: 2024 }),
    tiv: fc.option(fc.double({ min: 0, max: 1e4, noNaN: true })),
  }),
  { maxLength: 30 },
);
const dyadsArb = fc.array(
  fc.record({ partner: fc.constantFrom('USA', 'CHN', 'PRK'), bits: fc.integer({ min: 0, max: 31 }) }),
  { maxLength: 6 },
);

test('property: swapping the poles mirrors the position and keeps the engagement', () => {
  fc.assert(
    fc.property(
      rowsArb,
      dyadsArb,
      fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
      (rows, dyads, presence) => {
        const w = armsWindow(rows, 2024);
        const read = (a: Set<string>, b: Set<string>) => {
          const s = armsPoleShares(w, a, b);
          const t = poleTies(dyads, a, b);
          return securityReading({ arms: s, alliances: t, usPresence: presence });
        };
        const ab = read(US, CN);
        const ba = read(CN, US);
        if (ab.position === null) assert.equal(ba.position, null);
        else {
          assert.ok(Math.abs(ab.position + (ba.position ?? Number.NaN)) < 1e-12);
          assert.ok(ab.position >= -1 && ab.position <= 1);
        }
        assert.equal(ab.engagement, ba.engagement);
        if (ab.engagement !== null) assert.ok(ab.engagement >= 0 && ab.engagement <= 1 + 1e-12);
      },
    ),
  );
});

test('property: with no deliveries and no ties, nothing is read (missing stays null)', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1950, max: 2024 }), (year) => {
      const s = armsPoleShares(armsWindow([], year), US, CN);
      const r = securityReading({ arms: s, alliances: null, usPresence: null });
      assert.deepEqual([r.position, r.engagement], [null, null]);
    }),
  );
});

test('the reading, Pakistan 2024 by hand: arms +0.99 toward China, alliances -0.5 toward the US', () => {
  // Both tilts are two-sided, so the position is their mean: (0.99 - 0.5) / 2 = 0.245; engagements
  // 0.8 and 1 with a US presence of 0.5 average to 0.7667, the two-sided ones to 0.9.
  const r = securityReading({
    arms: { tilt: 0.99, engagement: 0.8 },
    alliances: { tilt: -0.5, engagement: 1 },
    usPresence: 0.5,
  });
  assert.ok(Math.abs((r.position ?? Number.NaN) - 0.245) < 1e-12, String(r.position));
  assert.ok(Math.abs((r.engagement ?? Number.NaN) - 2.3 / 3) < 1e-12, String(r.engagement));
  assert.ok(Math.abs((r.engagementTwoSided ?? Number.NaN) - 0.9) < 1e-12, String(r.engagementTwoSided));
});

test('gaps found by mutation testing, worked by hand: partners, equal ties, window edges, bad input', () => {
  // Partners: each pole's members once, sorted; a dyad without obligations names no partner.
  const t = poleTies(
    [
      { partner: 'USA', bits: 1 },
      { partner: 'GBR', bits: 16 },
      { partner: 'GBR', bits: 1 },
      { partner: 'FRA', bits: 8 },
      { partner: 'CHN', bits: 16 },
      { partner: 'FRA', bits: 1 },
    ],
    new Set(['USA', 'GBR']),
    new Set(['CHN', 'FRA']),
  );
  assert.deepEqual(
    [t.partnersFirst, t.partnersSecond],
    [
      ['GBR', 'USA'],
      ['CHN', 'FRA'],
    ],
  );
  assert.deepEqual(
    poleTies([{ partner: 'CHN', bits: 0 }], US, CN).partnersSecond,
    [],
    'no obligation, no partner',
  );
  // Equal ties with both poles: tilt 0, not undefined.
  const even = poleTies(
    [
      { partner: 'USA', bits: 1 },
      { partner: 'CHN', bits: 1 },
    ],
    US,
    CN,
  );
  assert.equal(even.tilt, 0);

  // The window: rows after the year are skipped; a supplier with only null TIV is not listed; a zero
  // delivery adds no year with deliveries.
  const w = armsWindow(
    [
      { supplier: 'USA', year: 2025, tiv: 7 },
      { supplier: 'RUS', year: 2024, tiv: null },
      { supplier: 'USA', year: 2023, tiv: 0 },
      { supplier: 'CHN', year: 2024, tiv: 4 },
    ],
    2024,
    1,
  );
  assert.deepEqual([w.from, w.total, w.yearsWithDeliveries], [2024, 4, 1]);
  assert.deepEqual([...w.bySupplier], [['CHN', 4]]);
  const three = armsWindow([{ supplier: 'USA', year: 2023, tiv: 0 }], 2024, 3);
  assert.deepEqual([three.from, three.total, three.yearsWithDeliveries], [2022, 0, 0]);
  // Equal deliveries from both poles: tilt 0.
  const s = armsPoleShares(
    armsWindow(
      [
        { supplier: 'USA', year: 2024, tiv: 5 },
        { supplier: 'CHN', year: 2024, tiv: 5 },
      ],
      2024,
    ),
    US,
    CN,
  );
  assert.equal(s.tilt, 0);

  const inputError = (f: () => unknown, message: string, field: string) =>
    assert.throws(
      f,
      (e: unknown) => e instanceof InputError && e.message === message && e.location.field === field,
    );
  for (const window of [0, 1.5])
    inputError(
      () => armsWindow([], 2024, window),
      `window must be a whole number of years >= 1, got ${window}`,
      'window',
    );
  for (const tiv of [-1, Number.NaN])
    inputError(
      () => armsWindow([{ supplier: 'USA', year: 2024, tiv }], 2024),
      `TIV must be non-negative, got ${tiv}`,
      'tiv',
    );
  inputError(
    () => armsPoleShares(armsWindow([{ supplier: 'USA', year: 2024, tiv: 1 }], 2024), US, new Set(['USA'])),
    'supplier USA belongs to both poles',
    'poles',
  );
});

test('presence and the reading: troops alone count without MNNA; a NaN component is no reading', () => {
  assert.equal(usPresence(55000, false), 1);
  assert.equal(usPresence(1000, false), 0.5);
  assert.equal(usPresence(null, true), 0.5);
  const r = securityReading({
    arms: { tilt: Number.NaN, engagement: 0.4 },
    alliances: { tilt: 0.5, engagement: 1 },
    usPresence: null,
  });
  assert.equal(r.position, 0.5);
});
