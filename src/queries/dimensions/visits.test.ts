import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { parsePoles } from '../../poles/pole.js';
import { openStore, type Store } from '../../store/open.js';
import { visitsDimension } from './visits.js';

let store: Store;
before(async () => {
  store = await openStore();
});
after(async () => {
  await store.close();
});

const poles = (q: string) => parsePoles(q, store.concordance);

test('visits provider: covered 2003-2018, weight 1, readings only in covered years', async () => {
  assert.equal(visitsDimension.id, 'visits');
  assert.equal(visitsDimension.defaultWeight, 1);
  assert.deepEqual(await visitsDimension.coverage(store), { from: 2003, to: 2018 });
  const series = await visitsDimension.read(store, poles('USA,CHN'));
  assert.deepEqual(
    [...series.keys()].sort(),
    Array.from({ length: 16 }, (_, i) => 2003 + i),
  );
  const ken = series.get(2018)!.get('KEN')!;
  assert.ok(ken.position !== null && ken.position > -1 && ken.position < 1);
  assert.ok(
    ken.engagement !== null && ken.engagement > 0.5,
    `Kenya is among the more visited states: ${ken.engagement}`,
  );
  assert.equal(ken.figures.windowFrom, 2014);
  assert.equal(series.get(2018)!.get('USA')!.position, -1);
  assert.equal(series.get(2002), undefined);
});

test('visits provider: describe says the shares in words; a store without the records reads nothing', async () => {
  const series = await visitsDimension.read(store, poles('USA,CHN'));
  const line = visitsDimension.describe!(series.get(2018)!.get('KEN')!, ['United States', 'China']);
  assert.match(
    line,
    /^\d+\.\d% of United States’s and \d+\.\d% of China’s leader-level visits with all states, 2014-2018/,
  );
  const bare = { ...store, has: (t: string) => t !== 'china_engagements' && store.has(t) } as Store;
  assert.equal(await visitsDimension.coverage(bare), null);
  assert.equal((await visitsDimension.read(bare, poles('USA,CHN'))).size, 0);
});

test('visits provider: swapping the poles mirrors the positions; other poles have no reading', async () => {
  const a = await visitsDimension.read(store, poles('USA,CHN'));
  const b = await visitsDimension.read(store, poles('CHN,USA'));
  for (const c of ['KEN', 'JPN', 'PAK', 'GBR']) {
    const pa = a.get(2015)!.get(c)!.position!;
    const pb = b.get(2015)!.get(c)!.position!;
    assert.ok(Math.abs(pa + pb) < 1e-12, c);
  }
  assert.equal((await visitsDimension.read(store, poles('USA,RUS'))).size, 0);
  assert.equal((await visitsDimension.read(store, poles('EU,CHN'))).size, 0);
});
