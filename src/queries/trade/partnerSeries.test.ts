import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { InputError } from '../../errors.js';
import { openStore, type Store } from '../../store/open.js';
import { tradePartners } from './index.js';
import { tradePartnerSeries } from './partnerSeries.js';

let store: Store;
before(async () => {
  store = await openStore();
});
after(() => store.close());

const c = (id: string) => store.concordance.resolve(id, { field: 'country' });

test("a partner over time agrees, year by year, with that year's partner table", async () => {
  const r = await tradePartnerSeries(store, c('KEN'), c('CHN'), { from: 2005, to: 2020 });
  assert.equal(r.rows.length, 16);
  for (const year of [2005, 2012, 2019]) {
    const table = await tradePartners(store, 'KEN', { year, top: 0 });
    const p = table.partners.find((x) => x.partner === 'CHN')!;
    const row = r.rows.find((x) => x.year === year)!;
    assert.equal(row.rank, p.rank, `${year} rank`);
    assert.ok(Math.abs((row.share ?? 0) - p.share) < 1e-12, `${year} share`);
    assert.ok(Math.abs((row.value ?? 0) - p.total) < 1e-9, `${year} value`);
    assert.equal(row.partners, table.partnerCount, `${year} partners`);
  }
  // Hand-checked against the CLI's partner table: 2019 US$5,133.1m, 20.8%, rank 1; 2005 rank 6.
  const y2019 = r.rows.find((x) => x.year === 2019)!;
  assert.equal(y2019.rank, 1);
  assert.equal(Number(y2019.share?.toFixed(3)), 0.208);
  assert.equal(r.rows.find((x) => x.year === 2005)?.rank, 6);
  assert.ok(y2019.lines.length > 0, 'the publisher lines are kept');
});

test('a year without a published flow with the partner is missing, not zero; the partner is another country', async () => {
  // South Sudan has no published trade with Kenya before it existed (2011).
  const r = await tradePartnerSeries(store, c('KEN'), c('SSD'), { from: 2005, to: 2020 });
  const y2008 = r.rows.find((x) => x.year === 2008)!;
  assert.deepEqual([y2008.value, y2008.share, y2008.rank], [null, null, null]);
  assert.ok(y2008.partners > 100, 'Kenya traded that year: the partner is missing, not the year');
  for (const row of r.rows.filter((x) => x.value === null)) {
    assert.equal(row.share, null);
    assert.equal(row.rank, null);
  }
  assert.ok(r.rows.every((x) => x.value === null || x.value > 0 || x.rank === null));
  await assert.rejects(tradePartnerSeries(store, c('KEN'), c('KEN')), InputError);
});
