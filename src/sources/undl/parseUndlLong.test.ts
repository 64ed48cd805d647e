import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { InputError } from '../../errors.js';
import { fixtureConcordance, fixtureText } from '../testing/fixtures.js';
import { identifyUndlLongHeader, isUndlLongHeader, parseUndlLong } from './parseUndlLong.js';

// The fixtures are in the exact layouts of the two releases; their rows are a handful of real
// 2019-2023 resolutions cut down to the fixture's 17 states (published totals kept, so every
// resolution's totals differ from its rows, which the parser reports without failing).
const file2025 = 'unga/undl_ga_voting.csv';
const text2024 = readFileSync(new URL('./fixtures/ga_voting_2024_09_12.csv', import.meta.url), 'utf8');

test('reads the 2025-07-23 layout', () => {
  const r = parseUndlLong(fixtureText(file2025), file2025, fixtureConcordance());
  assert.equal(r.layout, '2025-07-23');
  assert.equal(r.rollCalls.length, 7);
  assert.equal(r.votes.length, 7 * 17);
  const ukraine = r.rollCalls.find((c) => c.resolution === 'A/RES/ES-11/1')!;
  assert.deepEqual(
    {
      rcid: ukraine.rcid,
      date: ukraine.date,
      session: ukraine.session,
      short: ukraine.short,
      line: ukraine.sourceLine,
    },
    { rcid: 3959039, date: '2022-03-02', session: 76, short: 'Aggression against Ukraine', line: 36 },
  );
  const vote = (rcid: number, country: string) =>
    r.votes.find((v) => v.rcid === rcid && v.country === country)?.vote;
  assert.equal(vote(3959039, 'KEN'), 1);
  assert.equal(vote(3959039, 'CHN'), 2);
  assert.equal(vote(3959039, 'RUS'), 3);
  assert.equal(vote(4025240, 'UKR'), 8, 'blank is non-voting');
  assert.equal(r.rollCalls.find((c) => c.resolution === 'A/RES/77/7')!.session, 77);
  assert.equal(r.totalsDiffer.length, 7);
});

test('reads the 2024-09-12 layout to the same records', () => {
  const a = parseUndlLong(text2024, 'old.csv', fixtureConcordance());
  const b = parseUndlLong(fixtureText(file2025), file2025, fixtureConcordance());
  assert.equal(a.layout, '2024-09-12');
  assert.equal(a.rollCalls.length, 3);
  for (const rc of a.rollCalls) {
    const other = b.rollCalls.find((x) => x.rcid === rc.rcid)!;
    assert.equal(rc.date, other.date);
    assert.equal(rc.resolution, other.resolution);
    const votes = (rows: typeof a.votes) =>
      rows
        .filter((v) => v.rcid === rc.rcid)
        .map((v) => `${v.country}${v.vote}`)
        .sort();
    assert.deepEqual(votes(a.votes), votes(b.votes));
  }
});

test('matches column names loosely and identifies the layout by header', () => {
  const h = identifyUndlLongHeader(
    ['UNDL ID', 'MS Code', 'ms-name', 'MS_VOTES', 'Date', 'Resolution', 'Total Yes'],
    'f.csv',
  );
  assert.equal(h.layout, '2025-07-23');
  assert.deepEqual([h.index.undl_id, h.index.ms_code, h.index.ms_vote, h.index.total_yes], [0, 1, 3, 6]);
  assert.equal(
    identifyUndlLongHeader(['undl_id', 'ms_codes', 'ms_votes', 'resolutions', 'date', 'modality'], 'f')
      .layout,
    '2024-09-12',
  );
  assert.ok(isUndlLongHeader(fixtureText(file2025).split('\n')[0]));
  assert.ok(!isUndlLongHeader('rcid,session,importantvote,date'));
});

test('an unknown column fails clearly, naming it', () => {
  assert.throws(
    () => identifyUndlLongHeader(['undl_id', 'ms_code', 'ms_vote', 'date', 'resolution', 'colour'], 'f.csv'),
    (e: unknown) =>
      e instanceof InputError &&
      e.location.file === 'f.csv' &&
      e.location.line === 1 &&
      e.location.field === 'colour' &&
      /unknown column 'colour'/.test(e.message),
  );
  assert.throws(
    () => identifyUndlLongHeader(['undl_id', 'ms_code', 'date', 'resolution'], 'f.csv'),
    (e: unknown) => e instanceof InputError && e.location.field === 'ms_vote',
  );
});

test('bad rows name file, line and column', () => {
  const text = fixtureText(file2025);
  const lines = text.split('\n');
  const bad = (n: number, from: string, to: string) => {
    const copy = [...lines];
    copy[n - 1] = copy[n - 1].replace(from, to);
    return copy.join('\n');
  };
  const cases: [string, number, string][] = [
    [bad(5, ',Y,', ',Q,'), 5, 'ms_vote'],
    [bad(6, '2019-12-13', '2019-13-13'), 6, 'date'],
    [bad(7, '2019-12-13', '2019-12-14'), 7, 'date'],
    [bad(8, 'A/RES/74/112', 'A/RES/74/113'), 8, 'resolution'],
    [bad(9, '3839865,', 'x3839865,'), 9, 'undl_id'],
    [bad(10, ',KEN,KENYA,', ',XXX,ATLANTIS,'), 10, 'ms_code'],
    [bad(11, ',NAM,NAMIBIA,Y', ',KEN,KENYA,N'), 11, 'ms_vote'],
  ];
  for (const [input, line, field] of cases) {
    assert.throws(
      () => parseUndlLong(input, file2025, fixtureConcordance()),
      (e: unknown) =>
        e instanceof InputError &&
        e.location.file === file2025 &&
        e.location.line === line &&
        e.location.field === field,
      `line ${line} field ${field}`,
    );
  }
});
