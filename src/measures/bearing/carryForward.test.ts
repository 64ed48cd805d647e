import assert from 'node:assert/strict';
import { test } from 'node:test';
import { carryForward } from './carryForward.js';

const r = (dataYear: number, v: number) => ({ dataYear, v });

test('carry forward: at most n years from the data year, nearest first, marked', () => {
  const series = new Map([
    [2019, new Map([['A', r(2019, 1)]])],
    [
      2020,
      new Map([
        ['B', r(2020, 2)],
        ['A', r(2020, 3)],
      ]),
    ],
    [2021, new Map([['C', r(2021, 4)]])],
  ]);
  const years = [2019, 2020, 2021, 2022, 2023, 2024];
  const out = carryForward(series, years, 2);
  assert.deepEqual(out.get(2020)?.get('A'), { dataYear: 2020, v: 3, carried: false });
  assert.deepEqual(out.get(2021)?.get('A'), { dataYear: 2020, v: 3, carried: true }, 'nearest year wins');
  assert.deepEqual(out.get(2021)?.get('C'), { dataYear: 2021, v: 4, carried: false });
  assert.deepEqual(out.get(2022)?.get('B'), { dataYear: 2020, v: 2, carried: true });
  assert.deepEqual(out.get(2023)?.get('C'), { dataYear: 2021, v: 4, carried: true });
  assert.equal(out.get(2023)?.has('A'), false, 'three years from its data: not carried');
  assert.equal(out.get(2024), undefined, 'nothing within two years');
});

test('carry forward 0 keeps the data as they are; bad n is refused', () => {
  const series = new Map([[2019, new Map([['A', r(2019, 1)]])]]);
  const out = carryForward(series, [2019, 2020], 0);
  assert.deepEqual([...out.keys()], [2019]);
  assert.equal(out.get(2019)?.get('A')?.carried, false);
  assert.throws(
    () => carryForward(series, [2019], -1),
    /carry-forward must be a whole number of years >= 0, got -1/,
  );
  assert.throws(() => carryForward(series, [2019], 1.5), RangeError);
  assert.equal(carryForward(series, [2020], 1).get(2020)?.get('A')?.carried, true);
});
