import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InputError } from '../../errors.js';
import { fixtureConcordance, fixtureText } from '../testing/fixtures.js';
import { parseFreedomHouse } from './parseFreedomHouse.js';

const file = 'values/freedom_house_fiw_1972_2024.csv';
const records = () => parseFreedomHouse(fixtureText(file), file, fixtureConcordance());

test('Kenya Partly Free (4, 4), the US Free (2, 2), China Not Free (7, 6) in 2024', () => {
  const at = (id: string) => records().find((r) => r.country === id && r.year === 2024)!;
  assert.deepEqual([at('KEN').status, at('KEN').politicalRights, at('KEN').civilLiberties], ['PF', 4, 4]);
  assert.deepEqual([at('USA').status, at('USA').politicalRights, at('USA').civilLiberties], ['F', 2, 2]);
  assert.deepEqual([at('CHN').status, at('CHN').politicalRights, at('CHN').civilLiberties], ['NF', 7, 6]);
  const line = fixtureText(file).split('\n')[at('KEN').sourceLine - 1];
  assert.match(line, /^"Kenya",2024,4,4,"PF"/);
});

test('historical names and territories: USSR is SUN, West Germany BRD, Indian Kashmir is no state', () => {
  const rs = records();
  assert.equal(rs.find((r) => r.name === 'USSR' && r.year === 1990)?.country, 'SUN');
  assert.equal(rs.find((r) => r.name === 'Germany, W.')?.country, 'BRD');
  const kashmir = rs.filter((r) => r.name === 'Indian Kashmir');
  assert.ok(kashmir.length > 0 && kashmir.every((r) => r.country === null));
});

const header =
  '"fh_country","year","pr","cl","status","fh_total","fh_total_reversed","extended_country_name","GWn","cown","in_GW_system"';
const fails = (line: string, field: string, message: RegExp) =>
  assert.throws(
    () => parseFreedomHouse(`${header}\n${line}\n`, 'fh.csv', fixtureConcordance()),
    (e: unknown) =>
      e instanceof InputError &&
      e.location.line === 2 &&
      e.location.field === field &&
      message.test(e.message),
  );

test('bad ratings, statuses and years are refused with their line and field', () => {
  fails('"Kenya",2020,8,4,"PF",12,2,"Kenya",501,501,TRUE', 'pr', /not 1-7/);
  fails('"Kenya",2020,4,0,"PF",4,10,"Kenya",501,501,TRUE', 'cl', /not 1-7/);
  fails('"Kenya",2020,4,4,"Free",8,6,"Kenya",501,501,TRUE', 'status', /unknown status/);
  fails('"Kenya",twenty,4,4,"PF",8,6,"Kenya",501,501,TRUE', 'year', /invalid year/);
  fails('"",2020,4,4,"PF",8,6,"Kenya",501,501,TRUE', 'fh_country', /empty country name/);
});

test('a country-year given twice is refused', () => {
  assert.throws(
    () =>
      parseFreedomHouse(
        `${header}\n"Kenya",2020,4,4,"PF",8,6,"Kenya",501,501,TRUE\n"Kenya",2020,4,4,"PF",8,6,"Kenya",501,501,TRUE\n`,
        'fh.csv',
        fixtureConcordance(),
      ),
    (e: unknown) => e instanceof InputError && e.location.line === 3,
  );
});
