import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli as run } from '../testing.js';

test('idealpoints --country KEN,USA,CHN --from 2018 --to 2019 --json: the shipped estimate, exact fields', async () => {
  const r = await run('idealpoints', '--country', 'KEN,USA,CHN', '--from', '2018', '--to', '2019', '--json');
  assert.equal(r.code, 0, r.err);
  assert.equal(r.err, '', 'no estimation, so no progress bar');
  const rows = JSON.parse(r.out) as Record<string, number | string>[];
  assert.deepEqual(
    rows.map((x) => `${x.country} ${x.year}`),
    ['KEN 2018', 'KEN 2019', 'USA 2018', 'USA 2019', 'CHN 2018', 'CHN 2019'],
  );
  for (const row of rows) {
    assert.deepEqual(Object.keys(row), [
      'year',
      'country',
      'idealPoint',
      'low',
      'high',
      'votes',
      'yearBasis',
    ]);
    assert.equal(row.yearBasis, 'session');
    assert.ok(
      (row.low as number) < (row.idealPoint as number) && (row.idealPoint as number) < (row.high as number),
    );
  }
  const at = (c: string) => rows.find((x) => x.country === c && x.year === 2019)!.idealPoint as number;
  assert.ok(at('USA') > at('KEN') && at('USA') > at('CHN'));
});

test('idealpoints --csv and --all --out write the same fields', async () => {
  const r = await run('idealpoints', '--country', 'FRA', '--from', '2000', '--to', '2001', '--csv');
  assert.equal(r.code, 0, r.err);
  assert.equal(r.out.split('\n')[0], 'year,country,idealPoint,low,high,votes,yearBasis');
  assert.equal(r.out.trim().split('\n').length, 3);
  const dir = mkdtempSync(join(tmpdir(), 'bearing-idealpoints-'));
  try {
    const file = join(dir, 'all.csv');
    const all = await run('idealpoints', '--all', '--out', file);
    assert.equal(all.code, 0, all.err);
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    assert.equal(lines[0], 'year,country,idealPoint,low,high,votes,yearBasis');
    assert.ok(lines.length > 9000);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('idealpoints: bad input exits 2 with a message naming the problem', async () => {
  const unknown = await run('idealpoints', '--country', 'XYZLAND');
  assert.equal(unknown.code, 2);
  assert.match(unknown.err, /XYZLAND/);
  const range = await run('idealpoints', '--from', '2010', '--to', '2000');
  assert.equal(range.code, 2);
  assert.match(range.err, /impossible year range/);
  const soviet = await run('idealpoints', '--country', 'RUS', '--from', '1970', '--to', '1975');
  assert.equal(soviet.code, 2);
  assert.match(soviet.err, /no ideal points for RUS in 1970-1975.*SUN/);
  const all = await run('idealpoints', '--all');
  assert.equal(all.code, 2);
  assert.match(all.err, /--out/);
});

test('the shipped estimate runs on session years through 2025', async () => {
  const r = await run('idealpoints', '--country', 'KEN', '--from', '2022', '--json');
  assert.equal(r.code, 0, r.err);
  assert.equal(r.err, '', 'shipped: no estimation');
  const rows = JSON.parse(r.out) as { year: number; votes: number; yearBasis: string }[];
  assert.deepEqual(
    rows.map((x) => x.year),
    [2022, 2023, 2024, 2025],
  );
  assert.ok(rows.every((x) => x.yearBasis === 'session' && x.votes > 50));
});
