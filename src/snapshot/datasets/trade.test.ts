import assert from 'node:assert/strict';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { gunzipSync, gzipSync } from 'node:zlib';
import { InputError } from '../../errors.js';
import { openStore } from '../../store/open.js';
import { buildSnapshot } from '../build.js';
import { dotsFile } from './trade.js';

// Raw fixtures: a 162-row DOTS excerpt and an 18-row countrycode excerpt (src/sources/imfDots/fixtures).
const fixtures = new URL('../../sources/imfDots/fixtures/raw/', import.meta.url).pathname;
const only = ['countries', 'trade'];
let work: string;

before(async () => {
  work = await mkdtemp(join(tmpdir(), 'bearing-trade-'));
  await buildSnapshot({ rawDir: fixtures, dataDir: join(work, 'data'), only });
});
after(async () => {
  await rm(work, { recursive: true, force: true });
});

async function snapshotBytes(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      out.set(path, (await readFile(path)).toString('base64'));
    }
  }
  return out;
}

test('the trade dataset stores state-to-state flows and IMF group flows apart, with source lines', async () => {
  const store = await openStore({ dir: join(work, 'data') });
  try {
    const trade = store.manifest.datasets.find((d) => d.id === 'trade');
    assert.ok(trade);
    assert.deepEqual(
      trade.tables.map((t) => t.name),
      ['trade_flows', 'trade_group_flows', 'trade_names'],
    );
    // 1960 appears in the excerpt only in a dropped negative row.
    assert.deepEqual([trade.coverage.from, trade.coverage.to], [1961, 2020]);
    const q = async (sql: string) => (await store.connection.runAndReadAll(sql)).getRowObjectsJS();
    assert.deepEqual(
      await q(
        "SELECT exports, source_line::INTEGER AS line FROM trade_flows WHERE reporter = 'KEN' AND partner = 'CHN' AND year = 2020",
      ),
      [{ exports: 139.014257, line: 91 }],
    );
    const [mixed] = await q(
      `SELECT count(*)::INTEGER AS n FROM trade_flows WHERE reporter NOT IN (SELECT id FROM countries) OR partner NOT IN (SELECT id FROM countries)`,
    );
    assert.equal(mixed.n, 0, 'trade_flows holds states only');
    const [groups] = await q(
      `SELECT count(*)::INTEGER AS n FROM trade_group_flows WHERE reporter IN (SELECT id FROM countries) AND partner IN (SELECT id FROM countries)`,
    );
    assert.equal(groups.n, 0, 'every trade_group_flows row has a group on one side');
    assert.deepEqual(
      await q(
        "SELECT exports FROM trade_group_flows WHERE reporter = 'KEN' AND partner = 'world' AND year = 2020",
      ),
      [{ exports: 5843.681882 }],
    );
    const [negative] = await q(
      'SELECT (SELECT count(*) FROM trade_flows WHERE exports < 0) + (SELECT count(*) FROM trade_group_flows WHERE exports < 0) AS n',
    );
    assert.equal(Number(negative.n), 0);
  } finally {
    store.close();
  }
});

async function rawWith(edit: (text: string) => string): Promise<{ raw: string; changedLine: number }> {
  const raw = await mkdtemp(join(work, 'raw-'));
  await cp(fixtures, raw, { recursive: true });
  const path = join(raw, dotsFile);
  const text = gunzipSync(await readFile(path)).toString('utf8');
  const edited = edit(text);
  assert.notEqual(edited, text);
  const a = text.split('\n');
  const b = edited.split('\n');
  await writeFile(path, gzipSync(Buffer.from(edited, 'utf8')));
  return { raw, changedLine: a.findIndex((l, i) => l !== b[i]) + 1 };
}

const badEdits: { name: string; edit: (t: string) => string; field?: string }[] = [
  {
    name: 'negative value',
    edit: (t) => t.replace('Kenya,United States,2020,463.971798', 'Kenya,United States,2020,-463.971798'),
    field: 'exports_fob_usd_mn',
  },
  {
    name: 'non-numeric value',
    edit: (t) => t.replace('Kenya,United States,2019,508.551406', 'Kenya,United States,2019,5o8.55'),
    field: 'exports_fob_usd_mn',
  },
  {
    name: 'non-numeric year',
    edit: (t) => t.replace('Kenya,Germany,2019,', 'Kenya,Germany,2O19,'),
    field: 'year',
  },
  {
    name: 'unknown name',
    edit: (t) => t.replace('Kenya,USSR,1988,', 'Kenya,Narnia,1988,'),
    field: 'partner',
  },
];

for (const bad of badEdits) {
  test(`a bad DOTS row (${bad.name}) fails the build at its file and line; nothing of the file is stored`, async () => {
    const dataDir = join(work, 'data');
    const before = await snapshotBytes(dataDir);
    const { raw, changedLine } = await rawWith(bad.edit);
    await assert.rejects(buildSnapshot({ rawDir: raw, dataDir, only }), (e: unknown) => {
      assert.ok(e instanceof InputError, String(e));
      assert.equal(e.location.file, dotsFile);
      assert.equal(e.location.line, changedLine, e.describe());
      if (bad.field) assert.equal(e.location.field, bad.field, e.describe());
      return true;
    });
    assert.deepEqual(await snapshotBytes(dataDir), before, 'snapshot byte-identical after a failed build');
  });
}
