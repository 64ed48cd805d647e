import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { parsePoles } from '../poles/pole.js';
import { openStore, type Store } from '../store/open.js';
import { aidProfile } from './aid.js';
import { aidDimension } from './dimensions/aid.js';

let store: Store;
before(async () => {
  store = await openStore({ verify: false });
});
after(() => store.close());

const poles = (s: string) => parsePoles(s, store.concordance);

test('Kenya: US FY2024 obligations US$153.2m and disbursements US$130.4m; China 2006 ODA-like US$127.5m (2021 US$)', async () => {
  const p = await aidProfile(store, 'KEN', { poles: poles('USA,CHN') });
  const fy24 = p.rows.find((r) => r.year === 2024);
  assert.equal(fy24?.usObligationsUsd, 153170205);
  assert.equal(fy24?.usDisbursementsUsd, 130355610);
  assert.equal(fy24?.chinaOdaLikeUsd2021, null, 'AidData ends in 2021: missing');
  assert.equal(p.rows.find((r) => r.year === 2006)?.chinaOdaLikeUsd2021?.toFixed(0), '127480242');
  assert.ok(p.comparability.length >= 4);
  assert.match(p.comparability.join(' '), /fiscal year/);
});

test('Kenya aid windows by hand: 2019-2021 sums and the tilt between them', async () => {
  const p = await aidProfile(store, 'KEN', { poles: poles('USA,CHN') });
  const w = p.windows.find((x) => x.year === 2021);
  const us = p.rows.filter((r) => r.year >= 2019 && r.year <= 2021);
  const u = us.reduce((a, r) => a + (r.usObligationsConstantUsd ?? 0), 0);
  const c = us.reduce((a, r) => a + (r.chinaOdaLikeUsd2021 ?? 0), 0);
  assert.equal(w?.usObligationsConstantUsd, u);
  assert.equal(w?.chinaOdaLikeUsd2021, c);
  assert.equal(w?.position, (c - u) / (c + u));
  assert.equal(p.windows.find((x) => x.year === 2022)?.position, null, 'no Chinese data after 2021');
});

test('aid dimension: USA,CHN only, 2002-2021, Kenya 2021 matches the profile; other poles give nothing', async () => {
  assert.deepEqual(await aidDimension.coverage(store), { from: 2002, to: 2021 });
  const series = await aidDimension.read(store, poles('USA,CHN'));
  assert.deepEqual([...series.keys()].sort()[0], 2002);
  assert.ok(!series.has(2022));
  const p = await aidProfile(store, 'KEN', { poles: poles('USA,CHN') });
  assert.equal(series.get(2021)?.get('KEN')?.position, p.windows.find((x) => x.year === 2021)?.position);
  assert.equal((await aidDimension.read(store, poles('EU,CHN'))).size, 0);
  const flipped = await aidDimension.read(store, poles('CHN,USA'));
  const a = series.get(2021)?.get('KEN')?.position as number;
  assert.equal(flipped.get(2021)?.get('KEN')?.position, -a);
});

test('a store without the aid tables: coverage null, an empty series; describe says what is not comparable', async () => {
  const bare = { ...store, has: () => false } as Store;
  assert.equal(await aidDimension.coverage(bare), null);
  assert.equal((await aidDimension.read(bare, poles('USA,CHN'))).size, 0);
  const ken = (await aidDimension.read(store, poles('USA,CHN'))).get(2021)?.get('KEN');
  assert.ok(ken);
  assert.match(
    aidDimension.describe?.(ken, ['United States', 'China']) ?? '',
    /^2019-2021: United States obligations US\$2,584m .* not like for like$/,
  );
});
