import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { dimensions } from '../measures/bearing/dimensions.js';
import { resolvePoles } from '../params/poles.js';
import { openStore, type Store } from '../store/open.js';
import { bearingProfile, bearingRank, parseWeights } from './bearing.js';

let store: Store;
before(async () => {
  store = await openStore();
});
after(() => store.close());

test('each pole scores at its own end on votes', async () => {
  const poles = resolvePoles(store.concordance, 'USA,CHN');
  for (const year of [1980, 2000, 2019]) {
    const us = await bearingProfile(store, 'USA', { year, poles });
    const cn = await bearingProfile(store, 'CHN', { year, poles });
    assert.equal(us.dimensions.votes?.position, -1, `USA ${year}`);
    assert.equal(cn.dimensions.votes?.position, 1, `CHN ${year}`);
    assert.equal(us.stance, 'first');
    assert.equal(cn.stance, 'second');
  }
});

test('swapping the poles mirrors every position', async () => {
  const a = await bearingProfile(store, 'KEN', {
    year: 2019,
    poles: resolvePoles(store.concordance, 'USA,CHN'),
  });
  const b = await bearingProfile(store, 'KEN', {
    year: 2019,
    poles: resolvePoles(store.concordance, 'CHN,USA'),
  });
  for (const d of dimensions) {
    const x = a.dimensions[d]?.position ?? null;
    const y = b.dimensions[d]?.position ?? null;
    if (x === null) assert.equal(y, null, d);
    else assert.ok(Math.abs(x + (y as number)) < 1e-9, d);
  }
  assert.ok(Math.abs((a.position as number) + (b.position as number)) < 1e-9);
  assert.ok(Math.abs((a.balance as number) - (b.balance as number)) < 1e-9);
});

test('a dimension without data is null, never zero, and left out of the composite', async () => {
  const poles = resolvePoles(store.concordance, 'USA,CHN');
  // The World Bank debt data cover African debtors only: France has no finance reading.
  const fr = await bearingProfile(store, 'FRA', { year: 2015, poles });
  assert.equal(fr.dimensions.finance, null);
  assert.equal(fr.weights.finance, 0);
  assert.ok(fr.position !== null);
  // Before 2000 there is no debt-by-creditor data for anyone.
  const ken = await bearingProfile(store, 'KEN', { year: 1990, poles });
  assert.equal(ken.dimensions.finance, null);
});

test('Kenya 2019: the profile carries the figures and sources behind each dimension', async () => {
  const p = await bearingProfile(store, 'KEN', {
    year: 2019,
    poles: resolvePoles(store.concordance, 'USA,CHN'),
  });
  assert.equal(p.country, 'KEN');
  assert.deepEqual(p.poles, ['USA', 'CHN']);
  assert.match(p.headline, /^Kenya 2019: /);
  const votes = p.dimensions.votes as Record<string, unknown>;
  assert.ok((votes.agreementSecond as number) > (votes.agreementFirst as number));
  assert.match(String(votes.source), /General Assembly/);
  assert.ok(p.series.length > 40);
  // Each of the three positive default weights (votes, trade, finance) moved by -50% and +50%.
  assert.equal(p.sensitivity.length, 6);
});

test('rank orders every state, first pole first; by balance, most balanced first', async () => {
  const poles = resolvePoles(store.concordance, 'USA,CHN');
  const rows = await bearingRank(store, { year: 2019, poles });
  assert.equal(rows[0].position, -1);
  assert.equal(rows.find((r) => r.country === 'USA')?.position, -1);
  assert.ok(rows.length > 150);
  for (let i = 1; i < rows.length; i++) assert.ok((rows[i - 1].position ?? 2) <= (rows[i].position ?? 2));
  const byBalance = await bearingRank(store, { year: 2019, poles, by: 'balance' });
  for (let i = 1; i < byBalance.length; i++)
    assert.ok((byBalance[i - 1].balance ?? -1) >= (byBalance[i].balance ?? -1));
});

test('weights and poles are validated', () => {
  assert.deepEqual(parseWeights('votes=2,visits=1'), { votes: 2, trade: 1, finance: 1, visits: 1 });
  assert.throws(() => parseWeights('votes=x'), /bad weight/);
  assert.throws(() => parseWeights('mood=1'), /bad weight/);
  assert.throws(() => resolvePoles(store.concordance, 'USA'), /two names/);
  assert.throws(() => resolvePoles(store.concordance, 'USA,USA'), /same/);
});
