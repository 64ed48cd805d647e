import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { InputError } from '../../errors.js';
import { openStore, type Store } from '../../store/open.js';
import { checkClaims, readClaims } from '../check.js';

let store: Store;
before(async () => {
  store = await openStore({ verify: false });
});
after(() => store.close());

async function one(claim: Record<string, unknown>) {
  const [v] = await checkClaims(store, readClaims(claim));
  return v;
}

for (const year of [2023, 2024]) {
  test(`the seed: Kenya and the US share "values of democracy, freedom, the rule of law" (${year})`, async () => {
    const v = await one({
      type: 'shares-values',
      statement: 'shared values of democracy, freedom, the rule of law',
      country: 'KEN',
      with: 'USA',
      year,
    });
    // Kenya's intervals lie below the US's on both indices and Freedom House rates it Partly Free, the US
    // Free; both are above 0.5 on electoral democracy: a difference, not an opposite.
    assert.equal(v.verdict, 'partly supported', v.summary);
    assert.equal(v.evidence.figures.year, year);
    assert.equal(v.evidence.figures.indicesAlike, 0);
    assert.equal(v.evidence.figures.freedomStatus, 'PF');
    assert.equal(v.evidence.figures.withFreedomStatus, 'F');
    assert.match(v.summary, /electoral democracy 0\.5\d \(0\.\d\d-0\.\d\d\) against 0\.8\d/);
    assert.match(v.summary, /Partly Free/);
    assert.equal(v.evidence.sources[0].file, 'values/vdem_simple_1789_2024.csv.gz');
    assert.equal(v.evidence.sources[0].rows.length, 2);
    assert.equal(v.evidence.sources[1].file, 'values/freedom_house_fiw_1972_2024.csv');
  });
}

test('Kenya and China: opposite sides of the democracy threshold and different status: not supported', async () => {
  const v = await one({ type: 'shares-values', country: 'Kenya', with: 'China', year: 2024 });
  assert.equal(v.verdict, 'not supported', v.summary);
});

test('Canada and the US: intervals overlap on both indices, both Free: supported', async () => {
  const v = await one({ type: 'shares-values', country: 'CAN', with: 'USA', year: 2024 });
  assert.equal(v.verdict, 'supported', v.summary);
  assert.equal(v.evidence.figures.indicesAlike, 2);
});

test('a year before the data is not checkable, and says why', async () => {
  const v = await one({ type: 'shares-values', country: 'SSD', with: 'USA', year: 2005 });
  assert.equal(v.verdict, 'not checkable');
  assert.match(v.summary, /no figures for South Sudan in 2005/);
});

test('unknown fields are refused with their path', () => {
  assert.throws(
    () => readClaims({ type: 'shares-values', country: 'KEN', with: 'USA', partner: 'X' }),
    (e: unknown) => e instanceof InputError && e.location.field === 'claims[0].partner',
  );
});
