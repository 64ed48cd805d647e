import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InputError } from '../errors.js';
import { parseWeightList } from './weights.js';

const names = ['votes', 'trade', 'finance', 'visits'] as const;
const defaults = { votes: 1, trade: 1, finance: 1, visits: 0 };

test('weights: named values replace defaults, the rest keep theirs', () => {
  assert.deepEqual(parseWeightList(undefined, names, defaults), defaults);
  assert.deepEqual(parseWeightList('visits=0.5, trade = 2', names, defaults), {
    votes: 1,
    trade: 2,
    finance: 1,
    visits: 0.5,
  });
});

test('weights: an unknown name or a bad value names the field and lists the names', () => {
  for (const bad of ['security=1', 'votes=-1', 'votes', 'votes=1,,trade=1']) {
    assert.throws(
      () => parseWeightList(bad, names, defaults),
      (e: unknown) =>
        e instanceof InputError &&
        e.location.field === 'weights' &&
        e.hint ===
          'name=value pairs for votes, trade, finance, visits, e.g. votes=1,trade=1,finance=1,visits=0',
      bad,
    );
  }
});
