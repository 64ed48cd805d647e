import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { resolvePoles } from '../params/poles.js';
import { openStore, type Store } from '../store/open.js';
import {
  bearingProfile,
  bearingRank,
  defaultWeights,
  dimensionIds,
  flatRankRow,
  parseWeights,
  profileSeriesRows,
} from './bearing.js';

let store: Store;
/** Weights giving finance alone: whatever else the registry holds is at 0. */
const financeOnly = dimensionIds.map((d) => `${d}=${d === 'finance' ? 1 : 0}`).join(',');
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
  for (const d of dimensionIds) {
    const x = a.dimensions[d]?.position ?? null;
    const y = b.dimensions[d]?.position ?? null;
    if (x === null) assert.equal(y, null, d);
    else assert.ok(Math.abs(x + (y as number)) < 1e-9, d);
  }
  assert.ok(Math.abs((a.position as number) + (b.position as number)) < 1e-9);
  assert.ok(Math.abs((a.balance as number) - (b.balance as number)) < 1e-9);
});

test('Kenya 2019: each reading follows from its figures, in the right direction', async () => {
  const p = await bearingProfile(store, 'KEN', {
    year: 2019,
    poles: resolvePoles(store.concordance, 'USA,CHN'),
  });
  const t = p.dimensions.trade!;
  const f = p.dimensions.finance!;
  const v = p.dimensions.votes!;
  const tilt = (first: number, second: number) => (second - first) / (second + first);
  assert.ok(Math.abs((t.position as number) - tilt(t.withFirst as number, t.withSecond as number)) < 1e-12);
  assert.ok(
    Math.abs((f.position as number) - tilt(f.firstServiceUsd as number, f.secondServiceUsd as number)) <
      1e-12,
  );
  // Kenya trades with and pays more debt service to China than to the US: both toward +1.
  assert.ok((t.position as number) > 0.5 && (f.position as number) > 0.5);
  const d = (v.agreementSecond as number) - (v.agreementFirst as number);
  const m = v.worldMedian as number;
  const expected =
    d >= m ? (d - m) / ((v.secondAnchor as number) - m) : -(m - d) / (m - (v.firstAnchor as number));
  assert.ok(Math.abs((v.position as number) - Math.max(-1, Math.min(1, expected))) < 1e-9);
  assert.match(String(v.words), /closer to China than the typical state does/);
  assert.match(p.headline, /^Kenya 2019: (facing|leaning) East/);
  assert.equal(p.coverage.enough, true);
  assert.equal(p.dimensions.votes?.dataYear, 2019);
  const weighted = Object.values(defaultWeights()).filter((w) => w > 0).length;
  assert.equal(p.sensitivity.length, 2 * weighted, 'each positive weight moved by -50% and +50%');
  assert.match(String(v.source), /General Assembly/);
  assert.ok(p.series.length > 40);
});

test('a dimension without data is null, never zero, and left out of the composite', async () => {
  const poles = resolvePoles(store.concordance, 'USA,CHN');
  // The World Bank debt data cover African debtors only: France has no finance reading.
  const fr = await bearingProfile(store, 'FRA', { year: 2015, poles });
  assert.equal(fr.dimensions.finance, null);
  assert.equal(fr.weights.finance, 0);
  assert.ok(fr.position !== null);
  const ken = await bearingProfile(store, 'KEN', { year: 1990, poles });
  assert.equal(ken.dimensions.finance, null);
});

test('one dimension is partial: no stance, and the headline says which', async () => {
  const poles = resolvePoles(store.concordance, 'USA,CHN');
  const p = await bearingProfile(store, 'KEN', {
    year: 2019,
    poles,
    weights: parseWeights(financeOnly),
  });
  assert.equal(p.stance, null);
  assert.equal(p.coverage.label, 'partial: finance only');
  assert.match(p.headline, /^Kenya 2019: partial: finance only \(finance 0\.\d\d toward East\)/);
});

test('carry forward: only when asked, and said', async () => {
  // Trade ends in 2020 while other dimensions go on: two years after its end it is missing unless carried.
  const poles = resolvePoles(store.concordance, 'USA,CHN');
  const lastTrade = Math.max(
    ...(await bearingProfile(store, 'KEN', { poles })).series
      .filter((y) => y.dimensions.trade.position !== null)
      .map((y) => y.year),
  );
  const year = lastTrade + 2;
  const plain = await bearingProfile(store, 'KEN', { year, poles });
  assert.equal(plain.dimensions.trade, null);
  const carried = await bearingProfile(store, 'KEN', { year, poles, carryForward: 2 });
  assert.equal(carried.dimensions.trade?.carried, true);
  assert.equal(carried.dimensions.trade?.dataYear, lastTrade);
  assert.deepEqual(
    carried.carried.find((c) => c.id === 'trade'),
    { id: 'trade', dataYear: lastTrade },
  );
  assert.match(carried.headline, new RegExp(`carried forward: trade from ${lastTrade}`));
  const once = await bearingProfile(store, 'KEN', { year, poles, carryForward: 1 });
  assert.equal(once.dimensions.trade, null, 'two years from its data: not carried by 1');
  const csv = profileSeriesRows(carried, year);
  assert.equal(csv.length, 1);
  assert.equal(csv[0].first, 'USA');
  assert.equal(csv[0].carried !== null && String(csv[0].carried).includes('trade'), true);
});

test('rank: poles\u2019 members and partial states left out by default; filters; listed unranked when asked', async () => {
  const poles = resolvePoles(store.concordance, 'USA,CHN');
  const rows = await bearingRank(store, { year: 2019, poles });
  assert.equal(
    rows.find((r) => r.country === 'USA'),
    undefined,
  );
  assert.equal(
    rows.find((r) => r.country === 'CHN'),
    undefined,
  );
  assert.ok(rows.length > 150);
  assert.ok(rows.every((r) => r.coverage === null && r.rank !== null && r.stance !== null));
  for (const [i, r] of rows.entries()) assert.equal(r.rank, i + 1);
  for (let i = 1; i < rows.length; i++) assert.ok((rows[i - 1].position ?? 2) <= (rows[i].position ?? 2));
  const all = await bearingRank(store, { year: 2019, poles, includePoles: true });
  const us = all.find((r) => r.country === 'USA')!;
  assert.equal(us.rank, null);
  assert.equal(us.pole, 0);
  assert.equal(all[all.length - 1].rank, null, 'unranked rows after the ranked');
  const byBalance = await bearingRank(store, { year: 2019, poles, by: 'balance' });
  for (let i = 1; i < byBalance.length; i++)
    assert.ok((byBalance[i - 1].balance ?? -1) >= (byBalance[i].balance ?? -1));
  const africa = await bearingRank(store, { year: 2019, poles, continent: 'africa' });
  assert.ok(
    africa.length > 40 && africa.every((r) => store.concordance.get(r.country)?.continent === 'Africa'),
  );
  await assert.rejects(
    bearingRank(store, { year: 2019, poles, continent: 'Atlantis' }),
    /no state in Atlantis/,
  );
  const partial = await bearingRank(store, {
    year: 2019,
    poles,
    weights: parseWeights(financeOnly),
    includePartial: true,
  });
  assert.ok(partial.length > 0 && partial.every((r) => r.rank === null && r.coverage !== null));
  assert.deepEqual(
    Object.keys(flatRankRow(rows[0])).filter((k) => dimensionIds.includes(k)),
    [...dimensionIds],
  );
});

test('weights and poles are validated, names from the registry', () => {
  assert.deepEqual(parseWeights('votes=2,visits=1'), { ...defaultWeights(), votes: 2, visits: 1 });
  assert.equal(defaultWeights().votes, 1);
  assert.throws(() => parseWeights('votes=x'), /bad weight/);
  assert.throws(() => parseWeights('mood=1'), /unknown dimension 'mood'/);
  const planned = ['investment', 'aid', 'security', 'values'].find((d) => !dimensionIds.includes(d));
  if (planned)
    assert.throws(
      () => parseWeights(`${planned}=1`),
      new RegExp(`dimension '${planned}' has no data in this build`),
    );
  assert.throws(() => resolvePoles(store.concordance, 'USA'), /two names/);
  assert.throws(() => resolvePoles(store.concordance, 'USA,USA'), /same/);
});
