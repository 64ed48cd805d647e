import assert from 'node:assert/strict';
import { test } from 'node:test';
import { composite } from './composite.js';
import { coverageOf, minDimensions, partialLabel } from './coverage.js';

const w = { votes: 1, trade: 1, finance: 1, visits: 0 };
const at = (position: number | null) => ({ position, engagement: 1 });

test('a stance needs two weighted dimensions with data', () => {
  assert.equal(minDimensions, 2);
  const both = coverageOf({ votes: at(0.1), finance: at(0.9) }, w);
  assert.deepEqual(both, { used: ['votes', 'finance'], enough: true, label: null });
  const one = coverageOf({ finance: at(0.9), visits: at(-0.8), trade: at(null) }, w);
  assert.deepEqual(one, { used: ['finance'], enough: false, label: 'partial: finance only' });
  assert.deepEqual(coverageOf({}, w), { used: [], enough: false, label: 'partial: no dimension' });
  assert.equal(partialLabel(['votes', 'trade']), 'partial: votes and trade only');
});

test('the composite of one dimension has a position but no stance', () => {
  const c = composite({ finance: at(1) }, w);
  assert.equal(c.position, 1);
  assert.equal(c.stance, null);
  assert.equal(c.coverage.label, 'partial: finance only');
  const two = composite({ finance: at(1), votes: at(0.2) }, w);
  assert.equal(two.stance, 'second');
  assert.equal(two.coverage.enough, true);
});
