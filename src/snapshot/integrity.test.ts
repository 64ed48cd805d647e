import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { main } from '../app/main.js';
import { InputError } from '../errors.js';
import { fixtureRawDir } from '../sources/testing/fixtures.js';
import { openStore } from '../store/open.js';
import { resolveSnapshot } from '../store/snapshotDir.js';
import { buildSnapshot } from './build.js';

let work: string;
let pristine: string;

before(async () => {
  work = await mkdtemp(join(tmpdir(), 'bearing-integrity-'));
  pristine = join(work, 'pristine');
  await buildSnapshot({ rawDir: fixtureRawDir, dataDir: pristine, only: ['countries', 'unga'] });
});
after(async () => {
  await rm(work, { recursive: true, force: true });
});

/** A fresh copy of the fixture snapshot (tests never touch the real data/). */
async function copy(name: string): Promise<string> {
  const dir = join(work, name);
  await cp(pristine, dir, { recursive: true });
  return dir;
}

/** The version directory data/CURRENT points at (the tables and manifest.json live there). */
async function rootOf(dir: string): Promise<string> {
  return (await resolveSnapshot(dir)).root;
}

async function flipByte(path: string, at: number): Promise<void> {
  const bytes = await readFile(path);
  bytes[at % bytes.length] ^= 0x01;
  await writeFile(path, bytes);
}

async function run(dir: string, argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const saved = process.env.BEARING_DATA_DIR;
  process.env.BEARING_DATA_DIR = dir;
  let out = '';
  let err = '';
  try {
    const code = await main(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
    return { code, out, err };
  } finally {
    if (saved === undefined) delete process.env.BEARING_DATA_DIR;
    else process.env.BEARING_DATA_DIR = saved;
  }
}

test('data status lists every dataset with source, version, coverage, rows, sha256 and build date', async () => {
  const dir = await copy('status');
  const { code, out } = await run(dir, ['data', 'status', '--json']);
  assert.equal(code, 0);
  const status = JSON.parse(out);
  assert.equal(status.ok, true);
  assert.deepEqual(
    status.datasets.map((d: { id: string }) => d.id),
    ['countries', 'unga'],
  );
  const unga = status.datasets[1];
  assert.match(unga.publisher, /Voeten/);
  assert.match(unga.version, /unvotes/);
  assert.deepEqual(unga.coverage, { from: 1985, to: 2023, countries: unga.coverage.countries });
  assert.ok(unga.coverage.countries > 10);
  assert.match(unga.builtAt, /^\d{4}-\d\d-\d\dT/);
  for (const t of unga.tables) {
    assert.equal(t.state, 'ok');
    assert.match(t.sha256, /^[0-9a-f]{64}$/);
    // Sponsor lists and the overlap report come from the DGACM files, which this fixture has not.
    assert.ok(t.rows > 0 || /unga_overlap|sponsorships/.test(t.file), t.file);
  }
  const table = await run(dir, ['data', 'status']);
  assert.equal(table.code, 0);
  assert.match(table.out, /unga +votes/);
  for (const line of table.out.split('\n')) assert.ok(line.length <= 100, `${line.length} columns: ${line}`);
  assert.match(table.out, /^unga: .*Voeten/m, 'the source follows the table, wrapped');
  const wide = await run(dir, ['data', 'status', '--wide']);
  assert.match(wide.out.split('\n')[0], /version +source +sha256/);
});

test('a flipped byte in a Parquet file: clear error naming the file and the rebuild command', async () => {
  const dir = await copy('flipped');
  const root = await rootOf(dir);
  await flipByte(join(root, 'unga/votes.parquet'), 1000);
  await assert.rejects(
    () => openStore({ dir }),
    (e: unknown) =>
      e instanceof InputError &&
      /snapshot file corrupted: unga\/votes\.parquet/.test(e.message) &&
      e.location.file === join(root, 'unga/votes.parquet') &&
      /npm run build-data|bearing update/.test(e.hint ?? ''),
  );
  const cli = await run(dir, ['countries', 'KEN']);
  assert.equal(cli.code, 2, 'bad data is an input error: exit 2');
  assert.match(cli.err, /unga\/votes\.parquet/);
  assert.match(cli.err, /bearing update --from-dir|npm run build-data/);
  assert.doesNotMatch(cli.err, /at .*\.ts:\d+/, 'no stack trace');
  const status = await run(dir, ['data', 'status', '--json']);
  assert.equal(status.code, 2);
  const parsed = JSON.parse(status.out);
  assert.equal(parsed.ok, false);
  const states = parsed.datasets.flatMap((d: { tables: { file: string; state: string }[] }) =>
    d.tables.map((t) => `${t.file}:${t.state}`),
  );
  assert.deepEqual(states, [
    'countries/countries.parquet:ok',
    'unga/rollcalls.parquet:ok',
    'unga/votes.parquet:corrupted',
    'unga/sponsorships.parquet:ok',
    'unga/unga_overlap.parquet:ok',
  ]);
  assert.match(status.err, /unga\/votes\.parquet corrupted; rebuild it with/);
});

test('a missing file and a damaged manifest are reported the same way', async () => {
  const dir = await copy('missing');
  await rm(join(await rootOf(dir), 'countries/countries.parquet'));
  const cli = await run(dir, ['countries']);
  assert.equal(cli.code, 2);
  assert.match(cli.err, /snapshot file missing: countries\/countries\.parquet/);
  const status = await run(dir, ['data', 'status', '--json']);
  assert.equal(status.code, 2);
  assert.match(status.out, /"state": "missing"/);
  await writeFile(join(await rootOf(dir), 'manifest.json'), '{ not json');
  const broken = await run(dir, ['data', 'status']);
  assert.equal(broken.code, 2);
  assert.match(broken.err, /manifest altered.*rebuild it with/);
});
