import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { resolvePoles } from '../../params/poles.js';
import { datasets } from '../../snapshot/datasets/index.js';
import { openStore, type Store } from '../../store/open.js';
import { bearingInputDatasets, inputKey, readPrecomputedWorld, storeInputKey } from './precomputed.js';
import type { BearingWorld } from './types.js';
import { bearingWorld, computeWorld } from './world.js';

let store: Store;
before(async () => {
  store = await openStore({ verify: false });
});
after(() => store.close());

/** The world as plain nested arrays, in its iteration order (years, states, dimensions). */
const ordered = (world: BearingWorld) =>
  [...world].map(([year, states]) => [
    year,
    [...states].map(([country, cy]) => [country, cy.year, Object.entries(cy.readings)]),
  ]);

/**
 * Where two worlds differ: every year, state and dimension in order, every field, numbers to 1e-12 relative
 * (DuckDB sums in parallel, so a fresh computation itself differs from the last in the 16th digit).
 */
function differences(a: BearingWorld, b: BearingWorld): string[] {
  const out: string[] = [];
  const same = (x: unknown, y: unknown, at: string): void => {
    if (typeof x === 'number' && typeof y === 'number') {
      if (!(Math.abs(x - y) <= 1e-12 * Math.max(1, Math.abs(x), Math.abs(y))))
        out.push(`${at}: ${x} vs ${y}`);
    } else if (x && y && typeof x === 'object' && typeof y === 'object') {
      // Arrays keep their order (years, states, dimensions); an object's fields are compared as a set.
      const kx = Array.isArray(x) ? Object.keys(x) : Object.keys(x).sort();
      const ky = Array.isArray(y) ? Object.keys(y) : Object.keys(y).sort();
      if (kx.join() !== ky.join()) out.push(`${at}: keys ${kx.join()} vs ${ky.join()}`);
      else for (const k of kx) same((x as never)[k], (y as never)[k], `${at}.${k}`);
    } else if (x !== y) out.push(`${at}: ${String(x)} vs ${String(y)}`);
  };
  same(ordered(a), ordered(b), 'world');
  return out;
}

/** A store whose manifest names another checksum for one table (as after `--only trade`). */
function withChangedTable(s: Store, table: string): Store {
  const manifest = {
    ...s.manifest,
    datasets: s.manifest.datasets.map((d) => ({
      ...d,
      tables: d.tables.map((t) => (t.name === table ? { ...t, sha256: '0'.repeat(64) } : t)),
    })),
  };
  return { ...s, manifest, cache: new Map() };
}

test('the shipped world equals a fresh computation, every state-year and reading, in order', async () => {
  const poles = resolvePoles(store.concordance, undefined);
  const shipped = await readPrecomputedWorld(store, poles);
  assert.ok(shipped, 'the bundled snapshot ships the default poles, computed from its own tables');
  const fresh = await computeWorld(store, poles, 0);
  let stateYears = 0;
  for (const s of fresh.values()) stateYears += s.size;
  assert.ok(stateYears > 10_000, `${stateYears} state-years`);
  assert.deepEqual(differences(shipped, fresh).slice(0, 10), []);
  // bearingWorld gives the shipped world for the default poles.
  assert.deepEqual(differences(await bearingWorld(store, poles), fresh).slice(0, 10), []);
});

test('a table rebuilt since (another checksum) makes the shipped world stale: not used, computed instead', async () => {
  const poles = resolvePoles(store.concordance, undefined);
  const stale = withChangedTable(store, 'trade_flows');
  assert.notEqual(storeInputKey(stale), storeInputKey(store));
  assert.equal(await readPrecomputedWorld(stale, poles), null);
  const world = await bearingWorld(stale, poles);
  assert.ok(stale.cache.has('bearing:dim:trade:USA,CHN'), 'computed from the providers');
  assert.ok(world.get(2019)?.get('KEN')?.readings.trade);
});

test('the key covers the input tables only, and other poles are never read from the shipped table', async () => {
  // The ideal points are no input: rebuilding them leaves the shipped world in use.
  assert.equal(storeInputKey(withChangedTable(store, 'idealpoints')), storeInputKey(store));
  assert.equal(await readPrecomputedWorld(store, resolvePoles(store.concordance, 'CHN,USA')), null);
  const tables = [{ dataset: 'unga', name: 'votes', sha256: 'a' }];
  assert.notEqual(inputKey(tables), inputKey([{ ...tables[0], sha256: 'b' }]));
});

test('the bearing is rebuilt with every dataset but the ideal points (its dependsOn)', () => {
  const all = datasets().map((d) => d.id);
  assert.deepEqual(
    [...bearingInputDatasets].sort(),
    all.filter((id) => id !== 'bearing' && id !== 'idealpoints').sort(),
  );
  assert.equal(all.at(-1), 'bearing', 'built after its inputs');
});
