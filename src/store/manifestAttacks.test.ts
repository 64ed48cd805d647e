// The manifest is untrusted input. Each attack from issue 23 is reproduced on a fixture snapshot;
// each is answered like a flipped byte: unavailable (exit 2), the file named, the rebuild command.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { main } from '../app/main.js';
import { InputError } from '../errors.js';
import { buildSnapshot } from '../snapshot/build.js';
import { fixtureRawDir } from '../sources/testing/fixtures.js';
import type { Manifest } from './manifest.js';
import { openStore } from './open.js';
import { pointerName, resolveSnapshot, sha256Hex, versionName } from './snapshotDir.js';

let work: string;
let pristine: string;

before(async () => {
  work = await mkdtemp(join(tmpdir(), 'bearing-attacks-'));
  pristine = join(work, 'pristine');
  await buildSnapshot({ rawDir: fixtureRawDir, dataDir: pristine, only: ['countries', 'unga'] });
});
after(async () => {
  await rm(work, { recursive: true, force: true });
});

async function copy(name: string): Promise<{ dir: string; root: string; manifest: Manifest }> {
  const dir = join(work, name);
  await cp(pristine, dir, { recursive: true });
  const { root } = await resolveSnapshot(dir);
  return { dir, root, manifest: JSON.parse(await readFile(join(root, 'manifest.json'), 'utf8')) };
}

/** Writes an edited manifest; `repoint` also rewrites CURRENT to match (an attacker with write access to both). */
async function writeManifest(dir: string, root: string, m: Manifest, repoint: boolean): Promise<void> {
  const text = `${JSON.stringify(m, null, 2)}\n`;
  await writeFile(join(root, 'manifest.json'), text);
  if (repoint) {
    const sha256 = sha256Hex(text);
    // The version directory keeps its name; the pointer must name it, so rename it to the new sum.
    await rename(root, join(dir, versionName(sha256)));
    await writeFile(join(dir, pointerName), JSON.stringify({ version: versionName(sha256), sha256 }));
  }
}

async function cli(dir: string, argv: string[]): Promise<{ code: number; err: string }> {
  const saved = process.env.BEARING_DATA_DIR;
  process.env.BEARING_DATA_DIR = dir;
  let err = '';
  try {
    const code = await main(argv, { stdout: () => {}, stderr: (t) => (err += t) });
    return { code, err };
  } finally {
    if (saved === undefined) delete process.env.BEARING_DATA_DIR;
    else process.env.BEARING_DATA_DIR = saved;
  }
}

async function refused(dir: string, message: RegExp): Promise<void> {
  await assert.rejects(
    () => openStore({ dir }),
    (e: unknown) =>
      e instanceof InputError &&
      e.kind === 'unavailable' &&
      message.test(e.message) &&
      Boolean(e.location.file) &&
      /npm run build-data|bearing update/.test(e.hint ?? ''),
  );
  const run = await cli(dir, ['countries', 'KEN']);
  assert.equal(run.code, 2, run.err);
  assert.match(run.err, /rebuild it with/);
  assert.doesNotMatch(run.err, /internal error|Binder Error|at .*\.ts:\d+/);
}

test('a crafted table name (COPY ... TO) is refused before any SQL runs', async () => {
  const { dir, root, manifest } = await copy('crafted');
  const target = join(work, 'pwned.csv');
  manifest.datasets[1].tables[0].name = `x" AS SELECT 1; COPY (SELECT 1) TO '${target}'; --`;
  await writeManifest(dir, root, manifest, true);
  await refused(dir, /unknown table/);
  assert.equal(existsSync(target), false, 'no file written');
});

test('a table outside the catalog is refused even with a plain name', async () => {
  const { dir, root, manifest } = await copy('uncatalogued');
  manifest.datasets[1].tables[0].name = 'duckdb_settings';
  await writeManifest(dir, root, manifest, true);
  await refused(dir, /unknown table "duckdb_settings"/);
});

test('a dataset file pointing outside the snapshot (../../) is refused', async () => {
  const { dir, root, manifest } = await copy('escape');
  manifest.datasets[0].tables[0].file = '../../../../etc/hostname';
  await writeManifest(dir, root, manifest, true);
  await refused(dir, /unexpected file/);
});

test('edited rows or coverage (pointer not updated) are caught by the checksum in CURRENT', async () => {
  const { dir, root, manifest } = await copy('rows');
  manifest.datasets[1].tables[1].rows += 1000;
  manifest.datasets[1].coverage.to = 2099;
  await writeManifest(dir, root, manifest, false);
  await refused(dir, /manifest altered/);
});

test('a file swapped for another table gives the same clear message as a flipped byte', async () => {
  const { dir, root, manifest } = await copy('swapped');
  await cp(join(root, 'unga/rollcalls.parquet'), join(root, 'unga/votes.parquet'));
  const votes = manifest.datasets[1].tables.find((t) => t.name === 'votes')!;
  votes.sha256 = sha256Hex(await readFile(join(root, 'unga/votes.parquet')));
  await writeManifest(dir, root, manifest, true);
  await refused(dir, /snapshot file does not match table votes: unga\/votes\.parquet/);
  // Unverified opening (the tests' and the server's fast path) is caught the same way.
  await assert.rejects(() => openStore({ dir, verify: false }), /does not match table votes/);
});

test('a malformed pointer is refused, not followed', async () => {
  const { dir } = await copy('pointer');
  await writeFile(join(dir, pointerName), JSON.stringify({ version: '../../etc', sha256: 'x' }));
  await refused(dir, /pointer is malformed/);
});
