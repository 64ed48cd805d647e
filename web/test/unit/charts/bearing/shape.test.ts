import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shapeBearing } from '../../../../src/charts/bearing/shape';
import { profile, view } from '../fixtures';

describe('shapeBearing', () => {
  const d = shapeBearing(profile, view);

  it('gives the composite and the four dimensions, in order, with their weights', () => {
    assert.deepEqual(
      d.rows.map((r) => [r.dimension, r.label, r.position, r.weight]),
      [
        ['composite', 'Overall bearing', 0.3, null],
        ['votes', 'UN votes', 0.5, 0.5],
        ['trade', 'Trade', 0.1, 0.5],
        // Measured but outside the overall position: the label says so.
        ['finance', 'Finance (debt) (weight 0)', -0.2, 0],
        // Not measured: no "(weight 0)", and no position.
        ['visits', 'Visits (US side)', null, 0],
      ],
    );
    assert.equal(d.rows[0].balance, 0.6);
    assert.equal(d.rows[1].source, 'votes.parquet');
    assert.equal(d.rows[4].source, '');
  });

  it('splits dots from "no data" rows, never drawing a missing dimension at zero', () => {
    assert.deepEqual(
      d.order,
      d.rows.map((r) => r.label),
    );
    assert.deepEqual(
      d.present.map((r) => r.dimension),
      ['composite', 'votes', 'trade', 'finance'],
    );
    assert.deepEqual(
      d.missing.map((r) => r.dimension),
      ['visits'],
    );
  });

  it('says every position in words', () => {
    assert.equal(
      d.summary,
      'Dot chart for 2020. Overall bearing: 0.30 (leaning to China); UN votes: 0.50 (toward China); Trade: 0.10 (leaning to China); Finance (debt) (weight 0): -0.20 (leaning to United States); Visits (US side): no data.',
    );
    assert.match(
      d.subtitle ?? '',
      /^Position in 2020 from −1 \(United States\) to \+1 \(China\).*Balance: 0\.60 /,
    );
  });
});
