import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { InputError } from '../../errors.js';
import { openStore, type Store } from '../../store/open.js';
import { tradeGroups, tradeSourceFile } from '../../store/trade.js';
import { tradeGroupPartners, tradeIndicators, tradePartners, tradeSeries } from './index.js';

let store: Store;
before(async () => {
  store = await openStore({ verify: false });
});
after(() => store.close());

const close = (a: number | null, b: number, tol = 1e-9) =>
  assert.ok(a !== null && Math.abs(a - b) <= tol, `${a} is not ${b}`);

test('Kenya 2020: the figures quoted in SOURCES.md, with the raw lines they come from', async () => {
  const r = await tradePartners(store, 'KEN', { year: 2020, top: 0 });
  const chn = r.partners.find((p) => p.partner === 'CHN');
  const usa = r.partners.find((p) => p.partner === 'USA');
  assert.ok(chn && usa);
  assert.equal(chn.exports.toFixed(1), '139.0'); // Kenya -> China
  assert.equal(usa.exports.toFixed(1), '464.0'); // Kenya -> US
  assert.equal(chn.imports.toFixed(1), '5415.5'); // China -> Kenya (mirror)
  assert.equal(usa.imports.toFixed(1), '370.8'); // US -> Kenya (mirror)
  assert.equal(chn.sources[0].file, tradeSourceFile);
  assert.equal(chn.sources[0].rows.length, 2);
});

test('Kenya 2020: China is the largest trading partner by total trade', async () => {
  const r = await tradePartners(store, 'KEN', { year: 2020 });
  assert.equal(r.partners[0].partner, 'CHN');
  assert.equal(r.partners[0].rank, 1);
  close(r.partners[0].total, 139.014257 + 5415.51948);
  // Totals from Kenya's World row (5,843.7) and World's exports to Kenya (18,242.6).
  assert.deepEqual([r.exportsBasis, r.importsBasis], ['world row', 'world row']);
  close(r.total, 5843.681882 + 18242.576576);
  close(r.partners[0].share, (139.014257 + 5415.51948) / r.total);
  assert.equal(r.partners.length, 10);
  for (let i = 1; i < r.partners.length; i++) assert.ok(r.partners[i - 1].total >= r.partners[i].total);
  assert.ok(
    r.partners.every((p) => store.concordance.get(p.partner)),
    'partners are states, never IMF groups',
  );
});

test('Kenya by exports: the US (464.0) ranks above China (139.0)', async () => {
  const r = await tradePartners(store, 'KEN', { year: 2020, flow: 'exports', top: 0 });
  const rank = (id: string) => r.partners.find((p) => p.partner === id)?.rank ?? 0;
  assert.ok(rank('USA') < rank('CHN'));
  close(r.flowTotal, 5843.681882);
});

test('series: USA,CHN shares and tilt for Kenya 2020 agree with the partner table', async () => {
  const s = await tradeSeries(store, 'KEN', { poles: 'USA,CHN', from: 2019, to: 2020 });
  assert.deepEqual(
    s.rows.map((r) => r.year),
    [2019, 2020],
  );
  const y = s.rows[1];
  close(y.firstValue, 463.971798 + 370.786703);
  close(y.secondValue, 139.014257 + 5415.51948);
  close(y.tilt, (y.secondValue - y.firstValue) / (y.secondValue + y.firstValue));
  assert.ok(y.tilt !== null && y.tilt > 0.7, 'Kenya 2020 leans to China in trade');
  close(y.effectivePartners, 1 / (y.hhi ?? Number.NaN));
});

test('EU pole follows enlargement and counts Belgium-Luxembourg before 1997', async () => {
  const s = await tradeSeries(store, 'KEN', { poles: 'EU,CHN', from: 1994, to: 1996 });
  const direct = await tradePartners(store, 'KEN', { year: 1996, top: 0 });
  const bleu = await store.connection.runAndReadAll(
    "SELECT sum(exports) AS v FROM trade_group_flows WHERE year = 1996 AND ((reporter = 'KEN' AND partner = 'belgium-luxembourg') OR (reporter = 'belgium-luxembourg' AND partner = 'KEN'))",
  );
  const eu96 = ['AUT', 'DEU', 'DNK', 'ESP', 'FIN', 'FRA', 'GBR', 'GRC', 'IRL', 'ITA', 'NLD', 'PRT', 'SWE'];
  const sum = direct.partners.filter((p) => eu96.includes(p.partner)).reduce((a, p) => a + p.total, 0);
  close(s.rows[2].firstValue, sum + Number(bleu.getRowObjectsJS()[0].v));
});

test('the bulk path gives the same figures as the per-country series', async () => {
  const all = await tradeIndicators(store, { poles: 'USA,CHN', from: 2020, to: 2020 });
  const ken = all.rows.find((r) => r.country === 'KEN');
  const one = (await tradeSeries(store, 'KEN', { from: 2020, to: 2020 })).rows[0];
  assert.deepEqual(ken, { country: 'KEN', ...one });
  assert.ok(all.rows.every((r) => store.concordance.get(r.country)));
  assert.ok(all.rows.length > 150);
});

test('bad input: unknown country, years outside the data, bad flow, bad top, overlapping poles', async () => {
  await assert.rejects(
    tradePartners(store, 'Narnia'),
    (e: unknown) => e instanceof InputError && e.kind === 'unknown',
  );
  await assert.rejects(
    tradePartners(store, 'KEN', { year: 2021 }),
    (e: unknown) => e instanceof InputError && e.location.field === 'year',
  );
  await assert.rejects(
    tradePartners(store, 'KEN', { flow: 'both' as 'total' }),
    (e: unknown) => e instanceof InputError && e.location.field === 'flow',
  );
  await assert.rejects(
    tradePartners(store, 'KEN', { top: -1 }),
    (e: unknown) => e instanceof InputError && e.location.field === 'top',
  );
  await assert.rejects(
    tradeSeries(store, 'KEN', { from: 2000, to: 1990 }),
    (e: unknown) => e instanceof InputError && e.location.field === 'from',
  );
  await assert.rejects(
    tradeSeries(store, 'KEN', { poles: 'DEU,EU' }),
    (e: unknown) => e instanceof InputError && e.location.field === 'poles',
  );
});

test('the union groups of the trade data list concordance ids as members', async () => {
  const groups = await tradeGroups(store);
  const unions = groups.filter((g) => g.kind === 'union');
  assert.deepEqual(
    unions.map((g) => g.id),
    ['belgium-luxembourg', 'sacca'],
  );
  for (const g of unions) for (const m of g.members) assert.ok(store.concordance.get(m), `${g.id}: ${m}`);
  assert.ok(groups.every((g) => /^[a-z-]+$/.test(g.id)));
});

test('IMF groups are listed apart: World and Euro Area rows for Kenya 2020, never among partner states', async () => {
  const g = await tradeGroupPartners(store, 'KEN', { year: 2020 });
  const world = g.groups.find((x) => x.group === 'world');
  assert.deepEqual([world?.kind, world?.exports, world?.imports], ['aggregate', 5843.681882, 18242.576576]);
  assert.ok(g.groups.some((x) => x.group === 'euro-area' && x.label === 'Euro Area'));
  assert.ok(g.groups.every((x) => !store.concordance.get(x.group)));
  const partners = await tradePartners(store, 'KEN', { year: 2020, top: 0 });
  const ids = new Set(partners.partners.map((p) => p.partner));
  assert.ok(g.groups.every((x) => !ids.has(x.group)));
});

test('every trade output says the bundled snapshot ends in 2020', async () => {
  const p = await tradePartners(store, 'KEN', { year: 2020, top: 1 });
  assert.match(p.coverageNote, /bundled snapshot ends in 2020/);
  const s = await tradeSeries(store, 'KEN', { from: 2019, to: 2020 });
  assert.match(s.coverageNote, /bundled snapshot ends in 2020/);
  const g = await tradeGroupPartners(store, 'KEN', { year: 2020 });
  assert.match(g.coverageNote, /ends in 2020/);
});
