import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InputError } from '../errors.js';
import { currencyCode, isCurrencyCode } from './currency.js';

test('ISO 4217 codes in use, SDR included, are known', () => {
  for (const code of ['USD', 'EUR', 'CNY', 'JPY', 'KES', 'XDR', 'GBP', 'KWD'])
    assert.ok(isCurrencyCode(code), code);
  assert.equal(currencyCode(' kes '), 'KES');
});

test('an unknown code names its field and suggests neighbours', () => {
  assert.throws(
    () => currencyCode('JPK', { file: 'register.csv', line: 3, field: 'curr' }),
    (e: unknown) =>
      e instanceof InputError &&
      e.location.field === 'curr' &&
      e.location.line === 3 &&
      e.suggestions.includes('JPY'),
  );
  assert.throws(
    () => currencyCode('dollars'),
    (e: unknown) => e instanceof InputError && e.location.field === 'currency',
  );
});
