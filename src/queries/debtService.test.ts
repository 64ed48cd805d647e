import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { InputError } from '../errors.js';
import { parsePoles } from '../poles/pole.js';
import { openStore, type Store } from '../store/open.js';
import { serviceExposure } from './debtService.js';

let store: Store;
before(async () => {
  store = await openStore({ verify: false });
});
after(() => store.close());

const country = (id: string) => store.concordance.get(id)!;

test('Indonesia 2022: China US$291.4m with Chinese commercial banks, US US$61.6m; concessional is "of which"', async () => {
  const e = await serviceExposure(store, country('IDN'), {
    year: 2022,
    poles: parsePoles('USA,CHN', store.concordance),
    multilaterals: 'none',
  });
  const by = (c: string) => e.creditors.filter((r) => r.country === c);
  const sum = (c: string, k: 'service' | 'concessional') => by(c).reduce((a, r) => a + (r[k] ?? 0), 0);
  assert.equal((sum('CHN', 'service') / 1e6).toFixed(1), '291.4');
  assert.equal((sum('USA', 'service') / 1e6).toFixed(1), '61.6');
  assert.deepEqual(
    by('CHN')
      .map((r) => r.category)
      .sort(),
    ['bilateral', 'commercial banks'],
  );
  // The "about US$311m" and "about US$72m" one gets by adding the concessional series double count them.
  assert.equal(((sum('CHN', 'service') + sum('CHN', 'concessional')) / 1e6).toFixed(1), '310.6');
  assert.equal(((sum('USA', 'service') + sum('USA', 'concessional')) / 1e6).toFixed(1), '72.2');
  assert.equal((e.poles!.secondService / 1e6).toFixed(1), '291.4');
  assert.equal(e.projected, false);
  assert.equal(e.stocks.available, false);
  const china = by('CHN').find((r) => r.category === 'bilateral')!;
  assert.equal(china.sourceFile, 'finance/wb_ids_ppg_debt_service_by_creditor_all_debtors_2000_2025.csv.gz');
  assert.equal(china.sourceLines.length, 4); // principal, interest, and their concessional parts
});

test('shareholders: IDA and IBRD split by votes, others listed; default year is the last actual (2022)', async () => {
  const e = await serviceExposure(store, country('KEN'), { poles: parsePoles('USA,CHN', store.concordance) });
  assert.equal(e.year, 2022);
  assert.equal(e.poles!.multilaterals, 'shareholders');
  const ida = e.poles!.attributed.find((a) => a.institution === 'IDA')!;
  assert.equal(ida.firstVotes.toFixed(4), '0.0962');
  assert.equal(ida.asOf, '2022-12-31');
  assert.ok(e.poles!.unattributed.some((u) => u.institution === 'AFDB'));
});

test('a country outside IDS and a year outside the file are located errors', async () => {
  await assert.rejects(
    serviceExposure(store, country('DEU')),
    (e: unknown) => e instanceof InputError && e.kind === 'unknown' && e.location.field === 'COUNTRY',
  );
  await assert.rejects(
    serviceExposure(store, country('IDN'), { year: 1999 }),
    (e: unknown) => e instanceof InputError && e.location.field === 'year',
  );
});
