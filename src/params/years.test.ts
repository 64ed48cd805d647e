import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InputError } from '../errors.js';
import {
  checkRangeOrder,
  checkYearCovered,
  flagBounds,
  rangeOrderProblem,
  yearRangeWithin,
} from './years.js';

const dots = { from: 1960, to: 2020, source: 'IMF DOTS' };

function fails(f: () => unknown, message: string, field: string): void {
  assert.throws(f, (e: unknown) => {
    assert.ok(e instanceof InputError);
    assert.equal(e.message, message);
    assert.equal(e.location.field, field);
    return true;
  });
}

test('rangeOrderProblem: from after to is impossible, named the way the face names its bounds', () => {
  assert.equal(rangeOrderProblem(2020, 2019), 'impossible year range: from 2020 is after to 2019');
  assert.equal(
    rangeOrderProblem(2020, 2019, { names: flagBounds }),
    'impossible year range: --from 2020 is after --to 2019',
  );
  // Dates compare as ISO strings but are shown as written.
  assert.equal(
    rangeOrderProblem('2009-01-01', '2008-12-31', { kind: 'range', shown: { from: '2009', to: '2008' } }),
    'impossible range: from 2009 is after to 2008',
  );
});

test('rangeOrderProblem: equal bounds, ordered bounds and a missing bound are fine', () => {
  assert.equal(rangeOrderProblem(2019, 2019), null);
  assert.equal(rangeOrderProblem(2018, 2019), null);
  assert.equal(rangeOrderProblem(undefined, 2019), null);
  assert.equal(rangeOrderProblem(2019, undefined), null);
  assert.equal(rangeOrderProblem('2008-01-01', '2008-01-01'), null);
});

test('checkRangeOrder throws an InputError on the from field (or the one given)', () => {
  fails(() => checkRangeOrder(2001, 2000), 'impossible year range: from 2001 is after to 2000', 'from');
  fails(
    () => checkRangeOrder(2001, 2000, { names: flagBounds, field: 'to' }),
    'impossible year range: --from 2001 is after --to 2000',
    'to',
  );
  assert.doesNotThrow(() => checkRangeOrder(2000, 2001));
});

test('checkYearCovered names the covered range and the dataset', () => {
  fails(
    () => checkYearCovered(1959, dots, 'year'),
    'year must be a year from 1960 to 2020 (IMF DOTS coverage), got 1959',
    'year',
  );
  fails(
    () => checkYearCovered(2021, dots, 'to'),
    'to must be a year from 1960 to 2020 (IMF DOTS coverage), got 2021',
    'to',
  );
  fails(
    () => checkYearCovered(2000.5, dots, 'from'),
    'from must be a year from 1960 to 2020 (IMF DOTS coverage), got 2000.5',
    'from',
  );
  assert.doesNotThrow(() => checkYearCovered(1960, dots, 'year'));
  assert.doesNotThrow(() => checkYearCovered(2020, dots, 'year'));
});

test('yearRangeWithin fills missing bounds from the coverage, then checks coverage before order', () => {
  assert.deepEqual(yearRangeWithin({}, dots), { from: 1960, to: 2020 });
  assert.deepEqual(yearRangeWithin({ from: 2000 }, dots), { from: 2000, to: 2020 });
  assert.deepEqual(yearRangeWithin({ to: 1970 }, dots), { from: 1960, to: 1970 });
  fails(
    () => yearRangeWithin({ from: 1950 }, dots),
    'from must be a year from 1960 to 2020 (IMF DOTS coverage), got 1950',
    'from',
  );
  fails(
    () => yearRangeWithin({ from: 2010, to: 2000 }, dots),
    'impossible year range: from 2010 is after to 2000',
    'from',
  );
  fails(
    () => yearRangeWithin({ from: 2010, to: 2000 }, dots, flagBounds),
    'impossible year range: --from 2010 is after --to 2000',
    'from',
  );
});
