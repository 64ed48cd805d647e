import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { InputError } from '../../errors.js';
import type { CreditorAmount, ShareholderTable } from '../../finance/shareholders.js';
import { attributeToPoles, defaultMultilaterals, type MultilateralMode } from './attribution.js';

const ida: ShareholderTable = {
  institution: 'IDA',
  asOf: '2022-12-31',
  shares: new Map([
    ['USA', 0.1],
    ['CHN', 0.025],
    ['JPN', 0.08],
  ]),
};
const tables = new Map([['IDA', ida]]);
const us = new Set(['USA']);
const cn = new Set(['CHN']);

// A debtor pays the US 20, China 300, IDA 400 (200 principal + 200 interest), AfDB 100, and a bank 50.
const amounts: CreditorAmount[] = [
  { country: 'USA', institution: null, value: 20 },
  { country: 'CHN', institution: null, value: 300 },
  { country: null, institution: 'IDA', value: 200 },
  { country: null, institution: 'IDA', value: 200 },
  { country: null, institution: 'AFDB', value: 100 },
  { country: 'GBR', institution: null, value: 50 },
];

test('none: members only; every institution listed as unattributed', () => {
  const r = attributeToPoles(amounts, [us, cn], tables, 'none');
  assert.equal(r.first, 20);
  assert.equal(r.second, 300);
  assert.deepEqual(r.attributed, []);
  assert.deepEqual(r.unattributed, [
    { institution: 'IDA', value: 400 },
    { institution: 'AFDB', value: 100 },
  ]);
});

test('shareholders, by hand: IDA 400 gives the US 40 and China 10; AfDB stays unattributed', () => {
  const r = attributeToPoles(amounts, [us, cn], tables, 'shareholders');
  assert.equal(r.first, 20 + 400 * 0.1); // 60
  assert.equal(r.second, 300 + 400 * 0.025); // 310
  assert.equal(r.directFirst, 20);
  assert.equal(r.attributed.length, 1);
  assert.equal(r.attributed[0].first, 40);
  assert.equal(r.attributed[0].second, 10);
  assert.equal(r.attributed[0].asOf, '2022-12-31');
  assert.deepEqual(r.unattributed, [{ institution: 'AFDB', value: 100 }]);
  // A bloc pole sums its members' votes: USA + JPN hold 18% of IDA's votes.
  const g = attributeToPoles(amounts, [new Set(['USA', 'JPN']), cn], tables, 'shareholders');
  assert.equal(g.first, 20 + 400 * 0.18);
});

test('unknown mode is an error naming the flag', () => {
  assert.throws(
    () => attributeToPoles(amounts, [us, cn], tables, 'all' as MultilateralMode),
    (e: unknown) => e instanceof InputError && e.location.field === 'multilaterals',
  );
});

const arb = fc.array(
  fc.record({
    country: fc.constantFrom('USA', 'CHN', 'JPN', 'GBR', null),
    institution: fc.constantFrom('IDA', 'AFDB', null),
    value: fc.double({ min: 0, max: 1e9, noNaN: true }),
  }),
  { maxLength: 20 },
);

test('properties: attribution only adds; swapping poles swaps sides; totals are conserved', () => {
  fc.assert(
    fc.property(arb, (xs) => {
      const none = attributeToPoles(xs, [us, cn], tables, 'none');
      const sh = attributeToPoles(xs, [us, cn], tables, 'shareholders');
      const swapped = attributeToPoles(xs, [cn, us], tables, 'shareholders');
      assert.ok(sh.first >= none.first - 1e-6 && sh.second >= none.second - 1e-6);
      assert.ok(Math.abs(swapped.first - sh.second) < 1e-6 && Math.abs(swapped.second - sh.first) < 1e-6);
      const inst = xs
        .filter((x) => x.country === null && x.institution !== null)
        .reduce((a, x) => a + x.value, 0);
      const listed =
        sh.attributed.reduce((a, x) => a + x.value, 0) + sh.unattributed.reduce((a, x) => a + x.value, 0);
      assert.ok(Math.abs(inst - listed) <= 1e-6 * Math.max(1, inst));
    }),
  );
});

test('by hand: institutions listed largest first, ties by name; the default counts shareholders', () => {
  assert.equal(defaultMultilaterals, 'shareholders');
  const two: ShareholderTable = { institution: 'ADB', asOf: '2023-12-31', shares: new Map([['USA', 0.5]]) };
  const t = new Map([
    ['IDA', ida],
    ['ADB', two],
    ['AAA', { ...two, institution: 'AAA' }],
  ]);
  const xs: CreditorAmount[] = [
    { country: null, institution: 'IDA', value: 10 },
    { country: null, institution: 'ADB', value: 30 },
    { country: null, institution: 'AAA', value: 30 },
    { country: null, institution: 'ZZZ', value: 5 },
    { country: null, institution: 'BBB', value: 50 },
    { country: null, institution: 'CCC', value: 50 },
    // neither a country nor an institution: counted nowhere
    { country: null, institution: null, value: 70 },
  ];
  const r = attributeToPoles(xs, [us, cn], t, 'shareholders');
  assert.deepEqual(
    r.attributed.map((a) => [a.institution, a.value, a.firstVotes, a.secondVotes]),
    [
      ['AAA', 30, 0.5, 0],
      ['ADB', 30, 0.5, 0],
      ['IDA', 10, 0.1, 0.025],
    ],
  );
  assert.deepEqual(r.unattributed, [
    { institution: 'BBB', value: 50 },
    { institution: 'CCC', value: 50 },
    { institution: 'ZZZ', value: 5 },
  ]);
});

test('errors name the field: an unknown mode lists the modes, a non-finite amount gives its value', () => {
  assert.throws(
    () => attributeToPoles(amounts, [us, cn], tables, 'all' as MultilateralMode),
    (e: unknown) =>
      e instanceof InputError &&
      e.message === "unknown multilaterals mode 'all'" &&
      e.hint === 'one of none, shareholders',
  );
  for (const value of [Number.NaN, Number.POSITIVE_INFINITY]) {
    assert.throws(
      () => attributeToPoles([{ country: 'USA', institution: null, value }], [us, cn], tables, 'none'),
      (e: unknown) =>
        e instanceof InputError &&
        e.message === `amount must be finite, got ${value}` &&
        e.location.field === 'value',
    );
  }
});
