import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InputError } from '../errors.js';
import { dateBound } from './dates.js';

test('a year is its first day as a start and its last day as an end; a date passes through', () => {
  assert.equal(dateBound('2008', 'from', 'start'), '2008-01-01');
  assert.equal(dateBound(' 2008 ', 'to', 'end'), '2008-12-31');
  assert.equal(dateBound('2024-02-29', 'from', 'start'), '2024-02-29');
  assert.equal(dateBound(undefined, 'from', 'start'), undefined);
});

test('a date not in the calendar, or not a date, names the field', () => {
  for (const bad of ['2023-02-29', '2008-13-01', '08', 'yesterday']) {
    assert.throws(
      () => dateBound(bad, 'before', 'start'),
      (e: unknown) =>
        e instanceof InputError &&
        e.location.field === 'before' &&
        e.message === `expected a year or a date yyyy-mm-dd, got '${bad}'`,
    );
  }
});
