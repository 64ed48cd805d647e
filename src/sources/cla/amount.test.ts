import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { InputError } from '../../errors.js';
import { parseUsdAmount } from './amount.js';

const at = { file: 'cla.csv', line: 7, field: '$ Allocation' };

test('dollar amounts as the CLA database writes them', () => {
  assert.equal(parseUsdAmount('$90M', at), 90e6);
  assert.equal(parseUsdAmount('$1.2B', at), 1.2e9);
  assert.equal(parseUsdAmount('$1,500M', at), 1.5e9);
  assert.equal(parseUsdAmount('$12.5B', at), 12.5e9);
  assert.equal(parseUsdAmount('$750K', at), 750e3);
  assert.equal(parseUsdAmount(' $6M ', at), 6e6);
});

test('anything else is an error naming file, line and field', () => {
  for (const bad of [
    '',
    '$',
    '90M',
    '$90',
    '$1.2 B',
    '$1.2b',
    '$1.2BN',
    '$-5M',
    '$0M',
    '$1,50M',
    'USD 90M',
    '$1.2.3B',
    'n/a',
  ]) {
    assert.throws(
      () => parseUsdAmount(bad, at),
      (e: unknown) =>
        e instanceof InputError &&
        e.location.file === 'cla.csv' &&
        e.location.line === 7 &&
        e.location.field === '$ Allocation' &&
        e.describe().includes(bad.trim() === '' ? "''" : bad),
      `'${bad}' must be refused`,
    );
  }
});

test('property: any positive amount written with M or B parses back to its value', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 999_999 }),
      fc.integer({ min: 0, max: 9 }),
      fc.constantFrom('M', 'B'),
      (n, d, s) => {
        const text = `$${n}.${d}${s}`;
        const expected = Math.round((n + d / 10) * (s === 'M' ? 1e6 : 1e9));
        return parseUsdAmount(text, at) === expected;
      },
    ),
  );
});
