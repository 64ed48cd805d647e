import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shapeSponsorship } from '../../../../src/charts/sponsorship/shape';
import { sponsorship, view } from '../fixtures';

describe('shapeSponsorship', () => {
  it('keeps the years with a share, each point named by its pole; null shares left out, not zero', () => {
    const d = shapeSponsorship(sponsorship, view);
    assert.ok(d);
    assert.deepEqual(
      d.points.map((p) => [p.year, p.poleName, p.share, p.worldMedian]),
      [
        [2021, 'United States', 0.25, 0.35],
        [2021, 'China', 0.6, 0.4],
        [2022, 'United States', 0.4, 0.45],
        [2022, 'China', 0.5, 0.3],
      ],
    );
    assert.equal(d.rows.length, 6, 'the table keeps every API row, the missing year too');
    assert.equal(d.columns?.[5], 'share');
  });

  it("says the chosen year's figures in words, else the last year's", () => {
    assert.equal(
      shapeSponsorship(sponsorship, { ...view, year: 2021 })?.summary,
      'Line chart, 2021–2022. In 2021, Kenya sponsored 40 resolutions; United States co-sponsored 25% of them (world median 35%) and China 60% (median 40%).',
    );
    // The fixture view's year (2020) has no share: the last year is described.
    assert.match(
      shapeSponsorship(sponsorship, view)?.summary ?? '',
      /In 2022, Kenya sponsored 30 resolutions/,
    );
  });

  it('nothing to draw without a share', () => {
    assert.equal(shapeSponsorship(sponsorship.slice(0, 2), view), null);
    assert.equal(shapeSponsorship([], view), null);
  });
});
