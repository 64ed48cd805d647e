import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InputError } from '../../errors.js';
import { buildObservations } from './observations.js';
import { loose, matrix, threeStates } from './testing.js';

// Hand-worked: three states, two years. Codes 1 yes, 2 abstain, 3 no, 8 absent, 0 none.
//   r0 2000  USA yes, CHN no,  FRA yes    contested, yes/no
//   r1 2000  all yes                      uncontested: no item, but counted in votesCast
//   r2 2001  USA abstain, CHN no, FRA yes contested, three categories
//   r3 2001  USA absent, CHN yes, FRA no  contested, yes/no
const base = threeStates;
const list = (a: ArrayLike<number>) => Array.from(a);

function inputError(f: () => unknown, message: string, field: string, line?: number): void {
  assert.throws(f, (e: unknown) => {
    assert.ok(e instanceof InputError);
    assert.equal(e.message, message);
    assert.equal(e.location.field, field);
    assert.equal(e.location.line, line);
    return true;
  });
}

describe('buildObservations on a hand-worked matrix', () => {
  it('keeps the votes on contested roll calls, cell by cell', () => {
    const obs = buildObservations(base(), undefined, loose);
    assert.deepEqual(obs.countries, ['USA', 'CHN', 'FRA']);
    assert.equal(obs.firstYear, 2000);
    assert.equal(obs.yearCount, 2);
    assert.equal(obs.itemCount, 3);
    // cell = country * 2 + (year - 2000)
    assert.deepEqual(list(obs.cell), [0, 2, 4, 1, 3, 5, 3, 5]);
    assert.deepEqual(list(obs.item), [0, 0, 0, 1, 1, 1, 2, 2]);
    assert.deepEqual(list(obs.category), [2, 0, 2, 1, 0, 2, 2, 0]);
    assert.deepEqual(list(obs.ordinal), [0, 1, 0]);
    assert.deepEqual(list(obs.runs), [0, 3, 6, 8]);
    // The uncontested r1 counts as a vote cast; USA's absence on r3 does not.
    assert.deepEqual(list(obs.votesCast), [2, 1, 2, 2, 2, 2]);
    assert.deepEqual(list(obs.firstIndex), [0, 0, 0]);
    assert.deepEqual(list(obs.lastIndex), [1, 1, 1]);
    assert.deepEqual(obs.dropped, []);
  });

  it('orders years by value, whatever the row order', () => {
    const m = base();
    const obs = buildObservations(
      { ...m, years: Int16Array.from([2001, 2001, 2000, 2000]) },
      undefined,
      loose,
    );
    assert.equal(obs.firstYear, 2000);
    assert.deepEqual(list(obs.cell), [1, 3, 5, 0, 2, 4, 2, 4]);
  });

  it('pools the roll calls of one item group into one item, numbered in order of appearance', () => {
    // r0 and r1 share group 5: the group saw yes and no, so r1's unanimous votes become data too.
    const obs = buildObservations(base(), Int32Array.from([5, 5, 9, 2]), loose);
    assert.equal(obs.itemCount, 3);
    assert.deepEqual(list(obs.item), [0, 0, 0, 0, 0, 0, 1, 1, 1, 2, 2]);
    assert.deepEqual(list(obs.category), [2, 0, 2, 2, 2, 2, 1, 0, 2, 2, 0]);
    assert.deepEqual(list(obs.runs), [0, 6, 9, 11]);
    assert.deepEqual(list(obs.ordinal), [0, 1, 0]);
  });

  it('splits runs when an item comes back after another one', () => {
    const obs = buildObservations(base(), Int32Array.from([0, 1, 2, 0]), loose);
    // groups 0 (r0, r3), 1 (r1, uncontested), 2 (r2): items 0 and 1.
    assert.deepEqual(list(obs.item), [0, 0, 0, 1, 1, 1, 0, 0]);
    assert.deepEqual(list(obs.runs), [0, 3, 6, 8]);
  });

  it('marks a group ordinal only when someone abstained, and drops one seen in one category only', () => {
    const m = matrix(
      [
        [2, 2, 2],
        [1, 2, 1],
        [3, 2, 3],
        [1, 3, 3],
      ],
      [2000, 2000, 2000, 2000],
    );
    const obs = buildObservations(m, undefined, loose);
    assert.equal(obs.itemCount, 3); // all-abstain r0 is uncontested
    assert.deepEqual(list(obs.ordinal), [1, 1, 0]);
    assert.deepEqual(list(obs.category), [2, 1, 2, 0, 1, 0, 2, 0, 0]);
  });

  it('leaves a state with no votes unplaced (first and last index -1)', () => {
    const m = matrix(
      [
        [1, 3, 0],
        [3, 1, 8],
      ],
      [2000, 2002],
    );
    const obs = buildObservations(m, undefined, loose);
    assert.equal(obs.yearCount, 3);
    assert.deepEqual(list(obs.firstIndex), [0, 0, -1]);
    assert.deepEqual(list(obs.lastIndex), [2, 2, -1]);
    assert.deepEqual(list(obs.votesCast), [1, 0, 1, 1, 0, 1, 0, 0, 0]);
  });

  it('places a state from its first to its last year with contested votes', () => {
    // FRA votes only on the uncontested r1 in 2000: its span starts in 2001.
    const m = matrix(
      [
        [1, 3, 0],
        [1, 1, 1],
        [3, 1, 1],
        [1, 3, 3],
      ],
      [2000, 2000, 2001, 2001],
    );
    const obs = buildObservations(m, undefined, loose);
    assert.deepEqual(list(obs.firstIndex), [0, 0, 1]);
    assert.deepEqual(list(obs.lastIndex), [1, 1, 1]);
    assert.deepEqual(list(obs.votesCast), [2, 2, 2, 2, 1, 2]);
  });
});

describe('buildObservations on bad input', () => {
  it('names the field and roll call', () => {
    const m = base();
    inputError(
      () => buildObservations({ ...m, rollcalls: m.rollcalls.subarray(1) }, undefined, loose),
      'vote matrix has 3 roll-call ids but 4 years',
      'rollcalls',
    );
    inputError(
      () => buildObservations({ ...m, votes: m.votes.subarray(1) }, undefined, loose),
      'vote matrix has 11 cells, expected 4 roll calls x 3 countries',
      'votes',
    );
    inputError(
      () => buildObservations({ ...m, countries: ['USA', 'CHN', 'USA'] }, undefined, loose),
      'vote matrix names a country twice',
      'countries',
    );
    for (const y of [1899, 2201]) {
      inputError(
        () => buildObservations({ ...m, years: Int16Array.from([2000, y, 2001, 2001]) }, undefined, loose),
        `roll call 102 has an impossible year ${y}`,
        'years',
        2,
      );
    }
    // The extremes are allowed.
    const edge = buildObservations({ ...m, years: Int16Array.from([1900, 1900, 2200, 2200]) }, undefined, {
      ...loose,
      unidentified: 'drop',
    });
    assert.equal(edge.firstYear, 1900);
    const votes = m.votes.slice();
    votes[10] = 4;
    inputError(
      () => buildObservations({ ...m, votes }, undefined, loose),
      'unknown vote code 4 for CHN on roll call 104',
      'votes',
      4,
    );
    inputError(
      () => buildObservations(m, new Int32Array(3), loose),
      'item groups has 3 entries, expected one per roll call (4)',
      'itemGroups',
    );
    inputError(
      () => buildObservations(m, Int32Array.from([0, 1, -1, 2]), loose),
      'negative item group -1 for roll call 103',
      'itemGroups',
      3,
    );
    assert.equal(buildObservations(m, Int32Array.from([0, 1, 0, 2]), loose).itemCount, 2);
  });

  it('refuses an empty matrix and one without votes', () => {
    inputError(
      () => buildObservations(matrix([], []), undefined, loose),
      'no roll calls to estimate ideal points from',
      'votes',
    );
    inputError(
      () => buildObservations(matrix([[0, 8, 0]], [2000]), undefined, loose),
      'no votes cast in the selected roll calls',
      'votes',
    );
  });

  it('names a year with too few contested roll calls, and the states it could not place', () => {
    const m = matrix(
      [
        [1, 3, 1],
        [3, 1, 1],
        [1, 1, 0],
      ],
      [2000, 2000, 2001],
    );
    inputError(
      () => buildObservations(m, undefined, loose),
      'year 2001 has 0 contested roll calls under these options, too few to place USA, CHN in 2001 (at least 1 needed)',
      'year',
    );
    inputError(
      () => buildObservations(m, undefined, { ...loose, minRollCallsPerYear: 3 }),
      'year 2000 has 2 contested roll calls under these options, too few to place USA, CHN, FRA in 2000 (at least 3 needed)',
      'year',
    );
    // Exactly the limit passes.
    const ok = matrix([[1, 3, 1]], [2000]);
    assert.equal(buildObservations(ok, undefined, loose).itemCount, 1);
  });

  it('lists at most eight states, then how many more', () => {
    const names = Array.from({ length: 10 }, (_, i) => `S${i}`);
    const m = matrix([Array(10).fill(1), [1, 3, 1, 3, 1, 3, 1, 3, 1, 3]], [2001, 2000], names);
    inputError(
      () => buildObservations(m, undefined, loose),
      'year 2001 has 0 contested roll calls under these options, too few to place S0, S1, S2, S3, S4, S5, S6, S7 and 2 more in 2001 (at least 1 needed)',
      'year',
    );
  });

  it('skips a year with roll calls but no votes at all', () => {
    const m = matrix(
      [
        [1, 3, 1],
        [0, 0, 0],
      ],
      [2000, 2001],
    );
    assert.equal(buildObservations(m, undefined, loose).yearCount, 2);
  });

  it('names a state with too few contested votes, with its years', () => {
    const m = matrix(
      [
        [1, 3, 1],
        [3, 1, 0],
        [1, 1, 1],
        [1, 3, 0],
        [3, 1, 0],
      ],
      [2000, 2000, 2001, 2001, 2002],
    );
    inputError(
      () => buildObservations(m, undefined, { ...loose, minVotesPerState: 2 }),
      'state FRA cast 1 vote on contested roll calls in 2000-2001 under these options, too few to place it (at least 2 needed)',
      'country',
    );
    inputError(
      () => buildObservations(m, undefined, { ...loose, minVotesPerState: 5 }),
      'state USA cast 4 votes on contested roll calls in 2000-2002 under these options, too few to place it (at least 5 needed)',
      'country',
    );
    const one = matrix(
      [
        [1, 3, 1],
        [3, 1, 0],
      ],
      [2000, 2000],
    );
    inputError(
      () => buildObservations(one, undefined, { ...loose, minVotesPerState: 2 }),
      'state FRA cast 1 vote on contested roll calls in 2000 under these options, too few to place it (at least 2 needed)',
      'country',
    );
    assert.equal(buildObservations(m, undefined, { ...loose, minVotesPerState: 1 }).itemCount, 4);
  });
});

describe('buildObservations with unidentified: drop', () => {
  it('leaves out a thin year, then a thin state, saying why', () => {
    const m = matrix(
      [
        [1, 3, 1],
        [3, 1, 0],
        [1, 3, 0],
        [1, 1, 1],
      ],
      [2000, 2000, 2001, 2002],
    );
    const obs = buildObservations(m, undefined, { ...loose, minVotesPerState: 2, unidentified: 'drop' });
    assert.deepEqual(obs.dropped, [
      { year: 2002, reason: '0 contested roll calls in 2002 (at least 1 needed)' },
      { country: 'FRA', reason: 'FRA cast 1 votes on contested roll calls (at least 2 needed)' },
    ]);
    assert.deepEqual(list(obs.votesCast), [2, 1, 0, 2, 1, 0, 0, 0, 0]);
    assert.deepEqual(list(obs.firstIndex), [0, 0, -1]);
  });

  it('names one contested roll call in the singular, and keeps the others untouched', () => {
    const m = matrix(
      [
        [1, 3, 1],
        [3, 1, 1],
        [1, 3, 1],
        [2, 2, 2],
      ],
      [2000, 2000, 2001, 2001],
    );
    const obs = buildObservations(m, undefined, {
      minRollCallsPerYear: 2,
      minVotesPerState: 1,
      unidentified: 'drop',
    });
    assert.deepEqual(obs.dropped, [
      { year: 2001, reason: '1 contested roll call in 2001 (at least 2 needed)' },
    ]);
    assert.deepEqual(list(m.votes), [1, 3, 1, 3, 1, 1, 1, 3, 1, 2, 2, 2], 'the input is not changed');
    assert.equal(obs.itemCount, 2);
  });

  it('throws when dropping cannot help, and passes through what is fine', () => {
    const fine = buildObservations(base(), undefined, { ...loose, unidentified: 'drop' });
    assert.deepEqual(fine.dropped, []);
    assert.equal(fine.itemCount, 3);
    assert.throws(
      () =>
        buildObservations(matrix([[1, 1, 1]], [2000]), undefined, {
          ...loose,
          unidentified: 'drop',
        }),
      InputError,
    );
  });
});
