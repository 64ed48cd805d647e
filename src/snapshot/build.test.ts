import assert from 'node:assert/strict';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { gunzipSync, gzipSync } from 'node:zlib';
import { InputError } from '../errors.js';
import { openStore } from '../store/open.js';
import { buildSnapshot } from './build.js';

const fixtures = new URL('./fixtures/raw/', import.meta.url).pathname;
const datasets = ['countries', 'unga'];
let work: string;

before(async () => {
  work = await mkdtemp(join(tmpdir(), 'bearing-build-'));
  await buildSnapshot({ rawDir: fixtures, dataDir: join(work, 'data'), only: datasets });
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

/** A copy of the raw fixtures with one file rewritten by `edit` (gzip handled), and the first line it changed. */
async function rawWith(
  file: string,
  edit: (text: string) => string,
): Promise<{ raw: string; changedLine: number }> {
  const raw = await mkdtemp(join(work, 'raw-'));
  await cp(fixtures, raw, { recursive: true });
  const path = join(raw, file);
  const bytes = await readFile(path);
  const text = (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
  const editedText = edit(text);
  assert.notEqual(editedText, text, 'the edit must change the file');
  const a = text.split('\n');
  const b = editedText.split('\n');
  const changedLine = a.findIndex((l, i) => l !== b[i]) + 1;
  const edited = Buffer.from(editedText, 'utf8');
  await writeFile(path, file.endsWith('.gz') ? gzipSync(edited) : edited);
  return { raw, changedLine };
}

test('the fixture snapshot opens with its tables, manifest and provenance', async () => {
  const store = await openStore({ dir: join(work, 'data') });
  try {
    const unga = store.manifest.datasets.find((d) => d.id === 'unga')!;
    assert.deepEqual(
      unga.tables.map((t) => t.name),
      ['rollcalls', 'votes', 'sponsorships', 'unga_overlap'],
    );
    assert.equal(unga.inputs.length, 4);
    for (const input of unga.inputs) assert.match(input.sha256, /^[0-9a-f]{64}$/);
    const r = await store.connection.runAndReadAll(
      "SELECT count(*)::INTEGER AS n FROM votes WHERE country IN ('SUN', 'BRD', 'DDR', 'YUG', 'CSK', 'YAR')",
    );
    assert.ok(Number(r.getRowObjectsJS()[0].n) > 0, 'historical states keep their own ids');
    const undl = await store.connection.runAndReadAll(
      "SELECT count(*)::INTEGER AS n, min(date)::VARCHAR AS d FROM rollcalls WHERE source = 'undl'",
    );
    const row = undl.getRowObjectsJS()[0];
    assert.ok(Number(row.n) > 0);
    assert.ok(String(row.d) > '2020-01-14', 'UNDL rows extend past Voeten only');
  } finally {
    store.close();
  }
});

const badInputs: { name: string; file: string; edit: (t: string) => string; field: string }[] = [
  {
    name: 'missing column',
    file: 'unga/unvotes_un_votes.csv.gz',
    edit: (t) =>
      t
        .replace('"vote"', '"ballot"')
        .replace(/^rcid,country,country_code,vote/, 'rcid,country,country_code,ballot'),
    field: 'vote',
  },
  {
    name: 'unknown vote code',
    file: 'unga/unvotes_un_votes.csv.gz',
    edit: (t) => t.replace(/,yes\n/, ',maybe\n'),
    field: 'vote',
  },
  {
    name: 'bad date',
    file: 'unga/unvotes_un_roll_calls.csv.gz',
    edit: (t) => t.replace(/1985-(\d\d)-(\d\d)/, '1985-13-$2'),
    field: 'date',
  },
  {
    name: 'unknown country',
    file: 'unga/unvotes_un_votes.csv.gz',
    edit: (t) => t.replace(/,KE,/, ',QQ,'),
    field: 'country_code',
  },
  {
    name: 'duplicated column',
    file: 'unga/unvotes_un_votes.csv.gz',
    edit: (t) => t.replace(/^rcid,country,country_code,vote/, 'rcid,country,country,vote'),
    field: 'country',
  },
  {
    name: 'unknown UNDL vote cell',
    file: 'unga/undl_ga_sc_votes_wide_1946_2021.csv.gz',
    edit: (t) => t.replace(/,Y,/, ',Q,'),
    field: 'CUBA',
  },
];

for (const bad of badInputs) {
  test(`a malformed raw file (${bad.name}) fails the build with file, line and field, snapshot untouched`, async () => {
    const dataDir = join(work, 'data');
    const before = await snapshotBytes(dataDir);
    const { raw, changedLine } = await rawWith(bad.file, bad.edit);
    await assert.rejects(buildSnapshot({ rawDir: raw, dataDir, only: datasets }), (e: unknown) => {
      assert.ok(e instanceof InputError, String(e));
      assert.equal(e.location.file, bad.file);
      assert.equal(e.location.line, changedLine, e.describe());
      assert.equal(e.location.field, bad.field, e.describe());
      return true;
    });
    assert.deepEqual(await snapshotBytes(dataDir), before, 'snapshot byte-identical after a failed build');
    const leftovers = (await readdir(work)).filter((n) => n.includes('staging') || n.includes('.old-'));
    assert.deepEqual(leftovers, [], 'no staging directory left behind');
  });
}

test('a Latin-1 raw file fails the build with file, line and byte column, snapshot untouched', async () => {
  const dataDir = join(work, 'data');
  const before = await snapshotBytes(dataDir);
  const raw = await mkdtemp(join(work, 'raw-'));
  await cp(fixtures, raw, { recursive: true });
  const file = 'unga/unvotes_un_votes.csv.gz';
  const text = gunzipSync(await readFile(join(raw, file))).toString('utf8');
  const lines = text.split('\n');
  lines[2] = `${lines[2]}\u00f4`;
  await writeFile(join(raw, file), gzipSync(Buffer.from(lines.join('\n'), 'latin1')));
  await assert.rejects(buildSnapshot({ rawDir: raw, dataDir, only: datasets }), (e: unknown) => {
    assert.ok(e instanceof InputError, String(e));
    assert.equal(e.location.file, file);
    assert.equal(e.location.line, 3);
    assert.match(e.message, new RegExp(`not valid UTF-8: byte 0xf4 at byte column ${lines[2].length}`));
    return true;
  });
  assert.deepEqual(await snapshotBytes(dataDir), before);
});
