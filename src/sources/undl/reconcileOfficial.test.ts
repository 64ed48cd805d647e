import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RollCall, VoteRecord } from '../../votes/rollCall.js';
import { supersedeScrape } from './reconcileOfficial.js';

const rc = (rcid: number, resolution: string | null, sourceFile: string): RollCall => ({
  rcid,
  session: 76,
  date: '2021-12-06',
  year: 2021,
  resolution,
  short: '',
  description: '',
  important: false,
  amendment: false,
  paragraph: false,
  issues: [],
  source: 'undl',
  sourceFile,
  sourceLine: 2,
});
const vote = (rcid: number, country: string): VoteRecord => ({ rcid, country, vote: 1, sourceLine: 2 });

test('the official file supersedes scrape rows by record id or by resolution symbol', () => {
  const official = {
    rollCalls: [rc(1, 'A/RES/76/1', 'long'), rc(2, 'A/RES/76/2', 'long')],
    votes: [vote(1, 'KEN')],
  };
  const scrape = {
    rollCalls: [
      rc(1, 'A/RES/76/1', 'wide'),
      rc(9, 'A/RES/76/2', 'wide'),
      rc(3, 'A/RES/76/3', 'wide'),
      rc(4, null, 'wide'),
    ],
    votes: [vote(1, 'USA'), vote(9, 'USA'), vote(3, 'USA'), vote(4, 'CHN')],
  };
  const m = supersedeScrape(official, scrape);
  assert.equal(m.supersededScrape, 2);
  assert.deepEqual(
    m.rollCalls.map((r) => `${r.rcid}:${r.sourceFile}`),
    ['1:long', '2:long', '3:wide', '4:wide'],
  );
  assert.deepEqual(
    m.votes.map((v) => `${v.rcid}:${v.country}`),
    ['1:KEN', '3:USA', '4:CHN'],
  );
});
