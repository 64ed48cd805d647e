import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shapeInvestment } from '../../../../src/charts/investment/shape';
import { investment, view } from '../fixtures';

describe('shapeInvestment', () => {
  it('gives a point per published value, reported and derived apart, poles first in the legend', () => {
    const d = shapeInvestment(investment, view);
    assert.ok(d);
    assert.deepEqual(
      d.rows.map((r) => [r.year, r.investor, r.basis, r.value]),
      [
        [2022, 'CHN', 'reported', 1500],
        [2022, 'USA', 'reported', 200],
        [2022, 'USA', 'derived', 180],
        [2024, 'CHN', 'reported', 1912.19],
        [2024, 'DEU', 'reported', 231.67],
        [2024, 'USA', 'reported', 163],
      ],
    );
    assert.deepEqual(d.names, ['United States', 'China', 'Germany']);
    assert.equal(
      d.summary,
      'Line chart 2022–2024. In 2024, reported positions: China US$ 1.91bn, Germany US$ 231.7m, United States US$ 163.0m; no reported position from Japan.',
    );
  });

  it('leaves Japan, which publishes nothing, out: missing is never zero', () => {
    const d = shapeInvestment(investment, view);
    assert.ok(d && !d.rows.some((r) => r.investor === 'JPN'));
  });

  it('is null when no investor has a value', () => {
    assert.equal(shapeInvestment({ ...investment, series: [investment.series[2]] }, view), null);
  });
});
