import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shapeCreditors } from '../../../../src/charts/creditors/shape';
import { debtExposure, view } from '../fixtures';

describe('shapeCreditors', () => {
  it('ranks the holdings by share, naming a creditor in two categories by category', () => {
    const d = shapeCreditors(debtExposure, view);
    assert.ok(d);
    // A zero holding and one with no stock are not bars.
    assert.deepEqual(
      d.rows.map((r) => [r.creditor, r.country, r.share, r.stock]),
      [
        ['China (bilateral)', 'CHN', 0.3, 3e9],
        ['World Bank', null, 0.25, 2.5e9],
        ['China (commercial banks)', 'CHN', 0.1, 1e9],
        ['United States', 'USA', 0.05, 0.5e9],
      ],
    );
    assert.ok(d.rows.every((r) => r.year === 2020));
    assert.equal(
      d.summary,
      'Bar chart of 4 creditors in 2020; total stock $10.00 bn. Largest: China (bilateral) 30.0%. United States 5.0%, China 40.0%.',
    );
  });

  it('keeps at most twelve bars', () => {
    const many = Array.from({ length: 15 }, (_, i) => ({
      ...debtExposure.creditors[2],
      creditor: `C${i}`,
      stockShare: i / 100,
    }));
    const d = shapeCreditors({ ...debtExposure, creditors: many }, view);
    assert.equal(d?.rows.length, 12);
    assert.equal(d?.rows[0].creditor, 'C14');
  });

  it('says an unknown stock and leaves out the poles when the answer has none', () => {
    const d = shapeCreditors({ ...debtExposure, stock: null, poles: null }, view);
    assert.match(d?.summary ?? '', /total stock unknown\. Largest: China \(bilateral\) 30\.0%\.$/);
  });

  it('is null with no holdings', () => {
    assert.equal(shapeCreditors({ ...debtExposure, creditors: debtExposure.creditors.slice(4) }, view), null);
  });
});
