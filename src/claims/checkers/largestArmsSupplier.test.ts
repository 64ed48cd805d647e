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
  const [v] = await checkClaims(store, readClaims({ type: 'largest-arms-supplier', ...claim }));
  return v;
}

test('"Kenya buys most of its arms from China" 1995-2024: China ranks 2 behind Jordan, partly supported', async () => {
  const v = await one({ country: 'KEN', supplier: 'CHN', from: 1995, to: 2024 });
  assert.equal(v.verdict, 'partly supported', v.summary);
  assert.equal(v.evidence.figures.rank, 2);
  assert.equal(v.evidence.figures.largestSupplier, 'JOR');
  assert.equal(Math.round(Number(v.evidence.figures.supplierTiv)), 84);
  assert.match(v.summary, /behind Jordan \(113\.0 million TIV, 21\.2%\)/);
  const register = v.evidence.sources.find((s) => s.file.includes('register'));
  assert.ok(register && register.rows.length > 0);
});

test("Jordan is Kenya's largest supplier 1995-2024, but not a majority one", async () => {
  assert.equal((await one({ country: 'KEN', supplier: 'JOR', from: 1995, to: 2024 })).verdict, 'supported');
  const m = await one({ country: 'KEN', supplier: 'JOR', from: 1995, to: 2024, sense: 'majority' });
  assert.equal(m.verdict, 'partly supported', m.summary);
});

test('Pakistan buys most of its arms from China (2020-2024, the default period): supported, also as a majority', async () => {
  const v = await one({ country: 'PAK', supplier: 'CHN', sense: 'majority' });
  assert.equal(v.verdict, 'supported', v.summary);
  assert.deepEqual([v.evidence.figures.from, v.evidence.figures.to], [2020, 2024]);
  assert.ok(Number(v.evidence.figures.supplierShare) > 0.8);
  const us = await one({ country: 'PAK', supplier: 'USA' });
  assert.equal(us.verdict, 'not supported');
});

test('validation names the JSON path', () => {
  const bad = (claim: Record<string, unknown>, field: string) =>
    assert.throws(
      () =>
        readClaims({
          claims: [{ type: 'largest-arms-supplier', country: 'KEN', supplier: 'CHN', ...claim }],
        }),
      (e: unknown) => e instanceof InputError && e.location.field === field,
    );
  bad({ from: 2020, to: 2010 }, 'claims[0].to');
  bad({ sense: 'most' }, 'claims[0].sense');
  bad({ supplier: 7 }, 'claims[0].supplier');
  bad({ from: 1900 }, 'claims[0].from');
  bad({ window: 5 }, 'claims[0].window');
});
