import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { coSponsorship } from '../measures/sponsorship/coSponsorship.js';
import { parsePoles, poleMembers } from '../poles/pole.js';
import { openStore, type Store } from '../store/open.js';
import { sponsorshipSeries } from './sponsorship.js';

let store: Store;
before(async () => {
  store = await openStore();
});
after(() => store.close());

test('Kenya with the US and China: every year of the sponsor lists, two rows a year', async () => {
  const rows = await sponsorshipSeries(store, 'KEN', parsePoles('USA,CHN', store.concordance));
  assert.deepEqual([...new Set(rows.map((r) => r.year))], [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
  const y2024 = rows.filter((r) => r.year === 2024);
  assert.deepEqual(
    y2024.map((r) => [r.pole, r.sponsored, r.coSponsored]),
    [
      ['USA', 28, 13],
      ['CHN', 28, 22],
    ],
  );
});

test('the query equals the measure on the stored sponsor lists (2023, EU and China)', async () => {
  const poles = parsePoles('EU,CHN', store.concordance);
  const rows = await sponsorshipSeries(store, 'KEN', poles, { from: 2023, to: 2023 });
  const lists = (
    await store.connection.runAndReadAll(
      'SELECT list(country) FROM sponsorships WHERE year = 2023 GROUP BY resolution ORDER BY resolution',
    )
  )
    .getRowsJS()
    .map((r) => (r[0] as string[]).map(String));
  const direct = coSponsorship(lists, 'KEN', [poleMembers(poles[0], 2023), ['CHN']]);
  assert.equal(rows[0].sponsored, direct.sponsored);
  assert.equal(rows[0].share, direct.poles[0].share);
  assert.equal(rows[1].worldMedian, direct.poles[1].worldMedian);
});

test('years outside the sponsor lists name the range', async () => {
  await assert.rejects(
    sponsorshipSeries(store, 'KEN', parsePoles('USA,CHN', store.concordance), { from: 2010, to: 2012 }),
    /no sponsor lists in 2010-2012: they cover 2019-2026/,
  );
});
