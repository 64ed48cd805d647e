import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { securityFixtureDir } from '../../sources/securityFixtures.js';
import { openStore, type Store } from '../../store/open.js';
import { armsImports, atopInvolving, usTroopsInStates } from '../../store/security.js';
import { buildSnapshot } from '../build.js';

// Raw fixtures: every Kenya line of the SIPRI register and tidy table (plus a few non-state ones),
// troopdata rows for Kenya, Egypt, Bosnia (two spellings), Czechoslovakia and Guam, ATOP dyads.
let work: string;
let store: Store;
before(async () => {
  work = await mkdtemp(join(tmpdir(), 'bearing-security-'));
  await buildSnapshot({
    rawDir: securityFixtureDir,
    dataDir: join(work, 'data'),
    only: ['countries', 'security'],
  });
  store = await openStore({ dir: join(work, 'data') });
});
after(async () => {
  store.close();
  await rm(work, { recursive: true, force: true });
});

const q = async (sql: string) => (await store.connection.runAndReadAll(sql)).getRowObjectsJS();

test('arms: aggregates only, the seam at 1995, Kenya 1995-2024 led by Jordan, China, Spain, Italy, the US', async () => {
  const rows = await armsImports(store, 'KEN', 1950, 2024);
  for (const r of rows) assert.equal(r.source, r.year >= 1995 ? 'register' : 'tidy');
  const by = new Map<string, number>();
  for (const r of rows.filter((r) => r.year >= 1995))
    by.set(r.supplier, (by.get(r.supplier) ?? 0) + (r.tiv ?? 0));
  assert.deepEqual(
    [...by]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([s, v]) => [s, Math.round(v)]),
    [
      ['JOR', 113],
      ['CHN', 84],
      ['ESP', 76],
      ['ITA', 71],
      ['USA', 51],
    ],
  );
  // Provenance: the register lines of an aggregate are counted, the first named.
  const [lines] = await q(
    "SELECT sum(source_lines)::INTEGER AS n FROM arms_transfers WHERE recipient = 'KEN' AND source = 'register'",
  );
  assert.equal(lines.n, 46, 'every Kenya line of the fixture register is in one aggregate');
  // No register columns beyond the aggregate are stored.
  const [cols] = await q(
    "SELECT count(*)::INTEGER AS n FROM (DESCRIBE arms_transfers) WHERE column_name ILIKE '%designation%' OR column_name ILIKE '%deal%'",
  );
  assert.equal(cols.n, 0);
});

test('arms: armed groups and organisations are kept under their SIPRI names, apart from states', async () => {
  const nonState = await q(
    "SELECT DISTINCT recipient, recipient_kind FROM arms_transfers WHERE recipient_kind <> 'state' ORDER BY 1",
  );
  assert.ok(
    nonState.some((r) => r.recipient === 'Hezbollah (Lebanon)*' && r.recipient_kind === 'armed group'),
  );
  assert.ok(nonState.some((r) => r.recipient === 'African Union**' && r.recipient_kind === 'organisation'));
  const [leak] = await q(
    "SELECT count(*)::INTEGER AS n FROM arms_transfers WHERE recipient = 'LBN' AND recipient_name <> 'Lebanon'",
  );
  assert.equal(leak.n, 0, 'Hezbollah is never counted as Lebanon');
});

test('troops: two spellings of a state-year summed, territories apart, Kenya 2024 = 72', async () => {
  const t = await usTroopsInStates(store);
  assert.deepEqual(
    t.filter((r) => r.country === 'BIH' && r.year === 2013).map((r) => [r.troops, r.sourceRows]),
    [[9, 2]],
  );
  assert.equal(t.find((r) => r.country === 'KEN' && r.year === 2024)?.troops, 72);
  assert.ok(!t.some((r) => r.country === 'null'));
  const [guam] = await q("SELECT kind, country FROM us_troops WHERE place = 'Guam' LIMIT 1");
  assert.deepEqual(guam, { kind: 'territory', country: null });
});

test('ATOP: dyad-years with an obligation, Kenya -> Cape Verde 2001 non-aggression', async () => {
  const rows = await atopInvolving(store, ['KEN']);
  const cv = rows.find((r) => r.state1 === 'KEN' && r.state2 === 'CPV' && r.year === 2001);
  assert.equal(cv?.bits, 8);
  const [max] = await q('SELECT max(year)::INTEGER AS y FROM atop_obligations');
  assert.equal(max.y, 2018);
});
