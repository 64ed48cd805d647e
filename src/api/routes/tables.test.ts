import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { packageRoot } from '../../packageRoot.js';
import type { Store } from '../../store/open.js';
import { testServer } from '../testing/server.js';

let app: FastifyInstance;
let store: Store;
let close: () => Promise<void>;
before(async () => {
  ({ app, store, close } = await testServer({ warm: false }));
});
after(() => close());

describe('table downloads', () => {
  it('lists every table of the manifest with its three links', async () => {
    const rows = (await app.inject('/api/v1/tables')).json() as { table: string; csv: string }[];
    const names = store.manifest.datasets.flatMap((d) => d.tables.map((t) => t.name));
    assert.deepEqual(rows.map((r) => r.table).sort(), names.sort());
    assert.equal(rows.find((r) => r.table === 'visits')?.csv, '/api/v1/tables/visits.csv');
  });

  it('serves the Parquet file as bundled, with provenance headers and an ETag', async () => {
    const { table } = store.manifest.datasets
      .flatMap((d) => d.tables.map((table) => ({ table })))
      .find((x) => x.table.name === 'visits')!;
    const res = await app.inject('/api/v1/tables/visits.parquet');
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'application/vnd.apache.parquet');
    assert.ok(res.rawPayload.equals(readFileSync(join(store.root, table.file))));
    assert.match(String(res.headers['x-bearing-dataset']), /^visits; /);
    assert.match(String(res.headers.link), /<\/api\/v1\/tables\/visits\.json>; rel="describedby"/);
    const again = await app.inject({
      url: '/api/v1/tables/visits.parquet',
      headers: { 'if-none-match': String(res.headers.etag) },
    });
    assert.equal(again.statusCode, 304);
  });

  it('serves the same rows as CSV, and the provenance as JSON', async () => {
    const csv = await app.inject('/api/v1/tables/visits.csv');
    assert.equal(csv.statusCode, 200);
    const lines = csv.body.trimEnd().split('\n');
    const rows = store.manifest.datasets.flatMap((d) => d.tables).find((t) => t.name === 'visits')!.rows;
    assert.ok(lines[0].split(',').includes('source_line'), lines[0]);
    // Quoted fields may hold line breaks: count the records as a CSV reader does.
    const dir = mkdtempSync(join(tmpdir(), 'bearing-csv-'));
    writeFileSync(join(dir, 'visits.csv'), csv.body);
    const r = await store.connection.runAndReadAll(
      `SELECT count(*)::INTEGER AS n FROM read_csv('${join(dir, 'visits.csv')}', header = true)`,
    );
    rmSync(dir, { recursive: true, force: true });
    assert.equal(r.getRowObjects()[0].n, rows);
    const about = (await app.inject('/api/v1/tables/visits.json')).json();
    assert.equal(about.dataset, 'visits');
    assert.ok(about.inputs.length > 0 && about.license && about.publisher);
    assert.equal((await app.inject('/api/v1/tables/nosuch.csv')).statusCode, 404);
  });
});

/** The first Python 3 with pandas: python3 on PATH, else Debian's (a pyenv shim may shadow it). */
function pythonWithPandas(): string | null {
  for (const py of [process.env.BEARING_PYTHON, 'python3', '/usr/bin/python3']) {
    if (!py) continue;
    const r = spawnSync(py, ['-c', 'import pandas'], { encoding: 'utf8' });
    if (r.status === 0) return py;
  }
  return null;
}

describe('docs/download.md: the Python example', () => {
  const python = pythonWithPandas();
  it('reads the tables over HTTP with pandas', {
    skip: python ? false : 'python3 with pandas is not installed (CI installs python3-pandas)',
  }, async () => {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const r = await new Promise<{ status: number | null; out: string; err: string }>((resolve) => {
      const child = spawn(python!, [
        join(packageRoot(), 'docs', 'examples', 'download.py'),
        `http://127.0.0.1:${port}`,
      ]);
      let out = '';
      let err = '';
      child.stdout.on('data', (d) => {
        out += d;
      });
      child.stderr.on('data', (d) => {
        err += d;
      });
      child.on('close', (status) => resolve({ status, out, err }));
    });
    assert.equal(r.status, 0, r.err);
    assert.match(r.out, /^\d+ tables, e\.g\. /m);
    assert.match(r.out, /^countries: 262 rows from countrycode/m);
    assert.match(r.out, /^KEN: \d+ visits; first \d{4}-\d\d-\d\d by .+, from \S+ line \d+$/m);
  });
});
