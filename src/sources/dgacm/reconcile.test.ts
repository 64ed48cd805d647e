import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RollCall, VoteRecord } from '../../votes/rollCall.js';
import { comparedRollCalls, compareSources, joinDgacm, symbolKey } from './reconcile.js';

const rc = (rcid: number, resolution: string, date: string, source: RollCall['source']): RollCall => ({
  rcid,
  session: 75,
  date,
  year: Number(date.slice(0, 4)),
  resolution,
  short: '',
  description: '',
  important: false,
  amendment: false,
  paragraph: false,
  issues: [],
  source,
  sourceFile: `${source}.file`,
  sourceLine: rcid,
});
const v = (rcid: number, country: string, vote: 1 | 2 | 3 | 8): VoteRecord => ({
  rcid,
  country,
  vote,
  sourceLine: rcid,
});

test('symbols compare without case, spaces or brackets', () => {
  assert.equal(symbolKey('A/RES/75/254 A-C'), symbolKey('A/RES/75/254A-C'));
  assert.equal(symbolKey('A/RES/75/254[A]'), 'A/RES/75/254A');
  assert.equal(symbolKey(null), null);
});

test('compareSources lists every differing vote and every resolution only one source has', () => {
  const a = comparedRollCalls(
    [rc(1, 'A/RES/75/1', '2020-10-01', 'undl'), rc(2, 'A/RES/75/2', '2020-10-02', 'undl')],
    [v(1, 'KEN', 1), v(1, 'USA', 3), v(1, 'CHN', 8), v(2, 'KEN', 1)],
    () => true,
  );
  const b = comparedRollCalls(
    [rc(11, 'A/RES/75/1', '2020-10-01', 'dgacm'), rc(13, 'A/RES/75/3', '2020-10-03', 'dgacm')],
    // CHN absent in both (8 here, 8 there); USA abstains here against no there; KEN missing here = absent.
    [v(11, 'USA', 2), v(11, 'CHN', 8), v(13, 'KEN', 1)],
    () => true,
  );
  const d = compareSources({ name: 'undl', rollCalls: a }, { name: 'dgacm', rollCalls: b });
  assert.deepEqual(
    d.map((x) => `${x.kind} ${x.resolution} ${x.country ?? '-'} ${x.valueA}/${x.valueB}`),
    [
      'vote A/RES/75/1 KEN yes/absent',
      'vote A/RES/75/1 USA no/abstain',
      'missing A/RES/75/2 - recorded vote/not in source',
      'missing A/RES/75/3 - not in source/recorded vote',
    ],
  );
  assert.equal(d[0].whereA, 'undl.file:1');
  assert.equal(d[0].whereB, 'dgacm.file:11');
});

test('joinDgacm adds only roll calls after the record ends and never a symbol twice', () => {
  const record = { rollCalls: [rc(1, 'A/RES/76/1', '2021-12-01', 'undl')], votes: [v(1, 'KEN', 1)] };
  const dgacm = {
    rollCalls: [
      rc(50, 'A/RES/76/1', '2021-12-01', 'dgacm'), // covered by date and symbol
      rc(51, 'A/RES/76/2', '2021-12-20', 'dgacm'), // covered by date
      rc(52, 'A/RES/ES-11/1', '2022-03-02', 'dgacm'),
      rc(53, 'A/RES/76/1 ', '2022-03-03', 'dgacm'), // a symbol the record has, whatever the date
    ],
    votes: [v(50, 'KEN', 1), v(51, 'KEN', 2), v(52, 'KEN', 1), v(53, 'KEN', 3)],
  };
  const j = joinDgacm(record, dgacm, '2021-12-24');
  assert.deepEqual(
    j.rollCalls.map((r) => r.rcid),
    [1, 52],
  );
  assert.deepEqual(
    j.votes.map((x) => x.rcid),
    [1, 52],
  );
  assert.equal(j.added, 1);
  assert.equal(j.covered, 3);
});
