// Reproducible builds: the same raw files give byte-identical tables, every one of them, including
// the ideal points (bootstrap replicates on worker threads, each seeded by its index).
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fixtureRawDir } from '../sources/testing/fixtures.js';
import { buildSnapshot } from './build.js';

let work: string;
before(async () => {
  work = await mkdtemp(join(tmpdir(), 'bearing-repro-'));
});
after(async () => {
  await rm(work, { recursive: true, force: true });
});

test('two builds from the same raw files write byte-identical tables', async () => {
  const only = ['countries', 'unga', 'idealpoints', 'values'];
  const a = await buildSnapshot({ rawDir: fixtureRawDir, dataDir: join(work, 'a'), only });
  const b = await buildSnapshot({ rawDir: fixtureRawDir, dataDir: join(work, 'b'), only });
  const sums = (m: typeof a) => m.datasets.flatMap((d) => d.tables.map((t) => `${t.file} ${t.sha256}`));
  assert.ok(
    sums(a).some((s) => s.startsWith('idealpoints/')),
    'the ideal points are built',
  );
  assert.deepEqual(sums(b), sums(a));
});
