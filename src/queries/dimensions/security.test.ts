import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { parsePoles } from '../../poles/pole.js';
import { openStore, type Store } from '../../store/open.js';
import { armsBySupplier } from '../arms.js';
import { securityCountryYear } from '../securityCountry.js';
import { securityDimension } from './security.js';

// The provider on the bundled snapshot: the readings the methods text quotes (docs/methods/security.md).
let store: Store;
before(async () => {
  store = await openStore({ verify: false });
});
after(() => store.close());

const round = (x: number | null, d = 3) => (x === null ? null : Math.round(x * 10 ** d) / 10 ** d + 0);

test('the provider: id, weight, coverage 1950-2024, every reading in range', async () => {
  assert.equal(securityDimension.id, 'security');
  assert.equal(securityDimension.defaultWeight, 1);
  assert.deepEqual(await securityDimension.coverage(store), { from: 1950, to: 2024 });
  const s = await securityDimension.read(store, parsePoles('USA,CHN', store.concordance));
  assert.deepEqual([Math.min(...s.keys()), Math.max(...s.keys())], [1950, 2024]);
  for (const [year, m] of s) {
    for (const [id, r] of m) {
      if (r.position !== null) assert.ok(r.position >= -1 && r.position <= 1, `${id} ${year}`);
      if (r.engagement !== null) assert.ok(r.engagement >= 0 && r.engagement <= 1, `${id} ${year}`);
      assert.equal(r.figures.allianceCarriedForward, year > 2018);
    }
  }
});

test('Kenya: MNNA status shows in 2024 and not in 2023; it raises the engagement, never the position', async () => {
  const s = await securityDimension.read(store, parsePoles('USA,CHN', store.concordance));
  const k23 = s.get(2023)?.get('KEN');
  const k24 = s.get(2024)?.get('KEN');
  assert.ok(k23 && k24);
  assert.deepEqual([k23.figures.mnna, k24.figures.mnna, k24.figures.mnnaSince], [false, true, '2024-06-24']);
  // Arms 2020-2024: Italy 54, US 19.18, China nothing: the arms tilt is -1; no ATOP tie with either pole.
  assert.deepEqual(
    [k24.figures.armsTotalTiv, k24.figures.armsTivFirst, k24.figures.armsTivSecond],
    [92.26, 19.18, 0],
  );
  assert.equal(k24.figures.armsLargestSupplier, 'ITA');
  assert.deepEqual([k23.position, k24.position], [-1, -1]);
  assert.equal(k24.figures.usTroopsActiveDuty, 72);
  assert.deepEqual([round(k23.engagement), round(k24.engagement)], [0.3, 0.824]);
});

test('Egypt, Pakistan, Vietnam, Saudi Arabia 2024: the worked examples', async () => {
  const s = await securityDimension.read(store, parsePoles('USA,CHN', store.concordance));
  const get = (id: string) => {
    const r = s.get(2024)?.get(id);
    assert.ok(r, id);
    return [
      round(r.position),
      round(r.figures.armsTilt),
      round(r.figures.allianceTilt),
      r.figures.mnna,
      round(r.engagement),
    ];
  };
  assert.deepEqual(get('EGY'), [-0.5, -1, 0, true, 1]);
  assert.deepEqual(get('PAK'), [0.246, 0.992, -0.5, true, 1]);
  assert.deepEqual(get('VNM'), [-0.5, -1, 0, false, 0.744]);
  assert.deepEqual(get('SAU'), [-0.233, -0.966, 0.5, false, 1]);
});

test('swapping the poles mirrors every position on the real data; a country-year without data is absent', async () => {
  const ab = await securityDimension.read(store, parsePoles('USA,CHN', store.concordance));
  const ba = await securityDimension.read(store, parsePoles('CHN,USA', store.concordance));
  for (const year of [1960, 1995, 2018, 2024]) {
    for (const [id, r] of ab.get(year) ?? []) {
      const m = ba.get(year)?.get(id);
      assert.ok(m, `${id} ${year}`);
      assert.equal(
        r.position === null ? null : round(-r.position, 9),
        m.position === null ? null : round(m.position, 9),
      );
      assert.equal(round(r.engagement, 9), round(m.engagement, 9));
    }
  }
  assert.equal(ab.get(2000)?.get('SUN'), undefined, 'the USSR is not read after 1991');
  assert.equal(ab.get(2030), undefined);
});

test('security KEN 2024 lists its components with publisher lines', async () => {
  const r = await securityCountryYear(store, 'KEN', 2024, parsePoles('USA,CHN', store.concordance));
  assert.ok(r);
  assert.deepEqual(r.arms.window, { from: 2020, to: 2024 });
  assert.deepEqual(
    r.arms.suppliers.slice(0, 2).map((x) => [x.supplier, x.pole]),
    [
      ['ITA', null],
      ['USA', 'first'],
    ],
  );
  assert.equal(r.status.mnna, true);
  assert.match(r.status.mnnaCitation ?? '', /24 June 2024/);
  assert.ok(r.sources.some((x) => x.file.includes('sipri_arms_transfers_register') && x.rows.length > 0));
  assert.equal(await securityCountryYear(store, 'KEN', 2030, parsePoles('USA,CHN', store.concordance)), null);
});

test('arms by supplier: Kenya 1995-2024 led by Jordan 113, China 84, Spain 76, Italy 71, the US 51', async () => {
  const r = await armsBySupplier(store, 'KEN', 1995, 2024);
  assert.deepEqual(
    r.suppliers.slice(0, 5).map((x) => [x.supplier, Math.round(x.tiv)]),
    [
      ['JOR', 113],
      ['CHN', 84],
      ['ESP', 76],
      ['ITA', 71],
      ['USA', 51],
    ],
  );
  assert.equal(round(r.suppliers[0].share, 3), 0.212);
});

test('describe: Kenya 2024 in one line; a store without the security tables reads as empty', async () => {
  const s = await securityDimension.read(store, parsePoles('USA,CHN', store.concordance));
  const line = securityDimension.describe?.(s.get(2024)?.get('KEN') as never, ['United States', 'China']);
  assert.equal(
    line,
    'arms 2020-2024: United States 21%, China 0% of 92m TIV; alliances (ATOP 2018, carried): United States none, China none; US troops 72, major non-NATO ally since 2024-06-24',
  );
  const bare = { ...store, has: (t: string) => t === 'countries' } as Store;
  assert.equal(await securityDimension.coverage(bare), null);
  assert.equal((await securityDimension.read(bare, parsePoles('USA,CHN', store.concordance))).size, 0);
});
