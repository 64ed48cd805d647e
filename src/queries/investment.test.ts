import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { InputError } from '../errors.js';
import { parsePoles } from '../poles/pole.js';
import { openStore, type Store } from '../store/open.js';
import { investmentDimension } from './dimensions/investment.js';
import { investmentProfile } from './investment.js';

let store: Store;
before(async () => {
  store = await openStore({ verify: false });
});
after(() => store.close());

const poles = (s: string) => parsePoles(s, store.concordance);

test('Kenya 2024: US$163m from the US and US$1,912m from China (reported), tilt +0.843 toward China', async () => {
  const p = await investmentProfile(store, 'KEN', { poles: poles('USA,CHN') });
  assert.equal(p.year, 2024);
  const by = Object.fromEntries(p.investors.map((i) => [i.investor, i]));
  assert.equal(by.USA.reportedUsdMn, 163);
  assert.equal(Math.round(by.CHN.reportedUsdMn ?? 0), 1912);
  assert.equal(by.JPN.reportedUsdMn, null, 'Japan publishes no 2024 value for Kenya: missing, not zero');
  assert.ok((by.USA.reportedLine ?? 0) > 1 && (by.CHN.reportedLine ?? 0) > 1);
  assert.equal(p.tilt?.position?.toFixed(3), '0.843');
  assert.equal(p.tilt?.basis, 'reported');
  assert.ok(p.series.some((r) => r.year === 2014 && r.investor === 'USA'));
});

test('poles outside the five investor economies get no tilt, with the reason; out-of-range year is an InputError', async () => {
  const p = await investmentProfile(store, 'KEN', { year: 2024, poles: poles('EU,CHN') });
  assert.equal(p.tilt, null);
  assert.match(p.tiltNote ?? '', /EU is not one of them/);
  await assert.rejects(
    investmentProfile(store, 'KEN', { year: 2013, poles: poles('USA,CHN') }),
    (e: unknown) => e instanceof InputError && e.location.field === 'year',
  );
});

test('investment dimension: Kenya 2024 reading, only where both poles report, never for the poles themselves', async () => {
  const series = await investmentDimension.read(store, poles('USA,CHN'));
  const ken = series.get(2024)?.get('KEN');
  assert.equal(ken?.position?.toFixed(3), '0.843');
  assert.equal(ken?.figures.firstPositionUsdMn, 163);
  assert.equal(ken?.engagement, null);
  for (const [, perYear] of series) {
    assert.ok(!perYear.has('USA') && !perYear.has('CHN'));
    for (const [, r] of perYear) {
      assert.ok(r.position === null || (r.position >= -1 && r.position <= 1));
      assert.equal(typeof r.figures.firstPositionUsdMn, 'number');
      assert.equal(typeof r.figures.secondPositionUsdMn, 'number');
    }
  }
  assert.deepEqual(await investmentDimension.coverage(store), { from: 2014, to: 2024 });
  assert.equal((await investmentDimension.read(store, poles('EU,CHN'))).size, 0);
  const reversed = await investmentDimension.read(store, poles('CHN,USA'));
  assert.equal(reversed.get(2024)?.get('KEN')?.position?.toFixed(3), '-0.843');
});

test('a store without the investment tables: coverage null, an empty series, never a throw', async () => {
  const bare = { ...store, has: () => false } as Store;
  assert.equal(await investmentDimension.coverage(bare), null);
  assert.equal((await investmentDimension.read(bare, poles('USA,CHN'))).size, 0);
  const ken = (await investmentDimension.read(store, poles('USA,CHN'))).get(2024)?.get('KEN');
  assert.ok(ken);
  assert.equal(
    investmentDimension.describe?.(ken, ['United States', 'China']),
    'United States US$163m, China US$1,912m of direct investment at the end of 2024 (IMF DIP, reported by each investor)',
  );
});
