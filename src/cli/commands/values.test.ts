import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCli as run } from '../testing.js';

test('values KEN --year 2024: the three states with intervals, the distances and the position', async () => {
  const r = await run('values', 'KEN', '--year', '2024');
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^Kenya 2024: values position -0\.18 between USA \(-1\) and CHN \(\+1\); weight 0/);
  assert.match(
    r.out,
    /KEN\s+electoral 0\.55 \(0\.49-0\.62\)\s+liberal 0\.43 \(0\.38-0\.48\)\s+Freedom House Partly Free/,
  );
  assert.match(r.out, /USA: electoral 0\.84 \(0\.80-0\.89\).*Freedom House Free\s+distance 0\.303/);
  assert.match(r.out, /CHN: electoral 0\.07.*Not Free\s+distance 0\.436/);
  assert.match(r.out, /values\/vdem_simple_1789_2024\.csv\.gz:\d+/);
});

test('values KEN --poles EU,CHN --json: a bloc is its members median with their spread', async () => {
  const r = await run('values', 'KEN', '--poles', 'EU,CHN', '--year', '2024', '--json');
  assert.equal(r.code, 0, r.err);
  const v = JSON.parse(r.out);
  assert.equal(v.poles[0].pole, 'EU');
  assert.equal(v.poles[0].members, 27);
  assert.equal(v.poles[0].freedomStatuses.F, 26);
  assert.ok(v.position < 0);
});

test('values --csv rounds and keeps the year; --series gives three states over time', async () => {
  const csv = await run('values', 'KEN', '--year', '2023', '--csv');
  assert.equal(csv.code, 0, csv.err);
  const lines = csv.out.trim().split('\n');
  assert.equal(
    lines[0],
    'year,who,electoral,electoralLow,electoralHigh,liberal,liberalLow,liberalHigh,freedomHouse,distance',
  );
  assert.match(lines[1], /^2023,KEN,0\.566,/);
  assert.match(lines[3], /^2023,CHN,.*,NF,0\.4565$/);
  const series = await run('values', 'KEN', '--series', '--from', '2020', '--to', '2024', '--json');
  const s = JSON.parse(series.out);
  assert.deepEqual(s.countries, ['KEN', 'USA', 'CHN']);
  assert.equal(s.rows.length, 3 * 5 * 2);
});

test('values: a year outside the data names the covered range (exit 2)', async () => {
  const r = await run('values', 'KEN', '--year', '2030');
  assert.equal(r.code, 2);
  assert.match(r.err, /V-Dem 1946-2024, Freedom House 1972-2024/);
});
