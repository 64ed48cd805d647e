import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shapeArms } from '../../../../src/charts/arms/shape';
import { armsImports, view } from '../fixtures';

describe('shapeArms', () => {
  it('groups each supplier-year by pole (of that year), other states and non-state suppliers', () => {
    const d = shapeArms(armsImports, view);
    assert.ok(d);
    // France 2020 has a null TIV: left out, not a zero bar.
    assert.deepEqual(d.rows, [
      { year: 2019, supplier: 'United States', group: 'United States', tiv: 20 },
      { year: 2019, supplier: 'Italy', group: 'Other suppliers', tiv: 50 },
      { year: 2020, supplier: 'China', group: 'China', tiv: 10 },
      { year: 2021, supplier: 'United States', group: 'United States', tiv: 10 },
      { year: 2021, supplier: 'unknown supplier(s)', group: 'Armed groups, organisations, unknown', tiv: 10 },
    ]);
    assert.equal(
      d.summary,
      "Stacked bars of Kenya's arms imports by year. Over 2019–2021 the largest supplier is Italy (50.0% of 100 million TIV); United States 30.0%, China 10.0%.",
    );
  });

  it('is null when nothing was delivered', () => {
    assert.equal(
      shapeArms({ ...armsImports, years: armsImports.years.filter((r) => r.tiv === null) }, view),
      null,
    );
  });
});
