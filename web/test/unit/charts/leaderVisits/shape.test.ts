import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shapeLeaderVisits } from '../../../../src/charts/leaderVisits/shape';
import { renderVisits } from '../../../../src/charts/visits/render';
import { shapeVisits } from '../../../../src/charts/visits/shape';
import { visitTypeColour, visitTypeColours } from '../../../../src/palette';
import { isFakeElement, serialize } from '../../../support/dom';
import { nodePlot } from '../../../support/snapshot';
import { leaderVisitCounts, travels, view, visits } from '../fixtures';

describe('shapeLeaderVisits', () => {
  it('one segment per year, pole, direction and level; out above, in below; zeros drawn as nothing', () => {
    const d = shapeLeaderVisits(leaderVisitCounts, view);
    assert.ok(d);
    assert.deepEqual(
      d.rows.map((r) => [r.year, r.pole, r.direction, r.kind, r.signed]),
      [
        [2013, 'China', 'in', 'head of state or government', -1],
        [2013, 'China', 'in', 'other official', -1],
        [2014, 'China', 'out', 'head of state or government', 1],
        [2014, 'United States', 'in', 'head of state or government', -1],
        [2015, 'China', 'out', 'foreign minister', 2],
        [2015, 'United States', 'out', 'head of state or government', 1],
        [2015, 'United States', 'out', 'foreign minister', 1],
        [2016, 'United States', 'out', 'foreign minister', 1],
      ],
    );
    assert.deepEqual(d.coverage, { 'United States': [2013, 2016], China: [2013, 2015] });
    assert.equal(
      d.summary,
      "Leader-level visits with both poles. United States (2013-2016): 3 stays of its leaders in Kenya, 1 of Kenya's in United States; China (2013-2015): 3 stays of its leaders in Kenya, 2 of Kenya's in China.",
    );
    assert.match(
      d.subtitle ?? '',
      /China's record covers 2013-2015; no bar outside it means no record, not no visit/,
    );
  });

  it('is null with no stay either way', () => {
    assert.equal(
      shapeLeaderVisits(
        leaderVisitCounts.map((c) => ({ ...c, head: 0, foreignMinister: 0, other: 0, total: 0 })),
        view,
      ),
      null,
    );
  });

  it('one palette for visit types: every type both charts use has its own colour, the same in each chart', () => {
    const kinds = [
      ...(shapeVisits({ visits, travels }, view)?.kinds ?? []),
      ...(shapeLeaderVisits(leaderVisitCounts, view)?.kinds ?? []),
    ];
    for (const k of kinds) assert.ok(k in visitTypeColours, k);
    assert.equal(new Set(Object.values(visitTypeColours)).size, Object.keys(visitTypeColours).length);
    // The colour of "state" does not depend on which other types a country's chart shows.
    const { Plot } = nodePlot();
    const svg = (v: typeof visits) => {
      const data = shapeVisits({ visits: v, travels }, view)!;
      const el = renderVisits(Plot, data, view, 640);
      assert.ok(isFakeElement(el));
      return serialize(el);
    };
    const stateColour = visitTypeColour('state');
    assert.ok(svg(visits).includes(stateColour));
    assert.ok(svg([visits[0]]).includes(stateColour));
  });
});
