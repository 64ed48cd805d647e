import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shapeBearingSeries } from '../../../../src/charts/bearingSeries/shape';
import { profile, view } from '../fixtures';

describe('shapeBearingSeries', () => {
  it('gives five rows a year and draws only the positions that exist', () => {
    const d = shapeBearingSeries(profile, view);
    assert.ok(d);
    assert.equal(d.rows.length, 10);
    assert.deepEqual(d.rows.slice(0, 5), [
      { year: 2019, series: 'Overall bearing', position: 0.2, balance: 0.6 },
      { year: 2019, series: 'UN votes', position: 0.4, balance: null },
      { year: 2019, series: 'Trade', position: 0, balance: null },
      { year: 2019, series: 'Finance (debt)', position: null, balance: null },
      { year: 2019, series: 'Visits (US side)', position: null, balance: null },
    ]);
    // A position of 0 is a position; null is a gap.
    assert.deepEqual(
      d.dimensionLines.map((r) => [r.year, r.series, r.position]),
      [
        [2019, 'UN votes', 0.4],
        [2019, 'Trade', 0],
        [2020, 'UN votes', 0.5],
        [2020, 'Trade', 0.1],
      ],
    );
    assert.deepEqual(
      d.compositeLine.map((r) => r.position),
      [0.2, 0.3],
    );
    assert.equal(d.drawn.length, 6);
    assert.deepEqual(d.names, ['Overall bearing', 'UN votes', 'Trade', 'Finance (debt)', 'Visits (US side)']);
    assert.equal(
      d.summary,
      'Line chart 2019–2020. In 2020 the overall position was 0.30 (leaning to China).',
    );
  });

  it('marks years with one dimension (partial) and draws any dimension the server adds', () => {
    const one = { used: ['votes'], enough: false, label: 'partial: votes only' };
    const series = profile.series.map((s) =>
      s.year === 2019
        ? {
            ...s,
            coverage: one,
            dimensions: {
              ...s.dimensions,
              security: { position: -0.5, engagement: 1, dataYear: 2019, carried: false },
            },
          }
        : {
            ...s,
            dimensions: {
              ...s.dimensions,
              security: { position: null, engagement: null, dataYear: null, carried: false },
            },
          },
    );
    const dimensions = { ...profile.dimensions, security: null };
    const d = shapeBearingSeries({ ...profile, series, dimensions }, view);
    assert.ok(d);
    assert.deepEqual(
      d.partial.map((r) => [r.year, r.position]),
      [[2019, 0.2]],
    );
    assert.match(d.summary, /Hollow points: 1 year with one dimension only/);
    assert.equal(d.names[d.names.length - 1], 'Security');
    assert.ok(d.dimensionLines.some((r) => r.series === 'Security' && r.position === -0.5));
  });

  it('is null when no year has any position', () => {
    const empty = profile.series.map((s) => ({
      ...s,
      position: null,
      dimensions: {
        ...s.dimensions,
        votes: { position: null, engagement: null, dataYear: null, carried: false },
        trade: { position: null, engagement: null, dataYear: null, carried: false },
      },
    }));
    assert.equal(shapeBearingSeries({ ...profile, series: empty }, view), null);
  });
});
