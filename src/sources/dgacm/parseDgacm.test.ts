import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { InputError } from '../../errors.js';
import { resolveSponsorEntry } from './names.js';
import { dgacmRcid, parseDgacm } from './parseDgacm.js';

// Seven real records (77.json lines 1 and 298, 74.json line 7, ES-11.json line 1, 75.json line 298,
// 79.json lines 264 and 343) in the publisher's exact JSON Lines format.
const sample = readFileSync(new URL('./fixtures/sample.json', import.meta.url), 'utf8');
const parsed = parseDgacm(sample, 'sample.json');
const rc = (symbol: string) => parsed.rollCalls.find((r) => r.resolution === symbol)!;
const votesOf = (symbol: string) => parsed.votes.filter((v) => v.rcid === rc(symbol).rcid);

test('recorded votes become roll calls; a resolution adopted without a vote does not', () => {
  assert.deepEqual(
    parsed.rollCalls.map((r) => r.resolution),
    ['A/RES/77/293', 'A/RES/74/7', 'A/RES/ES-11/1', 'A/RES/75/290 A', 'A/RES/79/266'],
  );
  assert.equal(parsed.resolutions, 6); // the repeated 79/266 counts once
  const r = rc('A/RES/74/7');
  assert.equal(r.date, '2019-11-07'); // ISO format with a time
  assert.equal(rc('A/RES/77/293').date, '2023-06-07'); // '7 June 2023'
  assert.equal(r.source, 'dgacm');
  assert.equal(r.sourceFile, 'sample.json');
  assert.equal(r.sourceLine, 3);
  assert.equal(r.rcid, dgacmRcid('74', 3));
});

test('every member on the date gets a vote: listed ones as listed, the others absent', () => {
  const v = votesOf('A/RES/74/7');
  assert.equal(v.length, 193);
  const count = (k: number) => v.filter((x) => x.vote === k).length;
  assert.deepEqual([count(1), count(3), count(2), count(8)], [187, 3, 2, 1]);
  assert.equal(v.find((x) => x.country === 'USA')?.vote, 3); // the embargo against Cuba
  assert.equal(v.find((x) => x.country === 'ISR')?.vote, 3);
  assert.ok(v.every((x) => x.sourceLine === 3));
});

test('an emergency special session belongs to the regular session in progress', () => {
  assert.equal(rc('A/RES/ES-11/1').session, 76);
  assert.equal(rc('A/RES/77/293').session, 77);
});

test('A/RES/77/293: 58 listed abstentions against 59 stated is kept as listed and reported', () => {
  const v = votesOf('A/RES/77/293');
  assert.equal(v.filter((x) => x.vote === 2).length, 58);
  const note = parsed.notes.find((n) => n.resolution === 'A/RES/77/293');
  assert.equal(note?.kind, 'count-differs');
  assert.match(note!.detail, /MS_abstaining_count 59 but 58 listed/);
});

test('a list repeated in full is read once; a repeated record is merged and reported', () => {
  const v = votesOf('A/RES/75/290 A');
  assert.deepEqual(
    [1, 2, 3].map((k) => v.filter((x) => x.vote === k).length),
    [90, 47, 0],
  );
  assert.ok(parsed.notes.some((n) => n.resolution === 'A/RES/75/290 A' && n.kind === 'lists-repeated'));
  assert.ok(parsed.notes.some((n) => n.resolution === 'A/RES/79/266' && n.kind === 'repeated-record'));
  assert.equal(votesOf('A/RES/79/266').length, 193);
});

test('sponsors: original and additional, states only, names and variants resolved', () => {
  const s = parsed.sponsorships.filter((x) => x.resolution === 'A/RES/77/1');
  assert.equal(s.find((x) => x.country === 'CHN')?.kind, 'sponsor');
  assert.equal(s.find((x) => x.country === 'KEN')?.kind, 'additional');
  assert.equal(s.find((x) => x.country === 'TUR')?.kind, 'sponsor'); // TÜRKİYE with a combining dot
  const at = { file: 'f.json', line: 1, field: 'sponsors' };
  assert.deepEqual(resolveSponsorEntry('UNITED STATES AND VIET NAM', at), ['USA', 'VNM']);
  assert.deepEqual(resolveSponsorEntry('TRINIDAD AND TOBAGO', at), ['TTO']);
  assert.deepEqual(resolveSponsorEntry('ANGOLA BAHAMAS', at), ['AGO', 'BHS']);
  assert.deepEqual(
    resolveSponsorEntry(
      'KENYA (ON BEHALF OF THE STATES MEMBERS OF THE UNITED NATIONS THAT ARE MEMBERS OF THE GROUP OF AFRICAN STATES)',
      at,
    ),
    ['KEN'],
  );
  assert.deepEqual(
    resolveSponsorEntry(
      'Austria, Kazakhstan and Malaysia (on behalf of the States Members of the United Nations that are members of the Association of South-East Asian Nations and the States Parties to the Treaty on the Southeast Asia Nuclear-Weapon-Free Zone (Bangkok Treaty))',
      at,
    ),
    ['AUT', 'KAZ', 'MYS'],
  );
  assert.equal(resolveSponsorEntry('SUBMITTED BY THE CHAIR OF THE COMMITTEE', at), null);
  assert.throws(() => resolveSponsorEntry('ATLANTIS AND KENYA', at), /unknown sponsor/);
});

test('an unknown member name fails naming file, line and name', () => {
  const bad = sample.replace('"MS_against": ["BRAZIL", "ISRAEL"', '"MS_against": ["BRAZIL", "ISRAELL"');
  assert.throws(
    () => parseDgacm(bad, 'x.json'),
    (e: unknown) =>
      e instanceof InputError &&
      e.location.file === 'x.json' &&
      e.location.line === 3 &&
      e.location.field === 'MS_against' &&
      /ISRAELL/.test(e.message),
  );
});

test('a listed non-member is an error, not a voter', () => {
  const bad = sample
    .replace('"MS_against": ["BRAZIL", "ISRAEL"', '"MS_against": ["BRAZIL", "SOUTH SUDAN", "ISRAEL"')
    .replace('2019-11-07 00:00:00', '2009-11-07 00:00:00');
  assert.throws(
    () => parseDgacm(bad, 'x.json'),
    /SSD is listed as voting on 2009-11-07 but was not a UN member/,
  );
});
