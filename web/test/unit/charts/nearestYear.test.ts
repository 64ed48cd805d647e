import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { datasetYears, nearestYear } from '../../../src/charts/nearestYear';

describe('nearestYear', () => {
  const meta = {
    snapshot: {
      datasets: [
        { id: 'trade', coverage: { from: 1960, to: 2020, countries: 190 } },
        { id: 'countries', coverage: { from: null, to: null, countries: 262 } },
      ],
    },
  };
  it("moves a year into the dataset's span from /meta, and leaves one inside alone", () => {
    const span = datasetYears(meta, 'trade');
    assert.deepEqual(span, { from: 1960, to: 2020 });
    assert.equal(nearestYear(2023, span), 2020);
    assert.equal(nearestYear(1950, span), 1960);
    assert.equal(nearestYear(2001, span), 2001);
    assert.equal(nearestYear(undefined, span), undefined);
    assert.equal(datasetYears(meta, 'countries'), undefined);
    assert.equal(nearestYear(2023, undefined), 2023);
  });
});
