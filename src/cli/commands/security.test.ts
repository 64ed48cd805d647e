import assert from 'node:assert/strict';
import { test } from 'node:test';
import { main } from '../../app/main.js';

async function run(argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

test('bearing arms KEN --from 1995 --to 2024: Jordan 113, China 84, Spain 76, Italy 71, the US 51 lead', async () => {
  const r = await run(['arms', 'KEN', '--from', '1995', '--to', '2024', '--json']);
  assert.equal(r.code, 0, r.err);
  const j = JSON.parse(r.out);
  assert.equal(j.by, 'supplier');
  assert.deepEqual(
    j.rows.slice(0, 5).map((x: { supplier: string; tiv: number }) => [x.supplier, Math.round(x.tiv)]),
    [
      ['JOR', 113],
      ['CHN', 84],
      ['ESP', 76],
      ['ITA', 71],
      ['USA', 51],
    ],
  );
  for (const key of ['supplier', 'tiv', 'share']) assert.ok(key in j.rows[0], key);
  assert.ok(j.sources[0].rows.length > 0);
  const table = await run(['arms', 'KEN', '--from', '1995', '--to', '2024']);
  assert.match(table.out, /JOR\s+Jordan\s+state\s+113\.0\s+21\.2%/);
});

test('bearing arms --csv and --by year: supplier-years with their first publisher line', async () => {
  const csv = await run(['arms', 'KEN', '--from', '1995', '--to', '2024', '--csv']);
  assert.equal(csv.code, 0, csv.err);
  assert.match(csv.out.split('\n')[0], /^supplier,supplierName,supplierKind,tiv,share,years$/);
  assert.match(csv.out.split('\n')[1], /^JOR,Jordan,state,112\.95,/);
  const years = await run(['arms', 'KEN', '--from', '1964', '--to', '1964', '--by', 'year', '--csv']);
  assert.equal(years.code, 0, years.err);
  assert.match(years.out, /1964,CAN,Canada,state,1,tidy,\d+,1/);
});

test('bad input: unknown country, impossible range, unknown --by exit 2 with a one-line message', async () => {
  for (const argv of [
    ['arms', 'WAKANDA'],
    ['arms', 'KEN', '--from', '2024', '--to', '1995'],
    ['arms', 'KEN', '--by', 'colour'],
    ['security', 'KEN', '--year', '2031'],
  ]) {
    const r = await run(argv);
    assert.equal(r.code, 2, argv.join(' '));
    assert.equal(r.err.trim().split('\n').length, 1, r.err);
  }
});

test('bearing security KEN --year 2024 --json: each component; 2024 shows the MNNA status, 2023 does not', async () => {
  const r = await run(['security', 'KEN', '--year', '2024', '--poles', 'USA,CHN', '--json']);
  assert.equal(r.code, 0, r.err);
  const j = JSON.parse(r.out);
  assert.deepEqual(j.poles, ['USA', 'CHN']);
  assert.equal(j.position, -1);
  assert.deepEqual(j.arms.window, { from: 2020, to: 2024 });
  assert.deepEqual([j.status.mnna, j.status.mnnaSince], [true, '2024-06-24']);
  assert.equal(j.troops.usActiveDuty, 72);
  assert.equal(j.alliances.carriedForward, true);
  const before = JSON.parse((await run(['security', 'KEN', '--year', '2023', '--json'])).out);
  assert.deepEqual([before.status.mnna, before.status.mnnaSince], [false, null]);
  const text = await run(['security', 'KEN', '--year', '2024']);
  assert.match(text.out, /US major non-NATO ally yes, since 2024-06-24/);
  assert.match(text.out, /carried forward to 2024/);
});
