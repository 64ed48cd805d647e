import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InputError } from '../../errors.js';
import { median } from '../quantile.js';
import { anchoredPosition, relativeEngagement } from './anchoredPosition.js';
import { composite, mirror, stanceOf, thresholds, validateWeights } from './composite.js';
import { positionOf } from './dimensions.js';
import { sensitivity } from './sensitivity.js';

// Boundaries of the bearing's rules, one by one: each assertion pins one comparison or constant.

test('anchored position: boundaries', () => {
  assert.ok(Number.isNaN(anchoredPosition(0.5, 0.5, 0.5, 0.9)), 'first pole at the median: no axis');
  assert.ok(Number.isNaN(anchoredPosition(0.5, 0.5, 0.1, 0.5)), 'second pole at the median: no axis');
  assert.ok(Number.isNaN(anchoredPosition(0.7, 0.5, 0.1, 0.5)), 'no axis, above the median too');
  assert.ok(Number.isNaN(anchoredPosition(0.3, 0.5, 0.5, 0.9)), 'no axis, below the median too');
  assert.ok(Number.isNaN(anchoredPosition(Number.NaN, 0.5, 0.1, 0.9)));
  assert.equal(Object.is(anchoredPosition(0.5, 0.5, 0.1, 0.9), 0), true, 'the median is +0');
  assert.equal(anchoredPosition(-5, 0.5, 0.1, 0.9), -1, 'clamped at the first end');

  assert.equal(anchoredPosition(0.75, 0.5, 0, 1), 0.5);
  assert.equal(anchoredPosition(0.25, 0.5, 0, 1), -0.5);
});

test('median and relative engagement: boundaries', () => {
  assert.equal(median([4, 1, 3, 2]), 2.5, 'even count: mean of the middle two');
  assert.equal(median([5]), 5);
  assert.ok(Number.isNaN(median([])));
  assert.ok(Number.isNaN(median([Number.NaN, Number.POSITIVE_INFINITY])));
  assert.equal(relativeEngagement(0, 0.4), 0);
  assert.equal(relativeEngagement(0.4, 0.4), 1);
  assert.ok(Number.isNaN(relativeEngagement(-0.1, 0.4)), 'negative amount');
  assert.ok(Number.isNaN(relativeEngagement(0.1, 0)), 'no world median');
  assert.ok(Number.isNaN(relativeEngagement(Number.NaN, 0.4)));
  assert.ok(Number.isNaN(relativeEngagement(Number.POSITIVE_INFINITY, 0.4)));
});

test('stance thresholds', () => {
  assert.deepEqual(thresholds, { lean: 0.25, face: 0.6, engaged: 0.4 });
  assert.equal(stanceOf(-0.25, 1), 'first');
  assert.equal(stanceOf(-0.2499, 1), 'balanced');
  assert.equal(stanceOf(0.25, 1), 'second');
  assert.equal(stanceOf(0.2499, 1), 'balanced');
  assert.equal(stanceOf(0, 0.39), 'disengaged');
  assert.equal(stanceOf(0, 0.4), 'balanced');
  assert.equal(stanceOf(0, null), 'balanced');
  assert.equal(stanceOf(-0.3, 0.1), 'first', 'leaning comes before engagement');
});

test('weights: each bound', () => {
  const ok = (w: Record<string, number>) => assert.doesNotThrow(() => validateWeights(w));
  const bad = (w: Record<string, unknown>) =>
    assert.throws(() => validateWeights(w as Record<string, number>), InputError);
  ok({ votes: 100, trade: 0 });
  ok({ votes: 0.001 });
  bad({ votes: 100.001 });
  bad({ votes: -0.001, trade: 1 });
  bad({ votes: Number.NaN, trade: 1 });
  bad({ votes: Number.POSITIVE_INFINITY });
  bad({ votes: '1', trade: 1 });
  bad({ votes: 0, trade: 0 });
  bad({});
  assert.throws(
    () => validateWeights({ votes: -1 }),
    /weight for votes must be a number from 0 to 100, got -1/,
  );
  assert.throws(() => validateWeights({ votes: 0 }), /at least one weight must be positive/);
  for (const w of [{ votes: -1 }, { votes: 0 }]) {
    try {
      validateWeights(w);
      assert.fail('not refused');
    } catch (e) {
      assert.deepEqual((e as InputError).location, { field: 'weights' });
    }
  }
});

test('composite: positions out of range are refused, tolerance 1e-9', () => {
  const w = { votes: 1, trade: 1 };
  assert.throws(
    () => composite({ votes: { position: 1.01, engagement: 1 } }, w),
    /position of votes out of \[-1, 1\]: 1.01/,
  );
  assert.throws(() => composite({ votes: { position: -1.01, engagement: 1 } }, w), RangeError);
  assert.equal(composite({ votes: { position: 1 + 1e-10, engagement: 1 } }, w).position, 1 + 1e-10);
  assert.equal(composite({ votes: { position: -1 - 1e-10, engagement: 1 } }, w).position, -1 - 1e-10);
  // Exactly at the tolerance: still accepted.
  assert.equal(composite({ votes: { position: -1 - 1e-9, engagement: 1 } }, w).position, -1 - 1e-9);
  assert.equal(composite({ votes: { position: 1 + 1e-9, engagement: 1 } }, w).position, 1 + 1e-9);
  // A dimension at weight 0 is not read at all, even out of range.
  assert.equal(
    composite(
      { votes: { position: 0.5, engagement: 1 }, trade: { position: 5, engagement: 1 } },
      { votes: 1, trade: 0 },
    ).position,
    0.5,
  );
});

test('composite: hand-worked weights, engagement, balance, spread, hedging at the thresholds', () => {
  const c = composite(
    {
      votes: { position: -0.25, engagement: 0.5 },
      trade: { position: 0.25, engagement: 1 },
      finance: { position: 0.6, engagement: null },
      visits: { position: 0.9, engagement: 1 },
    },
    { votes: 2, trade: 1, finance: 1, visits: 0 },
  );
  // position = (2 * -0.25 + 0.25 + 0.6) / 4 = 0.0875; engagement = (0.5 * 0.5 + 0.25 * 1) / 0.75 = 2/3.
  assert.ok(Math.abs((c.position as number) - 0.0875) < 1e-12);
  assert.ok(Math.abs((c.balance as number) - (1 - 0.0875) * (2 / 3)) < 1e-12);
  assert.ok(Math.abs((c.spread as number) - 0.85) < 1e-12);
  assert.deepEqual(c.hedging, { first: ['votes'], second: ['trade', 'finance'] });
  assert.deepEqual(c.weights, { votes: 0.5, trade: 0.25, finance: 0.25, visits: 0 });
  assert.equal(c.stance, 'balanced');
  const noEngagement = composite(
    { votes: { position: 0.5, engagement: null }, trade: { position: 0.1, engagement: null } },
    { votes: 1, trade: 1 },
  );
  assert.equal(noEngagement.balance, null);
  assert.equal(noEngagement.stance, 'second');
  const notHedging = composite(
    { votes: { position: -0.2499, engagement: 1 }, trade: { position: 0.9, engagement: 1 } },
    { votes: 1, trade: 1 },
  );
  assert.equal(notHedging.hedging, null);
  const oneSide = composite(
    { votes: { position: -0.5, engagement: 1 }, trade: { position: 0.2499, engagement: 1 } },
    { votes: 1, trade: 1 },
  );
  assert.equal(oneSide.hedging, null, 'leaning one way only is not hedging');
  const nothing = composite({ votes: { position: null, engagement: 1 } }, { votes: 1 });
  assert.deepEqual(nothing, {
    position: null,
    balance: null,
    spread: null,
    hedging: null,
    stance: null,
    weights: { votes: 0 },
    coverage: { used: [], enough: false, label: 'partial: no dimension' },
  });
});

test('mirror keeps engagement and nulls; positionOf ignores non-finite', () => {
  assert.deepEqual(
    mirror({
      votes: { position: 0.5, engagement: 0.3 },
      trade: { position: null, engagement: 0.2 },
      aid: undefined,
    }),
    {
      votes: { position: -0.5, engagement: 0.3 },
      trade: { position: null, engagement: 0.2 },
    },
  );
  assert.equal(positionOf({ votes: { position: Number.NaN, engagement: 1 } }, 'votes'), null);
  assert.equal(positionOf({}, 'votes'), null);
  assert.equal(positionOf({ votes: { position: 0, engagement: 1 } }, 'votes'), 0);
});

test('sensitivity: default factors, zero weights skipped, weights multiplied', () => {
  const r = { votes: { position: 0.4, engagement: 1 }, trade: { position: -0.2, engagement: 1 } };
  const rows = sensitivity(r, { votes: 2, trade: 1, visits: 0 });
  assert.deepEqual(
    rows.map((x) => [x.dimension, x.factor, x.weights.votes, x.weights.trade]),
    [
      ['votes', 0.5, 1, 1],
      ['votes', 1.5, 3, 1],
      ['trade', 0.5, 2, 0.5],
      ['trade', 1.5, 2, 1.5],
    ],
  );
  assert.ok(Math.abs((rows[0].result.position as number) - 0.1) < 1e-12);
  assert.equal(sensitivity(r, { votes: 1, trade: 1 }, [2]).length, 2);
});
