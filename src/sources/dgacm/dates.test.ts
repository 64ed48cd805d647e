import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InputError } from '../../errors.js';
import { parseAdoptionDate, regularSessionOn, sessionYear } from './dates.js';

const at = { file: '75.json', line: 3, field: 'adoption_date' };

test('both DGACM date formats give ISO dates', () => {
  assert.equal(parseAdoptionDate('2019-10-10 00:00:00', at), '2019-10-10');
  assert.equal(parseAdoptionDate('1 December 2020', at), '2020-12-01');
  assert.equal(parseAdoptionDate('24\u00a0December 2024', at), '2024-12-24');
});

test('impossible or unknown dates name file, line and field', () => {
  for (const bad of ['31 February 2021', '1 Decembre 2020', '2019-13-01 00:00:00', '', null, 12]) {
    assert.throws(
      () => parseAdoptionDate(bad, at),
      (e: unknown) =>
        e instanceof InputError && e.location.line === 3 && e.location.field === 'adoption_date',
    );
  }
});

test('the regular session in progress: opening dates inside the table, September outside', () => {
  assert.equal(regularSessionOn('2020-09-11'), 74); // before 75 opened on 15 September 2020
  assert.equal(regularSessionOn('2020-09-15'), 75);
  assert.equal(regularSessionOn('2022-03-02'), 76); // ES-11/1
  assert.equal(regularSessionOn('2023-10-27'), 78); // ES-10/21
  assert.equal(regularSessionOn('2024-09-18'), 79); // ES-10/24
  assert.equal(regularSessionOn('2025-12-10'), 80);
  assert.equal(regularSessionOn('2010-12-01'), 65);
  assert.equal(regularSessionOn('2011-06-01'), 65);
  assert.equal(regularSessionOn('2019-09-03'), 73);
  assert.equal(regularSessionOn('2026-10-01'), 81);
  assert.equal(sessionYear(65), 2010);
});
