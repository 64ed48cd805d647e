import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { estimateIdealPoints } from '../measures/idealPoints/estimate.js';
import { recurringItemGroups } from '../measures/idealPoints/itemGroups.js';
import type { IdealPointRow } from '../measures/idealPoints/model.js';
import { correlation, paired } from '../measures/idealPoints/testing.js';
import { openStore, type Store } from '../store/open.js';
import { loadVoteMatrix } from '../store/votes.js';
import type { VoteMatrix } from '../votes/voteMatrix.js';
import { defaultIdealPointRequest, estimateRequest, idealPoints } from './idealPoints.js';

// Face validity on the bundled snapshot (data/): the default estimate ships precomputed.
let store: Store;
let rows: IdealPointRow[];
before(async () => {
  store = await openStore();
  rows = (await idealPoints(store, defaultIdealPointRequest)).rows;
});
after(() => store.close());

/** Mean ideal point of the first of `ids` with estimates in [from, to] (the USSR before 1992, Russia after). */
function meanOf(ids: string[], from: number, to: number): number {
  const xs = rows
    .filter((r) => ids.includes(r.country) && r.year >= from && r.year <= to)
    .map((r) => r.idealPoint);
  assert.ok(xs.length > 0, `no estimates for ${ids.join('/')} in ${from}-${to}`);
  return xs.reduce((a, b) => a + b) / xs.length;
}

describe('ideal points of the UN General Assembly record', () => {
  it('ships the default estimate with the snapshot: every state-year, finite, intervals around the point', async () => {
    const answer = await idealPoints(store, defaultIdealPointRequest);
    assert.equal(answer.source, 'snapshot');
    assert.ok(rows.length > 9000);
    for (const r of rows) {
      assert.ok([r.idealPoint, r.low, r.high].every(Number.isFinite), `${r.country} ${r.year}`);
      assert.ok(r.low < r.idealPoint && r.idealPoint < r.high, `${r.country} ${r.year}`);
      assert.ok(r.votes > 0);
    }
    assert.ok(meanOf(['USA'], 1946, 2021) > 0, 'United States on the positive side');
  });

  it('puts the US, the UK and Israel on one side and the USSR/Russia, Cuba and China on the other, every decade after 1960', () => {
    for (let decade = 1960; decade <= 2020; decade += 10) {
      const west = ['USA', 'GBR', 'ISR'].map((c) => meanOf([c], decade, decade + 9));
      // The People's Republic holds China's seat from 1971 (before, the seat's votes are Taiwan's).
      const eastIds = decade < 1970 ? [['SUN'], ['CUB']] : [['SUN', 'RUS'], ['CUB'], ['CHN']];
      const east = eastIds.map((c) =>
        meanOf(c, decade === 1970 && c[0] === 'CHN' ? 1971 : decade, decade + 9),
      );
      assert.ok(
        Math.min(...west) > Math.max(...east),
        `${decade}s: west ${west.map((x) => x.toFixed(2))} vs east ${east.map((x) => x.toFixed(2))}`,
      );
    }
  });

  it('moves Eastern European states toward the US after 1990', () => {
    for (const c of [['POL'], ['HUN'], ['BGR'], ['ROU'], ['CSK', 'CZE']]) {
      const before = meanOf(c, 1980, 1989);
      const afterward = meanOf(c, 1993, 2005);
      const us = [meanOf(['USA'], 1980, 1989), meanOf(['USA'], 1993, 2005)];
      assert.ok(afterward - before > 1, `${c[0]}: ${before.toFixed(2)} -> ${afterward.toFixed(2)}`);
      assert.ok(us[1] - afterward < us[0] - before, `${c[0]} closer to the US`);
    }
  });

  it('is stable across random starts (correlation across seeds >= 0.99)', async () => {
    const matrix = await loadVoteMatrix(store, { from: 1985, to: 1999 });
    const runs: IdealPointRow[][] = [];
    for (const seed of [1, 2]) {
      const e = await estimateIdealPoints(matrix, {
        start: 'random',
        seed,
        replicates: 0,
        unidentified: 'drop',
      });
      runs.push(e.rows);
    }
    const { x, y } = paired(runs[0], runs[1]);
    assert.ok(correlation(x, y) >= 0.99, `correlation ${correlation(x, y)}`);
  });

  it('changes smoothly, not wildly, when one issue area is dropped', async () => {
    const full = await estimateRequest(store, { ...defaultIdealPointRequest, replicates: 0 });
    const matrix = await loadVoteMatrix(store, {});
    const flags = await store.connection.runAndReadAll('SELECT rcid, me, description FROM rollcalls');
    const me = new Set<number>();
    const description = new Map<number, string>();
    for (const [rcid, isMe, d] of flags.getRows()) {
      if (isMe) me.add(Number(rcid));
      description.set(Number(rcid), String(d ?? ''));
    }
    const keep = Array.from(matrix.rollcalls.keys()).filter((r) => !me.has(matrix.rollcalls[r]));
    const n = matrix.countries.length;
    const votes = new Uint8Array(keep.length * n);
    keep.forEach((r, i) => {
      votes.set(matrix.votes.subarray(r * n, r * n + n), i * n);
    });
    const without: VoteMatrix = {
      countries: matrix.countries,
      rollcalls: Int32Array.from(keep, (r) => matrix.rollcalls[r]),
      years: Int16Array.from(keep, (r) => matrix.years[r]),
      votes,
    };
    const itemGroups = recurringItemGroups(
      Array.from(without.rollcalls, (id) => description.get(id) ?? ''),
      without.years,
    );
    const dropped = await estimateIdealPoints(without, { itemGroups, replicates: 0, unidentified: 'drop' });
    const { x, y } = paired(full.rows, dropped.rows);
    const shifts = x.map((v, i) => Math.abs(v - y[i])).sort((a, b) => a - b);
    const median = shifts[Math.floor(shifts.length / 2)];
    assert.ok(me.size > 500, 'the Palestinian-conflict roll calls are a sizeable share');
    assert.ok(correlation(x, y) > 0.95, `correlation ${correlation(x, y)}`);
    assert.ok(median < 0.25, `median shift ${median}`);
  });
});
