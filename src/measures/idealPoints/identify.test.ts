import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InputError } from '../../errors.js';
import { identification, identified } from './identify.js';
import { buildObservations } from './observations.js';

// Three states over two years; FRA casts no vote at all (first index -1).
const obs = buildObservations(
  {
    countries: ['USA', 'CHN', 'GBR', 'FRA'],
    rollcalls: Int32Array.from([1, 2, 3]),
    years: Int16Array.from([2000, 2001, 2001]),
    votes: Uint8Array.from([1, 3, 1, 0, 3, 1, 3, 0, 1, 3, 2, 0]),
  },
  undefined,
  { minRollCallsPerYear: 1, minVotesPerState: 1 },
);
// cells: country * 2 + year index
const mean = Float64Array.from([3, 5, 1, -1, 2, 2, 7, 7]);

describe('identification', () => {
  it('centres and scales over the state-years with votes, and keeps USA positive', () => {
    // Placed cells 3, 5, 1, -1, 2, 2: mean 2, variance (1 + 9 + 1 + 9 + 0 + 0) / 6.
    const id = identification(obs, mean, 'USA');
    assert.equal(id.center, 2);
    assert.ok(Math.abs(id.spread - Math.sqrt(20 / 6)) < 1e-12);
    assert.equal(id.sign, 1);
    const x = identified(mean, id);
    assert.ok(Math.abs(x[0] - 1 / Math.sqrt(20 / 6)) < 1e-12);
    assert.ok(Math.abs(x[3] + 3 / Math.sqrt(20 / 6)) < 1e-12);
    assert.equal(x.length, 8);
  });

  it('flips the axis when USA sits below the centre', () => {
    const id = identification(obs, mean, 'CHN');
    assert.equal(id.sign, -1);
    const x = identified(mean, id);
    assert.ok(Math.abs(x[2] - 1 / Math.sqrt(20 / 6)) < 1e-12, `${x[2]}`);
    assert.ok(x[0] < 0);
  });

  it('keeps the sign at +1 when the state sits exactly at the centre', () => {
    assert.equal(identification(obs, mean, 'GBR').sign, 1);
  });

  it('counts only the years the state cast votes in', () => {
    // USA's 2001 cell with no votes does not count: 2000 alone (1 below the centre 2) decides.
    const gap = { ...obs, votesCast: Int32Array.from([2, 0, 2, 2, 2, 2, 0, 0]) };
    const id = identification(gap, Float64Array.from([1, 100, 3, 3, 2, 2, 0, 0]), 'USA');
    assert.equal(id.center, 2.2);
    assert.equal(id.sign, -1);
  });

  it('refuses a state that is absent or cast no contested vote', () => {
    for (const country of ['RUS', 'FRA']) {
      assert.throws(
        () => identification(obs, mean, country),
        (e: unknown) =>
          e instanceof InputError &&
          e.message ===
            `cannot fix the direction of the scale: ${country} cast no votes on contested roll calls under these options` &&
          e.location.field === 'positiveCountry' &&
          e.hint === 'include that state, or choose another state to sit on the positive side',
      );
    }
  });
});
