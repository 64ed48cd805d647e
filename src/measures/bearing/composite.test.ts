import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { InputError } from '../../errors.js';
import { median } from '../quantile.js';
import { anchoredPosition, relativeEngagement } from './anchoredPosition.js';
import { composite, mirror } from './composite.js';
import type { Readings } from './dimensions.js';

const dimensions = ['votes', 'trade', 'finance', 'visits'] as const;
const defaultWeights = { votes: 1, trade: 1, finance: 1, visits: 0 };

import { sensitivity } from './sensitivity.js';

const reading = fc.record({
  position: fc.option(fc.double({ min: -1, max: 1, noNaN: true }), { nil: null }),
  engagement: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
});
const readings = fc.record({ votes: reading, trade: reading, finance: reading, visits: reading });
const weights = fc.record({
  votes: fc.double({ min: 0.1, max: 5, noNaN: true }),
  trade: fc.double({ min: 0, max: 5, noNaN: true }),
  finance: fc.double({ min: 0, max: 5, noNaN: true }),
  visits: fc.double({ min: 0, max: 5, noNaN: true }),
});

test('anchored position: median at 0, poles at their ends, monotone, clamped', () => {
  assert.equal(anchoredPosition(0.6, 0.6, 0.1, 0.9), 0);
  assert.equal(anchoredPosition(0.1, 0.6, 0.1, 0.9), -1);
  assert.equal(anchoredPosition(0.9, 0.6, 0.1, 0.9), 1);
  assert.equal(anchoredPosition(0.35, 0.6, 0.1, 0.9), -0.5);
  assert.equal(anchoredPosition(0.95, 0.6, 0.1, 0.9), 1);
  assert.ok(Number.isNaN(anchoredPosition(0.5, 0.6, 0.7, 0.9)), 'a pole on the wrong side: no axis');
  fc.assert(
    fc.property(
      fc.double({ min: -2, max: 2, noNaN: true }),
      fc.double({ min: -2, max: 2, noNaN: true }),
      (x, y) => {
        const a = anchoredPosition(x, 0, -1, 1.5);
        const b = anchoredPosition(y, 0, -1, 1.5);
        assert.ok(a >= -1 && a <= 1);
        if (x <= y) assert.ok(a <= b);
      },
    ),
  );
  assert.equal(median([3, 1, 2, Number.NaN]), 2);
  assert.equal(relativeEngagement(0.2, 0.4), 0.5);
  assert.equal(relativeEngagement(0.8, 0.4), 1);
});

test('composite: bounds, missing dimensions never count as zero', () => {
  fc.assert(
    fc.property(readings, weights, (r, w) => {
      const c = composite(r, w);
      if (c.position === null) {
        assert.ok(dimensions.every((d) => r[d].position === null || w[d] === 0));
        assert.equal(c.stance, null);
        return;
      }
      assert.ok(c.position >= -1 - 1e-12 && c.position <= 1 + 1e-12);
      if (c.balance !== null) assert.ok(c.balance >= 0 && c.balance <= 1 + 1e-12);
      assert.ok(c.spread !== null && c.spread >= 0 && c.spread <= 2 + 1e-12);
      for (const d of dimensions) if (r[d].position === null) assert.equal(c.weights[d], 0);
    }),
  );
  const only: Readings = {
    votes: { position: 0.5, engagement: 1 },
    trade: { position: null, engagement: null },
    finance: { position: null, engagement: null },
    visits: { position: null, engagement: null },
  };
  assert.equal(composite(only, defaultWeights).position, 0.5, 'a missing dimension does not pull toward 0');
});

test('swapping the poles mirrors every position and keeps the balance', () => {
  fc.assert(
    fc.property(readings, weights, (r, w) => {
      const a = composite(r, w);
      const b = composite(mirror(r), w);
      if (a.position === null) return assert.equal(b.position, null);
      assert.ok(Math.abs(a.position + (b.position as number)) < 1e-12);
      assert.equal(a.balance === null, b.balance === null);
      if (a.balance !== null) assert.ok(Math.abs(a.balance - (b.balance as number)) < 1e-12);
      if (a.stance === 'first') assert.equal(b.stance, 'second');
    }),
  );
});

test('synthetic countries with known answers', () => {
  const all = (position: number, engagement: number): Readings => ({
    votes: { position, engagement },
    trade: { position, engagement },
    finance: { position, engagement },
    visits: { position: null, engagement: null },
  });
  const firstPole = composite(all(-1, 1), defaultWeights);
  assert.equal(firstPole.position, -1);
  assert.equal(firstPole.stance, 'first');
  assert.equal(firstPole.balance, 0);
  const secondPole = composite(all(1, 1), defaultWeights);
  assert.equal(secondPole.stance, 'second');
  const forward = composite(all(0, 1), defaultWeights);
  assert.equal(forward.stance, 'balanced');
  assert.equal(forward.balance, 1);
  const neither = composite(all(0, 0.1), defaultWeights);
  assert.equal(neither.stance, 'disengaged');
  assert.ok((neither.balance as number) < 0.2);
  const hedger = composite(
    {
      votes: { position: 0.6, engagement: 1 },
      trade: { position: -0.1, engagement: 1 },
      finance: { position: -0.7, engagement: 1 },
      visits: { position: null, engagement: null },
    },
    defaultWeights,
  );
  assert.deepEqual(hedger.hedging, { first: ['finance'], second: ['votes'] });
  assert.ok(Math.abs((hedger.spread as number) - 1.3) < 1e-12);
});

test('weights are validated', () => {
  const r = { votes: { position: 0, engagement: 1 } } as unknown as Readings;
  assert.throws(() => composite(r, { votes: -1, trade: 1, finance: 1, visits: 0 }), InputError);
  assert.throws(() => composite(r, { votes: 0, trade: 0, finance: 0, visits: 0 }), InputError);
});

test('sensitivity moves each positive weight by half either way', () => {
  const r: Readings = {
    votes: { position: 0.4, engagement: 1 },
    trade: { position: -0.2, engagement: 1 },
    finance: { position: -0.6, engagement: 1 },
    visits: { position: null, engagement: null },
  };
  const rows = sensitivity(r, defaultWeights);
  assert.equal(rows.length, 6);
  const up = rows.find((x) => x.dimension === 'votes' && x.factor === 1.5)!;
  assert.ok((up.result.position as number) > (composite(r, defaultWeights).position as number));
});
