import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { InputError } from '../../errors.js';
import { financeFixtureDir, fixtureConcordance } from '../financeFixtures.js';
import { parseIdsService } from './parseIdsService.js';

const concordance = fixtureConcordance();
const file = 'finance/wb_ids_ppg_debt_service_by_creditor_all_debtors_2000_2025.csv.gz';
const text = gunzipSync(readFileSync(`${financeFixtureDir}${file}`)).toString('utf8');
const header = 'country,counterpart_area,series,year,value,series_code';
const records = parseIdsService(text, file, concordance);

const sum = (debtor: string, year: number, creditor: string, concessional: boolean) =>
  records
    .filter(
      (r) =>
        r.debtor === debtor &&
        r.year === year &&
        r.creditorCountry === creditor &&
        r.concessional === concessional,
    )
    .reduce((a, r) => a + r.value, 0);

test('Indonesia 2022: China US$291.4m (bilateral and commercial banks), US US$61.6m; concessional apart', () => {
  assert.equal((sum('IDN', 2022, 'CHN', false) / 1e6).toFixed(1), '291.4');
  assert.equal((sum('IDN', 2022, 'USA', false) / 1e6).toFixed(1), '61.6');
  // The "of which concessional" series are parts of the bilateral rows: 291.4 + 19.1 = 310.6 double counts.
  assert.equal((sum('IDN', 2022, 'CHN', true) / 1e6).toFixed(1), '19.1');
  assert.equal((sum('IDN', 2022, 'USA', true) / 1e6).toFixed(1), '10.6');
  const bank = records.find(
    (r) =>
      r.debtor === 'IDN' &&
      r.year === 2022 &&
      r.creditorCountry === 'CHN' &&
      r.category === 'commercial banks',
  )!;
  assert.equal(bank.component, 'principal');
  assert.equal(bank.seriesCode, 'DT.AMT.PCBK.CD');
  assert.equal(bank.sourceFile, file);
  assert.ok(text.split('\n')[bank.sourceLine - 1].endsWith(',2022,3727000.0,DT.AMT.PCBK.CD'));
});

test('creditor names are cleaned of non-breaking-space padding and resolved to institutions', () => {
  assert.ok(text.includes('World Bank-IDA\u00a0'));
  const ida = records.filter((r) => r.creditorInstitution === 'IDA');
  assert.ok(ida.length > 0);
  assert.ok(ida.every((r) => r.creditorName === 'World Bank-IDA' && r.creditorKind === 'institution'));
  const world = records.filter((r) => r.creditorName === 'World');
  assert.ok(world.length > 0 && world.every((r) => r.creditorKind === 'total'));
  assert.ok(records.some((r) => r.creditorInstitution === 'AFDB' && r.creditorName === 'African Dev. Bank'));
});

test('2023-2025 are projections; aggregates are groups, never countries', () => {
  assert.ok(records.filter((r) => r.year >= 2023).every((r) => r.projected));
  assert.ok(records.filter((r) => r.year <= 2022).every((r) => !r.projected));
  const group = records.filter((r) => r.debtorName === 'South Asia');
  assert.ok(group.length > 0 && group.every((r) => r.debtor === null && r.debtorGroup === 'South Asia'));
});

const bad = (row: string) => () => parseIdsService(`${header}\n${row}\n`, 'x.csv', concordance);
const located = (field: string, re: RegExp) => (e: unknown) =>
  e instanceof InputError && e.location.line === 2 && e.location.field === field && re.test(e.message);

test('bad rows are errors naming file, line and field', () => {
  assert.throws(bad('Kenya,China,s,2019,12.5,DT.AMT.XXXX.CD'), located('series_code', /series code/));
  assert.throws(bad('Kenya,China,s,19,12.5,DT.AMT.BLAT.CD'), located('year', /invalid year/));
  assert.throws(bad('Kenya,China,s,2019,lots,DT.AMT.BLAT.CD'), located('value', /invalid value/));
  assert.throws(
    bad('Kenya,Atlantis Fund,s,2019,1,DT.AMT.BLAT.CD'),
    located('counterpart_area', /unknown creditor/),
  );
  assert.throws(bad('Narnia,China,s,2019,1,DT.AMT.BLAT.CD'), located('country', /Narnia/));
  assert.throws(
    () =>
      parseIdsService(
        `${header}\nKenya,China,s,2019,1,DT.AMT.BLAT.CD\nKenya,China\u00a0,s,2019,2,DT.AMT.BLAT.CD\n`,
        'x.csv',
        concordance,
      ),
    (e: unknown) => e instanceof InputError && e.location.line === 3 && /duplicate/.test(e.message),
  );
});
