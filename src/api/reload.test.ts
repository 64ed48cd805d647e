// A running server sees new data: a rebuild during load swaps the snapshot; every answer is whole
// and from the old snapshot or the new one; /api/v1/meta names the one served; the old store is
// closed once its requests have answered.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { buildSnapshot } from '../snapshot/build.js';
import { fixtureRawDir } from '../sources/testing/fixtures.js';
import { openStore } from '../store/open.js';
import { watchSnapshot } from './reload.js';
import { buildServer } from './server.js';

let work: string;
const only = ['countries', 'unga'];

before(async () => {
  work = await mkdtemp(join(tmpdir(), 'bearing-reload-'));
});
after(async () => {
  await rm(work, { recursive: true, force: true });
});

test('a rebuild during load is picked up; every answer from one snapshot or the other', async () => {
  const dir = join(work, 'data');
  await buildSnapshot({ rawDir: fixtureRawDir, dataDir: dir, only });
  const store = await openStore({ dir, materialize: true });
  const first = store.snapshot!.version;
  const app = await buildServer({
    store,
    logger: false,
    webDir: null,
    warm: false,
    shedding: { rateLimit: 0 },
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  const watch = watchSnapshot(app, dir, store, { intervalMs: 50, signal: false });
  const base = `http://127.0.0.1:${port}/api/v1`;
  const seen = new Set<string>();
  const failures: string[] = [];
  let stop = false;
  const client = async () => {
    while (!stop) {
      const meta = await fetch(`${base}/meta`);
      if (meta.status !== 200) failures.push(`meta ${meta.status}`);
      else seen.add((await meta.json()).snapshot.version);
      const country = await fetch(`${base}/countries/KEN`);
      if (country.status !== 200) failures.push(`countries ${country.status} ${await country.text()}`);
      else await country.arrayBuffer();
    }
  };
  try {
    const clients = Array.from({ length: 4 }, client);
    await new Promise((r) => setTimeout(r, 200));
    const rebuilt = await buildSnapshot({ rawDir: fixtureRawDir, dataDir: dir, only });
    assert.ok(rebuilt);
    const deadline = Date.now() + 10_000;
    let served = first;
    while (served === first && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
      served = (await (await fetch(`${base}/meta`)).json()).snapshot.version;
    }
    await new Promise((r) => setTimeout(r, 200));
    stop = true;
    await Promise.all(clients);
    assert.notEqual(served, first, 'the new snapshot is served');
    assert.deepEqual(failures, [], 'no errors during the swap');
    assert.ok(
      [...seen].every((v) => v === first || v === served),
      `versions seen: ${[...seen]}`,
    );
    assert.ok(seen.has(first) && seen.has(served));
    await assert.rejects(() => store.connection.run('SELECT 1'), 'the old store is closed once idle');
  } finally {
    stop = true;
    watch.stop();
    await app.close();
    app.closeStores();
  }
});
