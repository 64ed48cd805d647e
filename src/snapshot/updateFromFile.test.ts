import assert from 'node:assert/strict';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { main } from '../app/main.js';
import { InputError } from '../errors.js';
import { tradePartners } from '../queries/trade/index.js';
import { openStore } from '../store/open.js';
import { buildSnapshot } from './build.js';
import { imtsFile } from './datasets/trade.js';
import { updateSnapshot } from './update.js';

// `bearing update --source trade --from-file FILE` on IMTS files written in the IMF data-portal
// layout (src/sources/imfSdmxCsv/fixtures), over a snapshot built from the DOTS excerpt.
const raw = new URL('../sources/imfDots/fixtures/raw/', import.meta.url).pathname;
const imts = (name: string) => new URL(`../sources/imfSdmxCsv/fixtures/${name}`, import.meta.url).pathname;
let work: string;
let pristine: string;

before(async () => {
  work = await mkdtemp(join(tmpdir(), 'bearing-imts-'));
  pristine = join(work, 'pristine');
  await buildSnapshot({ rawDir: raw, dataDir: pristine, only: ['countries', 'trade'] });
});
after(async () => {
  await rm(work, { recursive: true, force: true });
});

let n = 0;
async function fresh(): Promise<{ data: string; cache: string }> {
  n++;
  const data = join(work, `data-${n}`);
  await cp(pristine, data, { recursive: true });
  return { data, cache: join(work, `cache-${n}`) };
}

async function bytes(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile())
      out.set(join(e.parentPath, e.name), (await readFile(join(e.parentPath, e.name))).toString('base64'));
  }
  return out;
}

test('the bundled-style snapshot ends in 2020 and says so', async () => {
  const store = await openStore({ dir: pristine });
  try {
    const trade = store.manifest.datasets.find((d) => d.id === 'trade');
    assert.equal(trade?.coverage.to, 2020);
    assert.ok(trade?.notes.some((x) => /bundled snapshot ends in 2020/.test(x)));
  } finally {
    store.close();
  }
});

test('a good IMTS file extends trade to 2023: declared imports where present, mirror otherwise, basis per row', async () => {
  const { data, cache } = await fresh();
  const result = await updateSnapshot({
    dataDir: data,
    cacheDir: cache,
    rawDirs: [raw],
    sources: ['trade'],
    fromFile: imts('imts_good.csv'),
  });
  assert.deepEqual(result.datasets, ['trade']);
  const trade = result.manifest.datasets.find((d) => d.id === 'trade');
  assert.equal(trade?.coverage.to, 2023);
  assert.ok(trade?.inputs.some((i) => i.path === imtsFile));
  const store = await openStore({ dir: data });
  try {
    const r = await store.connection.runAndReadAll(
      `SELECT reporter, partner, year::INTEGER AS y, exports, basis, source_file, source_line::INTEGER AS line
       FROM trade_flows WHERE year > 2020 AND partner = 'KEN' ORDER BY y, reporter`,
    );
    const rows = r.getRowObjectsJS();
    const chn2021 = rows.find((x) => x.reporter === 'CHN' && x.y === 2021);
    assert.equal(chn2021?.exports, 3650);
    assert.equal(chn2021?.basis, 'imts-imports-cif');
    assert.equal(chn2021?.source_file, imtsFile);
    assert.equal(chn2021?.line, 5); // Kenya's MG_CIF_USD from CHN, 2021
    const usa2023 = rows.find((x) => x.reporter === 'USA' && x.y === 2023);
    assert.equal(usa2023?.exports, 690);
    assert.equal(usa2023?.basis, 'imts-exports-fob-mirror');
    // Earlier years keep the DOTS basis.
    const dots = await store.connection.runAndReadAll(
      'SELECT DISTINCT basis FROM trade_flows WHERE year <= 2020',
    );
    assert.deepEqual(dots.getColumnsJS()[0], ['dots-exports-fob']);
    const partners = await tradePartners(store, 'KEN', { year: 2022, top: 0 });
    assert.equal(partners.partners.find((p) => p.partner === 'CHN')?.imports, 3790.5);
  } finally {
    store.close();
  }
  // The file is kept in the raw cache for later rebuilds.
  assert.ok((await readdir(join(cache, 'trade'))).includes('imf_imts_goods_by_partner.csv'));
});

const malformed: [string, number, string][] = [
  ['imts_wrong_header.csv', 1, 'COUNTRY.ID'],
  ['imts_duplicated_column.csv', 1, 'OBS_VALUE'],
  ['imts_not_a_number.csv', 7, 'OBS_VALUE'],
  ['imts_unknown_country.csv', 9, 'COUNTERPART_COUNTRY.ID'],
  ['imts_unknown_scale.csv', 11, 'SCALE.ID'],
];

for (const [name, line, field] of malformed) {
  test(`${name}: the error names the user's file, line ${line} and ${field}; nothing stored changes`, async () => {
    const { data, cache } = await fresh();
    const before = await bytes(data);
    await assert.rejects(
      updateSnapshot({
        dataDir: data,
        cacheDir: cache,
        rawDirs: [raw],
        sources: ['trade'],
        fromFile: imts(name),
      }),
      (e: unknown) => {
        assert.ok(e instanceof InputError, String(e));
        assert.deepEqual(e.location, { file: imts(name), line, field });
        return true;
      },
    );
    assert.deepEqual(await bytes(data), before);
    assert.equal(await readdir(cache).catch(() => 'absent'), 'absent');
    assert.deepEqual(
      (await readdir(work)).filter((x) => x.includes('staging')),
      [],
    );
  });
}

test('--from-file is for trade only, needs a file, and fails on the CLI with exit 2 naming file:line', async () => {
  const { data, cache } = await fresh();
  await assert.rejects(
    updateSnapshot({ dataDir: data, cacheDir: cache, sources: ['unga'], fromFile: imts('imts_good.csv') }),
    (e: unknown) => e instanceof InputError && e.location.field === 'source',
  );
  await assert.rejects(
    updateSnapshot({ dataDir: data, cacheDir: cache, sources: ['trade'], fromFile: join(work, 'nope.csv') }),
    (e: unknown) => e instanceof InputError && e.location.field === 'from-file',
  );
  const env = { d: process.env.BEARING_DATA_DIR, r: process.env.BEARING_RAW_DIR };
  process.env.BEARING_DATA_DIR = data;
  process.env.BEARING_RAW_DIR = cache;
  try {
    let out = '';
    let err = '';
    const io = { stdout: (t: string) => (out += t), stderr: (t: string) => (err += t) };
    assert.equal(await main(['data', 'status'], io), 0);
    assert.match(out, /trade: The bundled snapshot ends in 2020/);
    const bad = await main(
      ['update', '--source', 'trade', '--from-file', imts('imts_unknown_scale.csv'), '--raw', raw],
      io,
    );
    assert.equal(bad, 2);
    assert.match(err, /imts_unknown_scale\.csv:11, field 'SCALE\.ID': unknown scale '2'/);
    const good = await main(
      ['update', '--source', 'trade', '--from-file', imts('imts_good.csv'), '--raw', raw],
      io,
    );
    assert.equal(good, 0, err);
    assert.match(out, /trade .* \d{4}-2023 .*IMTS user file 2021-2023/);
    assert.match(out, /imports CIF/);
    out = '';
    assert.equal(await main(['data', 'status'], io), 0);
    // data status wraps its lines at 100 columns: read it as one line.
    assert.match(out.replace(/\s+/g, ' '), /trade: IMTS file .*2021-2023/);
    out = '';
    assert.equal(await main(['trade', 'KEN', '--year', '2022'], io), 0, err);
    assert.match(out, /importer's declared imports CIF where published/);
    assert.match(
      out,
      /then 2021-2023 from the user's IMF IMTS file .* The bundled snapshot itself ends in 2020/,
    );
  } finally {
    if (env.d === undefined) delete process.env.BEARING_DATA_DIR;
    else process.env.BEARING_DATA_DIR = env.d;
    if (env.r === undefined) delete process.env.BEARING_RAW_DIR;
    else process.env.BEARING_RAW_DIR = env.r;
  }
});
