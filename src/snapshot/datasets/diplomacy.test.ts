import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { engagementClassCounts, leaderVisitCoverage, loadLeaderVisits } from '../../store/diplomacy.js';
import { openStore, type Store } from '../../store/open.js';

let store: Store;
before(async () => {
  store = await openStore();
});
after(async () => {
  await store.close();
});

test('china_engagements: every published row kept, unclassified ones counted', async () => {
  const counts = await engagementClassCounts(store);
  const total = counts.reduce((s, c) => s + c.rows, 0);
  assert.equal(total, 5705);
  const unclassified = counts.filter((c) => c.class === 'unclassified').reduce((s, c) => s + c.rows, 0);
  assert.ok(unclassified > 0 && unclassified < 100, `unclassified ${unclassified}`);
});

test('leader_visits: both poles in one shape; China’s record 2003-2018, the US record wider', async () => {
  const cover = await leaderVisitCoverage(store);
  assert.deepEqual(cover.get('CHN'), { from: 2003, to: 2018 });
  assert.ok(cover.get('USA')!.from < 2003 && cover.get('USA')!.to > 2018);
  const kenya = await loadLeaderVisits(store, { countries: ['KEN'], from: '2003-01-01', to: '2018-12-31' });
  const chinaOut = kenya.filter((v) => v.pole === 'CHN' && v.direction === 'out' && v.poleLevel === 'head');
  assert.deepEqual(
    [...new Set(chinaOut.map((v) => `${v.polePerson} ${v.year}`))],
    ['Hu Jintao 2006', 'Li Keqiang 2014'],
  );
  const usIn = kenya.filter((v) => v.pole === 'USA' && v.direction === 'in');
  assert.deepEqual(
    usIn.map((v) => [v.date, v.kind, v.counterpartLevel]),
    [
      ['2003-10-05', 'state', 'head'],
      ['2014-08-05', 'summit', 'head'],
      ['2018-08-25', 'working', 'head'],
    ],
  );
  assert.ok(kenya.every((v) => v.sourceFile.length > 0 && v.sourceLine > 0));
  const received = kenya.filter((v) => v.pole === 'CHN' && v.direction === 'in');
  assert.ok(received.every((v) => v.counterpart !== null && v.counterpartLevel !== null));
});
