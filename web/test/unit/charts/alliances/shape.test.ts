import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shapeAlliances } from '../../../../src/charts/alliances/shape';
import { securitySeries, view } from '../fixtures';

describe('shapeAlliances', () => {
  it('gives the tie with each pole a year, flags carried-forward years and lists the MNNA years', () => {
    const d = shapeAlliances(securitySeries, view);
    assert.ok(d);
    assert.equal(d.rows.length, 10);
    assert.deepEqual(d.rows.slice(4, 6), [
      { year: 2018, pole: 'United States', tie: 0.25, obligations: 'consul', carried: false },
      { year: 2018, pole: 'China', tie: 0.5, obligations: 'nonagg', carried: false },
    ]);
    assert.equal(d.rows[6].carried, true);
    assert.deepEqual(d.mnnaYears, [2020]);
    assert.equal(
      d.summary,
      'Step lines 2016–2020. In 2020: United States consul, China nonagg (ATOP 2018 carried forward); a US major non-NATO ally.',
    );
  });

  it('is null without readings', () => {
    assert.equal(shapeAlliances([], view), null);
  });
});
