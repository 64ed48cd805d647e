import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { main } from '../app/main.js';
import { InputError } from '../errors.js';
import { fixtureRawDir } from '../sources/testing/fixtures.js';
import { buildSnapshot } from './build.js';
import { updateSnapshot } from './update.js';

// A loopback server stands in for the UN Digital Library: its file API lists the releases of the
// voting file, and the newest release is served in one of several ways, good or broken.
type Mode =
  | 'ok'
  | 'gzip'
  | 'truncated'
  | 'length-too-long'
  | 'length-too-short'
  | 'corrupt-gzip'
  | 'invalid'
  | 'html'
  | 'missing';

let mode: Mode = 'ok';
let server: Server;
let mirror: string;
let work: string;
let pristine: string;
let rawBase: string;
let official: Buffer;

const release = '/digitallibrary.un.org/record/4060887/files/2025_7_23_ga_voting.csv';

function body(): Buffer {
  if (mode === 'invalid') return Buffer.from(official.toString('utf8').replace('ms_vote', 'ms_colour'));
  if (mode === 'gzip') return gzipSync(official);
  if (mode === 'corrupt-gzip') {
    const gz = gzipSync(official);
    gz[Math.floor(gz.length / 2)] ^= 0xff;
    return gz;
  }
  return official;
}

before(async () => {
  work = await mkdtemp(join(tmpdir(), 'bearing-update-'));
  official = await readFile(join(fixtureRawDir, 'unga/undl_ga_voting.csv'));
  // The raw files of the bundled snapshot: the fixtures without the official UNDL file.
  rawBase = join(work, 'raw');
  await cp(fixtureRawDir, rawBase, { recursive: true });
  await rm(join(rawBase, 'unga/undl_ga_voting.csv'));
  pristine = join(work, 'pristine');
  await buildSnapshot({ rawDir: rawBase, dataDir: pristine, only: ['countries', 'unga'] });
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (
      url.pathname === '/digitallibrary.un.org/api/v1/file' &&
      url.searchParams.get('recid') === '4060887'
    ) {
      const gz = mode === 'gzip' || mode === 'corrupt-gzip';
      res.setHeader('content-type', 'application/json');
      res.end(
        JSON.stringify([
          {
            name: '2024_09_12_ga_voting',
            url: 'https://digitallibrary.un.org/record/4060887/files/2024_09_12_ga_voting.csv',
            format: '.csv',
          },
          {
            name: '2025_7_23_ga_voting',
            url: `https://digitallibrary.un.org/record/4060887/files/2025_7_23_ga_voting.csv${gz ? '.gz' : ''}`,
            format: gz ? '.csv.gz' : '.csv',
          },
          { name: '2025_7_23_ga_voting_md', url: 'https://x.example/readme.md', format: '.md' },
        ]),
      );
      return;
    }
    if (url.pathname === release || url.pathname === `${release}.gz`) {
      const bytes = body();
      if (mode === 'missing') {
        res.statusCode = 404;
        res.end('not found');
        return;
      }
      if (mode === 'html') {
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.end('<html><body>Please verify you are a human</body></html>');
        return;
      }
      const announced =
        mode === 'length-too-long'
          ? bytes.length + 1000
          : mode === 'length-too-short'
            ? bytes.length - 700
            : bytes.length;
      res.writeHead(200, { 'content-type': 'text/csv', 'content-length': String(announced) });
      if (mode === 'truncated') {
        // Connection closed mid-body.
        res.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => res.socket?.destroy());
        return;
      }
      if (mode === 'length-too-long') {
        res.write(bytes, () => res.socket?.destroy());
        return;
      }
      res.end(mode === 'length-too-short' ? bytes.subarray(0, announced) : bytes);
      return;
    }
    res.statusCode = 404;
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  mirror = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => server?.close(() => resolve()));
  await rm(work, { recursive: true, force: true });
});

let n = 0;
/** A fresh snapshot and raw cache, copies of the pristine ones. */
async function fresh(): Promise<{ data: string; cache: string }> {
  const dir = join(work, `case-${++n}`);
  await cp(pristine, join(dir, 'data'), { recursive: true });
  await cp(rawBase, join(dir, 'cache'), { recursive: true });
  return { data: join(dir, 'data'), cache: join(dir, 'cache') };
}

async function tree(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      out.set(path.slice(dir.length), (await readFile(path)).toString('base64'));
    }
  }
  return out;
}

async function siblings(dir: string): Promise<string[]> {
  return (await readdir(join(dir, '..'))).sort();
}

test('update --source unga downloads the newest UNDL release, rebuilds and extends votes past 2021', async () => {
  mode = 'ok';
  const { data, cache } = await fresh();
  const events: string[] = [];
  const result = await updateSnapshot({
    dataDir: data,
    cacheDir: cache,
    sources: ['unga'],
    mirror,
    onEvent: (e) => events.push(e.kind),
  });
  assert.equal(result.upToDate, false);
  assert.deepEqual(result.datasets, ['unga']);
  assert.deepEqual(
    result.files.map((f) => [f.path, f.from]),
    [['unga/undl_ga_voting.csv', `${mirror}${release}`]],
  );
  const unga = result.manifest.datasets.find((d) => d.id === 'unga')!;
  assert.equal(unga.coverage.to, 2023);
  assert.ok(unga.inputs.some((i) => i.path === 'unga/undl_ga_voting.csv'));
  assert.ok(events.includes('download') && events.includes('build'));
  assert.deepEqual(await readFile(join(cache, 'unga/undl_ga_voting.csv')), official, 'kept in the raw cache');
  assert.deepEqual(await siblings(data), ['cache', 'data'], 'no staging folder left behind');
  // The same release again: nothing to rebuild.
  const again = await updateSnapshot({ dataDir: data, cacheDir: cache, sources: ['unga'], mirror });
  assert.equal(again.upToDate, true);
});

test('a gzipped release is stored gzipped and read', async () => {
  mode = 'gzip';
  const { data, cache } = await fresh();
  const result = await updateSnapshot({ dataDir: data, cacheDir: cache, sources: ['unga'], mirror });
  assert.deepEqual(
    result.files.map((f) => f.path),
    ['unga/undl_ga_voting.csv.gz'],
  );
  assert.equal(result.manifest.datasets.find((d) => d.id === 'unga')!.coverage.to, 2023);
});

const failures: { mode: Mode; message: RegExp }[] = [
  {
    mode: 'truncated',
    message: /download of unga\/undl_ga_voting\.csv failed: connection lost after \d+ bytes of \d+/,
  },
  { mode: 'length-too-long', message: /download of unga\/undl_ga_voting\.csv failed: connection lost/ },
  { mode: 'length-too-short', message: /expected 19 fields, found \d+|unterminated quoted field/ },
  { mode: 'corrupt-gzip', message: /undl_ga_voting\.csv\.gz failed: corrupt gzip data/ },
  { mode: 'invalid', message: /unknown column 'ms_colour'/ },
  { mode: 'html', message: /returned an HTML page/ },
  { mode: 'missing', message: /HTTP 404/ },
];

for (const f of failures) {
  test(`a bad download (${f.mode}) leaves the snapshot and the raw cache byte-identical`, async () => {
    mode = f.mode;
    const { data, cache } = await fresh();
    const beforeData = await tree(data);
    const beforeCache = await tree(cache);
    await assert.rejects(
      () => updateSnapshot({ dataDir: data, cacheDir: cache, sources: ['unga'], mirror }),
      (e: unknown) => e instanceof InputError && f.message.test(e.message) && e.location.file !== undefined,
    );
    assert.deepEqual(await tree(data), beforeData);
    assert.deepEqual(await tree(cache), beforeCache);
    assert.deepEqual(await siblings(data), ['cache', 'data'], 'staging folders removed');
  });
}

test('an unreachable publisher: clear error, snapshot unchanged', async () => {
  const { data, cache } = await fresh();
  const beforeData = await tree(data);
  await assert.rejects(
    () => updateSnapshot({ dataDir: data, cacheDir: cache, sources: ['unga'], mirror: 'http://127.0.0.1:9' }),
    (e: unknown) =>
      e instanceof InputError && /cannot list the releases at http:\/\/127\.0\.0\.1:9\//.test(e.message),
  );
  assert.deepEqual(await tree(data), beforeData);
});

test('--from-dir imports a hand-downloaded voting file, recognised by its header', async () => {
  const { data, cache } = await fresh();
  const downloads = join(work, 'downloads');
  await mkdir(downloads, { recursive: true });
  await writeFile(join(downloads, '2025_7_23_ga_voting.csv'), official);
  await writeFile(join(downloads, 'notes.txt'), 'not data');
  const result = await updateSnapshot({ dataDir: data, cacheDir: cache, fromDir: downloads });
  assert.deepEqual(result.datasets, ['unga']);
  assert.deepEqual(
    result.files.map((f) => f.path),
    ['unga/undl_ga_voting.csv'],
  );
  assert.equal(result.manifest.datasets.find((d) => d.id === 'unga')!.coverage.to, 2023);
  assert.equal(result.manifest.datasets.find((d) => d.id === 'countries')!.tables[0].rows > 0, true);
});

test('--from-dir with a file that fails validation leaves the snapshot byte-identical', async () => {
  const { data, cache } = await fresh();
  const downloads = join(work, 'downloads-bad');
  await mkdir(join(downloads, 'unga'), { recursive: true });
  await writeFile(
    join(downloads, 'unga', 'undl_ga_voting.csv'),
    official.toString('utf8').replace('3959039,KEN,KENYA,Y', '3959039,KEN,KENYA,maybe'),
  );
  const beforeData = await tree(data);
  await assert.rejects(
    () => updateSnapshot({ dataDir: data, cacheDir: cache, fromDir: downloads }),
    (e: unknown) =>
      e instanceof InputError &&
      e.location.file === 'unga/undl_ga_voting.csv' &&
      e.location.field === 'ms_vote' &&
      e.location.line === 44,
  );
  assert.deepEqual(await tree(data), beforeData);
});

test('unknown sources and missing raw files are explained', async () => {
  const { data, cache } = await fresh();
  await assert.rejects(
    () => updateSnapshot({ dataDir: data, cacheDir: cache, sources: ['ungaa'], mirror }),
    (e: unknown) =>
      e instanceof InputError && e.location.field === 'source' && e.suggestions.includes('unga'),
  );
  mode = 'ok';
  await rm(join(cache, 'unga/unvotes_un_votes.csv.gz'));
  await assert.rejects(
    () => updateSnapshot({ dataDir: data, cacheDir: cache, sources: ['unga'], mirror }),
    (e: unknown) =>
      e instanceof InputError &&
      /raw file not available: unga\/unvotes_un_votes\.csv\.gz/.test(e.message) &&
      /--from-dir/.test(e.hint ?? ''),
  );
});

test('bearing update: progress on stderr, summary on stdout, exit 2 with the reason on failure', async () => {
  const { data, cache } = await fresh();
  const env = {
    BEARING_DATA_DIR: process.env.BEARING_DATA_DIR,
    BEARING_RAW_DIR: process.env.BEARING_RAW_DIR,
  };
  process.env.BEARING_DATA_DIR = data;
  process.env.BEARING_RAW_DIR = cache;
  try {
    const run = async (argv: string[]) => {
      let out = '';
      let err = '';
      const code = await main(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
      return { code, out, err };
    };
    mode = 'truncated';
    const bad = await run(['update', '--source', 'unga', '--mirror', mirror]);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /connection lost/);
    assert.match(bad.err, /the current snapshot is unchanged/);
    mode = 'ok';
    const good = await run(['update', '--source', 'unga', '--mirror', mirror]);
    assert.equal(good.code, 0, good.err);
    assert.match(good.err, /download unga\/undl_ga_voting\.csv/);
    assert.match(good.err, /rebuild unga/);
    assert.match(good.out, /unga .*votes=\d+ .*1985-2023/);
    const status = await run(['data', 'status', '--json']);
    assert.equal(JSON.parse(status.out).datasets[1].coverage.to, 2023);
  } finally {
    for (const [k, v] of Object.entries(env)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
});
