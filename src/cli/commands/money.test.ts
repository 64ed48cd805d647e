import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCli as run } from '../testing.js';

test('investment KEN --json: US$163m from the US, US$1,912m from China in 2024, with source lines', async () => {
  const r = await run('investment', 'KEN', '--json');
  assert.equal(r.code, 0, r.err);
  const p = JSON.parse(r.out);
  assert.equal(p.year, 2024);
  const by = Object.fromEntries(p.investors.map((i: { investor: string }) => [i.investor, i]));
  assert.equal(by.USA.reportedUsdMn, 163);
  assert.equal(Math.round(by.CHN.reportedUsdMn), 1912);
  assert.ok(by.USA.reportedLine > 1);
  assert.equal(p.tilt.position.toFixed(3), '0.843');
  assert.match(p.source.file, /imf_dip_outward/);
});

test('investment: --year out of range and an unknown pole exit 2 naming the flag', async () => {
  const bad = await run('investment', 'KEN', '--year', '2010');
  assert.equal(bad.code, 2);
  assert.match(bad.err, /year must be from 2014 to 2024/);
  const table = await run('investment', 'KEN', '--year', '2020', '--poles', 'EU,CHN');
  assert.equal(table.code, 0, table.err);
  assert.match(table.out, /no tilt: .*EU is not one of them/);
});

test('aid KEN --json: both donors by year, the comparability notes, the 3-year tilt to 2021 only', async () => {
  const r = await run('aid', 'KEN', '--json');
  assert.equal(r.code, 0, r.err);
  const p = JSON.parse(r.out);
  const fy24 = p.rows.find((x: { year: number }) => x.year === 2024);
  assert.equal(fy24.usObligationsUsd, 153170205);
  assert.equal(fy24.chinaOdaLikeUsd2021, null);
  assert.ok(p.comparability.some((c: string) => /commitment/.test(c)));
  const w = p.windows.filter((x: { position: number | null }) => x.position !== null);
  assert.equal(Math.max(...w.map((x: { year: number }) => x.year)), 2021);
  const csv = await run('aid', 'KEN', '--csv', '--from', '2020', '--to', '2021');
  assert.equal(csv.code, 0, csv.err);
  assert.equal(csv.out.trim().split('\n').length, 3);
});
