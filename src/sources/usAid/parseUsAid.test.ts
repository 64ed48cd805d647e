import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { InputError } from '../../errors.js';
import { fixtureConcordance, readFixture } from '../financeFixtures.js';
import { parseUsAid } from './parseUsAid.js';

const file = 'finance/us_foreign_assistance_by_country_fy1946_2024.csv';
const c = fixtureConcordance();

test('Kenya FY2024: obligations US$153.2m and disbursements US$130.4m (current), with their lines', () => {
  const r = parseUsAid(readFixture(file), file, c).filter(
    (x) => x.recipient === 'KEN' && x.fiscalYear === 2024,
  );
  const ob = r.find((x) => x.transaction === 'obligations');
  const di = r.find((x) => x.transaction === 'disbursements');
  assert.equal(ob?.currentUsd, 153170205);
  assert.equal(ob?.constantUsd, 142720863);
  assert.equal(di?.currentUsd, 130355610);
  assert.ok((ob?.line ?? 0) > 1);
});

test('regions and World stay named groups; former states resolve by an explicit list', () => {
  const r = parseUsAid(readFixture(file), file, c);
  const world = r.find((x) => x.name === 'World');
  assert.equal(world?.recipient, null);
  assert.equal(world?.recipientGroup, 'World');
  const region = r.find((x) => x.name === 'Africa Region');
  assert.equal(region?.recipient, null);
  assert.equal(r.find((x) => x.name === 'Soviet Union (former)')?.recipient, 'SUN');
});

test('the 1976 transition quarter is its own period, and bad rows name line and field', () => {
  const header =
    '"Country Code","Country Name","Region ID","Region Name","Income Group Acronym","Income Group Name","Transaction Type ID","Transaction Type Name","Fiscal Year","current_amount","constant_amount"';
  const row = (fy: string, amount = '1000', type = '2,Obligations', code = 'KEN,Kenya') =>
    `${code},5,Sub-Saharan Africa,LMIC,Lower Middle Income Country,${type},${fy},${amount},${amount}`;
  const tq = parseUsAid([header, row('1976tq'), row('1976')].join('\n'), 'f.csv', c);
  assert.deepEqual(
    tq.map((x) => [x.fiscalYear, x.transitionQuarter]),
    [
      [1976, true],
      [1976, false],
    ],
  );
  const cases: [string, number, string][] = [
    [row('FY24'), 2, 'Fiscal Year'],
    [row('2024', '12x5'), 2, 'current_amount'],
    [row('2024', '1000', '7,Loans'), 2, 'Transaction Type ID'],
    [row('2024', '1000', '2,Obligations', 'QQQ,Atlantis'), 2, 'Country Code'],
  ];
  for (const [r, line, field] of cases) {
    assert.throws(
      () => parseUsAid([header, r].join('\n'), 'f.csv', c),
      (e: InputError) => e.location.line === line && e.location.field === field,
      r,
    );
  }
  assert.throws(
    () => parseUsAid([header, row('2024'), row('2024')].join('\n'), 'f.csv', c),
    (e: InputError) => e.location.line === 3 && /first at line 2/.test(e.message),
  );
});
