import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { InputError } from '../errors.js';
import { openStore, type Store } from '../store/open.js';
import { defaultPoles, resolvePoles } from './poles.js';

let store: Store;
before(async () => {
  store = await openStore();
});
after(() => store.close());

test('no poles named: the default, USA then CHN', () => {
  assert.equal(defaultPoles, 'USA,CHN');
  const [first, second] = resolvePoles(store.concordance, undefined);
  assert.equal(first.id, 'USA');
  assert.equal(second.id, 'CHN');
});

test('poles as text are parsed; parsed poles pass through unchanged', () => {
  const poles = resolvePoles(store.concordance, 'EU,CHN');
  assert.deepEqual(
    poles.map((p) => p.id),
    ['EU', 'CHN'],
  );
  const again = resolvePoles(store.concordance, poles);
  assert.equal(again[0], poles[0]);
  assert.equal(again[1], poles[1]);
});

test('bad poles name the field, or the location given', () => {
  assert.throws(
    () => resolvePoles(store.concordance, 'USA'),
    (e: unknown) => e instanceof InputError && e.location.field === 'poles' && /two names/.test(e.message),
  );
  assert.throws(
    () => resolvePoles(store.concordance, 'USA,USA', { field: 'claims[0].poles' }),
    (e: unknown) =>
      e instanceof InputError && e.location.field === 'claims[0].poles' && /same/.test(e.message),
  );
});
