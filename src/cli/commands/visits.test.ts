import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCli as run } from '../testing.js';

test('visits --type state --continent Africa --before 2024-05-23 --last --json: Ghana, 15.7 years', async () => {
  const r = await run(
    'visits',
    '--type',
    'state',
    '--continent',
    'Africa',
    '--before',
    '2024-05-23',
    '--last',
    '--json',
  );
  assert.equal(r.code, 0, r.err);
  const rows = JSON.parse(r.out) as Record<string, unknown>[];
  assert.equal(rows.length, 1);
  const [row] = rows;
  for (const key of ['date', 'country', 'visitor', 'type', 'gapDays', 'gapYears']) assert.ok(key in row, key);
  assert.equal(row.date, '2008-09-14');
  assert.equal(row.country, 'GHA');
  assert.equal(row.visitor, 'President John Kufuor');
  assert.equal(row.type, 'state');
  assert.equal(row.gapDays, 5730);
  assert.equal(Math.round((row.gapYears as number) * 10) / 10, 15.7);
  const table = await run(
    'visits',
    '--type',
    'state',
    '--continent',
    'Africa',
    '--before',
    '2024-05-23',
    '--last',
  );
  assert.match(
    table.out,
    /2008-09-14\s+GHA\s+Ghana\s+President John Kufuor\s+state\s+2024-05-23\s+5730\s+15\.7/,
  );
});

test('visits KEN: the ten Kenyan visits, CSV with source columns', async () => {
  const r = await run('visits', '--country', 'KEN', '--csv');
  assert.equal(r.code, 0, r.err);
  const lines = r.out.trim().split('\n');
  assert.equal(
    lines[0],
    'date,endDate,country,countryName,countryLabel,visitor,role,type,description,sourceFile,sourcePosition,sourceLine',
  );
  assert.equal(lines.length, 11);
  assert.match(
    lines[10],
    /^2024-05-23,2024-05-23,KEN,Kenya,Kenya,President William Ruto,President,state,State Visit\.,us-state-dept-visits\/2020\.xml,/,
  );
  const positional = await run('visits', 'Kenya', '--type', 'summit', '--from', '2020', '--json');
  assert.deepEqual(
    (JSON.parse(positional.out) as { date: string }[]).map((v) => v.date),
    ['2022-12-13'],
  );
});

test('visits --role filters on the visitor title', async () => {
  const r = await run('visits', 'KEN', '--role', 'president', '--type', 'state', '--json');
  assert.equal(r.code, 0, r.err);
  assert.equal((JSON.parse(r.out) as unknown[]).length, 3);
  const none = await run('visits', 'KEN', '--role', 'King', '--json');
  assert.deepEqual(JSON.parse(none.out), []);
  const bad = await run('visits', '--role', "King'; --");
  assert.equal(bad.code, 2);
});

test('visits --count-by year: per country-year counts by type', async () => {
  const r = await run('visits', '--country', 'KEN', '--count-by', 'year', '--json');
  assert.equal(r.code, 0, r.err);
  const rows = JSON.parse(r.out) as Record<string, number | string>[];
  assert.deepEqual(Object.keys(rows[0]), [
    'country',
    'year',
    'total',
    'state',
    'official',
    'officialWorking',
    'working',
    'private',
    'summit',
    'other',
  ]);
  assert.equal(
    rows.reduce((a, x) => a + (x.total as number), 0),
    10,
  );
  assert.deepEqual(
    rows.find((x) => x.year === 2024),
    {
      country: 'KEN',
      year: 2024,
      total: 1,
      state: 1,
      official: 0,
      officialWorking: 0,
      working: 0,
      private: 0,
      summit: 0,
      other: 0,
    },
  );
});

test('visits --intensity for one country, dense over the years asked', async () => {
  const r = await run('visits', 'KEN', '--intensity', '--from', '2015', '--to', '2015', '--json');
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(JSON.parse(r.out), [
    { country: 'KEN', year: 2015, visitsIn: 0, travelsOut: 2, intensity: 7 },
  ]);
});

test('visits --intensity for a country with no recorded contact: zeros, not a crash', async () => {
  const r = await run(
    'visits',
    '--country',
    'USA',
    '--intensity',
    '--from',
    '2020',
    '--to',
    '2021',
    '--json',
  );
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(
    (JSON.parse(r.out) as { intensity: number }[]).map((x) => x.intensity),
    [0, 0],
  );
});

test('travels: role filter, last trip and gap, count by year', async () => {
  const r = await run('travels', '--country', 'KEN', '--role', 'president', '--json');
  assert.equal(r.code, 0, r.err);
  const rows = JSON.parse(r.out) as Record<string, unknown>[];
  assert.equal(rows.length, 1);
  assert.equal(rows[0].traveller, 'Barack Obama');
  assert.equal(rows[0].locale, 'Nairobi');
  const last = await run(
    'travels',
    'KEN',
    '--role',
    'secretary',
    '--before',
    '2024-05-23',
    '--last',
    '--json',
  );
  const [trip] = JSON.parse(last.out) as Record<string, unknown>[];
  assert.equal(trip.date, '2021-11-17');
  assert.equal(trip.traveller, 'Antony John Blinken');
  assert.equal(typeof trip.gapDays, 'number');
  const counts = await run('travels', 'KEN', '--count-by', 'year', '--csv');
  assert.match(counts.out, /^country,year,total,president,secretary\n/);
  assert.match(counts.out, /\nKEN,2015,2,1,1\n/);
});

test('bad input: exit 2 with the flag named', async () => {
  const cases: [string[], RegExp][] = [
    [['visits', '--type', 'royal'], /field 'type': unknown visit type 'royal'/],
    [['visits', '--continent', 'Atlantis'], /field 'continent': unknown continent/],
    [['visits', '--before', '2024-02-30', '--last'], /field 'before'/],
    [['visits', '--from', '2020', '--to', '2010'], /impossible range/],
    [['visits', '--country', 'Atlantis'], /unknown country 'Atlantis'/],
    [['visits', '--count-by', 'decade'], /field 'count-by'/],
    [['visits', '--last', '--count-by', 'year'], /choose one/],
    [['travels', '--role', 'ambassador'], /field 'role'/],
  ];
  for (const [argv, message] of cases) {
    const r = await run(...argv);
    assert.equal(r.code, 2, argv.join(' '));
    assert.match(r.err, message, argv.join(' '));
  }
});

test('no match is an empty answer said on stderr, exit 0', async () => {
  const r = await run('visits', '--country', 'KEN', '--before', '1900-01-01', '--last', '--json');
  assert.equal(r.code, 0);
  assert.deepEqual(JSON.parse(r.out), []);
  assert.match(r.err, /no matching visit before 1900-01-01/);
});

test('visits --pole CHN --country KEN --last: Li Keqiang 2014, the first Chinese head there since Hu Jintao 2006', async () => {
  const r = await run('visits', '--pole', 'CHN', '--country', 'KEN', '--last', '--json');
  assert.equal(r.code, 0, r.err);
  const rows = JSON.parse(r.out) as Record<string, unknown>[];
  assert.deepEqual(
    rows.map((x) => [x.stay, x.date, x.traveller, x.level, x.city]),
    [
      ['latest', '2014-05-09', 'Li Keqiang', 'head', 'Nairobi'],
      ['previous', '2006-04-28', 'Hu Jintao', 'head', 'Nairobi'],
    ],
  );
  assert.equal(rows[0].gapDays, 2933);
  assert.ok(String(rows[0].sourceFile).startsWith('diplomacy/') && Number(rows[0].sourceLine) > 1);
  // Visitors from Kenya received in China.
  const inn = await run(
    'visits',
    '--pole',
    'CHN',
    '--direction',
    'in',
    '--country',
    'KEN',
    '--last',
    '--json',
  );
  const received = JSON.parse(inn.out) as Record<string, unknown>[];
  assert.deepEqual(
    received.map((x) => [x.date, x.traveller]),
    [
      ['2018-09-04', 'Uhuru Kenyatta'],
      ['2013-08-19', 'Uhuru Kenyatta'],
    ],
  );
  // Foreign ministers too with --level all; before a date.
  const all = await run(
    'visits',
    '--pole',
    'CHN',
    '--country',
    'KEN',
    '--level',
    'all',
    '--before',
    '2014-01-01',
    '--json',
  );
  assert.deepEqual(
    (JSON.parse(all.out) as { traveller: string }[]).map((x) => x.traveller),
    ['Hu Jintao', 'Yang Jiechi'],
  );
});

test('visits --pole: a pole without a record, a bad direction, or US-only flags are exit 2', async () => {
  for (const args of [
    ['--pole', 'RUS', '--country', 'KEN'],
    ['--pole', 'CHN', '--direction', 'sideways'],
    ['--pole', 'CHN', '--type', 'state'],
    ['--direction', 'in'],
  ]) {
    const r = await run('visits', ...args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.err, /pole|direction|type/);
  }
});
