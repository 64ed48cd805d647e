import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InputError } from '../errors.js';
import { rateRows, toUsd, unitsPerUsd, usdRates } from './usdRates.js';

test('annual averages from the Fed H.10 table, units per US dollar', () => {
  assert.equal(unitsPerUsd('JPY', 2010), 87.7817);
  assert.equal(unitsPerUsd('CNY', 2014), 6.162);
  assert.equal(unitsPerUsd('EUR', 2023), 0.9245);
  assert.equal(unitsPerUsd('usd', 1990), 1);
  assert.equal(toUsd(1_000_000, 'EUR', 2010), 1_000_000 / 0.7541);
});

test('the AfDB unit of account is worth one SDR', () => {
  assert.equal(unitsPerUsd('AUA', 2015), unitsPerUsd('XDR', 2015));
  assert.ok(Math.abs(1 / unitsPerUsd('XDR', 2015) - 1.3929) < 1e-9);
});

test('pegged currencies', () => {
  assert.equal(unitsPerUsd('SAR', 2013), 3.75);
  assert.equal(unitsPerUsd('AED', 2010), 3.6725);
});

test('an unknown currency or a year without a rate is an error naming the field', () => {
  const where = { file: 'register.csv', line: 12, field: 'curr' };
  assert.throws(
    () => unitsPerUsd('XYZ', 2010, where),
    (e: unknown) =>
      e instanceof InputError &&
      e.location.field === 'curr' &&
      e.location.line === 12 &&
      /unknown currency 'XYZ'/.test(e.message),
  );
  assert.throws(
    () => unitsPerUsd('NOK', 2010, where),
    (e: unknown) => e instanceof InputError && /no exchange-rate table for NOK/.test(e.message),
  );
  assert.throws(
    () => unitsPerUsd('GBP', 1995, where),
    (e: unknown) =>
      e instanceof InputError &&
      /no GBP exchange rate for 1995/.test(e.message) &&
      e.location.field === 'curr',
  );
});

test('every tabled rate is positive and finite, and each series spans consecutive years where it claims to', () => {
  for (const [code, s] of Object.entries(usdRates)) {
    assert.ok(s.source.length > 0, `${code} names its source`);
    for (const v of Object.values(s.rates)) assert.ok(Number.isFinite(v) && v > 0, `${code} rate ${v}`);
  }
  for (const code of ['JPY', 'CNY', 'CHF', 'DKK', 'SEK', 'KRW', 'INR', 'CAD', 'XDR', 'EUR']) {
    for (let y = 1984; y <= 2023; y++) assert.ok(usdRates[code].rates[y] > 0, `${code} ${y}`);
  }
  const rows = [...rateRows()];
  assert.ok(
    rows.some((r) => r.currency === 'EUR' && r.year === 1990 && !r.verified),
    'pre-euro ECU rates are marked unverified',
  );
  assert.ok(rows.some((r) => r.currency === 'EUR' && r.year === 2010 && r.verified));
});
