import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chinaAidValues, usAidValues } from '../../store/aid.js';
import { investmentPositions } from '../../store/investment.js';
import { openStore, type Store } from '../../store/open.js';
import { buildSnapshot } from '../build.js';

// The investment and aid datasets built from committed excerpts of the publisher files.
const fixtures = new URL('./fixtures/raw/', import.meta.url).pathname;
let work: string;
let store: Store;

before(async () => {
  work = await mkdtemp(join(tmpdir(), 'bearing-money-'));
  await buildSnapshot({
    rawDir: fixtures,
    dataDir: join(work, 'data'),
    only: ['countries', 'investment', 'aid'],
  });
  store = await openStore({ dir: join(work, 'data') });
});
after(async () => {
  store.close();
  await rm(work, { recursive: true, force: true });
});

test('investment: Kenya 2024 reported positions, US 163 and China 1,912.19 (US$ millions), traced to their lines', async () => {
  const ken = (await investmentPositions(store)).get('KEN') ?? [];
  const at = (investor: string) =>
    ken.find((p) => p.investor === investor && p.year === 2024 && p.basis === 'reported');
  assert.equal(at('USA')?.valueUsdMn, 163);
  assert.equal(at('CHN')?.valueUsdMn, 1912.1863);
  assert.equal(at('JPN')?.valueUsdMn, null, 'published empty: missing');
  const r = await store.connection.runAndReadAll(
    `SELECT source_file, source_line FROM investment_positions WHERE investor = 'USA' AND counterpart = 'KEN' AND year = 2024`,
  );
  const [row] = r.getRowObjectsJS();
  assert.equal(
    row.source_file,
    'finance/imf_dip_outward_direct_investment_positions_usa_chn_deu_jpn_sgp_2014_2024.csv',
  );
  assert.ok(Number(row.source_line) > 1);
});

test('investment: groups are not countries; reported and derived are kept apart', async () => {
  const all = await investmentPositions(store);
  assert.ok(![...all.keys()].some((k) => /\d/.test(k)), 'no IMF group code among counterparts');
  const bra = (all.get('BRA') ?? []).filter((p) => p.investor === 'CHN' && p.year === 2020);
  assert.deepEqual(bra.map((p) => p.basis).sort(), ['derived', 'reported']);
  const groups = await store.connection.runAndReadAll(
    "SELECT count(*)::INTEGER AS n FROM investment_positions WHERE counterpart_kind = 'group'",
  );
  assert.ok(Number(groups.getRowObjectsJS()[0].n) > 0);
});

test('aid: US obligations and disbursements to Kenya FY2024; Chinese commitments to Kenya by year', async () => {
  const us = (await usAidValues(store)).get('KEN') ?? [];
  const fy24 = us.filter((v) => v.fiscalYear === 2024);
  assert.deepEqual(fy24.map((v) => [v.transaction, v.currentUsd]).sort(), [
    ['disbursements', 130355610],
    ['obligations', 153170205],
  ]);
  const cn = (await chinaAidValues(store)).get('KEN') ?? [];
  assert.equal(cn.find((v) => v.year === 2006)?.odaUsd2021, 127480242.45728622);
  const groups = await store.connection.runAndReadAll(
    "SELECT count(*)::INTEGER AS n FROM aid_us WHERE recipient IS NULL AND recipient_group = 'World'",
  );
  assert.ok(Number(groups.getRowObjectsJS()[0].n) > 0);
  const plans = await store.connection.runAndReadAll(
    "SELECT count(*)::INTEGER AS n FROM aid_us WHERE transaction NOT IN ('obligations', 'disbursements')",
  );
  assert.equal(Number(plans.getRowObjectsJS()[0].n), 0);
});
