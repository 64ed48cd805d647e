import assert from 'node:assert/strict';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { InputError } from '../../errors.js';
import { defaultDataDir, openStore } from '../../store/open.js';
import { buildSnapshot } from '../build.js';

// Raw excerpts of the real Historian files, and a copy of the bundled snapshot for the concordance.
const fixtures = new URL('../../sources/historian/fixtures/raw/', import.meta.url).pathname;
let work: string;
let data: string;

before(async () => {
  work = await mkdtemp(join(tmpdir(), 'bearing-visits-'));
  data = join(work, 'data');
  await cp(defaultDataDir(), data, { recursive: true });
  await buildSnapshot({ rawDir: fixtures, dataDir: data, only: ['visits'] });
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

test('the visits dataset builds from the excerpts with file and element position on every row', async () => {
  const store = await openStore({ dir: data });
  try {
    const entry = store.manifest.datasets.find((d) => d.id === 'visits')!;
    assert.deepEqual(
      entry.tables.map((t) => [t.name, t.rows]),
      [
        ['visits', 6],
        ['travels', 5],
      ],
    );
    const r = await store.connection.runAndReadAll(
      "SELECT start_date::VARCHAR AS d, type, source_file, source_position, source_line FROM visits WHERE country = 'KEN' ORDER BY start_date",
    );
    assert.deepEqual(r.getRowObjectsJS(), [
      {
        d: '2003-10-05',
        type: 'state',
        source_file: 'us-state-dept-visits/2000.xml',
        source_position: 1,
        source_line: 3,
      },
      {
        d: '2020-02-06',
        type: 'working',
        source_file: 'us-state-dept-visits/2020.xml',
        source_position: 2,
        source_line: 15,
      },
      {
        d: '2022-12-13',
        type: 'summit',
        source_file: 'us-state-dept-visits/2020.xml',
        source_position: 3,
        source_line: 27,
      },
      {
        d: '2024-05-23',
        type: 'state',
        source_file: 'us-state-dept-visits/2020.xml',
        source_position: 4,
        source_line: 39,
      },
    ]);
  } finally {
    store.close();
  }
});

const bad: { name: string; file: string; edit: (t: string) => string; field: string }[] = [
  {
    name: 'a truncated visits file',
    file: 'us-state-dept-visits/2020.xml',
    edit: (t) => t.slice(0, t.indexOf('<description>State Visit.')),
    field: 'visit',
  },
  {
    name: 'a visit without a date',
    file: 'us-state-dept-visits/2020.xml',
    edit: (t) => t.replace('<start-date>2024-05-23</start-date>', ''),
    field: 'start-date',
  },
  {
    name: 'an unknown slug',
    file: 'us-state-dept-visits/2000.xml',
    edit: (t) => t.replace('<from id="ghana">Ghana</from>', '<from id="atlantis">Atlantis</from>'),
    field: 'from',
  },
  {
    name: 'a truncated travels file',
    file: 'us-state-dept-travels/secretary-travels/blinken-antony-j.xml',
    edit: (t) => t.slice(0, t.lastIndexOf('<remarks>')),
    field: 'trip',
  },
];

for (const b of bad) {
  test(`${b.name} fails the build with the file and element named, and nothing is stored`, async () => {
    const raw = await mkdtemp(join(work, 'raw-'));
    await cp(fixtures, raw, { recursive: true });
    const path = join(raw, b.file);
    await writeFile(path, b.edit(await readFile(path, 'utf8')));
    const beforeBytes = await snapshotBytes(data);
    await assert.rejects(buildSnapshot({ rawDir: raw, dataDir: data, only: ['visits'] }), (e: unknown) => {
      assert.ok(e instanceof InputError, String(e));
      assert.equal(e.location.file, b.file);
      assert.equal(e.location.field, b.field);
      assert.ok((e.location.line ?? 0) > 0);
      return true;
    });
    assert.deepEqual(await snapshotBytes(data), beforeBytes, 'the snapshot is byte-identical');
  });
}
