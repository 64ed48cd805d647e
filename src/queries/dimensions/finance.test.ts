import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { saturatedShare } from '../../measures/finance/position.js';
import { parsePoles } from '../../poles/pole.js';
import { openStore, type Store } from '../../store/open.js';
import { financeDimension, financeDimensionFor, financeSeries } from './finance.js';

// The finance dimension on the bundled snapshot (all IDS debtors' debt service).
let store: Store;
before(async () => {
  store = await openStore({ verify: false });
});
after(() => store.close());

const poles = () => parsePoles('USA,CHN', store.concordance);

test('the provider: id finance, weight 1, default shareholders, coverage 2000-2025', async () => {
  assert.equal(financeDimension.id, 'finance');
  assert.equal(financeDimension.defaultWeight, 1);
  assert.deepEqual(await financeDimension.coverage(store), { from: 2000, to: 2025 });
  const series = await financeDimension.read(store, poles());
  const ken = series.get(2019)?.get('KEN');
  assert.equal(ken?.figures.multilaterals, 'shareholders');
  assert.match(financeDimension.methods, /IDA 2022-12-31, IBRD 2023-02-06/);
  // High-income countries are not IDS debtors: missing, never zero.
  assert.equal(series.get(2019)?.has('USA'), false);
  assert.equal(series.get(2019)?.has('DEU'), false);
});

test('Kenya 2019 and 2024 under both settings (2024 is an IDS projection)', async () => {
  const none = await financeSeries(store, poles(), 'none');
  const sh = await financeSeries(store, poles(), 'shareholders');
  const at = (s: typeof none, y: number) => s.get(y)!.get('KEN')!;
  assert.equal(at(none, 2019).position!.toFixed(3), '0.901');
  assert.equal(at(sh, 2019).position!.toFixed(3), '0.842');
  assert.equal(at(none, 2024).position!.toFixed(3), '0.934');
  assert.equal(at(sh, 2024).position!.toFixed(3), '0.862');
  // 2019: US US$26.5m direct + 9.62% of IDA's US$182.9m = US$44.1m; China US$510.5m + 2.45% of IDA.
  assert.equal((at(sh, 2019).figures.firstServiceUsd / 1e6).toFixed(1), '44.1');
  assert.equal((at(sh, 2019).figures.attributedFirstUsd / 1e6).toFixed(1), '17.6');
  assert.equal((at(none, 2019).figures.secondServiceUsd / 1e6).toFixed(1), '510.5');
  assert.equal(at(sh, 2019).figures.projected, false);
  assert.equal(at(sh, 2019).figures.votingPowerDates, 'IDA 2022-12-31');
  assert.equal(at(none, 2019).figures.votingPowerDates, null);
  assert.equal(at(sh, 2024).figures.projected, true);
  assert.match(at(sh, 2019).figures.unattributedInstitutions, /^TDB, AFDB/);
  assert.doesNotMatch(at(sh, 2019).figures.unattributedInstitutions, /IDA/);
  assert.match(at(none, 2019).figures.unattributedInstitutions, /IDA/);
  assert.equal(
    financeDimension.describe!(at(sh, 2019), ['United States', 'China']),
    'debt service to United States US$44.1m (US$17.6m via IDA/IBRD votes), to China US$515.0m (US$4.5m via IDA/IBRD votes) of US$3.98bn in 2019',
  );
});

test('a store without the debt service table: null coverage, empty series', async () => {
  const bare = { ...store, has: (t: string) => t !== 'debt_service' && store.has(t) } as Store;
  assert.equal(await financeDimension.coverage(bare), null);
  assert.equal((await financeDimension.read(bare, poles())).size, 0);
});

test('no saturation with the default: at most a third of debtors at |position| >= 0.95 in 2019 and 2024', async () => {
  const series = await financeDimension.read(store, poles());
  for (const year of [2019, 2024]) {
    const ps = [...series.get(year)!.values()].map((r) => r.position);
    const share = saturatedShare(ps)!;
    assert.ok(share <= 1 / 3, `${year}: ${(share * 100).toFixed(1)}% saturated`);
  }
  assert.equal(saturatedShare([...series.get(2019)!.values()].map((r) => r.position))!.toFixed(3), '0.153');
  // Without attribution two thirds saturate: the reason for the default (docs/methods/finance.md).
  const none = await financeDimensionFor('none').read(store, poles());
  assert.ok(saturatedShare([...none.get(2019)!.values()].map((r) => r.position))! > 0.6);
});
