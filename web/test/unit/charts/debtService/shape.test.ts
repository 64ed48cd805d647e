import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shapeDebtService } from '../../../../src/charts/debtService/shape';
import { debtSeries, debtServiceSeries, view } from '../fixtures';

describe('shapeDebtService', () => {
  it('gives a bar per year with a figure, projections kept and marked', () => {
    const d = shapeDebtService(debtSeries, view);
    assert.ok(d);
    assert.deepEqual(
      d.rows.map((r) => [r.year, r.service, r.projected]),
      [
        [2019, 1.5e9, false],
        [2021, 2e9, false],
        [2022, 2.5e9, true],
      ],
    );
    // The sentence speaks of the last reported year, not the projection.
    assert.equal(d.summary, 'Bar chart 2019–2022. In 2021, debt service was US$ 2.00bn.');
  });

  it('speaks of the last projection when nothing is reported', () => {
    const d = shapeDebtService(debtSeries.slice(3), view);
    assert.equal(d?.summary, 'Bar chart 2022–2022. In 2022, debt service was US$ 2.50bn.');
  });

  it('is null with no figures', () => {
    assert.equal(shapeDebtService([debtSeries[1]], view), null);
  });
});

describe('shapeDebtService on a service-only series (a debtor without stocks)', () => {
  it('draws the service, with no stock (missing, not zero)', () => {
    const d = shapeDebtService(debtServiceSeries, view);
    assert.deepEqual(
      d?.rows.map((r) => [r.year, r.service, r.stock, r.projected]),
      [
        [2022, 1e9, null, false],
        [2023, 1.2e9, null, true],
      ],
    );
  });
});
