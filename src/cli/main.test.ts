import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli as run } from './testing.js';

test('--help lists the commands', async () => {
  const r = await run('--help');
  assert.equal(r.code, 0);
  for (const c of ['countries', 'agreement', 'similar']) assert.match(r.out, new RegExp(`\\b${c}\\b`));
});

test('agreement --json: one object per year with exactly the documented fields', async () => {
  const r = await run('agreement', 'KEN', 'USA', '--from', '2000', '--to', '2019', '--json');
  assert.equal(r.code, 0, r.err);
  const rows = JSON.parse(r.out) as Record<string, unknown>[];
  assert.equal(rows.length, 20);
  for (const row of rows) {
    assert.deepEqual(Object.keys(row), [
      'year',
      'country',
      'partner',
      'votes',
      'agreement',
      's',
      'kappa',
      'pi',
      'yearBasis',
    ]);
    assert.equal(row.yearBasis, 'calendar');
    assert.equal(row.country, 'KEN');
    assert.equal(row.partner, 'USA');
    const a = row.agreement as number;
    assert.ok(a >= 0 && a <= 1);
  }
  assert.deepEqual(
    rows.map((r) => r.year),
    Array.from({ length: 20 }, (_, i) => 2000 + i),
  );
});

test('agreement --with several partners and --issue', async () => {
  const r = await run(
    'agreement',
    'KEN',
    '--with',
    'USA,CHN,RUS',
    '--from',
    '2010',
    '--to',
    '2012',
    '--issue',
    'hr',
    '--json',
  );
  assert.equal(r.code, 0, r.err);
  const rows = JSON.parse(r.out) as { partner: string; votes: number }[];
  assert.deepEqual([...new Set(rows.map((x) => x.partner))], ['USA', 'CHN', 'RUS']);
  const all = JSON.parse(
    (await run('agreement', 'KEN', 'USA', '--from', '2010', '--to', '2012', '--json')).out,
  ) as { votes: number }[];
  assert.ok(rows[0].votes < all[0].votes, 'an issue filter keeps fewer votes');
});

test('agreement --csv has a header and one line per year', async () => {
  const r = await run('agreement', 'KEN', 'USA', '--from', '2018', '--to', '2019', '--csv');
  assert.equal(r.code, 0);
  const lines = r.out.trim().split('\n');
  assert.equal(lines[0], 'year,country,partner,votes,agreement,s,kappa,pi,yearBasis');
  assert.equal(lines.length, 3);
});

test('similar --top returns the most and least similar states', async () => {
  const r = await run('similar', 'KEN', '--year', '2019', '--top', '5', '--json');
  assert.equal(r.code, 0, r.err);
  const rows = JSON.parse(r.out) as { side: string; partner: string }[];
  assert.equal(rows.filter((x) => x.side === 'most').length, 5);
  assert.equal(rows.filter((x) => x.side === 'least').length, 5);
  assert.ok(rows.some((x) => x.side === 'least' && x.partner === 'USA'));
});

test('bad input: exit code 2, a clear message on stderr, no stack trace', async () => {
  const cases: [string[], RegExp][] = [
    [['agreement', 'Kenia', 'USA'], /unknown country 'Kenia'.*KEN \(Kenya\)/],
    [['agreement', 'KEN', 'USA', '--from', '2019', '--to', '2010'], /impossible year range/],
    [['agreement', 'KEN', 'USA', '--from', '1800'], /year must be|no votes/],
    [['agreement', 'KEN', 'USA', '--from', '2030'], /no votes in 2030.*data cover 1946-2026/],
    [['agreement', 'KEN', 'USA', '--year-basis', 'fiscal'], /unknown year basis 'fiscal'/],
    [
      ['agreement', 'KEN', 'RUS', '--from', '1975', '--to', '1976'],
      /Russia \(RUS\) was not a UN member in 1975-1976.*SUN \(Soviet Union\)/,
    ],
    [['similar', 'KEN', '--year', '2030'], /field 'year': no votes in 2030: the data cover 1946-2026/],
    [['agreement', 'KEN', 'USA', '--issue', 'xx'], /unknown issue 'xx'/],
    [['agreement', 'KEN', 'USA', '--bogus'], /unknown flag --bogus/],
    [['agreement', 'KEN'], /name a partner/],
    [['similar', 'KEN'], /--year is required/],
    [['nosuchcommand'], /unknown command/],
    [['similar', 'KEN', '--year', '2021', '--issue', 'hr', '--whole-only'], /no roll call matches issue hr/],
  ];
  for (const [argv, message] of cases) {
    const r = await run(...argv);
    assert.equal(r.code, 2, argv.join(' '));
    assert.match(r.err, message, argv.join(' '));
    assert.doesNotMatch(r.err, /\n\s+at /, 'no stack trace');
  }
});

test('per-country commands take one country: two are exit 2 naming both', async () => {
  for (const command of ['trade', 'debt', 'aid', 'investment', 'arms', 'security']) {
    const r = await run(command, 'KEN', 'USA');
    assert.equal(r.code, 2, command);
    assert.match(r.err, /field 'COUNTRY': one country at a time, got KEN USA/, command);
  }
});

test('countries resolves codes and names', async () => {
  const r = await run('countries', 'cow:501', '--json');
  assert.equal(r.code, 0);
  assert.equal((JSON.parse(r.out) as { id: string }[])[0].id, 'KEN');
  const ussr = JSON.parse((await run('countries', 'Soviet Union', '--json')).out) as { id: string }[];
  assert.ok(ussr.some((c) => c.id === 'SUN'));
});

test('agreement --all --out writes every dyad-year to CSV and Parquet', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'bearing-cli-'));
  try {
    const csv = join(dir, 'all.csv');
    const r = await run('agreement', '--all', '--from', '2019', '--to', '2019', '--out', csv);
    assert.equal(r.code, 0, r.err);
    const lines = (await readFile(csv, 'utf8')).trim().split('\n');
    assert.match(lines[0], /^year,country,partner,votes,agreement/);
    assert.ok(lines.length > 15_000, `${lines.length} dyads in 2019`);
    const pq = await run(
      'agreement',
      '--all',
      '--from',
      '2019',
      '--to',
      '2019',
      '--out',
      join(dir, 'all.parquet'),
    );
    assert.equal(pq.code, 0, pq.err);
    assert.equal((await run('agreement', '--all', '--out', join(dir, 'x.txt'))).code, 2);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('the CLI as a process: exit 0 on success, 2 on bad input', () => {
  const ok = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'src/app/dev.ts', 'agreement', 'KEN', 'USA', '--from', '2019', '--to', '2019'],
    {
      encoding: 'utf8',
    },
  );
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(ok.stdout, /2019\s+KEN\s+USA/);
  const bad = spawnSync(process.execPath, ['--import', 'tsx', 'src/app/dev.ts', 'agreement', 'XXX', 'USA'], {
    encoding: 'utf8',
  });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /unknown country 'XXX'/);
});

test('an unknown flag is one line naming the closest flag, exit 2, on every command', async () => {
  const r = await run('trade', 'KEN', '--yaer', '2019');
  assert.equal(r.code, 2);
  assert.equal(r.err, 'bearing trade: unknown flag --yaer; did you mean --year?\n');
  const { allCommands } = await import('../app/main.js');
  for (const c of allCommands) {
    const flag = Object.keys(c.options)[0];
    if (!flag) continue;
    const typo = `${flag}x`;
    const bad = await run(c.name, `--${typo}`);
    assert.equal(bad.code, 2, c.name);
    assert.equal(bad.err, `bearing ${c.name}: unknown flag --${typo}; did you mean --${flag}?\n`, c.name);
  }
  const far = await run('trade', 'KEN', '--zzzzzzzz');
  assert.equal(far.err, 'bearing trade: unknown flag --zzzzzzzz\n');
  const missing = await run('trade', 'KEN', '--year');
  assert.equal(missing.err, 'bearing trade: flag --year needs a value (--year VALUE)\n');
});

test('--important stops where the flags stop, and says so', async () => {
  const r = await run('agreement', 'KEN', 'USA', '--from', '2015', '--important', '--json');
  assert.equal(r.code, 0, r.err);
  assert.match(r.err, /important-vote flags .* stop in 2017: later years have no such roll calls/);
  assert.deepEqual(
    (JSON.parse(r.out) as { year: number }[]).map((x) => x.year),
    [2015, 2016, 2017],
  );
  const i = await run('agreement', 'KEN', 'USA', '--from', '2015', '--issue', 'hr', '--json');
  assert.match(i.err, /issue codes hr \(Voeten\) stop in 2019/);
});

test('sponsorship KEN --with USA,CHN --json: two rows a year with shares and the world median', async () => {
  const r = await run('sponsorship', 'KEN', '--with', 'USA,CHN', '--from', '2022', '--to', '2023', '--json');
  assert.equal(r.code, 0, r.err);
  const rows = JSON.parse(r.out) as Record<string, unknown>[];
  assert.deepEqual(
    rows.map((x) => `${x.year} ${x.pole}`),
    ['2022 USA', '2022 CHN', '2023 USA', '2023 CHN'],
  );
  assert.deepEqual(Object.keys(rows[0]), [
    'year',
    'country',
    'pole',
    'sponsored',
    'coSponsored',
    'share',
    'worldMedian',
    'relative',
    'resolutions',
    'yearBasis',
  ]);
  const csv = await run('sponsorship', 'KEN', '--csv');
  assert.match(csv.out.split('\n')[0], /^year,country,pole,sponsored/);
  const bad = await run('sponsorship', 'KEN', '--from', '2030');
  assert.equal(bad.code, 2);
  assert.match(bad.err, /no sponsor lists in 2030 on: they cover 2019-2026/);
});

test('agreement KEN USA --from 2022 --to 2025 --json: four years with their vote counts', async () => {
  const r = await run('agreement', 'KEN', 'USA', '--from', '2022', '--to', '2025', '--json');
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(
    (JSON.parse(r.out) as { year: number; votes: number }[]).map((x) => [x.year, x.votes]),
    [
      [2022, 84],
      [2023, 87],
      [2024, 90],
      [2025, 173],
    ],
  );
});
