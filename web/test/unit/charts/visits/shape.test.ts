import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shapeVisits } from '../../../../src/charts/visits/shape';
import { travels, view, visits } from '../fixtures';

describe('shapeVisits', () => {
  it('merges both directions into one dated list, oldest first', () => {
    const d = shapeVisits({ visits, travels }, view);
    assert.ok(d);
    assert.deepEqual(
      d.rows.map((r) => [r.date, r.year, r.direction, r.who, r.kind]),
      [
        ['2015-07-24', 2015, 'US president or secretary of state in Kenya', 'Barack Obama', 'US president'],
        ['2015-08-01', 2015, "Kenya's leaders in the US", 'Uhuru Kenyatta', 'state'],
        ['2018-08-27', 2018, "Kenya's leaders in the US", 'Uhuru Kenyatta', 'official'],
        [
          '2023-11-20',
          2023,
          'US president or secretary of state in Kenya',
          'Antony Blinken',
          'US secretary of state',
        ],
      ],
    );
    assert.equal(d.rows[0].note, 'Nairobi. Global Entrepreneurship Summit.');
    assert.deepEqual(d.directions, [
      "Kenya's leaders in the US",
      'US president or secretary of state in Kenya',
    ]);
    assert.deepEqual(d.kinds, ['US president', 'state', 'official', 'US secretary of state']);
    assert.equal(
      d.summary,
      'Timeline of 4 visits from 2015 to 2023. The latest: Antony Blinken, 2023-11-20.',
    );
    assert.equal(
      d.subtitle,
      "Each dot is one visit; 2 by Kenya's leaders to the US, 2 by US presidents and secretaries of state",
    );
  });

  it('is null with no visits either way', () => {
    assert.equal(shapeVisits({ visits: [], travels: [] }, view), null);
  });
});
