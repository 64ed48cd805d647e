import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shapeTradeTilt } from '../../../../src/charts/tradeTilt/shape';
import { tradeSeries, view } from '../fixtures';

describe('shapeTradeTilt', () => {
  it('gives two rows a year, one per pole, leaving out years with no shares', () => {
    const d = shapeTradeTilt(tradeSeries, view);
    assert.ok(d);
    // 2018: no trade reported, so no share for either pole: left out, not zero.
    assert.deepEqual(d.rows, [
      { year: 2019, pole: 'United States', share: 0.1, value: 100, tilt: 0.5 },
      { year: 2019, pole: 'China', share: 0.3, value: 300, tilt: 0.5 },
      { year: 2020, pole: 'United States', share: 0.25, value: 200, tilt: 0 },
      { year: 2020, pole: 'China', share: 0.25, value: 200, tilt: 0 },
    ]);
    assert.equal(d.summary, 'Line chart 2018–2020. In 2020: United States 25.0%, China 25.0%, tilt 0.00.');
  });

  it('is null when no year has a share', () => {
    assert.equal(shapeTradeTilt({ ...tradeSeries, rows: tradeSeries.rows.slice(0, 1) }, view), null);
  });
});
