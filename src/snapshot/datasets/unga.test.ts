import assert from 'node:assert/strict';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fixtureRawDir } from '../../sources/testing/fixtures.js';
import { openStore, type Store } from '../../store/open.js';
import { buildSnapshot } from '../build.js';

let work: string;
let store: Store;

before(async () => {
  work = await mkdtemp(join(tmpdir(), 'bearing-unga-'));
  await cp(fixtureRawDir, join(work, 'raw'), { recursive: true });
  // Four real DGACM records of session 79 (79.json lines 6, 1, 264, 343): kept apart from the shared raw
  // fixture so that the other builds' coverage stays 1985-2023.
  await cp(new URL('./fixtures/raw/unga/', import.meta.url), join(work, 'raw', 'unga'), { recursive: true });
  await buildSnapshot({
    rawDir: join(work, 'raw'),
    dataDir: join(work, 'data'),
    only: ['countries', 'unga'],
  });
  store = await openStore({ dir: join(work, 'data') });
});
after(async () => {
  store?.close();
  await rm(work, { recursive: true, force: true });
});

async function rows(sql: string): Promise<Record<string, unknown>[]> {
  return (await store.connection.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
}

test('the official UN Digital Library file extends the votes past 2021', async () => {
  const unga = store.manifest.datasets.find((d) => d.id === 'unga')!;
  assert.equal(unga.coverage.to, 2025); // the DGACM fixture (79.json) goes on after the official file's 2023
  assert.match(unga.version, /UNDL official voting file \(2025-07-23 layout, to 2023-12-12\)/);
  assert.ok(unga.inputs.some((i) => i.path === 'unga/undl_ga_voting.csv'));
  const late = await rows(
    "SELECT resolution, v.vote::INTEGER AS vote FROM rollcalls r JOIN votes v USING (rcid) WHERE v.country = 'KEN' AND r.year BETWEEN 2022 AND 2023 ORDER BY r.date",
  );
  assert.deepEqual(
    late.map((r) => `${r.resolution}:${r.vote}`),
    ['A/RES/ES-11/1:1', 'A/RES/ES-11/4:1', 'A/RES/77/7:1', 'A/RES/ES-10/21:2', 'A/RES/ES-10/22:1'],
  );
});

test('reconciliation: Voeten first, then the official file over the scrape', async () => {
  // A/RES/74/112 is in Voeten (2019): the official and scrape rows for it are dropped.
  const dec = await rows(
    "SELECT source, rcid::INTEGER AS rcid FROM rollcalls WHERE resolution = 'A/RES/74/112'",
  );
  assert.deepEqual(dec, [{ source: 'voeten', rcid: 9057 }]);
  // A/RES/76/27 (2021) is in both UNDL sources: the official file's row is kept.
  const nuclear = await rows("SELECT source_file FROM rollcalls WHERE resolution = 'A/RES/76/27'");
  assert.deepEqual(nuclear, [{ source_file: 'unga/undl_ga_voting.csv' }]);
  // Scrape rows the official file lacks stay (A/RES/76/26 and others of December 2021).
  const scrape = await rows(
    "SELECT count(*)::INTEGER AS n FROM rollcalls WHERE source_file = 'unga/undl_ga_sc_votes_wide_1946_2021.csv.gz'",
  );
  assert.equal(scrape[0].n, 4);
  const unga = store.manifest.datasets.find((d) => d.id === 'unga')!;
  assert.ok(unga.notes.some((n) => /supersedes 2 rows of the 2022 scrape/.test(n)));
});

test('DGACM resolutions extend the record after the UNDL record ends, every vote traceable', async () => {
  const unga = store.manifest.datasets.find((d) => d.id === 'unga')!;
  assert.equal(unga.coverage.to, 2025);
  const late = await rows(
    "SELECT resolution, v.vote::INTEGER AS vote, source, r.source_file, r.source_line::INTEGER AS line, session_year::INTEGER AS sy FROM rollcalls r JOIN votes v USING (rcid) WHERE v.country = 'KEN' AND r.year >= 2024 ORDER BY r.date",
  );
  assert.deepEqual(
    late.map((r) => `${r.resolution}:${r.vote}:${r.source}:${r.source_file}:${r.line}:${r.sy}`),
    [
      'A/RES/79/6:1:dgacm:unga/un_dgacm_resolutions/79.json:1:2024',
      'A/RES/79/266:1:dgacm:unga/un_dgacm_resolutions/79.json:3:2024',
    ],
  );
  const files = await rows(
    "SELECT DISTINCT v.source_file AS f FROM votes v JOIN rollcalls r USING (rcid) WHERE r.source = 'voeten'",
  );
  assert.deepEqual(files, [{ f: 'unga/unvotes_un_votes.csv.gz' }], 'a Voeten vote names the votes file');
  // Every member on the date has a row: 193 in 2024-2025, absentees as 8.
  const n = await rows(
    "SELECT count(*)::INTEGER AS n, count(*) FILTER (WHERE vote = 8)::INTEGER AS absent FROM votes JOIN rollcalls USING (rcid) WHERE resolution = 'A/RES/79/6'",
  );
  assert.equal(n[0].n, 193);
  assert.ok((n[0].absent as number) > 0);
  // Sponsors of adopted resolutions, with or without a vote, merged across the repeated record.
  const sp = await rows(
    "SELECT count(DISTINCT resolution)::INTEGER AS r FROM sponsorships WHERE source_file = 'unga/un_dgacm_resolutions/79.json'",
  );
  assert.equal(sp[0].r, 2); // 79/1 was submitted by the President of the General Assembly: no state
  const merged = await rows(
    "SELECT count(*)::INTEGER AS n, count(*) FILTER (WHERE kind = 'additional')::INTEGER AS a FROM sponsorships WHERE resolution = 'A/RES/79/266'",
  );
  assert.deepEqual(merged, [{ n: 70, a: 57 }]); // 13 sponsors, 57 more from the repeated record
  assert.ok(unga.notes.some((x) => /79.json:4 A\/RES\/79\/266 \(repeats line 3\)/.test(x)));
  assert.ok(unga.notes.some((x) => /Overlap report/.test(x)));
});
