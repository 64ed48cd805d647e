import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shapeTradeRank } from '../../../../src/charts/tradeRank/shape';
import { tradeRank, view } from '../fixtures';

describe('shapeTradeRank', () => {
  it('gives one row per pole and year with a rank, leaving out years without a flow', () => {
    const d = shapeTradeRank(tradeRank, view);
    assert.ok(d);
    // 2018: no published flow with the US: left out, not ranked last.
    assert.deepEqual(
      d.rows.map((r) => [r.year, r.partner, r.rank, r.of]),
      [
        [2019, 'United States', 5, 175],
        [2020, 'United States', 6, 179],
        [2018, 'China', 1, 170],
        [2019, 'China', 1, 175],
        [2020, 'China', 1, 179],
      ],
    );
    assert.equal(
      d.summary,
      'Line chart 2018–2020. In 2020: United States ranks 6 of 179 (3.5%); China ranks 1 of 179 (23.1%).',
    );
  });

  it('says a bloc pole has no rank, and is null when no pole has one', () => {
    const d = shapeTradeRank([null, tradeRank[1]], { ...view, poleNames: ['EU', 'China'] });
    assert.match(d?.subtitle ?? '', /EU is a group of countries, not one partner, and has no rank/);
    assert.equal(shapeTradeRank([null, null], view), null);
  });
});
