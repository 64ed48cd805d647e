import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dimensionIds } from '../../queries/bearing.js';
import { runCli as run } from '../testing.js';

const financeOnly = dimensionIds.map((d) => `${d}=${d === 'finance' ? 1 : 0}`).join(',');

test('profile: one dimension is partial, said in the headline; carry-forward says what it carried', async () => {
  const r = await run('profile', 'KEN', '--year', '2019', '--weights', financeOnly);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^Kenya 2019: partial: finance only/);
  assert.match(r.out, /partial: finance only/);
  const bad = await run('profile', 'KEN', '--weights', 'mood=1');
  assert.equal(bad.code, 2);
  assert.match(bad.err, /unknown dimension 'mood'/);
});

test('profile --csv --year: one row, with the poles and every dimension', async () => {
  const r = await run('profile', 'KEN', '--year', '2019', '--csv');
  assert.equal(r.code, 0, r.err);
  const [header, row, extra] = r.out.trimEnd().split('\n');
  assert.equal(extra, undefined);
  assert.match(
    header,
    /^country,year,first,second,position,balance,spread,stance,coverage,votes,trade,finance/,
  );
  assert.match(row, /^KEN,2019,USA,CHN,-?0\.\d+,/);
});

test('rank: poles left out, --top 0 lists all, --continent filters, --include-poles lists them unranked', async () => {
  const all = await run('rank', '--year', '2019', '--top', '0', '--continent', 'Africa', '--csv');
  assert.equal(all.code, 0, all.err);
  const rows = all.out.trimEnd().split('\n').slice(1);
  assert.ok(rows.length > 40);
  assert.ok(rows.every((l) => !l.includes(',USA,') && !l.includes(',CHN,')));
  const withPoles = await run('rank', '--year', '2019', '--include-poles', '--json');
  const json = JSON.parse(withPoles.out) as { rank: number | null; country: string }[];
  assert.equal(json.find((x) => x.country === 'USA')?.rank, null);
});

test('validate --json: groups, ideal points, stability and saturation per year', async () => {
  const r = await run('validate', '--from', '2018', '--to', '2019', '--json');
  assert.equal(r.code, 0, r.err);
  const v = JSON.parse(r.out);
  assert.deepEqual(v.poles, ['USA', 'CHN']);
  assert.deepEqual(
    v.years.map((y: { year: number }) => y.year),
    [2018, 2019],
  );
  const y = v.years[1];
  assert.deepEqual(
    y.groups.medians.map((m: { name: string }) => m.name),
    ['US treaty allies', 'rest', 'SCO members'],
  );
  assert.ok(y.groups.medians[0].median < y.groups.medians[1].median);
  assert.ok(y.idealPointCorrelation > 0.3);
  assert.ok(y.stability > 0.8);
  assert.ok(y.dimensions.votes.saturated <= 0.2);
});
