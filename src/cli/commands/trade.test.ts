import assert from 'node:assert/strict';
import { test } from 'node:test';
import { main } from '../../app/main.js';

async function run(argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

test('bearing trade KEN --year 2020: China first by total trade, with the figures', async () => {
  const r = await run(['trade', 'KEN', '--year', '2020']);
  assert.equal(r.code, 0, r.err);
  const first = r.out.split('\n').find((l) => /^\s*1\s/.test(l));
  assert.ok(first, r.out);
  assert.match(first, /CHN\s+China\s+139\.0\s+5415\.5\s+5554\.5\s+23\.1%/);
  assert.match(r.out, /USA\s+United States\s+464\.0\s+370\.8/);
  assert.match(r.out, /exports US\$5\.84bn \(World row\)/);
});

test('--json: partner, exports, imports, total, share, rank and where the totals come from', async () => {
  const r = await run(['trade', 'KEN', '--year', '2020', '--top', '3', '--json']);
  assert.equal(r.code, 0, r.err);
  const j = JSON.parse(r.out);
  assert.equal(j.exportsBasis, 'world row');
  assert.equal(j.partners.length, 3);
  const [chn] = j.partners;
  for (const key of ['partner', 'exports', 'imports', 'total', 'share', 'rank']) assert.ok(key in chn, key);
  assert.deepEqual(
    [chn.partner, chn.rank, chn.exports.toFixed(1), chn.imports.toFixed(1)],
    ['CHN', 1, '139.0', '5415.5'],
  );
});

test('--csv lists partner rows; --flow exports ranks by exports', async () => {
  const r = await run(['trade', 'KEN', '--year', '2020', '--flow', 'exports', '--top', '5', '--csv']);
  assert.equal(r.code, 0, r.err);
  const lines = r.out.trim().split('\n');
  assert.equal(lines.length, 6);
  assert.match(lines[0], /^rank,partner,partnerName,exports,imports,total,balance,share/);
  assert.ok(lines.some((l) => l.includes(',USA,')));
});

test('--series --poles USA,CHN: per year total, HHI, effective partners, shares, tilt', async () => {
  const r = await run([
    'trade',
    'KEN',
    '--series',
    '--poles',
    'USA,CHN',
    '--from',
    '2018',
    '--to',
    '2020',
    '--json',
  ]);
  assert.equal(r.code, 0, r.err);
  const rows = JSON.parse(r.out);
  assert.deepEqual(
    rows.map((x: { year: number }) => x.year),
    [2018, 2019, 2020],
  );
  for (const key of [
    'total',
    'hhi',
    'effectivePartners',
    'firstShare',
    'secondShare',
    'tilt',
    'first',
    'second',
  ]) {
    assert.ok(key in rows[0], key);
  }
  assert.deepEqual([rows[2].first, rows[2].second], ['USA', 'CHN']);
  const table = await run(['trade', 'KEN', '--series', '--from', '2020']);
  assert.match(table.out, /2020\s+24086\.3\s+179\s+0\.085\s+11\.7\s+3\.5%\s+23\.1%\s+\+0\.74/);
});

test('--groups lists the IMF groups (World, Euro Area, ...) apart from partner states', async () => {
  const r = await run(['trade', 'KEN', '--groups', '--year', '2020']);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /world\s+World\s+aggregate\s+5843\.7\s+18242\.6/);
  assert.match(r.out, /euro-area\s+Euro Area/);
  const j = JSON.parse((await run(['trade', 'KEN', '--groups', '--year', '2020', '--json'])).out);
  assert.ok(j.groups.length > 10);
});

test('bad input exits 2 with the field named', async () => {
  for (const argv of [
    ['trade', 'Narnia'],
    ['trade', 'KEN', '--year', '2031'],
    ['trade', 'KEN', '--flow', 'both'],
    ['trade', 'KEN', '--top', 'ten'],
    ['trade', 'KEN', '--series', '--poles', 'USA'],
    ['trade', 'KEN', '--poles', 'USA,CHN'],
    ['trade', 'KEN', '--series', '--year', '2020'],
    ['trade', 'KEN', '--groups', '--top', '3'],
  ]) {
    const r = await run(argv);
    assert.equal(r.code, 2, `${argv.join(' ')}: ${r.out}`);
    assert.ok(r.err.length > 0);
  }
});

test('trade --partner --series: share and rank by year, in text, CSV and JSON', async () => {
  const text = await run(['trade', 'KEN', '--partner', 'CHN', '--series', '--from', '2018', '--to', '2019']);
  assert.equal(text.code, 0, text.err);
  assert.match(text.out, /^2019 +5133\.1 +20\.8% +1 of \d+$/m);
  const csv = await run([
    'trade',
    'KEN',
    '--partner',
    'China',
    '--series',
    '--from',
    '2019',
    '--to',
    '2019',
    '--csv',
  ]);
  assert.match(csv.out, /^country,partner,flow,year,value,share,rank,partners,lines\nKEN,CHN,total,2019,/);
  const json = JSON.parse((await run(['trade', 'KEN', '--partner', 'CHN', '--series', '--json'])).out);
  assert.equal(json.partner, 'CHN');
  const alone = await run(['trade', 'KEN', '--partner', 'CHN']);
  assert.equal(alone.code, 2);
  assert.match(alone.err, /--partner goes with --series/);
});
