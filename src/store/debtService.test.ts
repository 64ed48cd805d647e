import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { serviceYears } from './debtService.js';
import { openStore, type Store } from './open.js';

let store: Store;
before(async () => {
  store = await openStore({ verify: false });
});
after(() => store.close());

// The finance readings sum a debtor-year's creditors in JS in the order given here: a fixed order (and
// decimal sums in DuckDB) keep every figure the same to the last digit from run to run.
test('serviceYears: creditors of each debtor-year in a fixed order (country, then institution)', async () => {
  const years = await serviceYears(store);
  assert.ok(years.length > 2000);
  const key = (c: { country: string | null; institution: string | null }) =>
    [c.country ?? '\uffff', c.institution ?? '\uffff'].join('\u0000');
  let checked = 0;
  for (const y of years) {
    for (let i = 1; i < y.creditors.length; i++) {
      assert.ok(
        key(y.creditors[i - 1]) < key(y.creditors[i]),
        `${y.debtor} ${y.year}: creditors out of order`,
      );
      checked++;
    }
  }
  assert.ok(checked > 10_000);
});

test('serviceYears: the same figures on a second store, to the last digit', async () => {
  const other = await openStore({ verify: false });
  try {
    const a = await serviceYears(store);
    const b = await serviceYears(other);
    assert.deepEqual(b, a);
  } finally {
    other.close();
  }
});
