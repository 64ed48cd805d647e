import assert from 'node:assert/strict';
import { test } from 'node:test';
import { yearRuns } from './common.js';

test('yearRuns: each year once with the [start, end) of its rows; none for no rows', () => {
  assert.deepEqual(
    [...yearRuns(Uint16Array.from([2000, 2000, 2001, 2003, 2003, 2003]))],
    [
      { year: 2000, start: 0, end: 2 },
      { year: 2001, start: 2, end: 3 },
      { year: 2003, start: 3, end: 6 },
    ],
  );
  assert.deepEqual([...yearRuns([])], []);
});
