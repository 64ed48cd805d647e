import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { InputError } from '../../errors.js';
import { fixtureConcordance, readFixture } from '../financeFixtures.js';
import { parseAiddata } from './parseAiddata.js';

const file = 'finance/aiddata_gcdf3_chinese_development_finance_cow_country_year_2000_2021.csv';
const c = fixtureConcordance();

test('Kenya (COW 501): 2006 ODA-like commitments US$127.5m (constant 2021), with the line', () => {
  const r = parseAiddata(readFixture(file), file, c).filter((x) => x.recipient === 'KEN');
  const y2006 = r.find((x) => x.year === 2006);
  assert.equal(y2006?.odaUsd2021, 127480242.45728622);
  assert.equal(y2006?.oofUsd2021, 0);
  assert.ok((y2006?.line ?? 0) > 1);
  assert.equal(r.length, 21);
});

test('bad rows name line and field: unknown COW code, negative amount, repeated year', () => {
  const head = 'ccode,year,oof_amt,oof_adj,oda_amt,oda_adj,vof_amt,vof_adj';
  const cases: [string, string][] = [
    ['9999,2004,1,1,0,0,0,0', 'ccode'],
    ['501,2004,-1,1,0,0,0,0', 'oof_amt'],
    ['501,20x4,1,1,0,0,0,0', 'year'],
  ];
  for (const [row, field] of cases) {
    assert.throws(
      () => parseAiddata(`${head}\n${row}\n`, 'f.csv', c),
      (e: InputError) => e.location.line === 2 && e.location.field === field,
    );
  }
  assert.throws(
    () => parseAiddata(`${head}\n501,2004,1,1,0,0,0,0\n501,2004,1,1,0,0,0,0\n`, 'f.csv', c),
    (e: InputError) => e.location.line === 3 && e.location.field === 'year',
  );
});
