import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shapeTradePartners } from '../../../../src/charts/tradePartners/shape';
import { tradePartners, view } from '../fixtures';

describe('shapeTradePartners', () => {
  it('gives one bar per partner in the answer order', () => {
    const d = shapeTradePartners(tradePartners, view);
    assert.ok(d);
    assert.deepEqual(d.rows[0], {
      rank: 1,
      partner: 'CHN',
      name: 'China',
      exports: 100,
      imports: 900,
      total: 1000,
      share: 0.4,
    });
    assert.deepEqual(
      d.rows.map((r) => r.name),
      ['China', 'Uganda', 'United States'],
    );
    assert.equal(
      d.summary,
      'Bar chart of the 3 largest partners in 2020. The largest is China with 40.0%. United States: 16.0%; China: 40.0%.',
    );
  });

  it('says when a pole is not among the partners shown', () => {
    const d = shapeTradePartners(
      { ...tradePartners, partners: tradePartners.partners.filter((p) => p.partner !== 'USA') },
      view,
    );
    assert.match(d?.summary ?? '', /United States: not in the top; China: 40\.0%\.$/);
  });

  it('is null with no partners', () => {
    assert.equal(shapeTradePartners({ ...tradePartners, partners: [] }, view), null);
  });

  it('asked for a year the trade data do not cover, shows the nearest year and says so', () => {
    const d = shapeTradePartners(tradePartners, { ...view, year: 2023 });
    assert.match(
      d?.subtitle ?? '',
      /^No trade figures for 2023: the data end in 2020, the nearest year, shown here\. Share of Kenya's total trade .* in 2020/,
    );
    const early = shapeTradePartners(tradePartners, { ...view, year: 1950 });
    assert.match(early?.subtitle ?? '', /^No trade figures for 1950: the data begin in 2020/);
    assert.doesNotMatch(shapeTradePartners(tradePartners, view)?.subtitle ?? '', /No trade figures/);
  });
});
