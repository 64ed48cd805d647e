import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { InputError } from '../errors.js';
import { cachedPerStore, requireDataset, rowObjects } from './load.js';
import { openStore, type Store } from './open.js';
import { rebuildHint } from './readManifest.js';

let store: Store;
before(async () => {
  store = await openStore({ verify: false });
});
after(() => store.close());

test('requireDataset: silent when every table is there, else unavailable naming the dataset and what to build', () => {
  requireDataset(store, ['trade_flows', 'trade_names'], 'trade');
  const error = (only?: string) => {
    try {
      requireDataset(store, ['trade_flows', 'no_such_table'], 'imaginary', only);
    } catch (e) {
      return e as InputError;
    }
    assert.fail('a missing table must throw');
  };
  const plain = error();
  assert.ok(plain instanceof InputError);
  assert.equal(plain.message, 'the snapshot has no imaginary dataset');
  assert.equal(plain.kind, 'unavailable');
  assert.deepEqual(plain.location, { file: 'data/manifest.json' });
  assert.equal(plain.hint, rebuildHint);
  const only = error('aid,debt');
  assert.equal(only.hint, rebuildHint.replace('build-data`', 'build-data -- --only aid,debt`'));
  assert.notEqual(only.hint, rebuildHint);
});

test('rowObjects binds parameters; cachedPerStore computes once per store', async () => {
  assert.deepEqual(await rowObjects(store, 'SELECT $1::INTEGER + 1 AS n, $2 AS s', [41, 'x']), [
    { n: 42, s: 'x' },
  ]);
  let calls = 0;
  const compute = async () => ({ calls: ++calls });
  const first = await cachedPerStore(store, 'load.test:once', compute);
  const second = await cachedPerStore(store, 'load.test:once', compute);
  assert.equal(calls, 1);
  assert.equal(second, first);
});
