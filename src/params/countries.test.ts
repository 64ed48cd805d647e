import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { InputError } from '../errors.js';
import { openStore, type Store } from '../store/open.js';
import { resolveCountry } from './countries.js';

let store: Store;
before(async () => {
  store = await openStore();
});
after(() => store.close());

test('a code, a name or scheme:code resolves to the canonical country', () => {
  assert.equal(resolveCountry(store.concordance, 'KEN', 'country').id, 'KEN');
  assert.equal(resolveCountry(store.concordance, 'Kenya', 'country').id, 'KEN');
  assert.equal(resolveCountry(store.concordance, 'cow:501', 'country').id, 'KEN');
});

test('a missing country names the field; an unknown one names it too, with suggestions', () => {
  assert.throws(
    () => resolveCountry(store.concordance, undefined, 'with'),
    (e: unknown) => e instanceof InputError && e.message === 'missing with' && e.location.field === 'with',
  );
  assert.throws(
    () => resolveCountry(store.concordance, 'Kenia', 'country'),
    (e: unknown) =>
      e instanceof InputError &&
      e.location.field === 'country' &&
      e.message === "unknown country 'Kenia'" &&
      e.suggestions[0] === 'KEN (Kenya)',
  );
});
