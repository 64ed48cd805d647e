import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InputError } from '../../errors.js';
import { readSecurityFixture, securityFiles } from '../securityFixtures.js';
import { parseTroops } from './parseTroops.js';

test('troopdata: active duty by place and year, NA codes kept as null', () => {
  const rows = parseTroops(readSecurityFixture(securityFiles.troops), 'troops.csv');
  const ken = rows.find((r) => r.iso3 === 'KEN' && r.year === 2024);
  assert.deepEqual(ken && { ...ken, line: 0 }, {
    line: 0,
    name: 'Kenya',
    year: 2024,
    ccode: 501,
    iso3: 'KEN',
    troops: 72,
  });
  const guam = rows.find((r) => r.name === 'Guam');
  assert.equal(guam?.iso3, null);
  // Two spellings of Bosnia in 2013: two rows, summed later by the dataset.
  assert.equal(rows.filter((r) => r.iso3 === 'BIH' && r.year === 2013).length, 2);
});

test('troopdata: a bad troop count names its line and column', () => {
  const text = readSecurityFixture(securityFiles.troops).split('\n');
  text[5] = text[5].replace(/^([^,]*,\d{4},[^,]*,[^,]*,[^,]*),\d+/, '$1,lots');
  assert.throws(
    () => parseTroops(text.join('\n'), 't.csv'),
    (e: unknown) => e instanceof InputError && e.location.line === 6 && e.location.field === 'troops_ad',
  );
});
