import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shapeFinanceDistribution } from '../../../../src/charts/financeDistribution/shape';
import { financeDistributions, view } from '../fixtures';

describe('shapeFinanceDistribution', () => {
  it('gives 21 bars per year and setting, the saturated ends marked', () => {
    const d = shapeFinanceDistribution(financeDistributions, view);
    assert.ok(d);
    assert.equal(d.rows.length, 4 * 21);
    const ends = d.rows.filter((r) => r.saturated && r.debtors > 0);
    assert.deepEqual(
      ends.map((r) => [r.year, r.multilaterals, r.from, r.debtors]),
      [
        [2019, 'none', -1, 1],
        [2019, 'none', 0.95, 8],
        [2024, 'none', -1, 1],
        [2024, 'none', 0.95, 9],
        [2019, 'shareholders', -1, 1],
        [2019, 'shareholders', 0.95, 2],
        [2024, 'shareholders', 0.95, 3],
      ],
    );
    assert.deepEqual(d.yearLabels, ['2019', '2024 (projected)']);
    assert.deepEqual(d.settingLabels, [
      'country creditors only (none)',
      'IDA/IBRD by votes (shareholders, default)',
    ]);
  });

  it('says how many debtors are saturated under each setting, and what is covered', () => {
    const d = shapeFinanceDistribution(financeDistributions, view);
    assert.ok(d);
    assert.equal(
      d.summary,
      'Debtors at |position| >= 0.95 (one pole at least 39 times the other), United States -1 to China +1. ' +
        'country creditors only (none): 9 of 10 (90.0%) in 2019, 10 of 10 (100.0%) in 2024 (projected). ' +
        'IDA/IBRD by votes (shareholders, default): 3 of 12 (25.0%) in 2019, 3 of 12 (25.0%) in 2024 (projected).',
    );
    assert.match(
      d.coverageNote ?? '',
      /^Coverage: 2019, none: 12 IDS debtors read, 10 with a position \(2 pay neither pole\);/,
    );
    assert.match(
      d.coverageNote ?? '',
      /2024 \(projected\), shareholders: 13 IDS debtors read, 12 with a position \(1 pay neither pole\)/,
    );
    assert.match(d.coverageNote ?? '', /Poles USA, CHN; debt service 2000–2025/);
  });

  it('leaves out an answer without positions; null when none has any', () => {
    const empty = { ...financeDistributions[0], withPosition: 0, bins: [] };
    const d = shapeFinanceDistribution([empty, financeDistributions[2]], view);
    assert.ok(d);
    assert.equal(d.rows.length, 21);
    assert.equal(shapeFinanceDistribution([empty], view), null);
  });
});
